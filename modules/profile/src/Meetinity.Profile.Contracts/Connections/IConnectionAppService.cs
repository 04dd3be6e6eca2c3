using Meetinity.Core;
using Meetinity.Core.Paging;

namespace Meetinity.Profile.Connections;

/// <summary>The caller's professional network: request, accept, decline, remove and list connections.</summary>
public interface IConnectionAppService : IApplicationService
{
    Task<PagedResult<ConnectionDto>> GetListAsync(ConnectionListQuery query);

    Task<ConnectionResponse> RequestAsync(RequestConnectionInput input);

    Task<ConnectionResponse> AcceptAsync(Guid id);

    Task DeclineAsync(Guid id);

    Task DeleteAsync(Guid id);

    /// <summary><c>GET /users/{id}/connections</c>: a user's accepted connections, as their visibility allows.</summary>
    Task<PagedResult<ConnectionDto>> GetUserConnectionsAsync(Guid id, ConnectionListQuery query);
}
