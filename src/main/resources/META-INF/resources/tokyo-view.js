// The first view (東京都全体): every municipality with plans in force in one fiscal year, how its
// indicators stand (and how much of that rests on 見込み), and which themes its plans carry —
// one table, each cell linking into the plan, downloadable as the same table in CSV.
// Reads GET /dashboard/summary, GET /themes and GET /plans?fiscalYear=.
import { el, en, eraLabel } from './dom.js';
import { STATUS } from './labels.js';

const COUNTS = [['achieved', 'ACHIEVED'], ['onTrack', 'ON_TRACK'], ['behind', 'BEHIND'], ['noData', 'NO_DATA']];
const YEAR_SOURCE = {
  LATEST_ACTUAL: '実績が公表されている最新の年度です。 The latest fiscal year with a published actual.',
  REQUESTED: '指定した年度です。 The fiscal year you chose.',
  ALL_PLANS: '実績のある年度がないため、すべての計画を数えています。 No actuals yet: every plan is counted.',
};

/**
 * @param summary GET /dashboard/summary, @param themes GET /themes items, @param plans the plans in
 * force in the summary's year, @param years the fiscal years to offer, @param onYear(fy) to change it
 */
export function renderTokyo(section, { summary, themes, plans, years, onYear }) {
  const rows = tokyoRows(summary, themes, plans);
  const fy = summary.fiscalYear;
  const yearText = fy ? `${summary.fiscalYearLabel}（${fy}年度）` : '全期間';
  section.replaceChildren(
    el('h2', { id: 'tokyo-heading' }, '東京都の区市の産業振興計画 ', en('Plans in force across Tokyo')),
    el('p', { class: 'lead', 'data-testid': 'tokyo-year' },
      el('strong', { text: `${yearText}に計画期間中の計画：${summary.byMunicipality.length}区市・${summary.plans}計画` }),
      ' ', YEAR_SOURCE[summary.fiscalYearSource] ?? ''),
    yearForm(years, fy, onYear),
    totals(summary),
    el('p', { class: 'download' }, el('a', {
      'data-testid': 'tokyo-csv', download: `tokyo-plans-${fy ?? 'all'}.csv`, href: csvUrl(rows, themes, summary),
    }, 'この表を CSV でダウンロード ', en('Download this table as CSV (UTF-8, Excel)'))),
    el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'tokyo-caption', tabindex: '0' },
      el('table', { class: 'tokyo', 'data-testid': 'tokyo-table' },
        el('caption', { id: 'tokyo-caption' }, `区市別の計画・指標の状況・テーマ（${yearText}）`, ' ',
          en('Municipalities × plans, indicator status and themes. A number in a theme column counts the plan\'s initiatives on that theme and opens the plan.')),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', text: '区市' }),
          el('th', { scope: 'col', text: '計画期間中の計画' }),
          el('th', { scope: 'col', text: '指標の状況' }),
          themes.map((t) => el('th', { scope: 'col', class: 'theme-head', 'data-theme': t.key, title: t.labelEn, text: t.labelJa })))),
        el('tbody', {}, rows.map((r) => tokyoRow(r, themes))))),
  );
}

// One row per municipality: its plans in force, its status counts, and per theme the plans carrying it.
function tokyoRows(summary, themes, plans) {
  return summary.byMunicipality.map((m) => {
    const mine = plans.filter((p) => p.municipalityCode === m.code);
    const byTheme = new Map(themes.map((t) => [t.key, mine
      .filter((p) => t.plans.some((tp) => tp.id === p.id))
      .map((p) => ({ plan: p, initiatives: t.initiatives.filter((i) => i.planId === p.id).length }))]));
    return { m, plans: mine, byTheme };
  });
}

function tokyoRow({ m, plans, byTheme }, themes) {
  const href = (p) => `?municipality=${m.code}&plan=${p.id}`;
  return el('tr', { 'data-testid': 'tokyo-row', 'data-code': m.code },
    el('th', { scope: 'row' }, el('a', { href: `?municipality=${m.code}`, 'data-nav': true, text: m.name }),
      el('span', { class: 'code', text: m.code })),
    el('td', { 'data-testid': 'tokyo-plans' }, el('ul', { class: 'plain' }, plans.map((p) => el('li', {},
      el('a', { href: href(p), 'data-nav': true, text: p.title }),
      el('span', { class: 'period', text: `${p.periodStartLabel}–${p.periodEndLabel}` }))))),
    el('td', { 'data-testid': 'tokyo-status', class: 'status-cell' }, statusCounts(m)),
    themes.map((t) => el('td', { 'data-theme': t.key, class: 'theme-cell' }, (byTheme.get(t.key) ?? []).map(({ plan, initiatives }) =>
      el('a', {
        href: href(plan), 'data-nav': true, 'data-testid': 'tokyo-cell-link', title: `${plan.title}：${t.labelJa}の取組 ${initiatives}件`,
      }, `${initiatives}件`, el('span', { class: 'visually-hidden', text: ` ${t.labelJa} ${plan.title}` }))))));
}

// 達成 6（うち見込み 5）: each status with its count, and how many of them rest on an estimate.
function statusCounts(m) {
  const s = m.indicatorStatus;
  if (!m.indicators) return el('span', { class: 'muted', text: '指標なし' });
  return el('ul', { class: 'plain chips', 'aria-label': `指標 ${m.indicators}件の状況` }, COUNTS.filter(([k]) => s[k]).map(([k, code]) => {
    const estimates = s.onEstimates?.[k];
    return el('li', {
      class: `chip status-${code}`, 'data-count': k, 'data-value': s[k], 'data-estimates': estimates || null,
      text: `${STATUS[code].ja} ${s[k]}${estimates ? `（うち見込み ${estimates}）` : ''}`,
    });
  }));
}

function totals(summary) {
  const s = summary.indicatorStatus;
  return el('p', { class: 'totals', 'data-testid': 'tokyo-totals' },
    `指標 ${summary.indicators}件：`,
    COUNTS.map(([k, code]) => `${STATUS[code].ja} ${s[k]}${s.onEstimates?.[k] ? `（うち見込み ${s.onEstimates[k]}）` : ''}`).join('、'),
    '。「見込み」は実績が確定していない年度の見込み値に基づく判定です。 ',
    en('"見込み" counts statuses that rest on an estimate rather than a confirmed actual.'));
}

function yearForm(years, current, onYear) {
  const select = el('select', { id: 'tokyo-year-select', name: 'fiscalYear' },
    years.map((y) => el('option', { value: y, selected: y === current, text: `${eraLabel(y)}（${y}）` })));
  // A GET form to the same page: it works without JavaScript, and loads only when committed.
  const form = el('form', { class: 'year-form', action: '/', method: 'get' },
    el('label', { for: 'tokyo-year-select' }, '年度 ', en('Fiscal year')), select,
    el('button', { type: 'submit', 'data-testid': 'tokyo-year-show' }, '表示 ', en('Show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onYear(select.value);
  });
  return years.length ? form : null;
}

// The table as CSV: UTF-8 with a BOM (Excel reads Japanese correctly), RFC 4180 quoting, and no cell
// that a spreadsheet would run as a formula.
let csvHref = null;
function csvUrl(rows, themes, summary) {
  if (csvHref) URL.revokeObjectURL(csvHref);
  const header = ['区市コード', '区市', '年度', '計画期間中の計画', '指標',
    ...COUNTS.flatMap(([k, code]) => k === 'noData' ? [STATUS[code].ja] : [STATUS[code].ja, `${STATUS[code].ja}（うち見込み）`]),
    ...themes.map((t) => t.labelJa)];
  const lines = rows.map(({ m, plans, byTheme }) => [m.code, m.name, summary.fiscalYearLabel ?? '',
    plans.map((p) => p.title).join(' / '), m.indicators,
    ...COUNTS.flatMap(([k]) => k === 'noData' ? [m.indicatorStatus[k]] : [m.indicatorStatus[k], m.indicatorStatus.onEstimates?.[k] ?? 0]),
    ...themes.map((t) => (byTheme.get(t.key) ?? []).map(({ plan, initiatives }) => `${plan.title}（${initiatives}件）`).join(' / '))]);
  const text = [header, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
  csvHref = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  return csvHref;
}

function csvCell(value) {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
