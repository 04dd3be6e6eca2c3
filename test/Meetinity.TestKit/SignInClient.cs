using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Meetinity.TestKit;

/// <summary>What the Meetinity frontend does to sign someone in: verifier, challenge, auth URL, callback.</summary>
public sealed class SignInClient(HttpClient client, FakeOAuthProvider provider)
{
    public HttpClient Http => client;

    public static string NewVerifier() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(48));

    public static string ChallengeOf(string verifier) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static IReadOnlyDictionary<string, object?> Profile(string subject, string? email, bool verified = true, string? name = "Ada Lovelace", string? hostedDomain = null)
    {
        var profile = new Dictionary<string, object?> { ["sub"] = subject, ["name"] = name, ["email_verified"] = verified };
        if (email is not null)
        {
            profile["email"] = email;
        }

        if (hostedDomain is not null)
        {
            profile["hd"] = hostedDomain;
        }

        return profile;
    }

    /// <summary>Starts a flow and returns the auth URL and the verifier the client keeps.</summary>
    public async Task<(string AuthUrl, string Verifier)> StartAsync(string providerName, string? redirectUri = null, string? bearer = null, string path = "")
    {
        var verifier = NewVerifier();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/auth/{providerName}{path}", UriKind.Relative))
        {
            Content = JsonContent.Create(new Dictionary<string, string?> { ["client_challenge"] = ChallengeOf(verifier), ["redirect_uri"] = redirectUri }),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("auth_url").GetString()!, verifier);
    }

    public static string StateOf(string authUrl) => QueryHelpers.ParseQuery(new Uri(authUrl).Query)["state"]!;

    public Task<HttpResponseMessage> CallbackAsync(string providerName, string code, string state, string verifier) =>
        client.PostAsJsonAsync(new Uri($"/auth/{providerName}/callback", UriKind.Relative),
            new Dictionary<string, string> { ["code"] = code, ["state"] = state, ["client_verifier"] = verifier });

    /// <summary>The whole flow; returns the callback's answer.</summary>
    public async Task<HttpResponseMessage> SignInResponseAsync(string providerName, IReadOnlyDictionary<string, object?> profile)
    {
        var (authUrl, verifier) = await StartAsync(providerName);
        return await CallbackAsync(providerName, provider.Authorize(authUrl, profile), StateOf(authUrl), verifier);
    }

    /// <summary>The whole flow, which must succeed; returns the token answer.</summary>
    public async Task<JsonElement> SignInAsync(string providerName, IReadOnlyDictionary<string, object?> profile)
    {
        var response = await SignInResponseAsync(providerName, profile);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode} {body}");
    }
}
