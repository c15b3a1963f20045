// Overview page (概要): a municipality's plans, the initiative tree and each indicator's
// targets against actuals, read from the public API. Plain ES module: no framework, no build.
const API = '/api/v1';
const SVG_NS = 'http://www.w3.org/2000/svg';

const STATUS = {
  ACHIEVED: { ja: '達成', en: 'Achieved' },
  ON_TRACK: { ja: '順調', en: 'On track' },
  BEHIND: { ja: '遅れ', en: 'Behind' },
  NO_DATA: { ja: 'データなし', en: 'No data' },
};
const PLAN_KIND = {
  REGIONAL_INDUSTRY_REVITALIZATION: '地域産業活性化計画',
  LONG_TERM_PLAN_VERIFICATION: '長期総合計画 検証シート',
  INDUSTRIAL_PROMOTION_PLAN: '産業振興計画',
};
const MUNICIPALITY_KIND = { SPECIAL_WARD: '特別区 Special wards', CITY: '市 Cities', TOWN: '町 Towns', VILLAGE: '村 Villages' };
const INITIATIVE_KIND = {
  VISION: '将来像', GOAL: '基本目標', CATEGORY: '取組区分', PILLAR: '柱', MEASURE: '施策',
  ACTION: '主な取り組み', PROJECT: '事業', ACTIVITY: '取り組み',
};
const ROLE = { OUTCOME_KPI: '施策の指標', PLANNED_VOLUME: '計画事業量' };
const COUNTING_MODE = {
  PER_YEAR: '年度ごとの量', RUNNING_TOTAL: '累計', GROSS_PER_YEAR: '延べ（年度ごと）', LEVEL: '水準', QUALITATIVE: '定性',
};
// 判定の根拠: whether a status rests only on confirmed actuals or also on an estimate.
const BASIS = { ACTUAL: { ja: '実績', en: 'on actuals' }, ESTIMATE: { ja: '見込み', en: 'on estimates' } };
const QUALITATIVE = { DONE: '実施', NOT_DONE: '未実施', TEXT: '記述' };
const NO_PROJECTION = { NO_FINAL_TARGET: '最終目標なし', TARGET_YEAR_REACHED: '目標年度に到達', TOO_FEW_FIGURES: '数値不足' };
const VALUE_KIND = { TARGET: '目標', ACTUAL: '実績', ESTIMATE: '見込み' };
const MISSING = {
  NOT_APPLICABLE: '該当なし', NOT_YET_COMPILED: '未集計', NOT_SURVEYED: '未調査', NOT_LEGIBLE: '判読不能',
};
const EVALUATOR = { SELF: '自己評価 Self-assessment', EXTERNAL_COMMITTEE: '外部評価委員会 External committee' };
const NOTE_KIND = { PHOTO_CAPTION: '写真', FOOTNOTE: '脚注', GLOSSARY: '用語', NOTE: '注記' };

const $ = (id) => document.getElementById(id);
const number = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 });

// Reference data the plan view needs; a failure there degrades the page, it does not break it.
const rulesPromise = api(`${API}/progress/rules`).catch(() => null);
const themesPromise = api(`${API}/themes?size=200`)
  .then((page) => new Map(page.items.map((t) => [t.key, t])))
  .catch(() => new Map());

// Later answers win: a slow response for a plan the reader has left is dropped.
let municipalityRequest = 0;
let planRequest = 0;

class ApiError extends Error {
  constructor(detail, { path, status, title, fields = [] } = {}) {
    super(detail);
    Object.assign(this, { path, status, title, fields });
  }
}

async function api(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(`サーバーに接続できません Network error (${e.message})`, { path });
  }
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    // RFC 9457 problem details: `detail` says what went wrong this time.
    throw new ApiError(body?.detail ?? body?.title ?? `HTTP ${response.status}`, {
      path, status: response.status, title: body?.title,
      fields: (body?.errors ?? []).map((e) => `${e.field}: ${e.message}`),
    });
  }
  if (body === null) throw new ApiError(`JSON が返りませんでした Unexpected response`, { path, status: response.status });
  return body;
}

// ---------------------------------------------------------------- DOM helpers

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

function svgEl(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  if (text !== undefined) node.textContent = text;
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
}

const en = (text) => el('span', { class: 'en', text });

function showError(error) {
  const box = $('error');
  box.replaceChildren(...[
    el('strong', { text: '読み込めませんでした Could not load' }),
    el('p', { class: 'detail', 'data-testid': 'error-detail', text: error.message }),
    error.fields?.length ? el('ul', {}, error.fields.map((f) => el('li', { text: f }))) : null,
    error.path ? el('p', { class: 'where', text: `${error.status ?? ''} ${error.title ?? ''} — GET ${error.path}`.trim() }) : null,
  ].filter(Boolean));
  box.dataset.status = error.status ?? '';
  box.hidden = false;
}

function clearError() {
  $('error').hidden = true;
  $('error').replaceChildren();
}

// ---------------------------------------------------------------- formatting

function eraLabel(fy) {
  const era = fy >= 2019 ? ['令和', fy - 2018] : fy >= 1989 ? ['平成', fy - 1988] : ['昭和', fy - 1925];
  return `${era[0]}${era[1] === 1 ? '元' : era[1]}年度`;
}

const shortEra = (label) => label.replace('令和', 'R').replace('平成', 'H').replace('昭和', 'S').replace('年度', '');

function periodText(p) {
  const span = `${p.periodStartLabel}–${p.periodEndLabel}`;
  return p.periodLabel ? `${p.periodLabel}（${span}）` : span;
}

const withUnit = (value, unit) => `${number.format(value)}${unit ?? ''}`;

function valueText(v, unit) {
  if (v.value !== null && v.value !== undefined) return v.text ?? withUnit(v.value, unit);
  if (v.qualitative) return v.text ?? QUALITATIVE[v.qualitative];
  const reason = v.missingReason ? `${MISSING[v.missingReason] ?? v.missingReason}` : 'なし';
  return v.text && v.text !== '―' ? `${v.text}（数値なし・${reason}）` : `—（${reason}）`;
}

// ---------------------------------------------------------------- municipalities and plans

async function init() {
  const select = $('municipality');
  let page;
  try {
    page = await api(`${API}/municipalities?size=200&sort=code`);
  } catch (e) {
    select.replaceChildren(el('option', { value: '', text: '読み込めませんでした Could not load' }));
    showError(e);
    return;
  }
  const groups = new Map();
  for (const m of page.items) {
    const group = MUNICIPALITY_KIND[m.kind] ?? m.kind ?? '';
    if (!groups.has(group)) groups.set(group, el('optgroup', { label: group }));
    groups.get(group).append(el('option', {
      value: m.code, text: `${m.name}${m.nameEn ? ' ' + m.nameEn : ''}（${m.code}）`,
    }));
  }
  select.replaceChildren(el('option', { value: '', text: '— 選択してください Choose —' }), ...groups.values());
  select.disabled = false;
  select.addEventListener('change', () => {
    navigate({ municipality: select.value || null, plan: null });
    chooseMunicipality(select.value);
  });
  window.addEventListener('popstate', applyUrl);
  await applyUrl();
}

// ?municipality=131067&plan=<id> opens that plan; a plan alone finds its municipality.
async function applyUrl() {
  const params = new URLSearchParams(location.search);
  const code = params.get('municipality') ?? '';
  const planId = params.get('plan');
  const select = $('municipality');
  if (code && ![...select.options].some((o) => o.value === code)) {
    select.value = '';
    showError(new ApiError(`区市コード ${code} は登録されていません Unknown municipality code ${code}.`));
    return;
  }
  select.value = code;
  if (code) {
    await chooseMunicipality(code, planId);
  } else if (planId) {
    const plan = await showPlan(planId);
    if (plan && !select.value) {
      select.value = plan.municipalityCode;
      await chooseMunicipality(plan.municipalityCode, plan.id, { open: false });
    }
  } else {
    await chooseMunicipality('');
  }
}

function navigate(changes) {
  const url = new URL(location.href);
  for (const [k, v] of Object.entries(changes)) {
    if (v) url.searchParams.set(k, v); else url.searchParams.delete(k);
  }
  if (url.href !== location.href) history.pushState(null, '', url);
}

async function chooseMunicipality(code, planId = null, { open = true } = {}) {
  const mine = ++municipalityRequest;
  const list = $('plans');
  clearError();
  list.replaceChildren();
  $('plan-count').textContent = '';
  if (!code) {
    ++planRequest;
    $('plan').replaceChildren(el('p', { class: 'hint' }, '区市を選ぶと、その計画が表示されます。', el('br'),
      en('Choose a municipality to see its plans.')));
    return;
  }
  list.setAttribute('aria-busy', 'true');
  let page;
  try {
    page = await api(`${API}/plans?municipality=${encodeURIComponent(code)}&size=200&sort=-periodStart,title`);
  } catch (e) {
    if (mine === municipalityRequest) showError(e);
    return;
  } finally {
    if (mine === municipalityRequest) list.removeAttribute('aria-busy');
  }
  if (mine !== municipalityRequest) return;
  $('plan-count').textContent = `${page.total ?? page.items.length}件`;
  for (const p of page.items) list.append(planItem(p));
  if (!page.items.length) {
    list.append(el('li', { class: 'empty', text: '計画はありません No plans' }));
    $('plan').replaceChildren(el('p', { class: 'hint', text: 'この区市の計画はまだ登録されていません。 No plans yet.' }));
    return;
  }
  if (open) await showPlan(planId ?? page.items[0].id);
  else markCurrent(planId);
}

function planItem(p) {
  const button = el('button', { type: 'button', 'data-plan': p.id },
    el('span', { class: 'plan-title', text: p.title }),
    el('span', { class: 'plan-period', text: periodText(p) }),
    el('span', { class: 'tag', title: p.kind, text: PLAN_KIND[p.kind] ?? p.kind }));
  button.addEventListener('click', () => {
    navigate({ municipality: p.municipalityCode, plan: p.id });
    showPlan(p.id);
  });
  return el('li', {
    'data-testid': 'plan-item', 'data-plan-id': p.id, 'data-kind': p.kind,
    'data-period-start': p.periodStart, 'data-period-end': p.periodEnd,
  }, button);
}

function markCurrent(id) {
  for (const b of document.querySelectorAll('#plans button')) {
    if (b.dataset.plan === id) b.setAttribute('aria-current', 'true'); else b.removeAttribute('aria-current');
  }
}

async function showPlan(id) {
  const mine = ++planRequest;
  const section = $('plan');
  markCurrent(id);
  clearError();
  section.setAttribute('aria-busy', 'true');
  let plan, rules, themes;
  try {
    [plan, rules, themes] = await Promise.all([api(`${API}/plans/${encodeURIComponent(id)}`), rulesPromise, themesPromise]);
  } catch (e) {
    if (mine === planRequest) {
      section.removeAttribute('aria-busy');
      section.replaceChildren(el('p', { class: 'hint', text: '計画を表示できません。 This plan cannot be shown.' }));
      showError(e);
    }
    return null;
  }
  if (mine !== planRequest) return null;
  renderPlan(section, plan, rules, themes);
  section.removeAttribute('aria-busy');
  section.dataset.planId = plan.id;
  document.title = `${plan.title}（${plan.municipalityName}）— 産業振興計画`;
  return plan;
}

// ---------------------------------------------------------------- plan view

function renderPlan(section, plan, rules, themes) {
  const initiatives = new Map();
  const parents = new Map();
  (function index(nodes, parent) {
    for (const n of nodes ?? []) {
      initiatives.set(n.id, n);
      if (parent) parents.set(n.id, parent);
      index(n.children, n);
    }
  })(plan.initiatives, null);
  // Where an indicator sits: its initiative, and the project above an unlabelled activity
  // (a planned volume called just 支援 reads better as 「1 台東デザイナーズビレッジの運営 › 支援」).
  const pathOf = (id) => {
    const node = initiatives.get(id);
    if (!node) return [];
    const parent = parents.get(id);
    return parent && ['ACTION', 'ACTIVITY'].includes(node.kind) ? [parent, node] : [node];
  };
  const byInitiative = new Map();
  for (const ind of plan.indicators) {
    if (!byInitiative.has(ind.initiativeId)) byInitiative.set(ind.initiativeId, []);
    byInitiative.get(ind.initiativeId).push(ind);
  }
  const counts = {};
  const onEstimates = {};
  for (const ind of plan.indicators) {
    const s = ind.progress?.status ?? 'NO_DATA';
    counts[s] = (counts[s] ?? 0) + 1;
    if (ind.progress?.basis === 'ESTIMATE') onEstimates[s] = (onEstimates[s] ?? 0) + 1;
  }

  section.replaceChildren(...[
    el('p', { class: 'kicker' }, `${plan.municipalityName} · `, el('span', { title: plan.kind, text: PLAN_KIND[plan.kind] ?? plan.kind })),
    el('h2', { 'data-testid': 'plan-title', text: plan.title }),
    el('dl', { class: 'facts' },
      fact('計画期間', 'Period', periodText(plan)),
      plan.edition ? fact('版', 'Edition', plan.edition) : null,
      plan.approvingBody ? fact('認定', 'Approved by', plan.approvingBody) : null,
      fact('取組', 'Initiatives', `${initiatives.size}`),
      fact('指標', 'Indicators', plan.indicators.length
        ? el('span', {}, `${plan.indicators.length} `, ...Object.keys(STATUS).filter((s) => counts[s])
          .map((s) => el('span', {
            class: `chip status-${s}`, title: s,
            text: `${STATUS[s].ja} ${counts[s]}${onEstimates[s] ? `（うち見込み ${onEstimates[s]}）` : ''}`,
          })))
        : '0')),
    plan.summary ? el('p', { class: 'summary', text: plan.summary }) : null,
    plan.visionStatements?.length
      ? el('div', { class: 'vision' }, el('h3', {}, 'めざす姿 ', en('Vision')),
        el('ul', {}, plan.visionStatements.map((v) => el('li', { text: v }))))
      : null,
  ].filter(Boolean));

  // Initiative tree
  const tree = el('div', { class: 'tree', 'data-testid': 'initiative-tree' });
  for (const node of plan.initiatives) tree.append(treeNode(node, 0, byInitiative, themes));
  const toggle = (open) => () => tree.querySelectorAll('details').forEach((d) => { d.open = open; });
  section.append(el('div', { class: 'section-head' },
    el('h3', {}, '取組の体系 ', en('Initiatives')),
    plan.initiatives.length ? el('span', { class: 'tools' },
      button('すべて開く Expand all', toggle(true)), button('閉じる Collapse', toggle(false))) : null),
  plan.initiatives.length ? tree : el('p', { class: 'hint', text: '取組はありません。 No initiatives.' }));

  // Indicators
  section.append(el('h3', {}, '指標 ', en('Indicators: targets vs actuals'), ` (${plan.indicators.length})`));
  if (plan.indicators.length) {
    section.append(rulesNote(rules));
    section.append(el('div', { class: 'indicators' },
      plan.indicators.map((ind) => indicatorCard(ind, pathOf(ind.initiativeId)))));
  } else {
    section.append(el('p', { class: 'hint', text: 'この計画には数値指標が登録されていません。 This plan has no indicators.' }));
  }

  // Evaluations and notes
  if (plan.evaluations?.length) {
    section.append(el('h3', {}, '評価 ', en('Evaluations')),
      ...plan.evaluations.map((e) => evaluationCard(e, initiatives.get(e.initiativeId))));
  }
  if (plan.notes?.length) {
    section.append(el('details', { class: 'notes' },
      el('summary', {}, `注記 Notes (${plan.notes.length})`),
      el('ul', {}, plan.notes.map((n) => el('li', {},
        el('span', { class: 'tag', title: n.kind, text: NOTE_KIND[n.kind] ?? n.kind }), ' ', n.text)))));
  }
}

function fact(ja, english, value) {
  return el('div', {}, el('dt', {}, ja, ' ', en(english)), el('dd', {}, value));
}

function button(text, onClick) {
  const b = el('button', { type: 'button', class: 'small', text });
  b.addEventListener('click', onClick);
  return b;
}

function rulesNote(rules) {
  if (!rules) {
    return el('p', { class: 'rules', 'data-testid': 'rules-note', text: '判定基準を読み込めませんでした。 Status rules unavailable.' });
  }
  return el('p', { class: 'rules', 'data-testid': 'rules-note', 'data-on-track-at': rules.onTrackAt },
    '判定 Status: ',
    el('span', { class: 'chip status-ACHIEVED', text: `達成 ≥ ${percent.format(rules.achievedAt)}` }), ' ',
    el('span', { class: 'chip status-ON_TRACK', text: `順調 ≥ ${percent.format(rules.onTrackAt)}` }), ' ',
    el('span', { class: 'chip status-BEHIND', text: '遅れ' }), ' ',
    el('span', { class: 'chip status-NO_DATA', text: 'データなし' }),
    ` — 集計方法ごとの達成率で判定（年度ごとの量・定性は合計、累計・延べ・水準は最新年度）judged by each counting mode's rate;`
    + ` onTrackAt = ${rules.onTrackAt}; 見込みに基づく判定は破線のバッジ dashed badge: rests on an estimate;`
    + ' 見通しは累計・水準のみ projections for running totals and levels only · ',
    el('a', { href: `${API}/progress/rules`, text: '判定基準 rules' }));
}

function treeNode(node, depth, byInitiative, themes) {
  const indicators = byInitiative.get(node.id) ?? [];
  const row = [
    node.label ? el('span', { class: 'label', text: node.label }) : null,
    el('span', { class: 'title', text: node.title }),
    el('span', { class: 'kind', title: node.kind, text: INITIATIVE_KIND[node.kind] ?? node.kind }),
    ...(node.themes ?? []).map((key) => {
      const t = themes.get(key);
      return el('span', { class: 'theme', 'data-theme': key, title: t?.labelEn ?? key, text: t?.labelJa ?? key });
    }),
    indicators.length
      ? el('a', { class: 'chip', href: `#indicator-${indicators[0].id}`, title: '指標へ移動 Go to indicators',
        text: `指標 ${indicators.length}` })
      : null,
  ];
  const body = [
    node.description ? el('p', { class: 'desc', text: node.description }) : null,
    node.owningDepartment || node.owningSection
      ? el('p', { class: 'owner', text: `所管 ${[node.owningDepartment, node.owningSection].filter(Boolean).join(' ')}` })
      : null,
    node.note ? el('p', { class: 'owner', text: `注 ${node.note}` }) : null,
    ...(node.children ?? []).map((c) => treeNode(c, depth + 1, byInitiative, themes)),
  ].filter(Boolean);
  const attrs = { 'data-testid': 'initiative', 'data-initiative-id': node.id, 'data-kind': node.kind };
  if (!body.length) return el('div', { ...attrs, class: 'leaf' }, el('div', { class: 'row' }, row));
  // The first two levels open; projects and their activities unfold on demand.
  return el('details', { ...attrs, open: depth < 2 }, el('summary', {}, el('span', { class: 'row' }, row)), ...body);
}

// ---------------------------------------------------------------- indicators

function indicatorCard(ind, path) {
  const status = ind.progress?.status ?? 'NO_DATA';
  const p = ind.progress ?? {};
  const basis = p.basis ?? null;
  const figure = (f) => f ? `${f.fiscalYearLabel} ${withUnit(f.value, ind.unit)}${f.estimate ? '（見込み）' : ''}` : null;
  const years = (list) => list.length > 1 ? `${eraLabel(list[0])}〜${eraLabel(list[list.length - 1])}` : eraLabel(list[0]);
  const compared = p.compared
    ? (p.countingMode === 'QUALITATIVE'
      ? `実施 ${p.compared.actual} ÷ 判定年度 ${p.compared.target}`
      : `${p.countingMode === 'PER_YEAR' ? '実績計' : '実績'} ${number.format(p.compared.actual)} ÷ `
        + `${p.countingMode === 'PER_YEAR' ? '目標計' : '目標'} ${number.format(p.compared.target)}`)
      + `、${years(p.compared.fiscalYears)}`
    : null;
  const progress = [
    p.achievementRate !== null && p.achievementRate !== undefined
      ? `達成率 ${percent.format(p.achievementRate)}（${compared}）` : null,
    p.latestActual ? `最新実績 ${figure(p.latestActual)}` : null,
    p.finalTarget ? `最終目標 ${figure(p.finalTarget)}` : null,
    // Modes without projections say so once, in the rules; the others say why one is missing.
    p.projection ? `見通し ${figure({ ...p.projection, estimate: false })}`
      : p.projectionUnavailable && p.projectionUnavailable !== 'COUNTING_MODE'
        ? `見通し なし（${NO_PROJECTION[p.projectionUnavailable] ?? p.projectionUnavailable}）` : null,
    p.inferredYears ? '年度推定の数値を含む' : null,
  ].filter(Boolean);
  const context = [
    ind.plannedVolume ? `${ROLE.PLANNED_VOLUME} ${ind.plannedVolume}` : ROLE[ind.role] ?? ind.role,
    ind.unit ? `単位 ${ind.unit}` : null,
    COUNTING_MODE[ind.countingMode] ?? ind.countingMode,
    ind.direction === 'LOWER_IS_BETTER' ? '少ないほど良い' : null,
  ].filter(Boolean);
  const chartEl = chart(ind);
  const displayName = ind.displayName ?? ind.name;
  return el('article', {
    class: 'indicator', id: `indicator-${ind.id}`, 'data-testid': 'indicator',
    'data-indicator-id': ind.id, 'data-name': ind.name, 'data-display-name': displayName, 'data-status': status,
  },
  el('header', {},
    el('h4', { 'data-testid': 'indicator-name', text: displayName }),
    el('span', {
      class: `badge status-${status}`, 'data-testid': 'status-badge', 'data-status': status, 'data-basis': basis,
      title: `進捗 Progress: ${status}${basis ? `（${BASIS[basis].ja}に基づく ${BASIS[basis].en}）` : ''}`,
    }, STATUS[status]?.ja ?? status, ' ', el('span', { class: 'en', text: STATUS[status]?.en ?? '' }),
    basis ? el('span', { class: 'basis', 'data-testid': 'status-basis', text: BASIS[basis].ja }) : null)),
  path.length
    ? el('p', { class: 'context', 'data-testid': 'indicator-initiative' }, path.flatMap((n, i) => [
      i ? el('span', { class: 'sep', text: ' › ' }) : null,
      n.label ? el('span', { class: 'label', text: n.label }) : null,
      n.title]))
    : null,
  el('p', { class: 'context muted', text: context.join(' · ') }),
  progress.length ? el('p', { class: 'progress', text: progress.join(' · ') }) : null,
  el('figure', {}, chartEl, legend(chartEl)),
  figuresTable(ind));
}

function legend(svg) {
  const used = new Set((svg.dataset.kinds ?? '').split(' ').filter(Boolean));
  const items = [
    ['actual', '実績', 'Actual', '<rect x="1" y="2" width="12" height="10" class="bar-actual"/>'],
    ['estimate', '見込み', 'Estimate', '<rect x="1" y="2" width="12" height="10" class="bar-estimate"/>'],
    ['target', '目標', 'Target', '<line x1="0" y1="7" x2="14" y2="7" class="target-line"/><path d="M7 2.5 11.5 7 7 11.5 2.5 7Z" class="target-mark"/>'],
    ['baseline', '基準', 'Baseline', '<rect x="1" y="2" width="12" height="10" class="bar-baseline"/>'],
    ['words', '実施・未実施', 'In words', '<rect x="1" y="2" width="12" height="10" class="words words-DONE"/>'],
    ['missing', '数値なし', 'No figure', '<rect x="1.5" y="2.5" width="11" height="9" class="missing-box"/>'],
  ].filter(([key]) => used.has(key));
  const ul = el('ul', { class: 'legend', 'data-testid': 'chart-legend' });
  for (const [key, ja, english, shape] of items) {
    const swatch = svgEl('svg', { viewBox: '0 0 14 14', width: 14, height: 14, 'aria-hidden': 'true', class: 'swatch' });
    swatch.innerHTML = shape;
    ul.append(el('li', { 'data-legend': key }, swatch, ` ${ja} `, en(english)));
  }
  return ul;
}

function figuresTable(ind) {
  const years = [...new Set(ind.values.map((v) => v.fiscalYear))].sort((a, b) => a - b);
  const kinds = ['TARGET', 'ACTUAL', 'ESTIMATE'].filter((k) => ind.values.some((v) => v.kind === k));
  const rows = years.map((fy) => {
    const at = ind.values.filter((v) => v.fiscalYear === fy);
    return el('tr', {}, el('th', { scope: 'row', text: at[0]?.fiscalYearLabel ?? eraLabel(fy) }),
      kinds.map((k) => {
        const v = at.find((x) => x.kind === k);
        return el('td', {
          class: v && v.value === null && !v.qualitative ? 'missing' : null,
          text: v ? `${valueText(v, ind.unit)}${v.fiscalYearInferred ? '（年度推定）' : ''}` : '',
        });
      }));
  });
  const base = ind.baseline;
  return el('details', { class: 'figures' },
    el('summary', {}, '数値 ', en('Figures')),
    base && (base.text || base.value !== null)
      ? el('p', { text: `基準 Baseline: ${base.label ?? ''} ${base.text ?? withUnit(base.value, ind.unit)}`.trim()
        + (base.fiscalYearInferred ? '（年度推定 year inferred）' : '') })
      : null,
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '年度' }),
        kinds.map((k) => el('th', { scope: 'col', text: VALUE_KIND[k] })))),
      el('tbody', {}, rows)),
    ind.note ? el('p', { class: 'note', text: `注 ${ind.note}` }) : null,
    ind.dataSource ? el('p', { class: 'note', text: `出典 Data source: ${ind.dataSource}` }) : null);
}

function niceTicks(lo, hi, integers) {
  let step = (hi - lo) / 4;
  const exp = 10 ** Math.floor(Math.log10(step));
  const f = step / exp;
  step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * exp;
  if (integers) step = Math.max(1, Math.ceil(step));
  const ticks = [];
  for (let t = Math.floor(lo / step) * step; t < hi + step * 0.999; t += step) ticks.push(Number(t.toFixed(10)));
  return ticks;
}

// Actuals as bars, estimates as hatched bars, the baseline as a grey bar, targets as a line
// with diamonds. A missing figure is a dashed empty box (never a zero bar) and breaks the line.
function chart(ind) {
  const W = 440, H = 200, M = { l: 46, r: 10, t: 24, b: 38 };
  const unit = ind.unit ?? '';
  const values = ind.values ?? [];
  const base = ind.baseline?.value !== null && ind.baseline?.value !== undefined && ind.baseline?.fiscalYear
    ? ind.baseline : null;
  const years = [...new Set([...values.map((v) => v.fiscalYear), ...(base ? [base.fiscalYear] : [])])]
    .sort((a, b) => a - b);
  const kinds = new Set();
  const svg = svgEl('svg', {
    viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'data-testid': 'indicator-chart',
    'aria-label': `${ind.name}：年度別の目標と実績 Targets and actuals by fiscal year`,
  });
  const hatchId = `hatch-${ind.id}`;
  const defs = svgEl('defs');
  const pattern = svgEl('pattern', {
    id: hatchId, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)',
  });
  pattern.append(svgEl('rect', { width: 6, height: 6, class: 'hatch-bg' }), svgEl('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' }));
  defs.append(pattern);
  svg.append(defs, svgEl('title', {}, `${ind.name}：目標と実績`));

  const numbers = [...values.filter((v) => v.value !== null).map((v) => v.value), ...(base ? [base.value] : [])];
  if (!years.length) {
    svg.append(svgEl('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, '年度別の数値はありません No figures'));
    svg.dataset.kinds = '';
    return svg;
  }
  const integers = numbers.every(Number.isInteger);
  const lo = Math.min(0, ...numbers);
  const hi = Math.max(0, ...numbers);
  const ticks = numbers.length ? niceTicks(lo, hi === lo ? lo + 1 : hi, integers) : [0, 1];
  const d0 = ticks[0], d1 = ticks[ticks.length - 1];
  const plotH = H - M.t - M.b;
  const y = (v) => M.t + plotH * (1 - (v - d0) / (d1 - d0));
  const slot = (W - M.l - M.r) / years.length;
  const cx = (i) => M.l + slot * (i + 0.5);
  const barW = Math.min(slot * 0.56, 46);

  // Grid and y axis
  if (numbers.length) {
    for (const t of ticks) {
      svg.append(svgEl('line', { x1: M.l, x2: W - M.r, y1: y(t), y2: y(t), class: t === 0 ? 'axis' : 'grid' }));
      svg.append(svgEl('text', { x: M.l - 5, y: y(t) + 3.5, 'text-anchor': 'end', class: 'tick' }, number.format(t)));
    }
    if (unit) svg.append(svgEl('text', { x: M.l - 5, y: M.t - 10, 'text-anchor': 'end', class: 'unit' }, `(${unit})`));
  } else {
    svg.append(svgEl('line', { x1: M.l, x2: W - M.r, y1: y(0), y2: y(0), class: 'axis' }));
    if (ind.countingMode !== 'QUALITATIVE') {
      svg.append(svgEl('text', { x: (M.l + W - M.r) / 2, y: M.t + plotH / 2, 'text-anchor': 'middle', class: 'empty' },
        '数値化された値はありません No numeric figures'));
    }
  }

  const targetPoints = []; // [index, value, entry] per column with a numeric target
  years.forEach((fy, i) => {
    const at = values.filter((v) => v.fiscalYear === fy);
    const find = (kind) => at.find((v) => v.kind === kind && v.value !== null);
    const label = at[0]?.fiscalYearLabel ?? eraLabel(fy);
    const isBase = base && base.fiscalYear === fy;
    const target = find('TARGET');
    if (target) targetPoints.push([i, target.value, target]);
    const bar = find('ACTUAL') ?? find('ESTIMATE')
      ?? (isBase ? { kind: 'BASELINE', value: base.value, text: base.text, fiscalYearLabel: label } : null);
    const words = at.find((v) => v.kind === 'ACTUAL' && v.qualitative) ?? at.find((v) => v.kind === 'ESTIMATE' && v.qualitative);
    if (bar) {
      const key = bar.kind === 'BASELINE' ? 'baseline' : bar.kind.toLowerCase();
      kinds.add(key);
      const top = y(Math.max(0, bar.value)), bottom = y(Math.min(0, bar.value));
      const h = Math.max(bottom - top, 1.5); // a real zero still shows as a thin bar
      const rect = svgEl('rect', {
        x: cx(i) - barW / 2, y: bar.value < 0 ? top : bottom - h, width: barW, height: h,
        class: `bar-${key}`, style: key === 'estimate' ? `fill: url(#${hatchId})` : null,
        'data-mark': key, 'data-fy': fy, 'data-value': bar.value,
      });
      const name = key === 'baseline' ? `基準 ${base.label ?? ''}` : VALUE_KIND[bar.kind];
      rect.append(svgEl('title', {}, `${label} ${name}：${bar.text ?? withUnit(bar.value, unit)}`));
      svg.append(rect);
      // The figure above its bar, lifted clear of a target diamond drawn at the same height.
      let ly = bar.value < 0 ? bottom + 11 : top - 4;
      if (target && bar.value >= 0 && Math.abs(y(target.value) - top) < 20) ly = Math.min(top, y(target.value)) - 8;
      svg.append(svgEl('text', { x: cx(i), y: ly, 'text-anchor': 'middle', class: `value value-${key}` }, number.format(bar.value)));
    } else if (words) {
      // A result in words (実施・未実施): a labelled box, neither a bar nor a gap.
      kinds.add('words');
      const box = svgEl('rect', {
        x: cx(i) - barW / 2, y: y(0) - 22, width: barW, height: 22,
        class: `words words-${words.qualitative}${words.kind === 'ESTIMATE' ? ' words-estimate' : ''}`,
        'data-mark': 'words', 'data-fy': fy, 'data-qualitative': words.qualitative,
      });
      box.append(svgEl('title', {}, `${label} ${VALUE_KIND[words.kind]}：${valueText(words, unit)}`));
      svg.append(box);
      svg.append(svgEl('text', { x: cx(i), y: y(0) - 7, 'text-anchor': 'middle', class: 'words-text' },
        QUALITATIVE[words.qualitative] === '記述' ? (words.text ?? '記述') : QUALITATIVE[words.qualitative]));
    } else {
      // A year without any actual or estimate figure: a gap, not a zero.
      const missing = at.find((v) => (v.kind === 'ACTUAL' || v.kind === 'ESTIMATE') && v.value === null);
      if (missing) {
        kinds.add('missing');
        const box = svgEl('rect', {
          x: cx(i) - barW / 2, y: y(0) - 22, width: barW, height: 22, class: 'missing-box',
          'data-mark': 'missing', 'data-fy': fy,
        });
        box.append(svgEl('title', {}, `${label} ${VALUE_KIND[missing.kind]}：${valueText(missing, unit)}`));
        svg.append(box);
        const word = missing.text && missing.text !== '―' ? missing.text.replace(/\s|　/g, '') : (MISSING[missing.missingReason] ?? 'なし');
        svg.append(svgEl('text', { x: cx(i), y: y(0) - 27, 'text-anchor': 'middle', class: 'missing-text' }, word));
      }
    }
    // x axis: the era label, and the Western year below it
    const short = slot < 58;
    svg.append(svgEl('text', { x: cx(i), y: H - M.b + 14, 'text-anchor': 'middle', class: 'year' }, short ? shortEra(label) : label));
    svg.append(svgEl('text', { x: cx(i), y: H - M.b + 27, 'text-anchor': 'middle', class: 'year-en' },
      isBase && !at.length ? `${fy} 基準` : String(fy)));
  });

  // Target line: drawn through neighbouring columns only, so a year without a target is a gap.
  let run = [];
  const flush = () => {
    if (run.length > 1) {
      svg.append(svgEl('polyline', { points: run.map(([i, v]) => `${cx(i)},${y(v)}`).join(' '), class: 'target-line' }));
    }
    run = [];
  };
  for (const point of targetPoints) {
    if (run.length && point[0] !== run[run.length - 1][0] + 1) flush();
    run.push(point);
  }
  flush();
  for (const [i, v, t] of targetPoints) {
    kinds.add('target');
    const px = cx(i), py = y(v), r = 5;
    const mark = svgEl('path', {
      d: `M${px} ${py - r} L${px + r} ${py} L${px} ${py + r} L${px - r} ${py} Z`, class: 'target-mark',
      'data-mark': 'target', 'data-fy': years[i], 'data-value': v,
    });
    mark.append(svgEl('title', {}, `${t.fiscalYearLabel} 目標：${t.text ?? withUnit(v, unit)}`));
    svg.append(mark);
  }
  svg.dataset.kinds = [...kinds].join(' ');
  return svg;
}

// ---------------------------------------------------------------- evaluations

function evaluationCard(e, initiative) {
  const level = e.scale?.find((s) => s.rating === e.rating);
  return el('article', { class: 'evaluation', 'data-testid': 'evaluation' },
    el('header', {},
      e.rating ? el('span', { class: 'rating', title: '評価 Rating', text: e.rating }) : null,
      el('div', {},
        el('h4', { text: `${EVALUATOR[e.evaluator] ?? e.evaluator} · ${e.periodLabel ?? `${e.periodStartLabel}–${e.periodEndLabel}`}` }),
        level ? el('p', { class: 'muted', text: `${level.label}${e.ratingNote ? ' — ' + e.ratingNote : ''}` }) : null,
        initiative ? el('p', { class: 'muted' }, '対象 ', el('span', { class: 'label', text: initiative.label ?? '' }), ' ', initiative.title) : null,
        e.scale?.length ? el('p', { class: 'scale', text: `段階 Scale: ${e.scale.map((s) => `${s.rating} ${s.label}`).join(' / ')}` }) : null)),
    ...(e.sections ?? []).map((s) => el('div', { class: 'section' },
      s.heading ? el('h5', { text: s.heading }) : null,
      el('p', { text: s.text }))));
}

init();
