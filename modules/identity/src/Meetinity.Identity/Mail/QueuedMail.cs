namespace Meetinity.Identity.Mail;

/// <summary>
/// A mail owed by a change, written in the change's transaction and sent afterwards. Its body
/// holds one-time links, so it is stored encrypted (Data Protection) and erased once sent.
/// </summary>
public sealed class QueuedMail
{
    public Guid Id { get; set; }

    public string To { get; set; } = string.Empty;

    public string Template { get; set; } = string.Empty;

    /// <summary>The protected JSON of <see cref="MailContent"/>; empty once sent.</summary>
    public string ProtectedContent { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

/// <summary>What a mail says: subject, plain text and HTML.</summary>
public sealed record MailContent(string Subject, string Text, string Html);
