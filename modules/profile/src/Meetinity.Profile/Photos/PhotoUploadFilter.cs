using Meetinity.Settings;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Meetinity.Profile.Photos;

/// <summary>
/// Before MVC touches the body of a photo upload: lifts the service's 1 MB body limit to the
/// photo limit (a runtime setting) and stops MVC from reading the form on its own, so the
/// action reads it once, with that limit.
/// </summary>
internal sealed class PhotoUploadFilter(ISettingProvider settings) : IResourceFilter
{
    public const int MultipartOverhead = 64 * 1024;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.GetInt(ProfileSettingNames.PhotoMaxBytes) + MultipartOverhead;
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
