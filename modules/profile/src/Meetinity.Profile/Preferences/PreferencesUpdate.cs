using System.Text.RegularExpressions;
using Meetinity.Profile.Profiles;

namespace Meetinity.Profile.Preferences;

/// <summary>Validates an <see cref="UpdatePreferencesInput"/> and applies the fields it gives.</summary>
internal sealed partial class PreferencesUpdate(UpdatePreferencesInput input)
{
    /// <summary>Adds every problem to <paramref name="errors"/> (field names under <paramref name="prefix"/>).</summary>
    public static PreferencesUpdate Collect(UpdatePreferencesInput input, string prefix, Dictionary<string, string[]> errors)
    {
        foreach (var field in input.OtherFields?.Keys ?? [])
        {
            errors[prefix + field] = [$"{field} is not a preference."];
        }

        foreach (var field in input.EmailNotifications?.OtherFields?.Keys ?? [])
        {
            errors[prefix + "email_notifications." + field] = [$"{field} is not a notification switch."];
        }

        if (input.Language is not null && !LanguageTag().IsMatch(input.Language))
        {
            errors[prefix + "language"] = ["language is a BCP 47 language tag such as 'en' or 'pt-BR'."];
        }

        if (input.Timezone is not null && !IsTimeZone(input.Timezone))
        {
            errors[prefix + "timezone"] = ["timezone is an IANA time zone such as 'Europe/London' or 'UTC'."];
        }

        if (input.ProfileVisibility is not null && !ProfileVisibility.IsValid(input.ProfileVisibility))
        {
            errors[prefix + "profile_visibility"] = [$"profile_visibility is '{ProfileVisibility.Public}', '{ProfileVisibility.Connections}' or '{ProfileVisibility.Private}'."];
        }

        return new PreferencesUpdate(input);
    }

    public void ApplyTo(ProfilePreferences preferences)
    {
        preferences.Language = input.Language ?? preferences.Language;
        preferences.Timezone = input.Timezone ?? preferences.Timezone;
        preferences.Visibility = input.ProfileVisibility ?? preferences.Visibility;
        preferences.ShowEmail = input.ShowEmail ?? preferences.ShowEmail;
        preferences.NotifyConnectionRequests = input.EmailNotifications?.ConnectionRequests ?? preferences.NotifyConnectionRequests;
        preferences.NotifyProduct = input.EmailNotifications?.Product ?? preferences.NotifyProduct;
    }

    public static string Snapshot(ProfilePreferences p) =>
        $"{p.Language}|{p.Timezone}|{p.Visibility}|{p.ShowEmail}|{p.NotifyConnectionRequests}|{p.NotifyProduct}";

    public static PreferencesDto ToDto(ProfilePreferences p) =>
        new(p.Language, p.Timezone, new EmailNotificationsDto(p.NotifyConnectionRequests, p.NotifyProduct), p.Visibility, p.ShowEmail);

    private static bool IsTimeZone(string id) =>
        id.Length <= ProfileConsts.MaxTimeZoneLength && !id.Contains("..", StringComparison.Ordinal)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,4}$")]
    private static partial Regex LanguageTag();
}
