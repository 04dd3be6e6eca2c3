namespace Meetinity.Core.Errors;

/// <summary>The <c>error</c> code of a problem that no code put there: derived from its status.</summary>
internal static class ProblemErrorCodes
{
    public static string ForStatus(int? status) => status switch
    {
        400 => ErrorCodes.BadRequest,
        401 => ErrorCodes.InvalidToken,
        403 => ErrorCodes.Forbidden,
        404 => ErrorCodes.NotFound,
        405 => ErrorCodes.MethodNotAllowed,
        409 => ErrorCodes.Conflict,
        412 => ErrorCodes.PreconditionFailed,
        413 => ErrorCodes.PayloadTooLarge,
        415 => ErrorCodes.UnsupportedMediaType,
        429 => ErrorCodes.RateLimited,
        503 => ErrorCodes.ServiceUnavailable,
        >= 500 => ErrorCodes.InternalError,
        _ => ErrorCodes.BadRequest,
    };
}
