// Overview page (概要): a municipality's plans, the initiative tree and each indicator's
// targets against actuals, read from the public API. No framework, no build step.
const STATUS_JA = { ACHIEVED: '達成', ON_TRACK: '順調', BEHIND: '遅れ', NO_DATA: 'データなし' };
const KIND_JA = { VISION: '将来像', GOAL: '基本目標', CATEGORY: '取組区分', PILLAR: '柱', MEASURE: '施策',
  ACTION: '主な取り組み', PROJECT: '事業', ACTIVITY: '取り組み' };
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
let rules = null;

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || `${response.status} ${path}`);
  return body;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v; else node.setAttribute(k, v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

function showError(error) {
  $('error').hidden = false;
  $('error').textContent = `読み込めませんでした Could not load: ${error.message}`;
}

async function loadMunicipalities() {
  const page = await api('/api/v1/municipalities?size=200&sort=code');
  const select = $('municipality');
  for (const m of page.items) {
    select.append(el('option', { value: m.code, text: `${m.name} (${m.code})` }));
  }
  select.addEventListener('change', () => chooseMunicipality(select.value));
  const wanted = params.get('municipality');
  if (wanted) {
    select.value = wanted;
    await chooseMunicipality(wanted, params.get('plan'));
  }
}

async function chooseMunicipality(code, planId) {
  const list = $('plans');
  list.replaceChildren();
  if (!code) return;
  const page = await api(`/api/v1/plans?municipality=${code}&size=200&sort=-periodStart`);
  for (const p of page.items) {
    const button = el('button', { type: 'button', 'data-plan': p.id },
      el('strong', { text: p.title }),
      el('small', { text: `${p.periodLabel ?? ''}（${p.periodStartLabel}〜${p.periodEndLabel}）` }));
    button.addEventListener('click', () => showPlan(p.id));
    list.append(el('li', { 'data-testid': 'plan-item' }, button));
  }
  const first = planId || page.items[0]?.id;
  if (first) await showPlan(first);
}

function treeNode(node, depth = 0) {
  const summary = el('summary', {},
    node.label ? el('span', { class: 'label', text: node.label }) : null,
    document.createTextNode(node.title),
    el('span', { class: 'kind', text: KIND_JA[node.kind] ?? node.kind }),
    ...(node.themes ?? []).map((t) => el('span', { class: 'theme', text: t })));
  // The first two levels open; projects and their activities unfold on demand.
  const details = el('details', depth < 2 ? { open: '', 'data-initiative': node.id } : { 'data-initiative': node.id },
    summary);
  if (node.description) details.append(el('div', { class: 'desc', text: node.description }));
  for (const child of node.children ?? []) details.append(treeNode(child, depth + 1));
  return details;
}

// Targets as a line with markers, actuals as bars (estimates hatched), gaps for missing figures.
function chart(indicator) {
  const years = [...new Set(indicator.values.map((v) => v.fiscalYear))].sort((a, b) => a - b);
  const W = 320, H = 150, L = 40, B = 28, T = 8;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('width', '100%');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${indicator.name}: 目標と実績`);
  svg.dataset.testid = 'chart';
  const add = (tag, attrs, text) => {
    const n = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text !== undefined) n.textContent = text;
    svg.append(n);
    return n;
  };
  const figures = indicator.values.filter((v) => v.value !== null).map((v) => v.value);
  if (indicator.baseline?.value != null) figures.push(indicator.baseline.value);
  if (!years.length || !figures.length) {
    add('text', { x: L, y: H / 2 }, '数値なし No figures');
    return svg;
  }
  const max = Math.max(...figures) * 1.1 || 1;
  const slot = (W - L - 8) / years.length;
  const x = (i) => L + slot * i + slot / 2;
  const y = (v) => T + (H - T - B) * (1 - v / max);
  add('line', { x1: L, y1: H - B, x2: W - 4, y2: H - B, stroke: '#99a3ad' });
  add('text', { x: 2, y: y(max / 1.1) + 4 }, Math.round(max / 1.1).toLocaleString('ja-JP'));
  add('text', { x: 2, y: H - B }, '0');
  const targetPoints = [];
  years.forEach((fy, i) => {
    const at = indicator.values.filter((v) => v.fiscalYear === fy);
    const actual = at.find((v) => v.kind === 'ACTUAL' && v.value !== null)
      ?? at.find((v) => v.kind === 'ESTIMATE' && v.value !== null);
    const target = at.find((v) => v.kind === 'TARGET' && v.value !== null);
    if (actual) {
      add('rect', { x: x(i) - slot * 0.3, y: y(actual.value), width: slot * 0.6, height: H - B - y(actual.value),
        fill: actual.kind === 'ESTIMATE' ? '#9cc3ee' : '#1f6fd1', 'data-mark': 'actual',
        stroke: actual.kind === 'ESTIMATE' ? '#1f6fd1' : 'none', 'stroke-dasharray': '3 2' })
        .append(Object.assign(document.createElementNS('http://www.w3.org/2000/svg', 'title'),
          { textContent: `${actual.fiscalYearLabel} ${actual.kind === 'ESTIMATE' ? '見込み' : '実績'} ${actual.text ?? actual.value}` }));
    }
    if (target) targetPoints.push([x(i), y(target.value), target]);
    add('text', { x: x(i), y: H - B + 12, 'text-anchor': 'middle' }, String(fy));
  });
  if (targetPoints.length > 1) {
    add('polyline', { points: targetPoints.map(([px, py]) => `${px},${py}`).join(' '), fill: 'none',
      stroke: '#d35400', 'stroke-width': 1.5 });
  }
  for (const [px, py, t] of targetPoints) {
    add('circle', { cx: px, cy: py, r: 3.5, fill: '#d35400', 'data-mark': 'target' })
      .append(Object.assign(document.createElementNS('http://www.w3.org/2000/svg', 'title'),
        { textContent: `${t.fiscalYearLabel} 目標 ${t.text ?? t.value}` }));
  }
  return svg;
}

function indicatorCard(indicator) {
  const status = indicator.progress?.status ?? 'NO_DATA';
  const card = el('article', { class: 'indicator', 'data-testid': 'indicator', 'data-status': status },
    el('h4', { text: indicator.name }),
    el('span', { class: `badge ${status}`, 'data-testid': 'status', text: `${STATUS_JA[status]} ${status}` }),
    indicator.plannedVolume ? el('small', { text: ` 計画事業量 ${indicator.plannedVolume}` }) : null);
  if (indicator.baseline?.text) {
    card.append(el('div', { class: 'legend', text: `基準 ${indicator.baseline.label ?? indicator.baseline.fiscalYear}: ${indicator.baseline.text}` }));
  }
  card.append(chart(indicator));
  card.append(el('div', { class: 'legend' },
    el('i', { style: 'background:#1f6fd1' }), document.createTextNode('実績 actual'),
    el('i', { style: 'background:#9cc3ee' }), document.createTextNode('見込み estimate'),
    el('i', { style: 'background:#d35400;height:2px' }), document.createTextNode('目標 target')));
  return card;
}

async function showPlan(id) {
  for (const b of document.querySelectorAll('#plans button')) {
    b.setAttribute('aria-current', String(b.dataset.plan === id));
  }
  const plan = await api(`/api/v1/plans/${id}`);
  const section = $('plan');
  section.replaceChildren(...[
    el('h2', { text: plan.title }),
    el('p', { class: 'meta', text: `${plan.municipalityName} · ${plan.periodLabel ?? ''}（${plan.periodStartLabel}〜${plan.periodEndLabel}）${plan.approvingBody ? ' · 承認 ' + plan.approvingBody : ''}` }),
    plan.summary ? el('p', { class: 'summary', text: plan.summary }) : null].filter(Boolean));
  for (const vision of plan.visionStatements) section.append(el('p', { class: 'summary', text: `● ${vision}` }));
  section.append(el('h3', { text: '取組 Initiatives' }));
  const tree = el('div', { class: 'tree', 'data-testid': 'tree' });
  plan.initiatives.forEach((node) => tree.append(treeNode(node)));
  section.append(tree);
  if (plan.indicators.length) {
    section.append(el('h3', { text: `指標 Indicators (${plan.indicators.length})` }));
    if (rules) {
      section.append(el('p', { class: 'rules',
        text: `達成 at ${rules.achievedAt * 100}% · 順調 from ${rules.onTrackAt * 100}% of the expected figure (GET /api/v1/progress/rules)` }));
    }
    const grid = el('div', { class: 'indicators' });
    plan.indicators.forEach((indicator) => grid.append(indicatorCard(indicator)));
    section.append(grid);
  }
  for (const evaluation of plan.evaluations) {
    section.append(el('h3', { text: `評価 Evaluation ${evaluation.periodLabel ?? ''}: ${evaluation.rating ?? '—'}` }));
    for (const s of evaluation.sections) section.append(el('p', { class: 'summary', text: `${s.heading ? '＜' + s.heading + '＞ ' : ''}${s.text}` }));
  }
  section.dataset.loaded = id;
}

api('/api/v1/progress/rules').then((r) => { rules = r; }).catch(() => {});
loadMunicipalities().catch(showError);
