using System.Text;
using Meetinity.Core.Paging;
using Npgsql;
using NpgsqlTypes;

namespace Meetinity.Profile.Listing;

/// <summary>
/// The SQL of <c>GET /users</c> and <c>GET /users/search</c>, with every value a parameter.
/// Lists only profiles the viewer may discover: active, not suspended, and public, or the
/// viewer's own, or shared with connections and the viewer is one.
/// </summary>
internal sealed class ProfileQuerySql
{
    private readonly StringBuilder _where = new();
    private readonly List<NpgsqlParameter> _parameters = [];
    private readonly ProfileFilter _filter;

    public ProfileQuerySql(ProfileFilter filter, Guid viewerId)
    {
        _filter = filter;
        Add("viewer", viewerId, NpgsqlDbType.Uuid);
        _where.Append("""
            p.status = 'active' AND NOT p.suspended
            AND (p.preferences_visibility = 'public' OR p.id = @viewer OR (p.preferences_visibility = 'connections' AND EXISTS (
                SELECT 1 FROM profile.connections c WHERE c.status = 'accepted'
                AND ((c.requester_id = @viewer AND c.addressee_id = p.id) OR (c.addressee_id = @viewer AND c.requester_id = p.id)))))
            """);
        AddFilters(filter);
    }

    /// <summary>
    /// How alike a query word and a word of the profile must be for a typo to match: pg_trgm's
    /// default (0.6) misses one dropped letter in a seven-letter name ("torvlds"); 0.5 finds it.
    /// </summary>
    public const string TypoThreshold = "0.5";

    /// <summary>Prepares the connection for the page and count commands (inside a transaction).</summary>
    public static NpgsqlCommand SetupCommand(NpgsqlConnection connection) =>
        new($"SET LOCAL pg_trgm.word_similarity_threshold = {TypoThreshold}", connection);

    /// <summary>The page's ids, in order.</summary>
    public NpgsqlCommand PageCommand(NpgsqlConnection connection)
    {
        var page = _filter.Page;
        var command = Command(connection, $"{From()} WHERE {_where} ORDER BY {_filter.Sort.ToSql()} LIMIT @limit OFFSET @offset", "p.id");
        command.Parameters.Add(new NpgsqlParameter<int>("limit", page.PerPage));
        command.Parameters.Add(new NpgsqlParameter<int>("offset", page.Skip));
        return command;
    }

    /// <summary>How many match, counted up to one past <see cref="MatchCount.Limit"/>.</summary>
    public NpgsqlCommand CountCommand(NpgsqlConnection connection) =>
        Command(connection, $"{From()} WHERE {_where} LIMIT {MatchCount.Limit + 1}", "1", wrapCount: true);

    private string From() => _filter.SearchText is null
        ? "FROM profile.profiles p"
        : "FROM profile.profiles p CROSS JOIN (SELECT websearch_to_tsquery('english', @q) AS ts, lower(@q) AS text) q";

    private NpgsqlCommand Command(NpgsqlConnection connection, string body, string select, bool wrapCount = false)
    {
        var sql = $"SELECT {select} {body}";
        var command = new NpgsqlCommand(wrapCount ? $"SELECT count(*) FROM ({sql}) matches" : sql, connection);
        foreach (var parameter in _parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }

    private void AddFilters(ProfileFilter filter)
    {
        if (filter.SearchText is { } text)
        {
            Add("q", text, NpgsqlDbType.Text);
            _where.Append(" AND (p.search_vector @@ q.ts OR q.text <% p.search_text)");
        }

        if (filter.Industry is { } industry)
        {
            Add("industry", industry, NpgsqlDbType.Text);
            _where.Append(" AND lower(p.industry) = lower(@industry)");
        }

        if (filter.Location is { } location)
        {
            Add("location", "%" + EscapeLike(location.ToLowerInvariant()) + "%", NpgsqlDbType.Text);
            _where.Append(" AND lower(p.location) LIKE @location ESCAPE '\\'");
        }

        if (filter.MinExperience is { } min)
        {
            Add("min_experience", min, NpgsqlDbType.Integer);
            _where.Append(" AND p.experience_years >= @min_experience");
        }

        if (filter.MaxExperience is { } max)
        {
            Add("max_experience", max, NpgsqlDbType.Integer);
            _where.Append(" AND p.experience_years <= @max_experience");
        }

        if (filter.Skills.Count > 0)
        {
            Add("skills", filter.Skills.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            _where.Append(" AND p.skill_keys @> @skills");
        }
    }

    private void Add(string name, object value, NpgsqlDbType type) =>
        _parameters.Add(new NpgsqlParameter(name, type) { Value = value });

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
