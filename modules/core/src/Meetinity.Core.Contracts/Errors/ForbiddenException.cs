namespace Meetinity.Core.Errors;

/// <summary>The caller is known but not allowed to do this.</summary>
public sealed class ForbiddenException(string message = "You are not allowed to do this.")
    : ApiException(403, ErrorCodes.Forbidden, message);
