using System.Globalization;
using System.Text.Json;
using Meetinity.AuditLogging;
using Meetinity.Core.Errors;
using Meetinity.Core.Users;
using Meetinity.Settings.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Meetinity.Settings;

/// <summary>
/// Admins list, change and reset settings at runtime. A change is validated against its
/// definition, stored with a version bump (every instance reloads within a second) and
/// audited with its old and new value (secrets masked) in the same transaction.
/// </summary>
[Route("settings")]
[Authorize(Roles = "admin")]
public sealed class SettingsAppService(
    IHttpContextAccessor accessor,
    SettingsDbContext db,
    SettingDefinitions definitions,
    SettingProvider provider,
    SettingValueCache cache,
    SettingSecrets secrets,
    ICurrentUser currentUser,
    TimeProvider time) : ISettingsAppService
{
    private HttpContext Http => accessor.HttpContext!;

    [HttpGet]
    public Task<SettingList> GetListAsync() => Task.FromResult(new SettingList([.. definitions.All.Select(ToDto)]));

    [HttpPut("{name}")]
    public async Task<SettingDto> SetAsync(string name, SetSettingInput input)
    {
        var definition = Editable(name);
        var value = Canonical(definition, input?.Value);
        if (definition.Validate(value) is { } reason)
        {
            throw new RequestValidationException("value", reason);
        }

        await ChangeAsync(definition, value);
        return ToDto(definition);
    }

    [HttpDelete("{name}")]
    public async Task<SettingDto> ResetAsync(string name)
    {
        var definition = Editable(name);
        await ChangeAsync(definition, null);
        return ToDto(definition);
    }

    private async Task ChangeAsync(SettingDefinition definition, string? value)
    {
        var ct = Http.RequestAborted;
        var before = provider.Resolve(definition).Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stored = await db.Values.SingleOrDefaultAsync(v => v.Name == definition.Name, ct);
        var storedText = value is null ? null : secrets.Conceal(definition, value);
        var now = time.GetUtcNow();
        if (value is null)
        {
            if (stored is not null)
            {
                db.Values.Remove(stored);
            }
        }
        else if (stored is null)
        {
            db.Values.Add(new SettingValue { Name = definition.Name, Value = storedText!, UpdatedAt = now, UpdatedBy = currentUser.Id });
        }
        else
        {
            stored.Value = storedText!;
            stored.UpdatedAt = now;
            stored.UpdatedBy = currentUser.Id;
        }

        await db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(v => v.SetProperty(x => x.Value, x => x.Value + 1), ct);
        var after = value ?? (definition.ConfigurationKey is null ? definition.DefaultValue : null);
        db.OutboxMessages.Add(new AuditRecord(
            Guid.CreateVersion7(), now, AuditKinds.Setting, value is null ? "setting_reset" : "setting_changed", currentUser.Id,
            Http.Connection.RemoteIpAddress?.ToString(), null, Http.Request.Method, Http.Request.Path.Value, "setting", definition.Name,
            AuditOutcomes.Success, null, null, null, null,
            [new AuditChange("Setting", definition.Name, "value", Shown(definition, before), value is null ? "(configuration or default)" : Shown(definition, after))]).ToOutboxMessage());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await cache.RefreshAsync(ct);
    }

    private SettingDefinition Editable(string name)
    {
        var definition = definitions.Get(name);
        return definition.ConfigurationOnly
            ? throw new ConflictException($"{name} comes from configuration only and cannot be changed through the API.", "configuration_only")
            : definition;
    }

    private SettingDto ToDto(SettingDefinition definition)
    {
        var (value, source) = provider.Resolve(definition);
        var updatedAt = source == SettingProvider.SourceDatabase ? cache.Values[definition.Name].UpdatedAt : (DateTimeOffset?)null;
        return new SettingDto(definition.Name, definition.Type.ToString().ToLowerInvariant(), Shown(definition, value),
            Shown(definition, definition.DefaultValue), source, definition.Description, definition.IsSecret, definition.ConfigurationOnly, updatedAt);
    }

    private static string? Shown(SettingDefinition definition, string? value) =>
        definition.IsSecret ? (string.IsNullOrEmpty(value) ? null : "set") : value;

    /// <summary>The stored text of a JSON value: numbers and booleans invariant, lists comma-separated.</summary>
    private static string Canonical(SettingDefinition definition, JsonElement? value)
    {
        var json = value ?? throw new RequestValidationException("value", $"{definition.Name} needs a value: a {Describe(definition.Type)}.");
        return (definition.Type, json.ValueKind) switch
        {
            (SettingType.Integer, JsonValueKind.Number) when json.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
            (SettingType.Boolean, JsonValueKind.True or JsonValueKind.False) => json.GetBoolean() ? "true" : "false",
            (SettingType.StringList, JsonValueKind.Array) when json.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                string.Join(',', json.EnumerateArray().Select(e => e.GetString()!.Trim())),
            (SettingType.String, JsonValueKind.String) => json.GetString()!,
            _ => throw new RequestValidationException("value", $"{definition.Name} takes a {Describe(definition.Type)}."),
        };
    }

    private static string Describe(SettingType type) => type switch
    {
        SettingType.Integer => "JSON number",
        SettingType.Boolean => "JSON true or false",
        SettingType.StringList => "JSON array of strings",
        _ => "JSON string",
    };
}
