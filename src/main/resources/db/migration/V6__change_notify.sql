-- 変更通知 — every logged change is also announced on the channel industryplans_changes, with
-- the payload "<seq> <plan id>" ("<seq> *" for a change that is not inside one plan, such as a
-- municipality's name). PostgreSQL delivers notifications only when the transaction commits,
-- in commit order, to every replica that listens: they drop what they cached (PlanDetailCache).
CREATE OR REPLACE FUNCTION change_log_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) - 'search_text' END;
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) - 'search_text' END;
  row_ jsonb := coalesce(new_row, old_row);
  rid text;
  pid uuid;
  logged bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(change_log_lock_key());
  rid := CASE TG_TABLE_NAME
           WHEN 'municipality' THEN row_ ->> 'code'
           WHEN 'theme' THEN row_ ->> 'key'
           WHEN 'indicator_value' THEN concat_ws('/', row_ ->> 'indicator_id', row_ ->> 'fiscal_year', row_ ->> 'kind')
           ELSE row_ ->> 'id'
         END;
  pid := CASE TG_TABLE_NAME
           WHEN 'plan' THEN (row_ ->> 'id')::uuid
           WHEN 'indicator_value' THEN (SELECT i.plan_id FROM indicator i WHERE i.id = (row_ ->> 'indicator_id')::uuid)
           WHEN 'municipality' THEN NULL
           WHEN 'theme' THEN NULL
           ELSE (row_ ->> 'plan_id')::uuid
         END;
  INSERT INTO change_log (actor, request_id, action, resource, resource_id, plan_id, before, after)
  VALUES (coalesce(nullif(current_setting('industryplans.actor', true), ''), 'system'),
          nullif(current_setting('industryplans.request_id', true), ''),
          CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END,
          TG_TABLE_NAME, rid, pid, old_row, new_row)
  RETURNING seq INTO logged;
  PERFORM pg_notify('industryplans_changes', logged || ' ' || coalesce(pid::text, '*'));
  RETURN NULL;
END $$;
