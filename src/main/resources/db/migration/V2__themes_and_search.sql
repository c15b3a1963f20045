-- テーマ — the controlled vocabulary of cross-ward themes; initiatives carry theme keys.
CREATE TABLE theme (
  key         text PRIMARY KEY CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,49}$'),
  label_ja    text NOT NULL CHECK (length(label_ja) BETWEEN 1 AND 100),
  label_en    text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200),
  sort_order  integer NOT NULL DEFAULT 0,
  import_hash text,
  version     bigint NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX initiative_themes_idx ON initiative USING gin (themes jsonb_path_ops);

-- Free-text search runs in PostgreSQL on the normalised search_text columns (NFKC, lower
-- case, no whitespace; see SearchText). Trigram indexes serve substring matches of three
-- characters or more; shorter Japanese words such as 創業 still match, by a scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX plan_search_trgm ON plan USING gin (search_text gin_trgm_ops);
CREATE INDEX initiative_search_trgm ON initiative USING gin (search_text gin_trgm_ops);
CREATE INDEX indicator_search_trgm ON indicator USING gin (search_text gin_trgm_ops);
