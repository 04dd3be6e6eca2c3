using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Meetinity.Core.ApplicationServices;

/// <summary>Makes every public, concrete <see cref="IApplicationService"/> class a controller.</summary>
public sealed class ApplicationServiceControllerFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) => IsApplicationService(typeInfo);

    public static bool IsApplicationService(Type type) =>
        type.IsClass
        && type.IsPublic
        && !type.IsAbstract
        && !type.ContainsGenericParameters
        && typeof(IApplicationService).IsAssignableFrom(type);
}
