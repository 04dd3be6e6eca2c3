using System.Globalization;

namespace Meetinity.Settings;

/// <summary>
/// A setting a module defines in code. Its value is the one an admin stored, else the
/// configuration key's (the original service's variables map there), else the default.
/// <see cref="ConfigurationOnly"/> settings (those that could hand the service to an
/// attacker) are shown but never stored; <see cref="IsSecret"/> values are never shown.
/// </summary>
public sealed record SettingDefinition(string Name, SettingType Type, string? DefaultValue, string Description)
{
    public string? ConfigurationKey { get; init; }

    public bool IsSecret { get; init; }

    public bool ConfigurationOnly { get; init; }

    public int? Minimum { get; init; }

    public int? Maximum { get; init; }

    /// <summary>Why <paramref name="value"/> is not acceptable, or null when it is.</summary>
    public string? Validate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (Type)
        {
            case SettingType.Integer:
                if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    return $"{Name} takes a whole number.";
                }

                return number < Minimum || number > Maximum ? $"{Name} takes a whole number from {Minimum} to {Maximum}." : null;
            case SettingType.Boolean:
                return value is "true" or "false" ? null : $"{Name} takes true or false.";
            default:
                return value.Length > 4000 ? $"{Name} takes at most 4000 characters." : null;
        }
    }
}
