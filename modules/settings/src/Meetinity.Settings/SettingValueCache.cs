using System.Collections.Frozen;
using Meetinity.Settings.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.Settings;

/// <summary>
/// The stored values, in memory, with the version they were read at. Reloaded when the
/// version in PostgreSQL moves (checked every second by <see cref="SettingsRefresher"/>, and
/// at once after a change on this instance).
/// </summary>
public sealed class SettingValueCache(IServiceScopeFactory scopes, SettingSecrets secrets)
{
    private volatile Snapshot _snapshot = new(-1, FrozenDictionary<string, SettingValue>.Empty);

    public IReadOnlyDictionary<string, SettingValue> Values => _snapshot.Values;

    /// <summary>Reloads when the stored version differs from the cached one; returns whether it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SettingsDbContext>();
        var version = await db.Versions.AsNoTracking().Where(v => v.Id == 1).Select(v => v.Value).SingleAsync(cancellationToken);
        if (version == _snapshot.Version)
        {
            return false;
        }

        var values = await db.Values.AsNoTracking().ToListAsync(cancellationToken);
        _snapshot = new Snapshot(version, secrets.Reveal(values).ToFrozenDictionary(v => v.Name, StringComparer.Ordinal));
        return true;
    }

    private sealed record Snapshot(long Version, FrozenDictionary<string, SettingValue> Values);
}
