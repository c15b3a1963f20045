// Labels for the API's codes, in Japanese (with English where the page shows both).
export const STATUS = {
  ACHIEVED: { ja: '達成', en: 'Achieved' },
  ON_TRACK: { ja: '順調', en: 'On track' },
  BEHIND: { ja: '遅れ', en: 'Behind' },
  NO_DATA: { ja: 'データなし', en: 'No data' },
};
export const PLAN_KIND = {
  REGIONAL_INDUSTRY_REVITALIZATION: '地域産業活性化計画',
  LONG_TERM_PLAN_VERIFICATION: '長期総合計画 検証シート',
  INDUSTRIAL_PROMOTION_PLAN: '産業振興計画',
};
export const MUNICIPALITY_KIND = { SPECIAL_WARD: '特別区 Special wards', CITY: '市 Cities', TOWN: '町 Towns', VILLAGE: '村 Villages' };
export const INITIATIVE_KIND = {
  VISION: '将来像', GOAL: '基本目標', CATEGORY: '取組区分', PILLAR: '柱', MEASURE: '施策',
  ACTION: '主な取り組み', PROJECT: '事業', ACTIVITY: '取り組み',
};
export const ROLE = { OUTCOME_KPI: '施策の指標', PLANNED_VOLUME: '計画事業量' };
export const COUNTING_MODE = {
  PER_YEAR: '年度ごとの量', RUNNING_TOTAL: '累計', GROSS_PER_YEAR: '延べ（年度ごと）', LEVEL: '水準', QUALITATIVE: '定性',
};
// 判定の根拠: whether a status rests only on confirmed actuals or also on an estimate.
export const BASIS = { ACTUAL: { ja: '実績', en: 'on actuals' }, ESTIMATE: { ja: '見込み', en: 'on estimates' } };
export const QUALITATIVE = { DONE: '実施', NOT_DONE: '未実施', TEXT: '記述' };
export const NO_PROJECTION = { NO_FINAL_TARGET: '最終目標なし', TARGET_YEAR_REACHED: '目標年度に到達', TOO_FEW_FIGURES: '数値不足' };
export const VALUE_KIND = { TARGET: '目標', ACTUAL: '実績', ESTIMATE: '見込み' };
export const MISSING = {
  NOT_APPLICABLE: '該当なし', NOT_YET_COMPILED: '未集計', NOT_SURVEYED: '未調査', NOT_LEGIBLE: '判読不能',
};
export const EVALUATOR = { SELF: '自己評価 Self-assessment', EXTERNAL_COMMITTEE: '外部評価委員会 External committee' };
export const NOTE_KIND = { PHOTO_CAPTION: '写真', FOOTNOTE: '脚注', GLOSSARY: '用語', NOTE: '注記' };
