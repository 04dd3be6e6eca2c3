namespace Meetinity.Profile.Profiles;

/// <summary>Fixed at start: where uploaded photos are served (<c>UPLOAD_URL_PREFIX</c>) and whether a Redis level exists.</summary>
public sealed record ProfileOptions(string PhotoUrlPrefix, bool HasRedis);
