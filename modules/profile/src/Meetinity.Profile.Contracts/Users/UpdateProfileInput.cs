using System.Text.Json;
using System.Text.Json.Serialization;
using Meetinity.Profile.Preferences;

namespace Meetinity.Profile.Users;

/// <summary>
/// <c>PUT /users/{id}</c>: only the fields given change. A field left out or null stays as it
/// is; an empty string clears a text field, an empty list or object clears a list or the
/// links. Any other field (<c>id</c>, <c>email</c>, <c>role</c>, ...) is refused with 400.
/// </summary>
public sealed record UpdateProfileInput
{
    public string? Name { get; init; }

    public string? Title { get; init; }

    public string? Company { get; init; }

    public string? Industry { get; init; }

    public string? Location { get; init; }

    public int? ExperienceYears { get; init; }

    public IReadOnlyList<string>? Skills { get; init; }

    public IReadOnlyList<string>? Interests { get; init; }

    public string? Bio { get; init; }

    public string? Status { get; init; }

    public IReadOnlyDictionary<string, string>? Links { get; init; }

    public UpdatePreferencesInput? Preferences { get; init; }

    /// <summary>Fields the contract does not let a client write; their presence is a 400.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? OtherFields { get; init; }
}
