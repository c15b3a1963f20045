-- Removes what national-data.sql generated (plans cascade to their trees); seeds stay.
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM plan WHERE natural_key LIKE 'gen-%';
DELETE FROM municipality m WHERE m.name LIKE '合成%' AND NOT EXISTS (SELECT 1 FROM plan p WHERE p.municipality_code = m.code);
COMMIT;
