-- 公表版 — releases. A release is an immutable, dated snapshot of one plan with its whole tree,
-- indicators, values and evaluations, as the plan detail served it when it was published.
--
-- What callers without a role read (every list, filter, search, CSV, roll-up) is the released
-- state: schema "released" holds, for every published plan, a copy of its rows as of its latest
-- release, in tables shaped like the working ones. Such requests run with
-- search_path = released, public (ReleasedSearchPath), so the same queries read the copies;
-- municipalities and themes are not drafted, so "released" shows them through views.
CREATE TABLE plan_release (
  plan_id       uuid NOT NULL,
  seq           integer NOT NULL CHECK (seq >= 1),
  published_on  date NOT NULL,
  label         text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  publisher     text NOT NULL CHECK (length(publisher) BETWEEN 1 AND 200),
  note          text CHECK (length(note) <= 2000),
  published_at  timestamptz NOT NULL DEFAULT now(),
  etag          text NOT NULL,
  PRIMARY KEY (plan_id, seq)
);
CREATE INDEX plan_release_date_idx ON plan_release (plan_id, published_on, seq);

-- The document itself, kept apart so that the change log of a release (its metadata) stays small.
CREATE TABLE plan_release_document (
  plan_id   uuid NOT NULL,
  seq       integer NOT NULL,
  document  bytea NOT NULL,
  PRIMARY KEY (plan_id, seq),
  FOREIGN KEY (plan_id, seq) REFERENCES plan_release (plan_id, seq)
);

-- 計画の版 — the plan a plan succeeds (大田区【第２次】… succeeds its first edition).
ALTER TABLE plan ADD COLUMN predecessor_id uuid REFERENCES plan (id) ON DELETE SET NULL
  CHECK (predecessor_id <> id);
CREATE INDEX plan_predecessor_idx ON plan (predecessor_id);

-- A release is logged like any write (who published it is for editors), which also tells every
-- replica to drop what it cached.
CREATE OR REPLACE FUNCTION change_log_resource_id(tbl text, r jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE tbl
           WHEN 'municipality' THEN r ->> 'code'
           WHEN 'theme' THEN r ->> 'key'
           WHEN 'indicator_value' THEN concat_ws('/', r ->> 'indicator_id', r ->> 'fiscal_year', r ->> 'kind')
           WHEN 'plan_release' THEN concat_ws('/', r ->> 'plan_id', r ->> 'seq')
           ELSE r ->> 'id'
         END
$$;
CREATE TRIGGER plan_release_log_insert_delete AFTER INSERT OR DELETE ON plan_release
  FOR EACH ROW EXECUTE FUNCTION change_log_record();

-- Flyway cleans only "public" (tests start from an empty schema), so an old copy may be left.
-- The tables' columns follow the working ones after every migration: afterMigrate.sql.
DROP SCHEMA IF EXISTS released CASCADE;
CREATE SCHEMA released;
CREATE TABLE released.plan (LIKE public.plan INCLUDING DEFAULTS INCLUDING INDEXES);
CREATE TABLE released.initiative (LIKE public.initiative INCLUDING DEFAULTS INCLUDING INDEXES);
CREATE TABLE released.indicator (LIKE public.indicator INCLUDING DEFAULTS INCLUDING INDEXES);
CREATE TABLE released.indicator_value (LIKE public.indicator_value INCLUDING DEFAULTS INCLUDING INDEXES);
CREATE TABLE released.evaluation (LIKE public.evaluation INCLUDING DEFAULTS INCLUDING INDEXES);

-- 公表履歴 — what callers without a role read as /changes and /history: one entry per record
-- that a release added, changed or removed, dated by the release, without actor or request id.
CREATE TABLE release_change_log (
  seq           bigserial PRIMARY KEY,
  occurred_at   timestamptz NOT NULL,
  release_seq   integer NOT NULL,
  action        text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
  resource      text NOT NULL,
  resource_id   text NOT NULL,
  plan_id       uuid,
  before        jsonb,
  after         jsonb
);
CREATE INDEX release_change_log_resource_idx ON release_change_log (resource, resource_id, seq);

-- 公表 — makes the working rows of plan p its released rows: first logs, in release_change_log,
-- each record the release adds, changes or removes (dated at, release rseq), then replaces the
-- plan's copies. Answers how many records changed (0: the release would publish nothing new).
CREATE FUNCTION release_plan_rows(p uuid, rseq integer, at timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  tables text[] := ARRAY['plan', 'initiative', 'indicator', 'indicator_value', 'evaluation'];
  t text;
  cond text;
  cols text;
  added integer;
  changed integer := 0;
BEGIN
  FOREACH t IN ARRAY tables LOOP
    cond := CASE t WHEN 'plan' THEN 'x.id = $1'
                   WHEN 'indicator_value' THEN 'x.indicator_id IN (SELECT i.id FROM %s.indicator i WHERE i.plan_id = $1)'
                   ELSE 'x.plan_id = $1' END;
    EXECUTE format($f$
      INSERT INTO release_change_log (occurred_at, release_seq, action, resource, resource_id, plan_id, before, after)
      SELECT $2, $3, CASE WHEN o.r IS NULL THEN 'CREATE' WHEN n.r IS NULL THEN 'DELETE' ELSE 'UPDATE' END,
             %L, coalesce(n.k, o.k), $1, o.r, n.r
      FROM (SELECT change_log_resource_id(%L, r) AS k, r
            FROM (SELECT to_jsonb(x) - 'search_text' AS r FROM released.%I x WHERE %s) s) o
      FULL JOIN (SELECT change_log_resource_id(%L, r) AS k, r
                 FROM (SELECT to_jsonb(x) - 'search_text' AS r FROM public.%I x WHERE %s) s) n ON n.k = o.k
      WHERE o.r IS DISTINCT FROM n.r
      ORDER BY coalesce(n.k, o.k)$f$,
      t, t, t, format(cond, 'released'), t, t, format(cond, 'public'))
    USING p, at, rseq;
    GET DIAGNOSTICS added = ROW_COUNT;
    changed := changed + added;
  END LOOP;
  -- Values first: which values are the plan's is read from the copies of its indicators.
  FOREACH t IN ARRAY ARRAY['indicator_value', 'evaluation', 'indicator', 'initiative', 'plan'] LOOP
    cond := CASE t WHEN 'plan' THEN 'x.id = $1'
                   WHEN 'indicator_value' THEN 'x.indicator_id IN (SELECT i.id FROM %s.indicator i WHERE i.plan_id = $1)'
                   ELSE 'x.plan_id = $1' END;
    EXECUTE format('DELETE FROM released.%I x WHERE %s', t, format(cond, 'released')) USING p;
  END LOOP;
  FOREACH t IN ARRAY tables LOOP
    cond := CASE t WHEN 'plan' THEN 'x.id = $1'
                   WHEN 'indicator_value' THEN 'x.indicator_id IN (SELECT i.id FROM %s.indicator i WHERE i.plan_id = $1)'
                   ELSE 'x.plan_id = $1' END;
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
    FROM pg_attribute a WHERE a.attrelid = format('released.%I', t)::regclass AND a.attnum > 0 AND NOT a.attisdropped;
    EXECUTE format('INSERT INTO released.%I (%s) SELECT %s FROM public.%I x WHERE %s', t, cols,
                   regexp_replace(cols, '([^, ]+)', 'x.\1', 'g'), t, format(cond, 'public')) USING p;
  END LOOP;
  RETURN changed;
END $$;
