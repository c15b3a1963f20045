-- 進捗状況 — each indicator's current overall progress status, kept on the row so that a
-- national roll-up is a GROUP BY. IndicatorService re-judges an indicator (by IndicatorProgress)
-- whenever it or its values change; this migration judges the stored ones once, with the same
-- rule written in SQL (src/main/resources/sql/indicator-status.sql).
ALTER TABLE indicator ADD COLUMN progress_status text NOT NULL DEFAULT 'NO_DATA'
  CHECK (progress_status IN ('ACHIEVED', 'ON_TRACK', 'BEHIND', 'NO_DATA'));

UPDATE indicator SET progress_status = judged.status
FROM (
WITH scope AS (
  SELECT i.id, p.municipality_code AS code, i.direction, i.baseline_fiscal_year AS bfy, i.baseline_value AS bv
  FROM indicator i JOIN plan p ON p.id = i.plan_id
  WHERE (CAST(NULL AS text) IS NULL OR p.municipality_code = CAST(NULL AS text))
    AND (CAST(NULL AS integer) IS NULL
         OR (p.period_start <= CAST(NULL AS integer) AND p.period_end >= CAST(NULL AS integer)))
),
t AS (
  SELECT v.indicator_id AS id, v.fiscal_year AS fy, v.value
  FROM indicator_value v JOIN scope s ON s.id = v.indicator_id
  WHERE v.kind = 'TARGET' AND v.value IS NOT NULL
),
a AS (
  SELECT DISTINCT ON (v.indicator_id, v.fiscal_year) v.indicator_id AS id, v.fiscal_year AS fy, v.value
  FROM indicator_value v JOIN scope s ON s.id = v.indicator_id
  WHERE v.kind IN ('ACTUAL', 'ESTIMATE') AND v.value IS NOT NULL
    AND (CAST(NULL AS integer) IS NULL OR v.fiscal_year <= CAST(NULL AS integer))
  ORDER BY v.indicator_id, v.fiscal_year, (v.kind = 'ACTUAL') DESC
),
latest AS (SELECT DISTINCT ON (id) id, fy, value FROM a ORDER BY id, fy DESC),
final AS (SELECT DISTINCT ON (id) id, fy, value FROM t ORDER BY id, fy DESC),
nxt AS (
  SELECT DISTINCT ON (t.id) t.id, t.fy, t.value FROM t JOIN latest l ON l.id = t.id
  WHERE t.fy > l.fy ORDER BY t.id, t.fy
),
prv AS (
  SELECT DISTINCT ON (t.id) t.id, t.fy, t.value FROM t JOIN latest l ON l.id = t.id
  WHERE t.fy < l.fy ORDER BY t.id, t.fy DESC
),
points AS (
  SELECT id, fy::float8 AS fy, value::float8 AS value FROM a
  UNION ALL
  SELECT s.id, s.bfy, s.bv FROM scope s LEFT JOIN a ON a.id = s.id AND a.fy = s.bfy
  WHERE s.bfy IS NOT NULL AND s.bv IS NOT NULL AND a.id IS NULL
),
fit AS (
  SELECT id, regr_slope(value, fy) AS slope, regr_intercept(value, fy) AS intercept
  FROM points GROUP BY id HAVING count(*) >= 2 AND var_pop(fy) > 0
),
judged AS (
  SELECT s.id, s.code, s.direction, l.value AS actual, f.value AS final_value,
         round(CAST(fit.intercept + fit.slope * f.fy AS numeric), 2) AS projected,
         COALESCE(tl.value, round(pfrom.v + (n.value - pfrom.v) / (n.fy - pfrom.fy) * (l.fy - pfrom.fy), 4))
           AS expected
  FROM scope s
  LEFT JOIN latest l ON l.id = s.id
  LEFT JOIN final f ON f.id = s.id
  LEFT JOIN fit ON fit.id = s.id
  LEFT JOIN t tl ON tl.id = s.id AND tl.fy = l.fy
  LEFT JOIN nxt n ON n.id = s.id
  LEFT JOIN prv p ON p.id = s.id
  LEFT JOIN LATERAL (
    SELECT COALESCE(p.fy, CASE WHEN s.bfy < l.fy AND s.bv IS NOT NULL THEN s.bfy END) AS fy,
           COALESCE(p.value, CASE WHEN s.bfy < l.fy AND s.bv IS NOT NULL THEN s.bv END) AS v) pfrom ON true
)
SELECT id, code,
  CASE
    WHEN actual IS NULL OR final_value IS NULL THEN 'NO_DATA'
    WHEN (direction = 'LOWER_IS_BETTER' AND actual <= final_value)
      OR (direction <> 'LOWER_IS_BETTER' AND actual >= final_value) THEN 'ACHIEVED'
    WHEN expected IS NOT NULL AND (CASE
           WHEN direction = 'LOWER_IS_BETTER' THEN
             CASE WHEN actual = 0 THEN (CASE WHEN expected >= 0 THEN 1 ELSE 0 END) ELSE round(expected / actual, 4) END
           ELSE
             CASE WHEN expected = 0 THEN (CASE WHEN actual >= 0 THEN 1 ELSE 0 END) ELSE round(actual / expected, 4) END
         END) >= 0.90 THEN 'ON_TRACK'
    WHEN projected IS NOT NULL AND ((direction = 'LOWER_IS_BETTER' AND projected <= final_value)
      OR (direction <> 'LOWER_IS_BETTER' AND projected >= final_value)) THEN 'ON_TRACK'
    ELSE 'BEHIND'
  END AS status
FROM judged
) judged
WHERE judged.id = indicator.id;

CREATE INDEX indicator_status_idx ON indicator (progress_status);
