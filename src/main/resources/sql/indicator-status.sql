-- 進捗状況 — every indicator's overall progress status and its basis (実績 or 見込み), computed in
-- the database by the rule of ProgressRules (the Java classes NumericProgress and
-- QualitativeProgress are the reference; IndicatorRuleAgreementTest checks that both agree on
-- generated and seeded indicators). Parameters (named in comments without their colon, which
-- would make them placeholders): municipality (text or null), fy (integer or null: plans in
-- force that year, actuals and estimates up to that year), achievedAt, onTrackAt, rateDecimals
-- (ProgressRules). One row per indicator: id, municipality code, status, basis. Joins only, no
-- per-row subqueries. Used for the as-of-a-year roll-up and, through V6, to judge stored
-- indicators once; IndicatorService keeps the stored status current on every write.
WITH scope AS (
  SELECT i.id, p.municipality_code AS code, i.direction, i.counting_mode AS mode,
         i.baseline_fiscal_year AS bfy, i.baseline_value AS bv
  FROM indicator i JOIN plan p ON p.id = i.plan_id
  WHERE (CAST(:municipality AS text) IS NULL OR p.municipality_code = CAST(:municipality AS text))
    AND (CAST(:fy AS integer) IS NULL
         OR (p.period_start <= CAST(:fy AS integer) AND p.period_end >= CAST(:fy AS integer)))
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
    AND (CAST(:fy AS integer) IS NULL OR v.fiscal_year <= CAST(:fy AS integer))
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
           WHEN pv.id IS NOT NULL THEN pv.value + round((n.value - pv.value) * (l.fy - pv.fy) / (n.fy - pv.fy), CAST(:rateDecimals AS integer))
           -- between the baseline and the first target, likewise
           WHEN s.bfy < l.fy AND s.bv IS NOT NULL THEN s.bv + round((n.value - s.bv) * (l.fy - s.bfy) / (n.fy - s.bfy), CAST(:rateDecimals AS integer))
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
             CASE WHEN c.actual = 0 THEN (CASE WHEN c.target >= 0 THEN 1 ELSE 0 END) ELSE round(c.target / c.actual, CAST(:rateDecimals AS integer)) END
           ELSE
             CASE WHEN c.target = 0 THEN (CASE WHEN c.actual >= 0 THEN 1 ELSE 0 END) ELSE round(c.actual / c.target, CAST(:rateDecimals AS integer)) END
         END AS rate
  FROM compared c JOIN scope s ON s.id = c.id
)
SELECT s.id, s.code,
  CASE
    WHEN r.rate IS NULL THEN 'NO_DATA'
    WHEN r.rate >= CAST(:achievedAt AS numeric) THEN 'ACHIEVED'
    WHEN r.rate >= CAST(:onTrackAt AS numeric) THEN 'ON_TRACK'
    ELSE 'BEHIND'
  END AS status,
  CASE WHEN r.rate IS NULL THEN NULL WHEN r.est THEN 'ESTIMATE' ELSE 'ACTUAL' END AS basis
FROM scope s LEFT JOIN rated r ON r.id = s.id
