using Meetinity.Core;

namespace Meetinity.Identity.Accounts;

/// <summary>What admins change on an account: <c>PUT /users/{id}/role</c> and <c>PUT /users/{id}/suspension</c>.</summary>
public interface IAccountAdminAppService : IApplicationService
{
    Task<UserEnvelope> SetRoleAsync(Guid id, SetRoleInput input);

    Task<UserEnvelope> SetSuspensionAsync(Guid id, SetSuspensionInput input);
}
