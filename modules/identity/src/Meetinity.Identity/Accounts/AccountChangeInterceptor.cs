using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Meetinity.Identity.Accounts;

/// <summary>
/// Tells the <see cref="IAccountChangeObserver"/>s which accounts a save touched, once the
/// change is committed: right after the save, or at the commit of the transaction around it
/// (telling earlier would let a reader cache the old row again before the commit).
/// </summary>
internal sealed class AccountChangeInterceptor(IEnumerable<IAccountChangeObserver> observers) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            await FlushAsync(context, cancellationToken);
        }

        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await FlushAsync(context, cancellationToken);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }

        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            Guid? id = entry.Entity switch
            {
                Account account => account.Id,
                IdentityUserLogin<Guid> login => login.UserId,
                _ => null,
            };
            if (id is { } accountId && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                _pending.GetOrCreateValue(context).Add(accountId);
            }
        }
    }

    private async Task FlushAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (!_pending.TryGetValue(context, out var ids) || ids.Count == 0)
        {
            return;
        }

        _pending.Remove(context);
        foreach (var observer in observers)
        {
            await observer.OnAccountsChangedAsync([.. ids], cancellationToken);
        }
    }
}
