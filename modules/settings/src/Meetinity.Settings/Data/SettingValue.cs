namespace Meetinity.Settings.Data;

/// <summary>A value an admin stored for a setting.</summary>
public sealed class SettingValue
{
    public const int MaxNameLength = 128;
    public const int MaxValueLength = 4000;

    public string Name { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid? UpdatedBy { get; set; }
}

/// <summary>One row whose number goes up with every change, so that every instance notices it.</summary>
public sealed class SettingsVersion
{
    public int Id { get; set; } = 1;

    public long Value { get; set; }
}
