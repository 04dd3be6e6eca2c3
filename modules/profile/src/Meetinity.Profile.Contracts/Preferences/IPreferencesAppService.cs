using Meetinity.Core;

namespace Meetinity.Profile.Preferences;

/// <summary><c>GET/PUT /users/{id}/preferences</c> (the user themself or an admin).</summary>
public interface IPreferencesAppService : IApplicationService
{
    Task<PreferencesDto> GetAsync(Guid id);

    Task<PreferencesDto> UpdateAsync(Guid id, UpdatePreferencesInput input);
}
