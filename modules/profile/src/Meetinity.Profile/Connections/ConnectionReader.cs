using Meetinity.Core.Paging;
using Meetinity.Profile.Data;
using Meetinity.Profile.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Profile.Connections;

/// <summary>Turns connection rows into the contract's shape, seen from one of the two people.</summary>
public sealed class ConnectionReader(ProfileDbContext db, ProfileOptions options)
{
    public async Task<PagedResult<ConnectionDto>> PageAsync(IQueryable<Connection> connections, Guid perspective, PageRequest page, bool hideInvisible, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (hideInvisible)
        {
            // A third party sees only those of the user's connections who are themselves discoverable.
            connections = connections.Where(c => db.Profiles.Any(p =>
                p.Id == (c.RequesterId == perspective ? c.AddresseeId : c.RequesterId)
                && !p.Suspended && p.Preferences.Visibility != ProfileVisibility.Private));
        }

        var counted = await connections.Take(MatchCount.Limit + 1).CountAsync(cancellationToken);
        var rows = await connections.OrderByDescending(c => c.AcceptedAt ?? c.CreatedAt).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.PerPage).AsNoTracking().ToListAsync(cancellationToken);
        var items = await ToDtosAsync(rows, perspective, cancellationToken);
        return PagedResult<ConnectionDto>.Create(items, page, MatchCount.FromCapped(counted));
    }

    public async Task<ConnectionDto> ToDtoAsync(Connection connection, Guid perspective, CancellationToken cancellationToken) =>
        (await ToDtosAsync([connection], perspective, cancellationToken))[0];

    private async Task<IReadOnlyList<ConnectionDto>> ToDtosAsync(IReadOnlyList<Connection> rows, Guid perspective, CancellationToken cancellationToken)
    {
        var others = rows.Select(c => c.OtherThan(perspective)).ToList();
        var profiles = await db.Profiles.AsNoTracking().Where(p => others.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. rows.Select(c =>
        {
            var other = c.OtherThan(perspective);
            var profile = profiles.GetValueOrDefault(other);
            var user = new ConnectionUserDto(other, profile?.Name, profile?.Title, profile?.Company,
                profile is null ? null : UserViews.PhotoUrl(profile, options.PhotoUrlPrefix));
            var direction = c.RequesterId == perspective ? ConnectionStatus.Outgoing : ConnectionStatus.Incoming;
            return new ConnectionDto(c.Id, other, c.Status, direction, c.CreatedAt, c.AcceptedAt, user);
        })];
    }
}
