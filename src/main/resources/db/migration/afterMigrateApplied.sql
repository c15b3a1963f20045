-- 公表版の形 — after every migrate that applied a migration (Flyway callback afterMigrateApplied;
-- V7 calls this file by its earlier name, afterMigrate.sql, which ran on every start even with
-- nothing to apply), the copies in schema "released" get the columns the working tables have,
-- whatever later migration added or dropped them, and the views of municipalities and themes are
-- made again (a view keeps the columns it was made with). Columns change only by migrations, so a
-- start with the schema up to date has nothing to mirror and no longer drops and re-creates the
-- views (which took locks that readers of another replica waited on).
-- Released copies are refilled by the next publication of each plan; a new column starts empty.
DO $$
DECLARE
  t text;
  c record;
BEGIN
  IF to_regnamespace('released') IS NULL THEN
    RETURN;
  END IF;
  FOREACH t IN ARRAY ARRAY['plan', 'initiative', 'indicator', 'indicator_value', 'evaluation'] LOOP
    FOR c IN
      SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type
      FROM pg_attribute a
      WHERE a.attrelid = format('public.%I', t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND NOT EXISTS (SELECT 1 FROM pg_attribute r
                        WHERE r.attrelid = format('released.%I', t)::regclass AND r.attname = a.attname
                          AND NOT r.attisdropped)
      ORDER BY a.attnum
    LOOP
      EXECUTE format('ALTER TABLE released.%I ADD COLUMN %I %s', t, c.attname, c.type);
    END LOOP;
    FOR c IN
      SELECT r.attname
      FROM pg_attribute r
      WHERE r.attrelid = format('released.%I', t)::regclass AND r.attnum > 0 AND NOT r.attisdropped
        AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                        WHERE a.attrelid = format('public.%I', t)::regclass AND a.attname = r.attname
                          AND NOT a.attisdropped)
    LOOP
      EXECUTE format('ALTER TABLE released.%I DROP COLUMN %I', t, c.attname);
    END LOOP;
  END LOOP;
  DROP VIEW IF EXISTS released.municipality;
  DROP VIEW IF EXISTS released.theme;
  CREATE VIEW released.municipality AS SELECT * FROM public.municipality;
  CREATE VIEW released.theme AS SELECT * FROM public.theme;
END $$;
