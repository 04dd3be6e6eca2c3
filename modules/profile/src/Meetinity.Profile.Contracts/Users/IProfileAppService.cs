using Meetinity.Core;
using Meetinity.Core.Paging;

namespace Meetinity.Profile.Users;

/// <summary>The <c>/users</c> endpoints of the contract: read, change, delete, list and search profiles.</summary>
public interface IProfileAppService : IApplicationService
{
    Task<UserResponse> GetAsync(Guid id);

    Task<UserResponse> UpdateAsync(Guid id, UpdateProfileInput input);

    Task DeleteAsync(Guid id);

    Task<PagedResult<UserDto>> GetListAsync(UserListQuery query);

    Task<UserSearchResult> SearchAsync(UserListQuery query);
}
