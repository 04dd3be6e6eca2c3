using System.Text.Json;
using Meetinity.Core;

namespace Meetinity.Settings;

/// <summary>A setting as admins see it; a secret's value is only "set" or null.</summary>
public sealed record SettingDto(
    string Name,
    string Type,
    string? Value,
    string? DefaultValue,
    string Source,
    string Description,
    bool IsSecret,
    bool ConfigurationOnly,
    DateTimeOffset? UpdatedAt);

public sealed record SettingList(IReadOnlyList<SettingDto> Items);

/// <summary>The new value: a JSON string, number, boolean or array of strings, as the setting's type wants.</summary>
public sealed record SetSettingInput(JsonElement? Value);

/// <summary><c>GET /settings</c>, <c>PUT /settings/{name}</c>, <c>DELETE /settings/{name}</c> (admins).</summary>
public interface ISettingsAppService : IApplicationService
{
    Task<SettingList> GetListAsync();

    Task<SettingDto> SetAsync(string name, SetSettingInput input);

    Task<SettingDto> ResetAsync(string name);
}
