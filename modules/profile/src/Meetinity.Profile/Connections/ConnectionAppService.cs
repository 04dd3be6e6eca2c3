using Meetinity.Core.Errors;
using Meetinity.Core.Paging;
using Meetinity.Profile.Data;
using Meetinity.Profile.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Profile.Connections;

/// <summary>
/// Connections between two people: one asks, the other accepts or declines; either removes it.
/// A connection is only ever shown to, and changed by, its two people (to anyone else it does not exist).
/// </summary>
[Authorize]
public sealed class ConnectionAppService(
    IHttpContextAccessor accessor,
    ProfileDbContext db,
    ProfileStore store,
    ProfileAccess access,
    ConnectionReader reader,
    TimeProvider time) : IConnectionAppService
{
    private HttpContext Http => accessor.HttpContext!;

    private Guid Me => access.ViewerId;

    [HttpGet("connections")]
    public async Task<PagedResult<ConnectionDto>> GetListAsync([FromQuery] ConnectionListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = PageRequest.Parse(query.Page, query.PerPage);
        var me = Me;
        var connections = (query.Status ?? ConnectionStatus.Accepted) switch
        {
            ConnectionStatus.Accepted => db.Connections.Where(c => c.Status == ConnectionStatus.Accepted && (c.RequesterId == me || c.AddresseeId == me)),
            ConnectionStatus.Incoming => db.Connections.Where(c => c.Status == ConnectionStatus.Pending && c.AddresseeId == me),
            ConnectionStatus.Outgoing => db.Connections.Where(c => c.Status == ConnectionStatus.Pending && c.RequesterId == me),
            _ => throw new RequestValidationException("status", $"status is '{ConnectionStatus.Accepted}', '{ConnectionStatus.Incoming}' or '{ConnectionStatus.Outgoing}'."),
        };
        return await reader.PageAsync(connections, me, page, hideInvisible: false, Http.RequestAborted);
    }

    [HttpPost("connections")]
    public async Task<ConnectionResponse> RequestAsync(RequestConnectionInput input)
    {
        if (input?.UserId is not { } other)
        {
            throw new RequestValidationException("user_id", "user_id, the person to connect with, is required.");
        }

        if (other == Me)
        {
            throw new RequestValidationException("user_id", "You cannot connect with yourself.");
        }

        var target = await store.FindAsync(other, Http.RequestAborted);
        if (target is null || !await store.IsVisibleAsync(target, Me, viewerIsAdmin: false, Http.RequestAborted))
        {
            throw new NotFoundException("No such user.");
        }

        // The caller's own profile row must exist for the connection to refer to it.
        _ = await store.FindAsync(Me, Http.RequestAborted);
        var me = Me;
        var existing = await db.Connections.SingleOrDefaultAsync(
            c => (c.RequesterId == me && c.AddresseeId == other) || (c.RequesterId == other && c.AddresseeId == me), Http.RequestAborted);
        switch (existing)
        {
            case { Status: ConnectionStatus.Accepted }:
                throw new ConflictException("You are already connected.", "already_connected");
            case { Status: ConnectionStatus.Pending } when existing.RequesterId == me:
                throw new ConflictException("You already asked; wait for an answer.", "already_requested");
            case { Status: ConnectionStatus.Pending }:
                // They asked first: asking back is accepting.
                return await AcceptAsync(existing.Id);
        }

        var connection = new Connection
        {
            Id = Guid.CreateVersion7(),
            RequesterId = me,
            AddresseeId = other,
            Status = ConnectionStatus.Pending,
            CreatedAt = time.GetUtcNow(),
        };
        db.Connections.Add(connection);
        await db.SaveChangesAsync(Http.RequestAborted);
        return new ConnectionResponse(await reader.ToDtoAsync(connection, me, Http.RequestAborted));
    }

    [HttpPost("connections/{id:guid}/accept")]
    public async Task<ConnectionResponse> AcceptAsync(Guid id)
    {
        var connection = await FindMineAsync(id);
        if (connection.Status == ConnectionStatus.Pending)
        {
            if (connection.AddresseeId != Me)
            {
                throw new ForbiddenException("Only the person asked can accept a request.");
            }

            connection.Status = ConnectionStatus.Accepted;
            connection.AcceptedAt = time.GetUtcNow();
            await db.SaveChangesAsync(Http.RequestAborted);
        }

        return new ConnectionResponse(await reader.ToDtoAsync(connection, Me, Http.RequestAborted));
    }

    [HttpPost("connections/{id:guid}/decline")]
    public async Task DeclineAsync(Guid id)
    {
        var connection = await FindMineAsync(id);
        if (connection.Status != ConnectionStatus.Pending || connection.AddresseeId != Me)
        {
            throw new ConflictException("Only a request made to you can be declined; remove a connection with DELETE.", "not_declinable");
        }

        db.Connections.Remove(connection);
        await db.SaveChangesAsync(Http.RequestAborted);
    }

    [HttpDelete("connections/{id:guid}")]
    public async Task DeleteAsync(Guid id)
    {
        db.Connections.Remove(await FindMineAsync(id));
        await db.SaveChangesAsync(Http.RequestAborted);
    }

    [HttpGet("users/{id:guid}/connections")]
    public async Task<PagedResult<ConnectionDto>> GetUserConnectionsAsync(Guid id, [FromQuery] ConnectionListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = PageRequest.Parse(query.Page, query.PerPage);
        var user = await store.FindAsync(id, Http.RequestAborted);
        if (user is null || !await store.IsVisibleAsync(user, Me, access.IsAdmin, Http.RequestAborted))
        {
            throw new NotFoundException("No such user.");
        }

        var connections = db.Connections.Where(c => c.Status == ConnectionStatus.Accepted && (c.RequesterId == id || c.AddresseeId == id));
        return await reader.PageAsync(connections, id, page, hideInvisible: !access.IsAdmin && id != Me, Http.RequestAborted);
    }

    private async Task<Connection> FindMineAsync(Guid id)
    {
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == id, Http.RequestAborted);
        return connection is not null && connection.Involves(Me) ? connection : throw new NotFoundException("No such connection.");
    }
}
