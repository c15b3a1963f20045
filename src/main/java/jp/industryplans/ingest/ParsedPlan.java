package jp.industryplans.ingest;

import jp.industryplans.seed.ImportBundle.PlanBundle;

/**
 * 計画 — one plan read from a summary: the import entry it becomes, and how its municipality was
 * matched.
 *
 * @param line             the line of its header in the submitted text
 * @param municipalityName the municipality as written in the header (（墨田区）)
 * @param plan             the plan as an import entry; its {@code key} and {@code municipalityCode}
 *                         are null when the name is not in the municipality list
 */
public record ParsedPlan(int line, String municipalityName, PlanBundle plan) {

    /** Whether the header's municipality is in our list, so that the plan can be stored. */
    public boolean municipalityKnown() {
        return plan.municipalityCode() != null;
    }
}
