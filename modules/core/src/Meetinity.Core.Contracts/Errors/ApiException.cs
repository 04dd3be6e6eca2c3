namespace Meetinity.Core.Errors;

/// <summary>
/// An error whose message is safe to show to the client. It becomes an RFC 9457
/// problem with the given status and <c>error</c> code; anything else becomes a 500
/// without details.
/// </summary>
public class ApiException(int status, string errorCode, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string ErrorCode { get; } = errorCode;

    /// <summary>Extra members of the problem document (e.g. <c>allowed</c> values).</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}
