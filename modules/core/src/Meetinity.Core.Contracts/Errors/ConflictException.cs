namespace Meetinity.Core.Errors;

/// <summary>The request conflicts with the current state of the resource.</summary>
public sealed class ConflictException(string message, string errorCode = ErrorCodes.Conflict)
    : ApiException(409, errorCode, message);
