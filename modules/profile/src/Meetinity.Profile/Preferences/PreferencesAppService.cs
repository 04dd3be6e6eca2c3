using Meetinity.Core.Errors;
using Meetinity.Profile.Caching;
using Meetinity.Profile.Data;
using Meetinity.Profile.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Meetinity.Profile.Preferences;

/// <summary><c>/users/{id}/preferences</c>: the user themself or an admin reads and changes them.</summary>
[Route("users/{id:guid}/preferences")]
[Authorize]
public sealed class PreferencesAppService(
    IHttpContextAccessor accessor,
    ProfileDbContext db,
    ProfileStore store,
    ProfileAccess access,
    ProfileCache cache,
    TimeProvider time) : IPreferencesAppService
{
    private HttpContext Http => accessor.HttpContext!;

    [HttpGet]
    public async Task<PreferencesDto> GetAsync(Guid id)
    {
        access.EnsureOwnerOrAdmin(id);
        var user = await store.FindAsync(id, Http.RequestAborted) ?? throw new NotFoundException("No such user.");
        return user.User.Preferences!;
    }

    [HttpPut]
    public async Task<PreferencesDto> UpdateAsync(Guid id, UpdatePreferencesInput input)
    {
        access.EnsureOwnerOrAdmin(id);
        var errors = new Dictionary<string, string[]>();
        var update = PreferencesUpdate.Collect(input ?? new UpdatePreferencesInput(), string.Empty, errors);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(Http.RequestAborted);
        var profile = await store.GetForUpdateAsync(id, Http.RequestAborted);
        var before = PreferencesUpdate.Snapshot(profile.Preferences);
        update.ApplyTo(profile.Preferences);
        if (PreferencesUpdate.Snapshot(profile.Preferences) != before)
        {
            profile.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(Http.RequestAborted);
            await transaction.CommitAsync(Http.RequestAborted);
            await cache.RemoveAsync(id, Http.RequestAborted);
        }

        return PreferencesUpdate.ToDto(profile.Preferences);
    }
}
