using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Meetinity.Core.ApplicationServices;

/// <summary>
/// Query, route and form values are snake_case like JSON (<c>per_page</c>, <c>min_experience</c>):
/// a property of a bound object takes the snake_case name unless it names its own.
/// </summary>
internal sealed class SnakeCaseBindingMetadataProvider : IBindingMetadataProvider
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.Key.MetadataKind == ModelMetadataKind.Property && context.BindingMetadata.BinderModelName is null)
        {
            context.BindingMetadata.BinderModelName = JsonNamingPolicy.SnakeCaseLower.ConvertName(context.Key.Name!);
        }
    }
}
