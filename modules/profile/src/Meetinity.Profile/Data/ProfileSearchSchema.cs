namespace Meetinity.Profile.Data;

/// <summary>
/// The generated search columns and indexes, which EF's model does not describe: weighted
/// full text over the profile (English stemming) and a lower-case trigram document for
/// typos and prefixes. Queries are in <see cref="Listing.ProfileQuerySql"/>.
/// </summary>
internal static class ProfileSearchSchema
{
    public const string CreateSearchColumns = """
        ALTER TABLE profile.profiles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') ||
            setweight(to_tsvector('english'::regconfig, skills_text), 'A') ||
            setweight(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(company, '')), 'B') ||
            setweight(to_tsvector('english'::regconfig, coalesce(industry, '') || ' ' || coalesce(location, '')), 'C') ||
            setweight(to_tsvector('english'::regconfig, coalesce(bio, '')), 'D')) STORED;
        ALTER TABLE profile.profiles ADD COLUMN search_text text GENERATED ALWAYS AS (lower(
            coalesce(name, '') || ' ' || coalesce(title, '') || ' ' || coalesce(company, '') || ' ' ||
            skills_text || ' ' || coalesce(industry, '') || ' ' || coalesce(location, ''))) STORED;
        CREATE INDEX ix_profiles_search_vector ON profile.profiles USING gin (search_vector);
        CREATE INDEX ix_profiles_search_text ON profile.profiles USING gin (search_text gin_trgm_ops);
        CREATE INDEX ix_profiles_industry ON profile.profiles (lower(industry));
        CREATE INDEX ix_profiles_location ON profile.profiles USING gin (lower(location) gin_trgm_ops);
        CREATE INDEX ix_profiles_name ON profile.profiles (lower(name), id);
        CREATE UNIQUE INDEX ux_connections_pair ON profile.connections (least(requester_id, addressee_id), greatest(requester_id, addressee_id));
        """;
}
