using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Meetinity.Core.ApplicationServices;

/// <summary>Chooses where each application-service parameter comes from when it has no binding attribute.</summary>
internal static class ParameterBindingConvention
{
    private static readonly HashSet<string> s_bodyVerbs = new(StringComparer.OrdinalIgnoreCase) { "POST", "PUT", "PATCH" };

    public static void Apply(ActionModel action)
    {
        var templates = RouteTemplates(action);
        var verbs = action.Selectors.SelectMany(s => s.ActionConstraints.OfType<HttpMethodActionConstraint>())
            .SelectMany(c => c.HttpMethods);
        var bodyAllowed = verbs.Any(s_bodyVerbs.Contains);
        foreach (var parameter in action.Parameters)
        {
            if (parameter.BindingInfo?.BindingSource is not null || parameter.ParameterType == typeof(CancellationToken))
            {
                continue;
            }

            parameter.BindingInfo ??= new BindingInfo();
            parameter.BindingInfo.BindingSource = SourceFor(parameter, templates, bodyAllowed);
        }
    }

    private static BindingSource SourceFor(ParameterModel parameter, string templates, bool bodyAllowed)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type == typeof(IFormFile) || type == typeof(IFormFileCollection))
        {
            return BindingSource.Form;
        }

        if (IsSimple(type))
        {
            return templates.Contains('{' + parameter.ParameterName, StringComparison.OrdinalIgnoreCase)
                ? BindingSource.Path
                : BindingSource.Query;
        }

        return bodyAllowed ? BindingSource.Body : BindingSource.Query;
    }

    internal static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || type == typeof(Guid) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
        || type == typeof(DateOnly) || type == typeof(TimeSpan);

    private static string RouteTemplates(ActionModel action) =>
        string.Join(' ', action.Selectors.Concat(action.Controller.Selectors)
            .Select(s => s.AttributeRouteModel?.Template ?? string.Empty));
}
