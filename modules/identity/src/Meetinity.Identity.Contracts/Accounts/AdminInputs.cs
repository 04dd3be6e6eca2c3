namespace Meetinity.Identity.Accounts;

public sealed record SetRoleInput(string? Role);

public sealed record SetSuspensionInput(bool? Suspended, string? Reason);

public sealed record UserEnvelope(AccountDto User);
