using MailKit.Net.Smtp;
using MailKit.Security;
using Meetinity.Settings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Meetinity.Identity.Mail;

/// <summary>
/// Sends a mail with MailKit over SMTP (<c>SMTP_*</c>), or, when no SMTP host is configured,
/// writes it as an <c>.eml</c> file under <c>instance/mail</c> and logs where.
/// </summary>
public sealed partial class MailTransport(ISettingProvider settings, IHostEnvironment environment, ILogger<MailTransport> logger)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    public async Task SendAsync(string to, MailContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.Get(IdentitySettingNames.SmtpFrom)!));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = content.Subject;
        message.Body = new BodyBuilder { TextBody = content.Text, HtmlBody = content.Html }.ToMessageBody();
        var host = settings.Get(IdentitySettingNames.SmtpHost);
        if (string.IsNullOrWhiteSpace(host))
        {
            var folder = Path.Combine(environment.ContentRootPath, "instance", "mail");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddTHHmmss}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            LogWritten(logger, path);
            return;
        }

        using var client = new SmtpClient { Timeout = (int)s_timeout.TotalMilliseconds };
        await client.ConnectAsync(host, settings.GetInt(IdentitySettingNames.SmtpPort), Security(settings.Get(IdentitySettingNames.SmtpTls)), cancellationToken);
        if (settings.Get(IdentitySettingNames.SmtpUser) is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, settings.Get(IdentitySettingNames.SmtpPassword) ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions Security(string? tls) => tls?.Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "tls" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "No SMTP_HOST configured: the mail was written to {Path}")]
    private static partial void LogWritten(ILogger logger, string path);
}
