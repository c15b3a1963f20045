// Overview page (概要): a municipality's plans, the initiative tree and each indicator's
// targets against actuals, read from the public API. Plain ES module: no framework, no build.
import { $, el, en, periodText } from './dom.js';
import { API, ApiError, api, showError, clearError } from './api.js';
import { PLAN_KIND, MUNICIPALITY_KIND } from './labels.js';
import { renderPlan } from './plan-view.js';

// Reference data the plan view needs; a failure there degrades the page, it does not break it.
const rulesPromise = api(`${API}/progress/rules`).catch(() => null);
const themesPromise = api(`${API}/themes?size=200`)
  .then((page) => new Map(page.items.map((t) => [t.key, t])))
  .catch(() => new Map());

// Later answers win: a slow response for a plan the reader has left is dropped.
let municipalityRequest = 0;
let planRequest = 0;

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

init();
