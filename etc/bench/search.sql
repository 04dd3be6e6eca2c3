-- What GET /users/search?q=engineer runs against PostgreSQL (its full-text pass), for pgbench.
BEGIN;
SET LOCAL pg_trgm.word_similarity_threshold = 0.5; SET LOCAL jit = off;
WITH q AS (SELECT websearch_to_tsquery('english', 'engineer') AS ts, lower('engineer') AS text),
matches AS MATERIALIZED (
    SELECT p.id, p.name, p.experience_years, p.created_at, p.updated_at, ts_rank_cd(p.search_vector, q.ts) AS rank
    FROM profile.profiles p CROSS JOIN q
    WHERE p.status = 'active' AND NOT p.suspended
      AND (p.preferences_visibility = 'public' OR p.id = 'b0000000-0000-7000-8000-00000000b001' OR (p.preferences_visibility = 'connections' AND EXISTS (
        SELECT 1 FROM profile.connections c WHERE c.status = 'accepted'
        AND ((c.requester_id = 'b0000000-0000-7000-8000-00000000b001' AND c.addressee_id = p.id) OR (c.addressee_id = 'b0000000-0000-7000-8000-00000000b001' AND c.requester_id = p.id)))))
      AND p.search_vector @@ q.ts LIMIT 10001)
SELECT page.id, total.n FROM (SELECT count(*) AS n FROM matches) total
LEFT JOIN LATERAL (SELECT p.id FROM matches p ORDER BY p.rank DESC, p.id LIMIT 20 OFFSET 0) page ON true;
COMMIT;
