using Meetinity.Core;
using Meetinity.Core.Paging;
using Meetinity.Identity.Accounts;
using Meetinity.Identity.Security;
using Meetinity.Identity.Sessions;

namespace Meetinity.Identity.Auth;

/// <summary>Tokens, sessions and the caller's own account and security log.</summary>
public interface ITokenAppService : IApplicationService
{
    Task<TokenPair> RefreshAsync(RefreshInput input);

    Task<VerifyResult> VerifyAsync(VerifyInput? input);

    Task LogoutAsync();

    Task<SessionList> GetSessionsAsync();

    Task DeleteSessionAsync(Guid id);

    Task<UserEnvelope> GetProfileAsync();

    Task<PagedResult<SecurityEventDto>> GetSecurityLogAsync(string? page, string? perPage, Guid? userId);
}

public sealed record SessionList(IReadOnlyList<SessionDto> Items);
