-- pgbench script of the raw-row ceiling (scripts/bench.sh): exactly the statements an uncached
-- GET /api/v1/plans/{id} (Cache-Control: no-cache, as staff) runs, in its order, as logged by
-- PostgreSQL (log_statement = all) at this commit: the freshness check, the ETag fingerprint, the
-- plan with its municipality's name, its values, indicators, successor, initiatives and
-- evaluations. Not included: the "SET search_path" a connection checkout sends when the caller
-- reads another state than the connection was last set to (ReleasedSearchPath): the service's own
-- overhead, not the rows'.
-- Run with -M prepared (the driver prepares them too) and -D plan=<uuid>. Update it when the
-- detail's statements change.
SELECT coalesce(max(seq), 0) FROM change_log;
SELECT concat_ws('|', p.id, p.version, p.updated_at, m.name, m.version, (SELECT concat(count(*), ':', sum(version), ':', max(updated_at)) FROM initiative WHERE plan_id = p.id), (SELECT concat(count(*), ':', sum(version), ':', max(updated_at)) FROM indicator WHERE plan_id = p.id), (SELECT concat(count(*), ':', sum(v.version), ':', max(v.updated_at)) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE i.plan_id = p.id), (SELECT concat(count(*), ':', sum(version), ':', max(updated_at)) FROM evaluation WHERE plan_id = p.id), (SELECT string_agg(s.id::text, ',' ORDER BY s.id) FROM plan s WHERE s.predecessor_id = p.id)) FROM plan p JOIN municipality m ON m.code = p.municipality_code WHERE p.id = :plan;
select p.natural_key, p.municipality_code, p.kind, p.title, p.edition, p.predecessor_id, p.period_start, p.period_end, p.period_label, p.summary, p.vision_statements::text as vision_statements, p.approving_body, p.notes::text as notes, p.source_document, p.source_quote, m.name as municipality_name from plan p left join municipality m on m.code = p.municipality_code where p.id = :plan;
select indicator_id, fiscal_year, kind, value, qualitative, text, missing_reason, note, fiscal_year_inferred, source_document, source_quote from indicator_value where indicator_id in (select id from indicator where plan_id = :plan) order by fiscal_year, kind;
select id, initiative_id, natural_key, name, display_name, unit, role, counting_mode, direction, planned_volume, baseline_fiscal_year, baseline_value, baseline_text, baseline_label, baseline_fiscal_year_inferred, data_source, note, sort_order, source_document, source_quote from indicator where plan_id = :plan order by sort_order, natural_key;
select id from plan where predecessor_id = :plan order by period_start desc, id desc limit 1;
select id, parent_id, natural_key, kind, label, title, description, owning_department, owning_section, repost, themes::text as themes, note, sort_order, source_document, source_quote from initiative where plan_id = :plan order by sort_order, natural_key;
select id, initiative_id, natural_key, evaluator, period_start, period_end, period_label, rating, rating_note, scale::text as scale, sections::text as sections, source_document, source_quote from evaluation where plan_id = :plan order by period_start, natural_key;
