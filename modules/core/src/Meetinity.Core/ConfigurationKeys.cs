namespace Meetinity.Core;

/// <summary>
/// The .NET configuration keys the core reads. The host maps the original service's
/// variables (<c>DATABASE_URL</c>, <c>REDIS_URL</c>, …) onto them.
/// </summary>
public static class ConfigurationKeys
{
    public const string ConnectionStringName = "Meetinity";
    public const string RedisUrl = "Redis:Url";
    public const string UploadFolder = "Uploads:Folder";
    public const string UploadUrlPrefix = "Uploads:UrlPrefix";
    public const string DefaultUploadFolder = "instance/uploads";
    public const string DefaultUploadUrlPrefix = "/uploads";
}
