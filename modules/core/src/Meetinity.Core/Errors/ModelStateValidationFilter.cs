using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Meetinity.Core.Errors;

/// <summary>
/// Turns model-binding failures into the contract's errors before an application service
/// runs: an unsupported content type is a 415, anything else a 400 <c>validation_failed</c>
/// whose fields are snake_case and whose messages name no internal type.
/// </summary>
internal sealed class ModelStateValidationFilter : IActionFilter
{
    internal const string InvalidBody = "The request body is missing, not valid JSON, or does not match the expected shape.";

    public void OnActionExecuting(ActionExecutingContext context)
    {
        var state = context.ModelState;
        if (state.IsValid)
        {
            return;
        }

        if (state.Values.SelectMany(v => v.Errors).Any(e => e.Exception is UnsupportedContentTypeException))
        {
            throw new ApiException(415, ErrorCodes.UnsupportedMediaType, "The request's Content-Type is not supported here; send application/json.");
        }

        var bodyParameters = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, entry) in state)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var field = FieldName(key, bodyParameters);
            var messages = entry.Errors.Select(e => Message(field, e)).Distinct().ToArray();
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, .. messages] : messages;
        }

        throw new RequestValidationException(errors);
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    private static string FieldName(string key, HashSet<string> bodyParameters)
    {
        if (key.Length == 0 || key == "$" || bodyParameters.Contains(key))
        {
            return "body";
        }

        var trimmed = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key;
        return trimmed;
    }

    private static string Message(string field, ModelError error) =>
        error.Exception is not null || string.IsNullOrEmpty(error.ErrorMessage) || field == "body"
            ? field == "body" ? InvalidBody : $"'{field}' has an invalid value."
            : error.ErrorMessage;
}
