namespace Meetinity.Profile.Photos;

/// <summary>The answer to a photo upload.</summary>
public sealed record PhotoDto(string PhotoUrl, Guid UserId);
