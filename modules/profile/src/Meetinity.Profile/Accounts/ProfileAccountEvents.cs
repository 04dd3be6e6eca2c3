using Meetinity.Identity.Accounts;
using Meetinity.Profile.Data;
using Meetinity.Profile.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Profile.Accounts;

/// <summary>A sign-up creates the profile from what the provider told; a suspension hides it from lists.</summary>
/// <remarks>The cached user is dropped by <see cref="Caching.ProfileCache"/> as an <see cref="IAccountChangeObserver"/>, after Identity commits.</remarks>
internal sealed class ProfileAccountEvents(ProfileStore store, ProfileDbContext db) : IAccountEventHandler
{
    public async Task OnRegisteredAsync(AccountRegistered registered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registered);
        await store.EnsureAsync(registered.AccountId, registered.Name, registered.PictureUrl, suspended: false, cancellationToken);
    }

    public async Task OnSuspensionChangedAsync(AccountSuspensionChanged changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var updated = await db.Profiles.Where(p => p.Id == changed.AccountId)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Suspended, changed.Suspended), cancellationToken);
        if (updated == 0)
        {
            await store.EnsureAsync(changed.AccountId, null, null, changed.Suspended, cancellationToken);
        }
    }
}
