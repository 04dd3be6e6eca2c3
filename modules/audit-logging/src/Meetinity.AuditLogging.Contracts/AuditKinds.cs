namespace Meetinity.AuditLogging;

public static class AuditKinds
{
    public const string Request = "request";
    public const string Security = "security";
    public const string Setting = "setting";
}

public static class AuditOutcomes
{
    public const string Success = "success";
    public const string Failure = "failure";

    public static string ForStatus(int status) => status < 400 ? Success : Failure;
}
