using System.Reflection;

namespace Meetinity.Architecture.Tests;

/// <summary>
/// Modules meet only through their contracts: a module's implementation may reference
/// the core and other modules' <c>*.Contracts</c>; contracts reference only contracts.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string Prefix = "Meetinity.";
    private static readonly string[] s_outsideModules = ["Meetinity.HttpApi.Host", "Meetinity.DevServices", "Meetinity.TestKit", "Meetinity.Architecture.Tests"];

    private static IReadOnlyList<Assembly> ModuleAssemblies { get; } = Directory
        .GetFiles(AppContext.BaseDirectory, $"{Prefix}*.dll")
        .Select(path => Assembly.LoadFrom(path))
        .Where(a => !s_outsideModules.Contains(a.GetName().Name) && !a.GetName().Name!.EndsWith(".Tests", StringComparison.Ordinal))
        .ToList();

    private static string ModuleOf(string assembly) => assembly[Prefix.Length..].Split('.')[0];

    private static IEnumerable<string> MeetinityReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));

    [Fact]
    public void The_modules_are_found()
    {
        ModuleAssemblies.Select(a => a.GetName().Name).ShouldContain("Meetinity.Core.Contracts");
        ModuleAssemblies.Select(a => a.GetName().Name).ShouldContain("Meetinity.Core");
        ModuleAssemblies.Select(a => a.GetName().Name).ShouldContain("Meetinity.Profile");
        ModuleAssemblies.Select(a => a.GetName().Name).ShouldContain("Meetinity.Identity");
    }

    [Fact]
    public void Contracts_reference_only_contracts()
    {
        foreach (var contracts in ModuleAssemblies.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)))
        {
            MeetinityReferences(contracts).ShouldAllBe(name => name.EndsWith(".Contracts", StringComparison.Ordinal),
                $"{contracts.GetName().Name} references an implementation");
        }
    }

    [Fact]
    public void Modules_reference_other_modules_only_through_contracts()
    {
        foreach (var assembly in ModuleAssemblies)
        {
            var name = assembly.GetName().Name!;
            var foreign = MeetinityReferences(assembly)
                .Where(r => ModuleOf(r) != ModuleOf(name) && ModuleOf(r) != "Core" && !r.EndsWith(".Contracts", StringComparison.Ordinal));
            foreign.ShouldBeEmpty($"{name} reaches into another module's implementation");
        }
    }

    [Fact]
    public void The_core_depends_on_no_module()
    {
        foreach (var core in ModuleAssemblies.Where(a => ModuleOf(a.GetName().Name!) == "Core"))
        {
            MeetinityReferences(core).ShouldAllBe(r => ModuleOf(r) == "Core");
        }
    }
}
