namespace Meetinity.Identity.External;

/// <summary>One provider's client registration (<c>GOOGLE_*</c> or <c>LINKEDIN_*</c>).</summary>
public sealed record ProviderSettings(
    string ClientId,
    string ClientSecret,
    string? RedirectUri,
    string? AuthorizationEndpoint,
    string? TokenEndpoint,
    string? UserInformationEndpoint);
