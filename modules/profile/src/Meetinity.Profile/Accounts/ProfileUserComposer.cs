using Meetinity.Identity.Accounts;
using Meetinity.Profile.Profiles;

namespace Meetinity.Profile.Accounts;

/// <summary>Gives Identity's answers (sign-in, <c>/auth/profile</c>, admin changes) the whole user resource.</summary>
internal sealed class ProfileUserComposer(ProfileStore store) : IUserResourceComposer
{
    public async Task<object> ComposeAsync(AccountDto account, Guid viewerId, bool viewerIsAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var user = await store.FindAsync(account.Id, cancellationToken);
        return user is null ? account : UserViews.ForViewer(user, viewerId, viewerIsAdmin);
    }
}
