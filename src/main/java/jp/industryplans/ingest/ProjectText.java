package jp.industryplans.ingest;

/**
 * 事業 — one project as a category's or pillar's text names it.
 *
 * @param name    the project's name (事業名) as written
 * @param details what the brackets after the name say about it, or null
 * @param quote   the project as it stands in the text, name and brackets
 */
record ProjectText(String name, String details, String quote) {
}
