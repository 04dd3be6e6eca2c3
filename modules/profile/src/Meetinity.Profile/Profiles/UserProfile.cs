namespace Meetinity.Profile.Profiles;

/// <summary>A person's professional profile; its id is their account's id.</summary>
public sealed class UserProfile
{
    public Guid Id { get; set; }

    public string? Name { get; set; }

    public string? Title { get; set; }

    public string? Company { get; set; }

    public string? Industry { get; set; }

    public string? Location { get; set; }

    public int? ExperienceYears { get; set; }

    public List<string> Skills { get; set; } = [];

    /// <summary>The skills in lower case, for the all-must-match filter.</summary>
    public List<string> SkillKeys { get; set; } = [];

    /// <summary>The skills as one string: PostgreSQL's generated search columns cannot read an array.</summary>
    public string SkillsText { get; set; } = string.Empty;

    public List<string> Interests { get; set; } = [];

    public string? Bio { get; set; }

    public string Status { get; set; } = ProfileStatus.Active;

    public Dictionary<string, string> Links { get; set; } = [];

    /// <summary>The uploaded photo's blob name, if any.</summary>
    public string? PhotoBlob { get; set; }

    /// <summary>The picture the sign-in provider gave, shown while no photo is uploaded.</summary>
    public string? ProviderPhotoUrl { get; set; }

    /// <summary>A copy of the account's suspension (Identity tells), so lists can hide suspended people.</summary>
    public bool Suspended { get; set; }

    public ProfilePreferences Preferences { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: the concurrency token and the ETag.</summary>
    public uint Version { get; set; }

    public void SetSkills(IEnumerable<string> skills)
    {
        Skills = [.. skills];
        SkillKeys = [.. Skills.Select(s => s.ToLowerInvariant())];
        SkillsText = string.Join(' ', Skills);
    }
}
