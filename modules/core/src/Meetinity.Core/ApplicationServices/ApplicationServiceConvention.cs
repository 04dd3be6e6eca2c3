using System.Reflection;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace Meetinity.Core.ApplicationServices;

/// <summary>
/// Turns application services into HTTP endpoints, as ABP's auto API controllers do:
/// only the methods of the service's <see cref="IApplicationService"/> interfaces are
/// exposed; an <c>[HttpXxx]</c>/<c>[Route]</c> attribute fixes verb and route, otherwise
/// they come from the method name; parameters bind from route, query, form or body.
/// </summary>
public sealed class ApplicationServiceConvention : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        foreach (var controller in application.Controllers)
        {
            if (ApplicationServiceControllerFeatureProvider.IsApplicationService(controller.ControllerType))
            {
                ApplyToService(controller);
            }
        }
    }

    private static void ApplyToService(ControllerModel controller)
    {
        controller.ControllerName = ServiceName(controller.ControllerType.Name);
        controller.ApiExplorer.IsVisible ??= true;
        var exposed = ExposedMethods(controller.ControllerType);
        foreach (var action in controller.Actions.ToList())
        {
            if (!exposed.Contains(action.ActionMethod))
            {
                controller.Actions.Remove(action);
                continue;
            }

            ConfigureRoute(controller, action);
            ParameterBindingConvention.Apply(action);
        }
    }

    internal static string ServiceName(string typeName)
    {
        foreach (var suffix in new[] { "ApplicationService", "AppService", "Service" })
        {
            if (typeName.Length > suffix.Length && typeName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return typeName[..^suffix.Length];
            }
        }

        return typeName;
    }

    private static HashSet<MethodInfo> ExposedMethods(Type serviceType)
    {
        var methods = new HashSet<MethodInfo>();
        foreach (var contract in serviceType.GetInterfaces())
        {
            if (contract != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(contract))
            {
                methods.UnionWith(serviceType.GetInterfaceMap(contract).TargetMethods);
            }
        }

        return methods;
    }

    private static void ConfigureRoute(ControllerModel controller, ActionModel action)
    {
        var (verb, rest) = HttpVerbConvention.FromMethodName(action.ActionMethod.Name);
        foreach (var selector in action.Selectors)
        {
            if (!selector.ActionConstraints.OfType<HttpMethodActionConstraint>().Any())
            {
                selector.ActionConstraints.Add(new HttpMethodActionConstraint([verb]));
                selector.EndpointMetadata.Add(new HttpMethodMetadata([verb]));
            }

            var controllerRouted = controller.Selectors.Any(s => s.AttributeRouteModel is not null);
            if (selector.AttributeRouteModel is null && !controllerRouted)
            {
                selector.AttributeRouteModel = new AttributeRouteModel { Template = ConventionalTemplate(controller, action, rest) };
            }
        }
    }

    private static string ConventionalTemplate(ControllerModel controller, ActionModel action, string rest)
    {
        var segments = new List<string> { KebabCase.From(controller.ControllerName) };
        if (action.Parameters.Any(p => p.ParameterName == "id"))
        {
            segments.Add("{id}");
        }

        if (rest.Length > 0)
        {
            segments.Add(KebabCase.From(rest));
        }

        return string.Join('/', segments);
    }
}
