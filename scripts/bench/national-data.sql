-- National-scale synthetic data for the benchmark, through the normal schema:
-- 1,741 municipalities (valid check-digit codes, names 合成市…), 3 plans each, 30 initiatives
-- (5 pillars × 5 projects) and 20 indicators per plan, 10 fiscal years of targets and
-- actuals per indicator. Everything generated is recognisable (plan keys start with "gen-",
-- municipality names with 合成) and removed by remove-national-data.sql; seeds are untouched.
\set ON_ERROR_STOP on
BEGIN;
-- Synthetic data bypass the change log (and its notifications): logging 2.3 million generated
-- rows would only slow the load and bloat the benchmark's own database. Nothing else writes
-- while this runs; the triggers are back on before the transaction ends.
\set change_log DISABLE
\ir change-log-triggers.sql

CREATE TEMP TABLE gen_municipality AS
SELECT n,
       code5 || ((11 - ((substr(code5,1,1)::int*6 + substr(code5,2,1)::int*5 + substr(code5,3,1)::int*4
                        + substr(code5,4,1)::int*3 + substr(code5,5,1)::int*2) % 11)) % 10)::text AS code
FROM (SELECT n, lpad((1 + (n - 1) % 47)::text, 2, '0') || lpad((600 + (n - 1) / 47)::text, 3, '0') AS code5
      FROM generate_series(1, 1741) n) s;

INSERT INTO municipality (code, name, kana, name_en, kind, prefecture)
SELECT code, '合成市' || n, 'ごうせいし' || n, 'Synthetic City ' || n, 'CITY', '合成県' || (1 + (n - 1) % 47)
FROM gen_municipality;

CREATE TEMP TABLE gen_plan AS
SELECT gen_random_uuid() AS id, m.code, m.n, k,
       'gen-' || m.code || '-' || k AS natural_key, 2010 + 5 * k AS period_start
FROM gen_municipality m CROSS JOIN generate_series(1, 3) k;

INSERT INTO plan (id, natural_key, municipality_code, kind, title, period_start, period_end, period_label,
                  summary, approving_body, search_text)
SELECT id, natural_key, code, 'REGIONAL_INDUSTRY_REVITALIZATION', '合成市' || n || '地域産業活性化計画' || k,
       period_start, period_start + 4, '合成期間' || k,
       '合成市' || n || 'の産業振興の概要。創業支援、事業承継、販路拡大に取り組む。', '東京都',
       lower('合成市' || n || '地域産業活性化計画' || k || chr(31) || '合成市' || n || 'の産業振興の概要。創業支援、事業承継、販路拡大に取り組む。')
FROM gen_plan;

CREATE TEMP TABLE gen_initiative AS
SELECT gen_random_uuid() AS id, p.id AS plan_id, p.natural_key AS plan_key, pillar, project
FROM gen_plan p CROSS JOIN generate_series(1, 5) pillar CROSS JOIN generate_series(0, 5) project;

INSERT INTO initiative (id, plan_id, parent_id, natural_key, kind, label, title, description, themes, sort_order,
                        search_text)
SELECT i.id, i.plan_id,
       CASE WHEN i.project = 0 THEN NULL ELSE parent.id END,
       CASE WHEN i.project = 0 THEN 'p' || i.pillar ELSE 'p' || i.pillar || '/p' || i.pillar || '-' || i.project END,
       CASE WHEN i.project = 0 THEN 'PILLAR' ELSE 'PROJECT' END,
       CASE WHEN i.project = 0 THEN i.pillar::text ELSE NULL END,
       CASE WHEN i.project = 0 THEN '合成の柱' || i.pillar ELSE '合成事業' || i.pillar || '-' || i.project END,
       '合成の説明文。ものづくり企業の創業と販路拡大を支援する。',
       CASE (i.pillar + i.project) % 4 WHEN 0 THEN '["startups"]' WHEN 1 THEN '["business-succession"]'
            WHEN 2 THEN '["market-expansion", "digital"]' ELSE '["manufacturing"]' END::jsonb,
       i.project,
       '合成事業' || i.pillar || '-' || i.project || chr(31) || '合成の説明文。ものづくり企業の創業と販路拡大を支援する。'
FROM gen_initiative i
LEFT JOIN gen_initiative parent ON parent.plan_id = i.plan_id AND parent.pillar = i.pillar AND parent.project = 0
ORDER BY i.project;

CREATE TEMP TABLE gen_indicator AS
SELECT gen_random_uuid() AS id, i.plan_id, i.id AS initiative_id, i.pillar, i.project,
       'p' || i.pillar || '/p' || i.pillar || '-' || i.project || '#k' || k AS natural_key, k
FROM gen_initiative i CROSS JOIN generate_series(1, 1) k
WHERE i.project BETWEEN 1 AND 4;

-- The display name as IndicatorNames makes it (project › name（years）), and its search form
-- as SearchText makes it (NFKC: （ → (, ～ → ~).
INSERT INTO indicator (id, plan_id, initiative_id, natural_key, name, display_name, unit, role, counting_mode,
                       cumulative, direction, planned_volume, baseline_fiscal_year, baseline_value, baseline_text,
                       sort_order, search_text)
SELECT g.id, g.plan_id, g.initiative_id, g.natural_key, '合成指標' || g.pillar || '-' || g.project,
       '合成事業' || g.pillar || '-' || g.project || ' › 合成指標' || g.pillar || '-' || g.project
         || '（' || p.period_start || '～' || (p.period_start + 4) || '年度）', '件',
       CASE WHEN g.project = 1 THEN 'OUTCOME_KPI' ELSE 'PLANNED_VOLUME' END,
       CASE WHEN g.project = 1 THEN 'RUNNING_TOTAL' ELSE 'PER_YEAR' END, g.project = 1, 'HIGHER_IS_BETTER',
       '年100件', 2019, 90, '90件', g.project,
       '合成事業' || g.pillar || '-' || g.project || '›合成指標' || g.pillar || '-' || g.project
         || '(' || p.period_start || '~' || (p.period_start + 4) || '年度)' || chr(31)
         || '合成指標' || g.pillar || '-' || g.project || chr(31) || '件'
FROM gen_indicator g JOIN gen_plan p ON p.id = g.plan_id;

INSERT INTO indicator_value (indicator_id, fiscal_year, kind, value, text)
SELECT g.id, fy, kind, CASE kind WHEN 'TARGET' THEN 100 ELSE 80 + (fy * 7 + g.pillar * 3) % 40 END,
       CASE kind WHEN 'TARGET' THEN '100件' ELSE (80 + (fy * 7 + g.pillar * 3) % 40) || '件' END
FROM gen_indicator g CROSS JOIN generate_series(2020, 2029) fy CROSS JOIN (VALUES ('TARGET'), ('ACTUAL')) v(kind);

\set change_log ENABLE
\ir change-log-triggers.sql
COMMIT;
ANALYZE municipality, plan, initiative, indicator, indicator_value;
SELECT (SELECT count(*) FROM municipality WHERE name LIKE '合成%') AS municipalities,
       (SELECT count(*) FROM plan WHERE natural_key LIKE 'gen-%') AS plans,
       (SELECT count(*) FROM initiative i JOIN plan p ON p.id = i.plan_id WHERE p.natural_key LIKE 'gen-%') AS initiatives,
       (SELECT count(*) FROM indicator i JOIN plan p ON p.id = i.plan_id WHERE p.natural_key LIKE 'gen-%') AS indicators,
       (SELECT count(*) FROM indicator_value) AS all_values;
