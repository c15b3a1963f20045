-- Turns the change-log triggers of the data tables off or on, for the synthetic data only
-- (psql variable change_log: DISABLE or ENABLE); run inside the loading transaction.
SELECT format('ALTER TABLE %I %s TRIGGER USER', t, :'change_log')
FROM unnest(ARRAY['municipality', 'plan', 'initiative', 'indicator', 'indicator_value', 'evaluation']) t \gexec
