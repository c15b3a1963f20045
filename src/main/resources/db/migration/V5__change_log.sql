-- 変更履歴 — the audit trail and change feed. Every insert, update and delete of a record
-- (including those a cascade makes) writes one row here, from a trigger, so no write path
-- can forget it: who (the token's user, or "system" for the seed loader), when, and the
-- record before and after as JSON.
--
-- Commit order: every writing transaction first takes one advisory lock, held to its end
-- (the service takes it before anything else; the trigger takes it too, in case), so
-- transactions that log changes commit one after another and seq grows in commit order.
-- A reader that has seen seq N can never later find a committed row with a smaller seq.
CREATE TABLE change_log (
  seq           bigserial PRIMARY KEY,
  occurred_at   timestamptz NOT NULL DEFAULT now(),
  actor         text NOT NULL,
  request_id    text,
  action        text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
  resource      text NOT NULL,
  resource_id   text NOT NULL,
  plan_id       uuid,
  before        jsonb,
  after         jsonb
);
CREATE INDEX change_log_resource_idx ON change_log (resource, resource_id, seq);
CREATE INDEX change_log_plan_idx ON change_log (plan_id, seq);

-- The key of the advisory lock that orders writers (any fixed bigint; "IPLANS" in ASCII).
CREATE FUNCTION change_log_lock_key() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 7940188237395::bigint $$;

-- Which record a row is (its id; a value's is indicatorId/fiscalYear/kind) and which plan it
-- lies in (none for a municipality or a theme). Shared by the trigger and the backfill below.
CREATE FUNCTION change_log_resource_id(tbl text, r jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE tbl
           WHEN 'municipality' THEN r ->> 'code'
           WHEN 'theme' THEN r ->> 'key'
           WHEN 'indicator_value' THEN concat_ws('/', r ->> 'indicator_id', r ->> 'fiscal_year', r ->> 'kind')
           ELSE r ->> 'id'
         END
$$;

CREATE FUNCTION change_log_plan_id(tbl text, r jsonb) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT CASE tbl
           WHEN 'plan' THEN (r ->> 'id')::uuid
           WHEN 'indicator_value' THEN (SELECT i.plan_id FROM indicator i WHERE i.id = (r ->> 'indicator_id')::uuid)
           WHEN 'municipality' THEN NULL
           WHEN 'theme' THEN NULL
           ELSE (r ->> 'plan_id')::uuid
         END
$$;

-- 変更通知 — every logged change is also announced on the channel industryplans_changes, with
-- the payload "<seq> <plan id>" ("<seq> *" for a change that is not inside one plan, such as a
-- municipality's name). PostgreSQL delivers notifications only when the transaction commits,
-- in commit order, to every replica that listens: they drop what they cached (ChangeListener).
CREATE FUNCTION change_log_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) - 'search_text' END;
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) - 'search_text' END;
  pid uuid := change_log_plan_id(TG_TABLE_NAME, coalesce(new_row, old_row));
  logged bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(change_log_lock_key());
  INSERT INTO change_log (actor, request_id, action, resource, resource_id, plan_id, before, after)
  VALUES (coalesce(nullif(current_setting('industryplans.actor', true), ''), 'system'),
          nullif(current_setting('industryplans.request_id', true), ''),
          CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END,
          TG_TABLE_NAME, change_log_resource_id(TG_TABLE_NAME, coalesce(new_row, old_row)), pid, old_row, new_row)
  RETURNING seq INTO logged;
  PERFORM pg_notify('industryplans_changes', logged || ' ' || coalesce(pid::text, '*'));
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['municipality', 'theme', 'plan', 'initiative', 'indicator', 'indicator_value', 'evaluation'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION change_log_record()',
                   t || '_log_insert_delete', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) '
                   || 'EXECUTE FUNCTION change_log_record()', t || '_log_update', t);
  END LOOP;
END $$;

-- What was already stored before this migration enters the log as created by "migration",
-- so a mirror that reads the feed from the start sees every record.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['municipality', 'theme', 'plan', 'initiative', 'indicator', 'indicator_value', 'evaluation'] LOOP
    EXECUTE format($f$
      INSERT INTO change_log (actor, action, resource, resource_id, plan_id, after)
      SELECT 'migration', 'CREATE', %L, change_log_resource_id(%L, r), change_log_plan_id(%L, r), r
      FROM (SELECT to_jsonb(x) - 'search_text' AS r FROM %I x) s$f$, t, t, t, t);
  END LOOP;
END $$;
