using System.Globalization;
using Meetinity.Core.Errors;
using Meetinity.Core.Paging;
using Meetinity.Profile.Profiles;
using Meetinity.Profile.Users;

namespace Meetinity.Profile.Listing;

/// <summary>A validated <see cref="UserListQuery"/>: the filters, the search text, the order and the page.</summary>
internal sealed record ProfileFilter(
    string? SearchText,
    string? Industry,
    string? Location,
    int? MinExperience,
    int? MaxExperience,
    IReadOnlyList<string> Skills,
    ProfileSort Sort,
    PageRequest Page)
{
    public const int MaxSkillsFilter = 20;

    /// <exception cref="RequestValidationException">A value is not allowed; every problem is listed.</exception>
    public static ProfileFilter Parse(UserListQuery query, bool search)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>();
        var text = search ? ParseSearchText(query.Q, errors) : null;
        var industry = ParseText(query.Industry, "industry", ProfileConsts.MaxIndustryLength, errors);
        var location = ParseText(query.Location, "location", ProfileConsts.MaxLocationLength, errors);
        var min = ParseExperience(query.MinExperience, "min_experience", errors);
        var max = ParseExperience(query.MaxExperience, "max_experience", errors);
        if (min > max)
        {
            errors["min_experience"] = ["min_experience must not be greater than max_experience."];
        }

        var skills = ParseSkills(query.Skills, errors);
        var sort = ParseSort(query.Sort, search, errors);
        PageRequest? page = null;
        try
        {
            page = PageRequest.Parse(query.Page, query.PerPage);
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                errors[field] = messages;
            }
        }

        return errors.Count > 0
            ? throw new RequestValidationException(errors)
            : new ProfileFilter(text, industry, location, min, max, skills, sort!, page!);
    }

    private static string? ParseSearchText(string? value, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors["q"] = [$"q is required: 1 to {ProfileConsts.MaxSearchQueryLength} characters to search for."];
            return null;
        }

        return Check(text, "q", ProfileConsts.MaxSearchQueryLength, errors);
    }

    private static string? ParseText(string? value, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : Check(text, field, maxLength, errors);
    }

    private static string? Check(string text, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        if (TextInput.Problem(text, maxLength) is { } problem)
        {
            errors[field] = [$"{field} {problem}"];
            return null;
        }

        return text;
    }

    private static int? ParseExperience(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= ProfileConsts.MaxExperienceYears)
        {
            return years;
        }

        errors[field] = [$"{field} must be a whole number of years from 0 to {ProfileConsts.MaxExperienceYears}."];
        return null;
    }

    private static IReadOnlyList<string> ParseSkills(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var skills = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.ToLowerInvariant()).Distinct().ToList();
        if (skills.Count > MaxSkillsFilter)
        {
            errors["skills"] = [$"skills takes at most {MaxSkillsFilter} comma-separated skills."];
        }
        else if (skills.Select(s => TextInput.Problem(s, ProfileConsts.MaxTagLength)).FirstOrDefault(p => p is not null) is { } problem)
        {
            errors["skills"] = [$"each skill {problem}"];
        }

        return skills;
    }

    private static ProfileSort? ParseSort(string? value, bool search, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return search ? new ProfileSort(ProfileSort.Relevance, false) : new ProfileSort("created_at", true);
        }

        if (ProfileSort.Parse(value.Trim(), search) is { } sort)
        {
            return sort;
        }

        var allowed = string.Join(", ", ProfileSort.AllowedFor(search));
        errors["sort"] = [$"sort must be one of {allowed}, each optionally prefixed with '-' for descending order."];
        return null;
    }
}
