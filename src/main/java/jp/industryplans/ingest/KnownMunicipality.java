package jp.industryplans.ingest;

/**
 * 地方公共団体 — an entry of our municipality list, as the parser needs it to match names.
 *
 * @param code 全国地方公共団体コード, 6 digits
 * @param name 名称 (墨田区)
 * @param kana 読み (すみだく), or null
 */
public record KnownMunicipality(String code, String name, String kana) {
}
