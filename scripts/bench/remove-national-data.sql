-- Removes what national-data.sql generated (plans cascade to their trees); seeds stay.
\set ON_ERROR_STOP on
BEGIN;
-- Synthetic data bypass the change log (and its notifications): logging 2.3 million generated
-- rows would only slow the load and bloat the benchmark's own database. Nothing else writes
-- while this runs; the triggers are back on before the transaction ends.
\set change_log DISABLE
\ir change-log-triggers.sql
-- A generated plan published by the benchmark (scripts/bench.sh publishes its bench plan): its
-- release and the released copies go too (releases outlive deleted plans otherwise).
CREATE TEMP TABLE gen_plan ON COMMIT DROP AS SELECT id FROM plan WHERE natural_key LIKE 'gen-%';
DELETE FROM released.indicator_value WHERE indicator_id IN
  (SELECT id FROM released.indicator WHERE plan_id IN (SELECT id FROM gen_plan));
DELETE FROM released.indicator WHERE plan_id IN (SELECT id FROM gen_plan);
DELETE FROM released.evaluation WHERE plan_id IN (SELECT id FROM gen_plan);
DELETE FROM released.initiative WHERE plan_id IN (SELECT id FROM gen_plan);
DELETE FROM released.plan WHERE id IN (SELECT id FROM gen_plan);
DELETE FROM release_change_log WHERE plan_id IN (SELECT id FROM gen_plan);
DELETE FROM plan_release_document WHERE plan_id IN (SELECT id FROM gen_plan);
DELETE FROM plan_release WHERE plan_id IN (SELECT id FROM gen_plan);
DELETE FROM plan WHERE natural_key LIKE 'gen-%';
DELETE FROM municipality m WHERE m.name LIKE '合成%' AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.municipality_code = m.code);
\set change_log ENABLE
\ir change-log-triggers.sql
COMMIT;
