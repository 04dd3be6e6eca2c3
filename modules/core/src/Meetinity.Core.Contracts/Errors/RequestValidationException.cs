namespace Meetinity.Core.Errors;

/// <summary>Input that fails validation; <see cref="Errors"/> maps each snake_case field to its messages.</summary>
public sealed class RequestValidationException : ApiException
{
    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(400, ErrorCodes.ValidationFailed, "One or more fields are invalid.") => Errors = errors;

    public RequestValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
