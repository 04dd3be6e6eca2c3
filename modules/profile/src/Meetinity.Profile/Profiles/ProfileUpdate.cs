using System.Text.RegularExpressions;
using Meetinity.Core.Errors;
using Meetinity.Profile.Preferences;
using Meetinity.Profile.Users;

namespace Meetinity.Profile.Profiles;

/// <summary>Validates a <see cref="UpdateProfileInput"/> as a whole, then applies the fields it gives.</summary>
internal sealed partial class ProfileUpdate
{
    private static readonly HashSet<string> s_readOnlyFields =
    [
        "id", "email", "email_verified", "role", "suspended", "photo_url", "providers",
        "created_at", "updated_at", "last_login_at",
    ];

    private readonly UpdateProfileInput _input;
    private readonly PreferencesUpdate? _preferences;

    private ProfileUpdate(UpdateProfileInput input, PreferencesUpdate? preferences)
    {
        _input = input;
        _preferences = preferences;
    }

    /// <exception cref="RequestValidationException">Any field is refused; nothing is applied.</exception>
    public static ProfileUpdate Validate(UpdateProfileInput? input)
    {
        input ??= new UpdateProfileInput();
        var errors = new Dictionary<string, string[]>();
        foreach (var field in input.OtherFields?.Keys ?? [])
        {
            errors[field] = [s_readOnlyFields.Contains(field) ? $"{field} is read-only." : $"{field} is not a profile field."];
        }

        CheckText(input.Name, "name", ProfileConsts.MaxNameLength, errors);
        CheckText(input.Title, "title", ProfileConsts.MaxTitleLength, errors);
        CheckText(input.Company, "company", ProfileConsts.MaxCompanyLength, errors);
        CheckText(input.Industry, "industry", ProfileConsts.MaxIndustryLength, errors);
        CheckText(input.Location, "location", ProfileConsts.MaxLocationLength, errors);
        CheckText(input.Bio, "bio", ProfileConsts.MaxBioLength, errors, multiline: true);
        if (input.ExperienceYears is < 0 or > ProfileConsts.MaxExperienceYears)
        {
            errors["experience_years"] = [$"experience_years is a whole number from 0 to {ProfileConsts.MaxExperienceYears}."];
        }

        CheckTags(input.Skills, "skills", ProfileConsts.MaxSkills, errors);
        CheckTags(input.Interests, "interests", ProfileConsts.MaxInterests, errors);
        if (input.Status is not null && !ProfileStatus.IsValid(input.Status))
        {
            errors["status"] = [$"status is '{ProfileStatus.Active}' or '{ProfileStatus.Inactive}'."];
        }

        CheckLinks(input.Links, errors);
        var preferences = input.Preferences is null ? null : PreferencesUpdate.Collect(input.Preferences, "preferences.", errors);
        return errors.Count > 0 ? throw new RequestValidationException(errors) : new ProfileUpdate(input, preferences);
    }

    /// <summary>Applies the given fields; true when anything changed.</summary>
    public bool ApplyTo(UserProfile profile)
    {
        var before = Snapshot(profile);
        profile.Name = Text(_input.Name, profile.Name);
        profile.Title = Text(_input.Title, profile.Title);
        profile.Company = Text(_input.Company, profile.Company);
        profile.Industry = Text(_input.Industry, profile.Industry);
        profile.Location = Text(_input.Location, profile.Location);
        profile.Bio = Text(_input.Bio, profile.Bio);
        profile.ExperienceYears = _input.ExperienceYears ?? profile.ExperienceYears;
        if (_input.Skills is { } skills)
        {
            profile.SetSkills(Tags(skills));
        }

        if (_input.Interests is { } interests)
        {
            profile.Interests = [.. Tags(interests)];
        }

        profile.Status = _input.Status ?? profile.Status;
        if (_input.Links is { } links)
        {
            profile.Links = links.ToDictionary(l => l.Key, l => l.Value.Trim());
        }

        _preferences?.ApplyTo(profile.Preferences);
        return before != Snapshot(profile);
    }

    private static string Snapshot(UserProfile p) => string.Join('\u0001',
        p.Name, p.Title, p.Company, p.Industry, p.Location, p.Bio, p.ExperienceYears, p.Status,
        string.Join('\u0002', p.Skills), string.Join('\u0002', p.Interests),
        string.Join('\u0002', p.Links.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value)),
        PreferencesUpdate.Snapshot(p.Preferences));

    private static string? Text(string? given, string? current) =>
        given is null ? current : given.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static IEnumerable<string> Tags(IEnumerable<string> tags) =>
        tags.Select(t => t.Trim()).Where(t => t.Length > 0).DistinctBy(t => t.ToLowerInvariant());

    private static void CheckText(string? value, string field, int maxLength, Dictionary<string, string[]> errors, bool multiline = false)
    {
        if (value is not null && TextInput.Problem(value.Trim(), maxLength, multiline) is { } problem)
        {
            errors[field] = [$"{field} {problem}"];
        }
    }

    private static void CheckTags(IReadOnlyList<string>? tags, string field, int maxCount, Dictionary<string, string[]> errors)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > maxCount)
        {
            errors[field] = [$"{field} holds at most {maxCount} entries."];
        }
        else if (tags.Any(t => t is null))
        {
            errors[field] = [$"{field} entries are strings."];
        }
        else if (tags.Select(t => TextInput.Problem(t.Trim(), ProfileConsts.MaxTagLength)).FirstOrDefault(p => p is not null) is { } problem)
        {
            errors[field] = [$"each entry of {field} {problem}"];
        }
    }

    private static void CheckLinks(IReadOnlyDictionary<string, string>? links, Dictionary<string, string[]> errors)
    {
        if (links is null)
        {
            return;
        }

        if (links.Count > ProfileConsts.MaxLinks)
        {
            errors["links"] = [$"links holds at most {ProfileConsts.MaxLinks} entries."];
            return;
        }

        foreach (var (name, url) in links)
        {
            if (!LinkName().IsMatch(name))
            {
                errors[$"links.{name}"] = [$"a link's name is 1 to {ProfileConsts.MaxLinkNameLength} lower-case letters, digits or '_', starting with a letter."];
            }
            else if (url is null || url.Trim().Length > ProfileConsts.MaxLinkUrlLength
                || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                errors[$"links.{name}"] = [$"a link is an absolute http or https URL of at most {ProfileConsts.MaxLinkUrlLength} characters."];
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,31}$")]
    private static partial Regex LinkName();
}
