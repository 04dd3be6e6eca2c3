using System.Text.Json;
using System.Text.Json.Serialization;

namespace Meetinity.Profile.Preferences;

/// <summary><c>PUT /users/{id}/preferences</c>: only the fields given change; unknown fields are a 400.</summary>
public sealed record UpdatePreferencesInput
{
    public string? Language { get; init; }

    public string? Timezone { get; init; }

    public UpdateEmailNotificationsInput? EmailNotifications { get; init; }

    public string? ProfileVisibility { get; init; }

    public bool? ShowEmail { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record UpdateEmailNotificationsInput
{
    public bool? ConnectionRequests { get; init; }

    public bool? Product { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? OtherFields { get; init; }
}
