namespace Meetinity.Identity.Accounts;

/// <summary>Column limits, shared by the EF configuration and input validation.</summary>
public static class AccountConsts
{
    public const int MaxEmailLength = 256;
    public const int MaxNameLength = 200;
    public const int MaxPictureUrlLength = 2048;
    public const int MaxRoleLength = 16;
    public const int MaxSuspensionReasonLength = 500;
    public const int MaxProviderKeyLength = 256;
}
