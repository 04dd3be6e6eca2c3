using Meetinity.Core.Errors;
using Meetinity.Core.Users;
using Meetinity.Identity;

namespace Meetinity.Profile.Profiles;

/// <summary>Who is asking, and the rule that a user's profile, photo and preferences are changed by them or an admin.</summary>
public sealed class ProfileAccess(ICurrentUser currentUser)
{
    public Guid ViewerId => currentUser.Id ?? throw new ApiException(401, ErrorCodes.InvalidToken, "Sign in first.");

    public bool IsAdmin => currentUser.IsInRole(IdentityRoles.Admin);

    /// <exception cref="ForbiddenException">The caller is neither the user nor an admin.</exception>
    public void EnsureOwnerOrAdmin(Guid userId)
    {
        if (ViewerId != userId && !IsAdmin)
        {
            throw new ForbiddenException("Only the user themself or an admin may do this.");
        }
    }
}
