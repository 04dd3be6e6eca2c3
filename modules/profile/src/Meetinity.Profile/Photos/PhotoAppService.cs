using Meetinity.Core.Blobs;
using Meetinity.Core.Errors;
using Meetinity.Profile.Caching;
using Meetinity.Profile.Data;
using Meetinity.Profile.Profiles;
using Meetinity.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Meetinity.Profile.Photos;

/// <summary>Uploads, replaces and removes a user's photo; the old file goes when a new one is stored.</summary>
[Route("users/{id:guid}/photo")]
[Authorize]
public sealed class PhotoAppService(
    IHttpContextAccessor accessor,
    ProfileDbContext db,
    ProfileStore store,
    ProfileAccess access,
    ProfileCache cache,
    PhotoProcessor processor,
    IBlobContainer blobs,
    ISettingProvider settings,
    ProfileOptions options,
    TimeProvider time) : IPhotoAppService
{
    private HttpContext Http => accessor.HttpContext!;

    [HttpPost]
    [TypeFilter<PhotoUploadFilter>]
    public async Task<PhotoDto> UploadAsync(Guid id)
    {
        access.EnsureOwnerOrAdmin(id);
        var maxBytes = settings.GetInt(ProfileSettingNames.PhotoMaxBytes);
        var bytes = await ReadPhotoAsync(maxBytes);
        var (content, extension) = processor.Process(bytes, settings.GetInt(ProfileSettingNames.PhotoMaxPixels), settings.GetInt(ProfileSettingNames.PhotoMaxDimension));
        await using var transaction = await db.Database.BeginTransactionAsync(Http.RequestAborted);
        var profile = await store.GetForUpdateAsync(id, Http.RequestAborted);
        string name;
        using (var stream = new MemoryStream(content, writable: false))
        {
            name = await blobs.SaveAsync(stream, extension, Http.RequestAborted);
        }

        var previous = profile.PhotoBlob;
        profile.PhotoBlob = name;
        profile.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(Http.RequestAborted);
            await transaction.CommitAsync(Http.RequestAborted);
        }
        catch
        {
            await blobs.DeleteAsync(name, CancellationToken.None);
            throw;
        }

        await cache.RemoveAsync(id, Http.RequestAborted);
        if (previous is not null)
        {
            await blobs.DeleteAsync(previous, CancellationToken.None);
        }

        return new PhotoDto(UserViews.PhotoUrl(profile, options.PhotoUrlPrefix)!, id);
    }

    [HttpDelete]
    public async Task DeleteAsync(Guid id)
    {
        access.EnsureOwnerOrAdmin(id);
        await using var transaction = await db.Database.BeginTransactionAsync(Http.RequestAborted);
        var profile = await store.GetForUpdateAsync(id, Http.RequestAborted);
        var previous = profile.PhotoBlob;
        if (previous is null && profile.ProviderPhotoUrl is null)
        {
            return;
        }

        profile.PhotoBlob = null;
        profile.ProviderPhotoUrl = null;
        profile.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(Http.RequestAborted);
        await transaction.CommitAsync(Http.RequestAborted);
        await cache.RemoveAsync(id, Http.RequestAborted);
        if (previous is not null)
        {
            await blobs.DeleteAsync(previous, CancellationToken.None);
        }
    }

    private async Task<byte[]> ReadPhotoAsync(int maxBytes)
    {
        if (!Http.Request.HasFormContentType || !(Http.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            throw new ApiException(415, ErrorCodes.UnsupportedMediaType, "Send the photo as multipart/form-data in the field 'photo'.");
        }

        IFormCollection form;
        try
        {
            form = await Http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes + PhotoUploadFilter.MultipartOverhead, ValueCountLimit = 16 }, Http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            throw TooLargeOrMalformed(maxBytes);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }

        var file = form.Files.GetFile("photo") ?? throw new RequestValidationException("photo", "The multipart field 'photo' with the image is required.");
        if (file.Length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (file.Length == 0)
        {
            throw new RequestValidationException("photo", "The photo is empty.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, Http.RequestAborted);
        return buffer.ToArray();
    }

    private static ApiException TooLarge(int maxBytes) =>
        new(413, ErrorCodes.PayloadTooLarge, $"A photo is at most {maxBytes:N0} bytes.");

    private ApiException TooLargeOrMalformed(int maxBytes) =>
        Http.Request.ContentLength > maxBytes ? TooLarge(maxBytes) : new RequestValidationException("photo", "The multipart body could not be read.");
}
