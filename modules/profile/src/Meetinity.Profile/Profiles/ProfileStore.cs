using Meetinity.Core.Errors;
using Meetinity.Identity.Accounts;
using Meetinity.Profile.Caching;
using Meetinity.Profile.Connections;
using Meetinity.Profile.Data;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Profile.Profiles;

/// <summary>Reads users (through the cache) and profiles (for changes), creating a missing profile for an existing account.</summary>
public sealed class ProfileStore(
    ProfileDbContext db,
    IAccountDirectory accounts,
    ProfileCache cache,
    ProfileOptions options,
    TimeProvider time)
{
    /// <summary>The user, as its owner sees it; null when there is no such account.</summary>
    public async Task<CachedUser?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await cache.GetOrLoadAsync(id, ct => LoadAsync(id, ct), cancellationToken);

    /// <summary>
    /// The profile, tracked for a change and locked (<c>FOR UPDATE</c>) until the caller's
    /// transaction ends, so that concurrent changes apply one after the other; 404 when there is no such account.
    /// </summary>
    public async Task<UserProfile> GetForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A profile is locked for a change inside a transaction.");
        }

        var profile = await LockAsync(id, cancellationToken);
        if (profile is not null)
        {
            return profile;
        }

        var account = await accounts.FindAsync(id, cancellationToken) ?? throw new NotFoundException("No such user.");
        await EnsureAsync(account, cancellationToken);
        return await LockAsync(id, cancellationToken) ?? throw new NotFoundException("No such user.");
    }

    private async Task<UserProfile?> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        // Lock first, then read: under READ COMMITTED the read then sees the last committed change.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM profile.profiles WHERE id = {id} FOR UPDATE", cancellationToken);
        return await db.Profiles.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>Creates the profile unless it exists (a sign-up and a first read may race).</summary>
    public async Task EnsureAsync(Guid id, string? name, string? pictureUrl, bool suspended, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        name = name is { Length: > ProfileConsts.MaxNameLength } ? name[..ProfileConsts.MaxNameLength] : name;
        pictureUrl = pictureUrl is { Length: > ProfileConsts.MaxPhotoUrlLength } ? null : pictureUrl;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO profile.profiles (id, name, provider_photo_url, suspended, status, skills, skill_keys, skills_text, interests, links,
                preferences_language, preferences_timezone, preferences_notify_connection_requests, preferences_notify_product,
                preferences_visibility, preferences_show_email, created_at, updated_at)
            VALUES ({id}, {name}, {pictureUrl}, {suspended}, {ProfileStatus.Active}, ARRAY[]::text[], ARRAY[]::text[], '', ARRAY[]::text[], jsonb_build_object(),
                {ProfilePreferences.DefaultLanguage}, {ProfilePreferences.DefaultTimezone}, true, false,
                {ProfileVisibility.Public}, false, {now}, {now})
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);
    }

    private Task EnsureAsync(AccountDto account, CancellationToken cancellationToken) =>
        EnsureAsync(account.Id, account.Name, account.PhotoUrl, account.Suspended, cancellationToken);

    public async Task<bool> AreConnectedAsync(Guid a, Guid b, CancellationToken cancellationToken) =>
        await db.Connections.AnyAsync(
            c => c.Status == ConnectionStatus.Accepted
                && ((c.RequesterId == a && c.AddresseeId == b) || (c.RequesterId == b && c.AddresseeId == a)),
            cancellationToken);

    /// <summary>Whether <paramref name="viewerId"/> may see the user at all (if not, the user is a 404 to them).</summary>
    public async Task<bool> IsVisibleAsync(CachedUser user, Guid viewerId, bool viewerIsAdmin, CancellationToken cancellationToken)
    {
        if (viewerIsAdmin || viewerId == user.User.Id)
        {
            return true;
        }

        return user.User.Suspended != true && user.Visibility switch
        {
            ProfileVisibility.Public => true,
            ProfileVisibility.Connections => await AreConnectedAsync(viewerId, user.User.Id, cancellationToken),
            _ => false,
        };
    }

    /// <summary>Users by id for a list page, straight from the database, in the order given.</summary>
    public async Task<IReadOnlyList<CachedUser>> LoadManyAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var profiles = await db.Profiles.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var found = await accounts.FindManyAsync(ids, cancellationToken);
        return [.. ids.Where(id => profiles.ContainsKey(id) && found.ContainsKey(id))
            .Select(id => UserViews.Compose(profiles[id], found[id], options.PhotoUrlPrefix))];
    }

    private async Task<CachedUser?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(id, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (profile is null)
        {
            await EnsureAsync(account, cancellationToken);
            profile = await db.Profiles.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        }

        return UserViews.Compose(profile, account, options.PhotoUrlPrefix);
    }
}
