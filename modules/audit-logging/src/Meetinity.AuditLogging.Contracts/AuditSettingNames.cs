namespace Meetinity.AuditLogging;

/// <summary>The audit module's settings.</summary>
public static class AuditSettingNames
{
    public const string RetentionDays = "AuditLogging.RetentionDays";
}
