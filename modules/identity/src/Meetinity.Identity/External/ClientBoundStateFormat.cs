using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Meetinity.Identity.External;

/// <summary>
/// Replaces the handlers' encrypted <c>state</c> with a random key to a row in PostgreSQL
/// (<see cref="OAuthState"/>). The handlers call this synchronously, so the row itself is
/// written and taken by <see cref="ExternalSignInAppService"/>; this class only hands the
/// properties over through the request's items.
/// </summary>
internal sealed class ClientBoundStateFormat(IHttpContextAccessor accessor) : ISecureDataFormat<AuthenticationProperties>
{
    internal const string PendingItem = "meetinity.oauth.pending_state";
    internal const string TakenItem = "meetinity.oauth.taken_state";

    public string Protect(AuthenticationProperties data) => Protect(data, purpose: null);

    public string Protect(AuthenticationProperties data, string? purpose)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        Items[PendingItem] = new KeyValuePair<string, AuthenticationProperties>(key, data);
        return key;
    }

    public AuthenticationProperties? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationProperties? Unprotect(string? protectedText, string? purpose) =>
        Items.TryGetValue(TakenItem, out var taken) && taken is KeyValuePair<string, AuthenticationProperties> pair && pair.Key == protectedText
            ? pair.Value
            : null;

    private IDictionary<object, object?> Items =>
        accessor.HttpContext?.Items ?? throw new InvalidOperationException("OAuth state is only used within a request.");
}
