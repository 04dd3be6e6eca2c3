using Microsoft.EntityFrameworkCore;

namespace Meetinity.Core.Data;

/// <summary>One module's <see cref="DbContext"/> and the PostgreSQL schema it owns.</summary>
public sealed record ModuleDatabase(Type ContextType, string Schema)
{
    /// <summary>Each module keeps its migrations history in its own schema, under this name.</summary>
    public const string HistoryTable = "__ef_migrations_history";
}
