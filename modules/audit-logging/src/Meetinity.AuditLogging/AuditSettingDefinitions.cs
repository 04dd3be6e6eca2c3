using Meetinity.Settings;

namespace Meetinity.AuditLogging;

internal sealed class AuditSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Definitions { get; } =
    [
        new(AuditSettingNames.RetentionDays, SettingType.Integer, AuditLoggingModule.DefaultRetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Days audit records are kept before the retention job deletes them.") { ConfigurationKey = "AuditLogging:RetentionDays", Minimum = 1, Maximum = 3650 },
    ];
}
