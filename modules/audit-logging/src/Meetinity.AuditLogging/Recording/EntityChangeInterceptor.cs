using System.Globalization;
using Meetinity.Core.Outbox;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Meetinity.AuditLogging.Recording;

/// <summary>
/// Adds every property an audited request's <c>SaveChanges</c> writes to that request's
/// audit record, with its old and new value; sensitive values are masked, never stored.
/// </summary>
internal sealed class EntityChangeInterceptor(IHttpContextAccessor accessor) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Collect(DbContext? context)
    {
        if (context is null || AuditScope.Of(accessor.HttpContext) is not { } scope)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && entry.Entity is not OutboxMessage)
            {
                Collect(entry, scope);
            }
        }
    }

    private static void Collect(EntityEntry entry, AuditScope scope)
    {
        var entity = entry.Metadata.ClrType.Name;
        var key = string.Join(",", entry.Properties.Where(p => p.Metadata.IsPrimaryKey()).Select(p => Format(p.CurrentValue)));
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.GetColumnName();
            var (before, after) = entry.State switch
            {
                EntityState.Added => (null, Format(property.CurrentValue)),
                EntityState.Deleted => (Format(property.OriginalValue), null),
                _ when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue) => (Format(property.OriginalValue), Format(property.CurrentValue)),
                _ => ((string?)null, (string?)null),
            };
            if (before is null && after is null)
            {
                continue;
            }

            scope.Changes.Enqueue(new AuditChange(entity, key, name,
                AuditMasking.Apply(name, before), AuditMasking.Apply(name, after)));
        }
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        byte[] => AuditMasking.Mask,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
