namespace Meetinity.Core.Users;

/// <summary>Who is calling: read from the validated access token of the current request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The account id (the token's <c>sub</c>); null when anonymous.</summary>
    Guid? Id { get; }

    /// <summary>The session the token belongs to (its <c>sid</c>); null when anonymous.</summary>
    Guid? SessionId { get; }

    bool IsInRole(string role);
}
