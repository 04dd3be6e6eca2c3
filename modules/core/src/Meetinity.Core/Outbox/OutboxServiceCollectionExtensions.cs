using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meetinity.Core.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>Delivers <typeparamref name="TContext"/>'s outbox in the background (and on demand through the relay singleton).</summary>
    public static IServiceCollection AddOutboxRelay<TContext>(this IServiceCollection services)
        where TContext : DbContext, IOutboxContext
    {
        services.AddSingleton<OutboxRelay<TContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxRelay<TContext>>());
        return services;
    }
}
