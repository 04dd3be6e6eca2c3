using Meetinity.Core.Errors;

namespace Meetinity.Settings;

/// <summary>Every setting the modules defined, by name.</summary>
public sealed class SettingDefinitions
{
    private readonly Dictionary<string, SettingDefinition> _byName;

    public SettingDefinitions(IEnumerable<ISettingDefinitionProvider> providers)
    {
        _byName = new Dictionary<string, SettingDefinition>(StringComparer.Ordinal);
        foreach (var definition in providers.SelectMany(p => p.Definitions))
        {
            if (!_byName.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"The setting {definition.Name} is defined twice.");
            }
        }
    }

    public IEnumerable<SettingDefinition> All => _byName.Values.OrderBy(d => d.Name, StringComparer.Ordinal);

    public SettingDefinition Get(string name) =>
        _byName.TryGetValue(name, out var definition) ? definition : throw new NotFoundException($"There is no setting named '{name}'.");
}
