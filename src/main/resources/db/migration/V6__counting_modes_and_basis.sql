-- 集計方法・定性値・年度推定・表示名・判定の根拠 — schema for issue 12 ("honest progress"):
--   indicator.counting_mode   集計方法: PER_YEAR 年度ごとの量, RUNNING_TOTAL 累計, GROSS_PER_YEAR 延べ,
--                             LEVEL 水準, QUALITATIVE 定性; a former cumulative indicator is a running
--                             total. The column cumulative stays, kept equal to RUNNING_TOTAL by the
--                             service, so that an older replica reads the same during a rolling update.
--   indicator.display_name    表示名, set by the service (IndicatorNames), which also names the rows
--                             stored before this migration when it starts.
--   indicator.baseline_fiscal_year_inferred, indicator_value.fiscal_year_inferred
--                             年度推定: the source does not give the figure's fiscal year.
--   indicator_value.qualitative  定性値 DONE 実施, NOT_DONE 未実施, TEXT free text; a figure is now a
--                             number, words or a missing reason, exactly one of them.
--   indicator.progress_basis  判定の根拠 ACTUAL 実績 or ESTIMATE 見込み of the stored status.
-- Then every stored indicator is judged once by the new rule, written in SQL as in
-- src/main/resources/sql/indicator-status.sql (parameters: all municipalities, no fiscal year,
-- achievedAt 1.00, onTrackAt 0.90, rateDecimals 4); the change log records it as "migration".
SELECT set_config('industryplans.actor', 'migration', true);

ALTER TABLE indicator ADD COLUMN counting_mode text NOT NULL DEFAULT 'PER_YEAR'
  CHECK (counting_mode IN ('PER_YEAR', 'RUNNING_TOTAL', 'GROSS_PER_YEAR', 'LEVEL', 'QUALITATIVE'));
ALTER TABLE indicator ADD COLUMN display_name text CHECK (length(display_name) <= 1200);
ALTER TABLE indicator ADD COLUMN baseline_fiscal_year_inferred boolean NOT NULL DEFAULT false;
ALTER TABLE indicator ADD COLUMN progress_basis text CHECK (progress_basis IN ('ACTUAL', 'ESTIMATE'));
UPDATE indicator SET counting_mode = 'RUNNING_TOTAL' WHERE cumulative;

ALTER TABLE indicator_value ADD COLUMN qualitative text CHECK (qualitative IN ('DONE', 'NOT_DONE', 'TEXT'));
ALTER TABLE indicator_value ADD COLUMN fiscal_year_inferred boolean NOT NULL DEFAULT false;
ALTER TABLE indicator_value DROP CONSTRAINT indicator_value_missing_reason;
-- A missing figure is still not a zero: a number, words, or the reason it is missing.
ALTER TABLE indicator_value ADD CONSTRAINT indicator_value_one_figure
  CHECK (num_nonnulls(value, qualitative, missing_reason) = 1);

-- The dashboard's default year: the latest with a confirmed actual, found at once nationwide.
CREATE INDEX indicator_value_actual_year_idx ON indicator_value (fiscal_year)
  WHERE kind = 'ACTUAL' AND (value IS NOT NULL OR qualitative IS NOT NULL);

UPDATE indicator SET progress_status = judged.status, progress_basis = judged.basis
FROM (
WITH scope AS (
  SELECT i.id, p.municipality_code AS code, i.direction, i.counting_mode AS mode,
         i.baseline_fiscal_year AS bfy, i.baseline_value AS bv
  FROM indicator i JOIN plan p ON p.id = i.plan_id
  WHERE (CAST(NULL AS text) IS NULL OR p.municipality_code = CAST(NULL AS text))
    AND (CAST(NULL AS integer) IS NULL
         OR (p.period_start <= CAST(NULL AS integer) AND p.period_end >= CAST(NULL AS integer)))
),
-- Targets: numbers in the numeric modes, words in QUALITATIVE.
t AS (
  SELECT v.indicator_id AS id, v.fiscal_year AS fy, v.value, v.qualitative
  FROM indicator_value v JOIN scope s ON s.id = v.indicator_id
  WHERE v.kind = 'TARGET'
    AND CASE WHEN s.mode = 'QUALITATIVE' THEN v.qualitative IS NOT NULL ELSE v.value IS NOT NULL END
),
-- One actual per year: a confirmed actual replaces an estimate of the same year.
a AS (
  SELECT DISTINCT ON (v.indicator_id, v.fiscal_year) v.indicator_id AS id, v.fiscal_year AS fy, v.value,
         v.qualitative, v.kind = 'ESTIMATE' AS est
  FROM indicator_value v JOIN scope s ON s.id = v.indicator_id
  WHERE v.kind IN ('ACTUAL', 'ESTIMATE')
    AND CASE WHEN s.mode = 'QUALITATIVE' THEN v.qualitative IS NOT NULL ELSE v.value IS NOT NULL END
    AND (CAST(NULL AS integer) IS NULL OR v.fiscal_year <= CAST(NULL AS integer))
  ORDER BY v.indicator_id, v.fiscal_year, (v.kind = 'ACTUAL') DESC
),
-- PER_YEAR: the sum of the actuals against the sum of the targets, over the years with both.
summed AS (
  SELECT s.id, sum(a.value) AS actual, sum(t.value) AS target, bool_or(a.est) AS est
  FROM scope s JOIN a ON a.id = s.id JOIN t ON t.id = a.id AND t.fy = a.fy
  WHERE s.mode = 'PER_YEAR'
  GROUP BY s.id
),
-- QUALITATIVE: the years done against the years with a DONE target and a DONE or NOT_DONE result.
done AS (
  SELECT s.id, CAST(count(*) FILTER (WHERE a.qualitative = 'DONE') AS numeric) AS actual,
         CAST(count(*) AS numeric) AS target, bool_or(a.est) AS est
  FROM scope s JOIN a ON a.id = s.id JOIN t ON t.id = a.id AND t.fy = a.fy
  WHERE s.mode = 'QUALITATIVE' AND t.qualitative = 'DONE' AND a.qualitative IN ('DONE', 'NOT_DONE')
  GROUP BY s.id
),
-- RUNNING_TOTAL, GROSS_PER_YEAR, LEVEL: the latest actual against the figure expected in its year.
latest AS (
  SELECT DISTINCT ON (a.id) a.id, a.fy, a.value, a.est
  FROM a JOIN scope s ON s.id = a.id
  WHERE s.mode IN ('RUNNING_TOTAL', 'GROSS_PER_YEAR', 'LEVEL')
  ORDER BY a.id, a.fy DESC
),
same AS (SELECT t.id, t.value FROM t JOIN latest l ON l.id = t.id AND t.fy = l.fy),
nxt AS (
  SELECT DISTINCT ON (t.id) t.id, t.fy, t.value FROM t JOIN latest l ON l.id = t.id
  WHERE t.fy > l.fy ORDER BY t.id, t.fy
),
prv AS (
  SELECT DISTINCT ON (t.id) t.id, t.fy, t.value FROM t JOIN latest l ON l.id = t.id
  WHERE t.fy < l.fy ORDER BY t.id, t.fy DESC
),
levelled AS (
  SELECT l.id, l.value AS actual, l.est,
         CASE
           WHEN sm.id IS NOT NULL THEN sm.value
           -- after the last target, the last target
           WHEN n.id IS NULL THEN pv.value
           -- between two targets, the straight line (the increase rounded half up to rateDecimals decimals)
           WHEN pv.id IS NOT NULL THEN pv.value + round((n.value - pv.value) * (l.fy - pv.fy) / (n.fy - pv.fy), CAST(4 AS integer))
           -- between the baseline and the first target, likewise
           WHEN s.bfy < l.fy AND s.bv IS NOT NULL THEN s.bv + round((n.value - s.bv) * (l.fy - s.bfy) / (n.fy - s.bfy), CAST(4 AS integer))
           -- before the first target with no earlier baseline, the first target
           ELSE n.value
         END AS target
  FROM latest l JOIN scope s ON s.id = l.id
  LEFT JOIN same sm ON sm.id = l.id
  LEFT JOIN nxt n ON n.id = l.id
  LEFT JOIN prv pv ON pv.id = l.id
),
compared AS (
  SELECT id, actual, target, est FROM summed
  UNION ALL SELECT id, actual, target, est FROM done
  UNION ALL SELECT id, actual, target, est FROM levelled WHERE target IS NOT NULL
),
rated AS (
  SELECT c.id, c.est,
         CASE
           WHEN s.mode <> 'QUALITATIVE' AND s.direction = 'LOWER_IS_BETTER' THEN
             CASE WHEN c.actual = 0 THEN (CASE WHEN c.target >= 0 THEN 1 ELSE 0 END) ELSE round(c.target / c.actual, CAST(4 AS integer)) END
           ELSE
             CASE WHEN c.target = 0 THEN (CASE WHEN c.actual >= 0 THEN 1 ELSE 0 END) ELSE round(c.actual / c.target, CAST(4 AS integer)) END
         END AS rate
  FROM compared c JOIN scope s ON s.id = c.id
)
SELECT s.id, s.code,
  CASE
    WHEN r.rate IS NULL THEN 'NO_DATA'
    WHEN r.rate >= CAST(1.00 AS numeric) THEN 'ACHIEVED'
    WHEN r.rate >= CAST(0.90 AS numeric) THEN 'ON_TRACK'
    ELSE 'BEHIND'
  END AS status,
  CASE WHEN r.rate IS NULL THEN NULL WHEN r.est THEN 'ESTIMATE' ELSE 'ACTUAL' END AS basis
FROM scope s LEFT JOIN rated r ON r.id = s.id
) judged
WHERE judged.id = indicator.id;
