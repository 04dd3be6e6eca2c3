using Microsoft.AspNetCore.Identity;

namespace Meetinity.Identity.Accounts;

/// <summary>A person's account: who they are to the service, how they sign in, what they may do.</summary>
public sealed class Account : IdentityUser<Guid>
{
    public string? Name { get; set; }

    public string? PictureUrl { get; set; }

    public string Role { get; set; } = IdentityRoles.User;

    public bool Suspended { get; set; }

    public string? SuspensionReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }
}
