#!/usr/bin/env bash
# Prints, as a JSON request body, the GraphQL query that asks PostGraphile 4 for what our plan
# detail serves: the plan (with its municipality's name) → initiatives → indicators → values,
# and evaluations, every column each table holds except bookkeeping (versions, timestamps,
# import hashes, search text), ordered as we order them.
#
#   scripts/bench/peer-query.sh DATABASE PLAN_ID
set -euo pipefail
DB="$1"
PLAN="$2"
fields() { # camelCased column names of a table, in table order
  psql -h 127.0.0.1 -U industry_plans -d "$DB" -qtA -c "select string_agg(column_name, ' ' order by ordinal_position)
      from information_schema.columns where table_schema = 'public' and table_name = '$1'
      and column_name not in ('version', 'created_at', 'updated_at', 'import_hash', 'search_text')" \
    | sed -E 's/_([a-z0-9])/\U\1/g'
}
query="{ planById(id: \"$PLAN\") { $(fields plan) municipalityByMunicipalityCode { name }
  initiativesByPlanId(orderBy: [SORT_ORDER_ASC, NATURAL_KEY_ASC]) { nodes { $(fields initiative) } }
  indicatorsByPlanId(orderBy: [SORT_ORDER_ASC, NATURAL_KEY_ASC]) { nodes { $(fields indicator)
    indicatorValuesByIndicatorId(orderBy: [FISCAL_YEAR_ASC, KIND_ASC]) { nodes { $(fields indicator_value) } } } }
  evaluationsByPlanId(orderBy: [PERIOD_START_ASC, NATURAL_KEY_ASC]) { nodes { $(fields evaluation) } } } }"
# One line of JSON: the query as a string, quotes escaped.
printf '{"query":"%s"}\n' "$(printf '%s' "$query" | tr '\n' ' ' | sed 's/"/\\"/g')"
