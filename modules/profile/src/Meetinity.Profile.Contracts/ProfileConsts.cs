namespace Meetinity.Profile;

/// <summary>Column and list limits, shared by the EF configuration and input validation.</summary>
public static class ProfileConsts
{
    public const int MaxNameLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxCompanyLength = 200;
    public const int MaxIndustryLength = 100;
    public const int MaxLocationLength = 200;
    public const int MaxBioLength = 4000;
    public const int MaxExperienceYears = 80;
    public const int MaxTagLength = 50;
    public const int MaxSkills = 50;
    public const int MaxInterests = 50;
    public const int MaxLinks = 10;
    public const int MaxLinkNameLength = 32;
    public const int MaxLinkUrlLength = 2048;
    public const int MaxPhotoUrlLength = 2048;
    public const int MaxStatusLength = 16;
    public const int MaxLanguageLength = 35;
    public const int MaxTimeZoneLength = 64;
    public const int MaxVisibilityLength = 16;
    public const int MaxSearchQueryLength = 200;
}
