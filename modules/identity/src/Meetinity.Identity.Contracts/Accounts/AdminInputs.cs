namespace Meetinity.Identity.Accounts;

public sealed record SetRoleInput(string? Role);

public sealed record SetSuspensionInput(bool? Suspended, string? Reason);

/// <summary><c>{"user": ...}</c>: the whole user resource (see <see cref="IUserResourceComposer"/>).</summary>
public sealed record UserEnvelope(object User);
