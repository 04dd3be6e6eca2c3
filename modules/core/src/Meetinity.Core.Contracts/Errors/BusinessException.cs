namespace Meetinity.Core.Errors;

/// <summary>A request that breaks a business rule (400 unless told otherwise).</summary>
public class BusinessException(string errorCode, string message, int status = 400)
    : ApiException(status, errorCode, message);
