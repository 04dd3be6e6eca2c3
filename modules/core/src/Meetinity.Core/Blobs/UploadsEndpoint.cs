using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.Core.Blobs;

/// <summary>
/// Serves stored blobs under <c>UPLOAD_URL_PREFIX</c> without authentication (an <c>&lt;img&gt;</c>
/// must load them; names are 128 random bits). Only known image types are served, each with
/// its own content type and <c>nosniff</c>; a name is never reused, so caches may keep it for good.
/// </summary>
internal static class UploadsEndpoint
{
    private static readonly Dictionary<string, string> s_contentTypes = new(StringComparer.Ordinal)
    {
        [".jpg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
    };

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        var prefix = (configuration[ConfigurationKeys.UploadUrlPrefix] ?? ConfigurationKeys.DefaultUploadUrlPrefix).TrimEnd('/');
        endpoints.MapGet(prefix + "/{name}", ServeAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> ServeAsync(string name, IBlobContainer blobs, HttpContext http)
    {
        if (!BlobName.IsValid(name) || !s_contentTypes.TryGetValue(Path.GetExtension(name), out var contentType)
            || await blobs.OpenReadAsync(name, http.RequestAborted) is not { } stream)
        {
            return Results.Problem(statusCode: 404, detail: "No such file.", extensions: new Dictionary<string, object?> { ["error"] = "not_found" });
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return Results.Stream(stream, contentType, enableRangeProcessing: false);
    }
}
