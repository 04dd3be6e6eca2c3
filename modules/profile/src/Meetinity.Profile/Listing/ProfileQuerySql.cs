using System.Text;
using Meetinity.Core.Paging;
using Npgsql;
using NpgsqlTypes;

namespace Meetinity.Profile.Listing;

/// <summary>
/// The SQL of <c>GET /users</c> and <c>GET /users/search</c>, with every value a parameter.
/// Lists only profiles the viewer may discover: active, not suspended, and public, or the
/// viewer's own, or shared with connections and the viewer is one.
/// A search is full text first (weighted, English stems); only when that finds nothing does
/// it look for near spellings (trigrams), so a typo still finds the person. Search ranks at
/// most the first <see cref="MatchCount.Limit"/> + 1 matches, the same cap as its count:
/// ranking every one of 250,000 matches for a common word is what makes such endpoints slow.
/// </summary>
internal sealed class ProfileQuerySql
{
    /// <summary>
    /// How alike a query word and a word of the profile must be for a typo to match: pg_trgm's
    /// default (0.6) misses one dropped letter in a seven-letter name ("torvlds"); 0.5 finds it.
    /// </summary>
    public const string TypoThreshold = "0.5";

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
    /// Prepares the connection (inside a transaction): the typo threshold, and no JIT, whose
    /// compile time (hundreds of milliseconds) is never repaid by queries of this size.
    /// </summary>
    public static NpgsqlCommand SetupCommand(NpgsqlConnection connection) =>
        new($"SET LOCAL pg_trgm.word_similarity_threshold = {TypoThreshold}; SET LOCAL jit = off", connection);

    /// <summary>The list's page of ids, in order.</summary>
    public NpgsqlCommand PageCommand(NpgsqlConnection connection)
    {
        var command = Command(connection, $"SELECT p.id FROM profile.profiles p WHERE {_where} ORDER BY {_filter.Sort.ToSql()} LIMIT @limit OFFSET @offset");
        AddPage(command);
        return command;
    }

    /// <summary>How many the list matches, counted up to one past <see cref="MatchCount.Limit"/>.</summary>
    public NpgsqlCommand CountCommand(NpgsqlConnection connection) =>
        Command(connection, $"SELECT count(*) FROM (SELECT 1 FROM profile.profiles p WHERE {_where} LIMIT {MatchCount.Limit + 1}) matches");

    /// <summary>
    /// One search pass: rows of (id, total); id is null when the page is past the last match.
    /// <paramref name="nearSpellings"/> matches by trigram similarity instead of full text.
    /// </summary>
    public NpgsqlCommand SearchCommand(NpgsqlConnection connection, bool nearSpellings)
    {
        var (match, rank) = nearSpellings
            ? ("q.text <% p.search_text", "word_similarity(q.text, p.search_text)")
            : ("p.search_vector @@ q.ts", "ts_rank_cd(p.search_vector, q.ts)");
        var command = Command(connection, $"""
            WITH q AS (SELECT websearch_to_tsquery('english', @q) AS ts, lower(@q) AS text),
            matches AS MATERIALIZED (
                SELECT p.id, p.name, p.experience_years, p.created_at, p.updated_at, {rank} AS rank
                FROM profile.profiles p CROSS JOIN q WHERE {_where} AND {match} LIMIT {MatchCount.Limit + 1})
            SELECT page.id, total.n FROM (SELECT count(*) AS n FROM matches) total
            LEFT JOIN LATERAL (SELECT p.id FROM matches p ORDER BY {_filter.Sort.ToSql()} LIMIT @limit OFFSET @offset) page ON true
            """);
        AddPage(command);
        return command;
    }

    private void AddPage(NpgsqlCommand command)
    {
        command.Parameters.Add(new NpgsqlParameter<int>("limit", _filter.Page.PerPage));
        command.Parameters.Add(new NpgsqlParameter<int>("offset", _filter.Page.Skip));
    }

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
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
