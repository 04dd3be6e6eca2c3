using Meetinity.Core.Blobs;
using Meetinity.Core.Errors;
using Meetinity.Core.Paging;
using Meetinity.Identity.Accounts;
using Meetinity.Profile.Caching;
using Meetinity.Profile.Data;
using Meetinity.Profile.Listing;
using Meetinity.Profile.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Meetinity.Profile.Profiles;

/// <summary>The <c>/users</c> endpoints: one user, a change, a deletion, the list and the search.</summary>
[Route("users")]
[Authorize]
public sealed class ProfileAppService(
    IHttpContextAccessor accessor,
    ProfileDbContext db,
    NpgsqlDataSource dataSource,
    IAccountDeletion accountDeletion,
    IBlobContainer blobs,
    ProfileStore store,
    ProfileAccess access,
    ProfileCache cache,
    TimeProvider time) : IProfileAppService
{
    private HttpContext Http => accessor.HttpContext!;

    [HttpGet("{id:guid}")]
    public async Task<UserResponse> GetAsync(Guid id)
    {
        var user = await store.FindAsync(id, Http.RequestAborted);
        if (user is null || !await store.IsVisibleAsync(user, access.ViewerId, access.IsAdmin, Http.RequestAborted))
        {
            throw new NotFoundException("No such user.");
        }

        Http.Response.Headers.ETag = user.ETag;
        return new UserResponse(UserViews.ForViewer(user, access.ViewerId, access.IsAdmin));
    }

    [HttpPut("{id:guid}")]
    public async Task<UserResponse> UpdateAsync(Guid id, UpdateProfileInput input)
    {
        access.EnsureOwnerOrAdmin(id);
        var update = ProfileUpdate.Validate(input);
        var expected = IfMatch.Parse(Http.Request.Headers.IfMatch);
        await using (var transaction = await db.Database.BeginTransactionAsync(Http.RequestAborted))
        {
            var profile = await store.GetForUpdateAsync(id, Http.RequestAborted);
            if (expected is { } version && profile.Version != version)
            {
                throw IfMatch.Stale();
            }

            if (update.ApplyTo(profile))
            {
                profile.UpdatedAt = time.GetUtcNow();
                await db.SaveChangesAsync(Http.RequestAborted);
            }

            await transaction.CommitAsync(Http.RequestAborted);
        }

        await cache.RemoveAsync(id, Http.RequestAborted);
        return await GetAsync(id);
    }

    [HttpDelete("{id:guid}")]
    public async Task DeleteAsync(Guid id)
    {
        access.EnsureOwnerOrAdmin(id);
        var deleted = await db.Database
            .SqlQuery<DeletedProfile>($"DELETE FROM profile.profiles WHERE id = {id} RETURNING photo_blob")
            .ToListAsync(Http.RequestAborted);
        var deletedProfile = deleted.Count > 0;
        var photo = deleted.FirstOrDefault()?.PhotoBlob;
        var deletedAccount = await accountDeletion.DeleteAsync(id, access.ViewerId, Http.RequestAborted);
        await cache.RemoveAsync(id, Http.RequestAborted);
        if (photo is not null)
        {
            await blobs.DeleteAsync(photo, Http.RequestAborted);
        }

        if (!deletedProfile && !deletedAccount)
        {
            throw new NotFoundException("No such user.");
        }
    }

    [HttpGet]
    public async Task<PagedResult<UserDto>> GetListAsync([FromQuery] UserListQuery query)
    {
        var filter = ProfileFilter.Parse(query, search: false);
        var (items, count) = await RunAsync(filter);
        return PagedResult<UserDto>.Create(items, filter.Page, count);
    }

    [HttpGet("search")]
    public async Task<UserSearchResult> SearchAsync([FromQuery] UserListQuery query)
    {
        var filter = ProfileFilter.Parse(query, search: true);
        var (items, count) = await RunAsync(filter);
        return new UserSearchResult(items, count.Total, count.Relation, filter.SearchText!, filter.Page.Page, filter.Page.PerPage);
    }

    private async Task<(IReadOnlyList<UserDto> Items, MatchCount Count)> RunAsync(ProfileFilter filter)
    {
        var sql = new ProfileQuerySql(filter, access.ViewerId);
        var ids = new List<Guid>();
        long counted;
        await using (var connection = await dataSource.OpenConnectionAsync(Http.RequestAborted))
        await using (var transaction = await connection.BeginTransactionAsync(Http.RequestAborted))
        {
            await using (var setup = ProfileQuerySql.SetupCommand(connection))
            {
                await setup.ExecuteNonQueryAsync(Http.RequestAborted);
            }

            if (filter.SearchText is null)
            {
                await using (var page = sql.PageCommand(connection))
                {
                    await ReadIdsAsync(page, ids);
                }

                await using var countCommand = sql.CountCommand(connection);
                counted = (long)(await countCommand.ExecuteScalarAsync(Http.RequestAborted))!;
            }
            else
            {
                await using (var fullText = sql.SearchCommand(connection, nearSpellings: false))
                {
                    counted = await ReadIdsAsync(fullText, ids);
                }

                if (counted == 0)
                {
                    await using var nearSpellings = sql.SearchCommand(connection, nearSpellings: true);
                    counted = await ReadIdsAsync(nearSpellings, ids);
                }
            }
        }

        var users = await store.LoadManyAsync(ids, Http.RequestAborted);
        return ([.. users.Select(u => UserViews.ForViewer(u, access.ViewerId, access.IsAdmin))], MatchCount.FromCapped(counted));
    }

    /// <summary>Adds the ids the command reads to <paramref name="ids"/>; returns the total of a search command's second column.</summary>
    private async Task<long> ReadIdsAsync(NpgsqlCommand command, List<Guid> ids)
    {
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync(Http.RequestAborted);
        while (await reader.ReadAsync(Http.RequestAborted))
        {
            if (!reader.IsDBNull(0))
            {
                ids.Add(reader.GetGuid(0));
            }

            if (reader.FieldCount > 1)
            {
                total = reader.GetInt64(1);
            }
        }

        return total;
    }

    private sealed record DeletedProfile(string? PhotoBlob);
}
