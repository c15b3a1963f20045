-- Industry Plans API schema (産業振興計画API). The database enforces the domain rules too:
-- foreign keys, unique natural keys and check constraints, so that no writer (the API,
-- the import, a DBA with psql) can store what the API would reject.

-- 全国地方公共団体コード: five digits and a check digit, the last digit of 11 − (Σ digit × 6,5,4,3,2 mod 11).
CREATE FUNCTION municipality_code_is_valid(code text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN code ~ '^[0-9]{6}$' THEN (
    WITH s AS (
      SELECT (substr(code, 1, 1)::int * 6 + substr(code, 2, 1)::int * 5 + substr(code, 3, 1)::int * 4
            + substr(code, 4, 1)::int * 3 + substr(code, 5, 1)::int * 2) % 11 AS r)
    SELECT substr(code, 6, 1)::int = (11 - r) % 10 FROM s)
  ELSE false END
$$;

CREATE TABLE municipality (
  code         text PRIMARY KEY CHECK (municipality_code_is_valid(code)),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  kana         text CHECK (length(kana) <= 200),
  name_en      text CHECK (length(name_en) <= 200),
  kind         text NOT NULL CHECK (kind IN ('SPECIAL_WARD', 'CITY', 'TOWN', 'VILLAGE')),
  prefecture   text NOT NULL CHECK (length(prefecture) BETWEEN 1 AND 10),
  import_hash  text,
  version      bigint NOT NULL DEFAULT 0,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan (
  id                uuid PRIMARY KEY,
  natural_key       text NOT NULL UNIQUE CHECK (natural_key ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
  municipality_code text NOT NULL REFERENCES municipality (code),
  kind              text NOT NULL CHECK (kind IN ('REGIONAL_INDUSTRY_REVITALIZATION',
                                                  'LONG_TERM_PLAN_VERIFICATION',
                                                  'INDUSTRIAL_PROMOTION_PLAN')),
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  edition           integer CHECK (edition BETWEEN 1 AND 99),
  period_start      integer NOT NULL CHECK (period_start BETWEEN 1926 AND 2100),
  period_end        integer NOT NULL CHECK (period_end BETWEEN 1926 AND 2100),
  period_label      text,
  summary           text,
  vision_statements jsonb NOT NULL DEFAULT '[]',
  approving_body    text,
  notes             jsonb NOT NULL DEFAULT '[]',
  source_document   text,
  source_quote      text,
  search_text       text NOT NULL DEFAULT '',
  import_hash       text,
  version           bigint NOT NULL DEFAULT 0,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT plan_period_order CHECK (period_start <= period_end),
  CONSTRAINT plan_natural_key UNIQUE (municipality_code, kind, period_start, title)
);
CREATE INDEX plan_municipality_idx ON plan (municipality_code);
CREATE INDEX plan_period_idx ON plan (period_start, period_end);

CREATE TABLE initiative (
  id                uuid PRIMARY KEY,
  plan_id           uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  parent_id         uuid REFERENCES initiative (id) ON DELETE CASCADE,
  natural_key       text NOT NULL CHECK (length(natural_key) <= 1000),
  kind              text NOT NULL CHECK (kind IN ('VISION', 'GOAL', 'CATEGORY', 'PILLAR', 'MEASURE',
                                                  'ACTION', 'PROJECT', 'ACTIVITY')),
  label             text CHECK (length(label) <= 50),
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  description       text,
  owning_department text,
  owning_section    text,
  repost            boolean NOT NULL DEFAULT false,
  themes            jsonb NOT NULL DEFAULT '[]',
  note              text,
  sort_order        integer NOT NULL DEFAULT 0,
  source_document   text,
  source_quote      text,
  search_text       text NOT NULL DEFAULT '',
  import_hash       text,
  version           bigint NOT NULL DEFAULT 0,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT initiative_natural_key UNIQUE (plan_id, natural_key),
  CONSTRAINT initiative_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX initiative_plan_idx ON initiative (plan_id, sort_order);
CREATE INDEX initiative_parent_idx ON initiative (parent_id);

CREATE TABLE indicator (
  id                   uuid PRIMARY KEY,
  plan_id              uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  initiative_id        uuid REFERENCES initiative (id) ON DELETE CASCADE,
  natural_key          text NOT NULL CHECK (length(natural_key) <= 1000),
  name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
  unit                 text CHECK (length(unit) <= 20),
  role                 text NOT NULL CHECK (role IN ('OUTCOME_KPI', 'PLANNED_VOLUME')),
  cumulative           boolean NOT NULL DEFAULT false,
  direction            text NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
  planned_volume       text,
  baseline_fiscal_year integer CHECK (baseline_fiscal_year BETWEEN 1926 AND 2100),
  baseline_value       numeric(20, 4),
  baseline_text        text,
  baseline_label       text,
  data_source          text,
  note                 text,
  sort_order           integer NOT NULL DEFAULT 0,
  source_document      text,
  source_quote         text,
  search_text          text NOT NULL DEFAULT '',
  import_hash          text,
  version              bigint NOT NULL DEFAULT 0,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT indicator_natural_key UNIQUE (plan_id, natural_key)
);
CREATE INDEX indicator_plan_idx ON indicator (plan_id, sort_order);
CREATE INDEX indicator_initiative_idx ON indicator (initiative_id);

CREATE TABLE indicator_value (
  indicator_id    uuid NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  fiscal_year     integer NOT NULL CHECK (fiscal_year BETWEEN 1926 AND 2100),
  kind            text NOT NULL CHECK (kind IN ('TARGET', 'ACTUAL', 'ESTIMATE')),
  value           numeric(20, 4),
  text            text CHECK (length(text) <= 200),
  missing_reason  text CHECK (missing_reason IN ('NOT_APPLICABLE', 'NOT_YET_COMPILED',
                                                 'NOT_SURVEYED', 'NOT_LEGIBLE')),
  note            text,
  source_document text,
  source_quote    text,
  import_hash     text,
  version         bigint NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (indicator_id, fiscal_year, kind),
  -- A missing figure is not a zero: it says why it is missing.
  CONSTRAINT indicator_value_missing_reason CHECK ((value IS NULL) = (missing_reason IS NOT NULL))
);

CREATE TABLE evaluation (
  id              uuid PRIMARY KEY,
  plan_id         uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  initiative_id   uuid REFERENCES initiative (id) ON DELETE CASCADE,
  natural_key     text NOT NULL CHECK (length(natural_key) <= 1000),
  evaluator       text NOT NULL CHECK (evaluator IN ('SELF', 'EXTERNAL_COMMITTEE')),
  period_start    integer NOT NULL CHECK (period_start BETWEEN 1926 AND 2100),
  period_end      integer NOT NULL CHECK (period_end BETWEEN 1926 AND 2100),
  period_label    text,
  rating          text CHECK (length(rating) <= 10),
  rating_note     text,
  scale           jsonb NOT NULL DEFAULT '[]',
  sections        jsonb NOT NULL DEFAULT '[]',
  source_document text,
  source_quote    text,
  import_hash     text,
  version         bigint NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT evaluation_period_order CHECK (period_start <= period_end),
  CONSTRAINT evaluation_natural_key UNIQUE (plan_id, natural_key)
);
CREATE INDEX evaluation_plan_idx ON evaluation (plan_id);
CREATE INDEX evaluation_initiative_idx ON evaluation (initiative_id);
