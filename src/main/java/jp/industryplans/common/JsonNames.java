package jp.industryplans.common;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * 項目名 — the field names of the plan detail's records, encoded once ({@link JsonFields}): most of
 * a detail's bytes are names, and a pre-encoded name is copied, not escaped character by character.
 */
public final class JsonNames {

    public static final SerializableString ACHIEVEMENT_RATE = new SerializedString("achievementRate");
    public static final SerializableString ACTUAL = new SerializedString("actual");
    public static final SerializableString ACTUAL_QUALITATIVE = new SerializedString("actualQualitative");
    public static final SerializableString APPROVING_BODY = new SerializedString("approvingBody");
    public static final SerializableString BASELINE = new SerializedString("baseline");
    public static final SerializableString BASIS = new SerializedString("basis");
    public static final SerializableString CHANGE_FROM_PREVIOUS = new SerializedString("changeFromPrevious");
    public static final SerializableString CHILDREN = new SerializedString("children");
    public static final SerializableString COMPARED = new SerializedString("compared");
    public static final SerializableString COUNTING_MODE = new SerializedString("countingMode");
    public static final SerializableString CUMULATIVE = new SerializedString("cumulative");
    public static final SerializableString DATA_SOURCE = new SerializedString("dataSource");
    public static final SerializableString DESCRIPTION = new SerializedString("description");
    public static final SerializableString DIRECTION = new SerializedString("direction");
    public static final SerializableString DISPLAY_NAME = new SerializedString("displayName");
    public static final SerializableString DOCUMENT = new SerializedString("document");
    public static final SerializableString EDITION = new SerializedString("edition");
    public static final SerializableString ESTIMATE = new SerializedString("estimate");
    public static final SerializableString EVALUATIONS = new SerializedString("evaluations");
    public static final SerializableString EVALUATOR = new SerializedString("evaluator");
    public static final SerializableString EXPECTED = new SerializedString("expected");
    public static final SerializableString FINAL_TARGET = new SerializedString("finalTarget");
    public static final SerializableString FISCAL_YEAR = new SerializedString("fiscalYear");
    public static final SerializableString FISCAL_YEARS = new SerializedString("fiscalYears");
    public static final SerializableString FISCAL_YEAR_INFERRED = new SerializedString("fiscalYearInferred");
    public static final SerializableString FISCAL_YEAR_LABEL = new SerializedString("fiscalYearLabel");
    public static final SerializableString HEADING = new SerializedString("heading");
    public static final SerializableString ID = new SerializedString("id");
    public static final SerializableString INDICATORS = new SerializedString("indicators");
    public static final SerializableString INDICATOR_ID = new SerializedString("indicatorId");
    public static final SerializableString INDICATOR_NAME = new SerializedString("indicatorName");
    public static final SerializableString INFERRED_YEARS = new SerializedString("inferredYears");
    public static final SerializableString INITIATIVES = new SerializedString("initiatives");
    public static final SerializableString INITIATIVE_ID = new SerializedString("initiativeId");
    public static final SerializableString KEY = new SerializedString("key");
    public static final SerializableString KIND = new SerializedString("kind");
    public static final SerializableString LABEL = new SerializedString("label");
    public static final SerializableString LATEST_ACTUAL = new SerializedString("latestActual");
    public static final SerializableString MISSING_REASON = new SerializedString("missingReason");
    public static final SerializableString MUNICIPALITY_CODE = new SerializedString("municipalityCode");
    public static final SerializableString MUNICIPALITY_NAME = new SerializedString("municipalityName");
    public static final SerializableString NAME = new SerializedString("name");
    public static final SerializableString NOTE = new SerializedString("note");
    public static final SerializableString NOTES = new SerializedString("notes");
    public static final SerializableString ORIGINAL = new SerializedString("original");
    public static final SerializableString OWNING_DEPARTMENT = new SerializedString("owningDepartment");
    public static final SerializableString OWNING_SECTION = new SerializedString("owningSection");
    public static final SerializableString PARENT_ID = new SerializedString("parentId");
    public static final SerializableString PERIOD_END = new SerializedString("periodEnd");
    public static final SerializableString PERIOD_END_LABEL = new SerializedString("periodEndLabel");
    public static final SerializableString PERIOD_LABEL = new SerializedString("periodLabel");
    public static final SerializableString PERIOD_START = new SerializedString("periodStart");
    public static final SerializableString PERIOD_START_LABEL = new SerializedString("periodStartLabel");
    public static final SerializableString PLANNED_VOLUME = new SerializedString("plannedVolume");
    public static final SerializableString PLAN_ID = new SerializedString("planId");
    public static final SerializableString PREDECESSOR_ID = new SerializedString("predecessorId");
    public static final SerializableString PREVIOUS_ACTUAL = new SerializedString("previousActual");
    public static final SerializableString PROGRESS = new SerializedString("progress");
    public static final SerializableString PROJECTION = new SerializedString("projection");
    public static final SerializableString PROJECTION_UNAVAILABLE = new SerializedString("projectionUnavailable");
    public static final SerializableString QUALITATIVE = new SerializedString("qualitative");
    public static final SerializableString QUOTE = new SerializedString("quote");
    public static final SerializableString RATING = new SerializedString("rating");
    public static final SerializableString RATING_NOTE = new SerializedString("ratingNote");
    public static final SerializableString RELEASE = new SerializedString("release");
    public static final SerializableString REPOST = new SerializedString("repost");
    public static final SerializableString REVISED = new SerializedString("revised");
    public static final SerializableString ROLE = new SerializedString("role");
    public static final SerializableString SCALE = new SerializedString("scale");
    public static final SerializableString SECTIONS = new SerializedString("sections");
    public static final SerializableString SORT_ORDER = new SerializedString("sortOrder");
    public static final SerializableString SOURCE = new SerializedString("source");
    public static final SerializableString STATUS = new SerializedString("status");
    public static final SerializableString SUCCESSOR_ID = new SerializedString("successorId");
    public static final SerializableString SUMMARY = new SerializedString("summary");
    public static final SerializableString TARGET = new SerializedString("target");
    public static final SerializableString TARGET_QUALITATIVE = new SerializedString("targetQualitative");
    public static final SerializableString TARGET_REVISIONS = new SerializedString("targetRevisions");
    public static final SerializableString TEXT = new SerializedString("text");
    public static final SerializableString THEMES = new SerializedString("themes");
    public static final SerializableString TITLE = new SerializedString("title");
    public static final SerializableString UNIT = new SerializedString("unit");
    public static final SerializableString VALUE = new SerializedString("value");
    public static final SerializableString VALUES = new SerializedString("values");
    public static final SerializableString VISION_STATEMENTS = new SerializedString("visionStatements");
    public static final SerializableString YEARS = new SerializedString("years");

    private JsonNames() {
    }
}
