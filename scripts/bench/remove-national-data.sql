-- Removes what national-data.sql generated (plans cascade to their trees); seeds stay.
\set ON_ERROR_STOP on
BEGIN;
-- Synthetic data bypass the change log (and its notifications): logging 2.3 million generated
-- rows would only slow the load and bloat the benchmark's own database. Nothing else writes
-- while this runs; the triggers are back on before the transaction ends.
\set change_log DISABLE
\ir change-log-triggers.sql
DELETE FROM plan WHERE natural_key LIKE 'gen-%';
DELETE FROM municipality m WHERE m.name LIKE '合成%' AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.municipality_code = m.code);
\set change_log ENABLE
\ir change-log-triggers.sql
COMMIT;
