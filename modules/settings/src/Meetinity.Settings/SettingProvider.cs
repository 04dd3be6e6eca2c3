using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Meetinity.Settings;

/// <summary>Resolves a setting: the stored value, else configuration, else the default.</summary>
public sealed class SettingProvider(SettingDefinitions definitions, SettingValueCache cache, IConfiguration configuration) : ISettingProvider
{
    public const string SourceDatabase = "database";
    public const string SourceConfiguration = "configuration";
    public const string SourceDefault = "default";

    public string? Get(string name) => Resolve(definitions.Get(name)).Value;

    public int GetInt(string name) => int.Parse(Get(name) ?? "0", CultureInfo.InvariantCulture);

    public bool GetBool(string name) => string.Equals(Get(name), "true", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<string> GetList(string name) =>
        (Get(name) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public (string? Value, string Source) Resolve(SettingDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!definition.ConfigurationOnly && cache.Values.TryGetValue(definition.Name, out var stored))
        {
            return (stored.Value, SourceDatabase);
        }

        return definition.ConfigurationKey is { } key && configuration[key] is { Length: > 0 } configured
            ? (configured, SourceConfiguration)
            : (definition.DefaultValue, SourceDefault);
    }
}
