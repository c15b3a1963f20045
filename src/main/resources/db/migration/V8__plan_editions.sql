-- 計画の版 — lineage of plan editions. V7 gave plan a predecessor_id (the plan it succeeds; a
-- plan cannot succeed itself, and deleting a predecessor leaves its successor without one).
-- A plan has at most one successor: no two plans name the same predecessor. That no chain comes
-- back to where it started is checked by the plan service (walking predecessors), which writes
-- under the writers' lock of V5.
DROP INDEX plan_predecessor_idx;
CREATE UNIQUE INDEX plan_predecessor_key ON plan (predecessor_id);

-- A plan's detail shows its successor too, so linking or unlinking a successor changes the
-- answer of the plan it names (before and after). The change notification of a plan row that
-- names a predecessor also names that predecessor, so every replica drops its cached detail.
CREATE OR REPLACE FUNCTION change_log_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) - 'search_text' END;
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) - 'search_text' END;
  pid uuid := change_log_plan_id(TG_TABLE_NAME, coalesce(new_row, old_row));
  logged bigint;
  named text;
BEGIN
  PERFORM pg_advisory_xact_lock(change_log_lock_key());
  INSERT INTO change_log (actor, request_id, action, resource, resource_id, plan_id, before, after)
  VALUES (coalesce(nullif(current_setting('industryplans.actor', true), ''), 'system'),
          nullif(current_setting('industryplans.request_id', true), ''),
          CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END,
          TG_TABLE_NAME, change_log_resource_id(TG_TABLE_NAME, coalesce(new_row, old_row)), pid, old_row, new_row)
  RETURNING seq INTO logged;
  PERFORM pg_notify('industryplans_changes', logged || ' ' || coalesce(pid::text, '*'));
  IF TG_TABLE_NAME = 'plan' THEN
    FOR named IN
      SELECT DISTINCT x FROM unnest(ARRAY[old_row ->> 'predecessor_id', new_row ->> 'predecessor_id']) x
      WHERE x IS NOT NULL
    LOOP
      PERFORM pg_notify('industryplans_changes', logged || ' ' || named);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;
