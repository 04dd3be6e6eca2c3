using System.Text.Json.Serialization;
using Meetinity.Profile.Preferences;

namespace Meetinity.Profile.Users;

/// <summary>
/// The contract's user resource. <c>email</c>, <c>role</c>, <c>suspended</c> and
/// <c>preferences</c> are left out (absent, not null) for viewers who may not see them.
/// </summary>
public sealed record UserDto
{
    public required Guid Id { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Email { get; init; }

    public bool EmailVerified { get; init; }

    public string? Name { get; init; }

    public string? Title { get; init; }

    public string? Company { get; init; }

    public string? Industry { get; init; }

    public string? Location { get; init; }

    public int? ExperienceYears { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public IReadOnlyList<string> Interests { get; init; } = [];

    public string? Bio { get; init; }

    public required string Status { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Suspended { get; init; }

    public string? PhotoUrl { get; init; }

    public IReadOnlyDictionary<string, string> Links { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Providers { get; init; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PreferencesDto? Preferences { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? LastLoginAt { get; init; }
}
