// Overview page (概要): the Tokyo-wide first view, and a municipality's plans with the initiative
// tree and each indicator's targets against actuals, read from the public API.
// Plain ES modules: no framework, no build. This module owns the URL, the picker and focus.
//   /                              the first view (東京都全体), ?fiscalYear=2021 for another year
//   /?municipality=131067          that municipality's plans, the first one open
//   /?municipality=131067&plan=ID  that plan (its latest release, 公表版)
//   …&plan=ID&release=2            that plan as its release 2 showed it
import { $, el, periodText } from './dom.js';
import { API, ApiError, api, allItems, showError, clearError, announce } from './api.js';
import { PLAN_KIND, MUNICIPALITY_KIND } from './labels.js';
import { renderPlan } from './plan-view.js';
import { renderTokyo } from './tokyo-view.js';
import { releaseBar, publishedOnText } from './release-view.js';

// Reference data the views need; a failure there degrades the page, it does not break it.
const rulesPromise = api(`${API}/progress/rules`).catch(() => null);
const themesPromise = api(`${API}/themes?size=200`).then((page) => page.items).catch(() => []);

// Phones get charts drawn for their width, so that chart text stays legible (12 CSS px or more).
const phone = window.matchMedia('(max-width: 600px)');

// Later answers win: a slow response for a view the reader has left is dropped.
let municipalityRequest = 0;
let planRequest = 0;
let tokyoRequest = 0;
let shownPlan = null;
let shownRelease = null;

// ---------------------------------------------------------------- start and URL

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
  select.replaceChildren(el('option', { value: '', text: '— 東京都全体 All of Tokyo —' }), ...groups.values());
  select.disabled = false;
  // Nothing loads while the reader moves through the options (arrow keys fire `change` on each
  // step): the choice is committed with the 表示 button, as one load and one history entry.
  $('municipality-form').addEventListener('submit', (event) => {
    event.preventDefault();
    go(select.value ? `?municipality=${encodeURIComponent(select.value)}` : '/');
  });
  // Links inside the page (first view, plan list, home) change the view without a reload.
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[data-nav], a#tokyo-link, a[data-testid=home-link]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(link.getAttribute('href'));
  });
  window.addEventListener('popstate', () => applyUrl());
  phone.addEventListener('change', () => {
    if (shownPlan && !$('plan').hidden) showPlan(shownPlan, { focus: false, release: shownRelease });
  });
  await applyUrl({ focus: false });
}

// Goes to a URL of this page: one history entry, then focus on what the reader asked for.
function go(href) {
  const url = new URL(href, location.href);
  if (url.href !== location.href) history.pushState(null, '', url);
  return applyUrl({ focus: true });
}

async function applyUrl({ focus = false } = {}) {
  const params = new URLSearchParams(location.search);
  const code = params.get('municipality') ?? '';
  const planId = params.get('plan');
  const release = planId ? params.get('release') : null;
  const select = $('municipality');
  clearError();
  if (code && ![...select.options].some((o) => o.value === code)) {
    select.value = '';
    showView('plan');
    $('plan').replaceChildren();
    showError(new ApiError(`区市コード ${code} は登録されていません Unknown municipality code ${code}.`));
    return;
  }
  select.value = code;
  if (!code && !planId) {
    await showTokyo(params.get('fiscalYear'), { focus });
  } else if (code) {
    await chooseMunicipality(code, planId, { focus, release });
  } else {
    const plan = await showPlan(planId, { focus, release });
    if (plan && !select.value) {
      select.value = plan.municipalityCode;
      await chooseMunicipality(plan.municipalityCode, plan.id, { open: false });
    }
  }
}

function showView(name) {
  document.body.dataset.view = name;
  $('tokyo').hidden = name !== 'tokyo';
  $('plan').hidden = name !== 'plan';
  $('plan-picker').hidden = name !== 'plan';
  $('tokyo-link').parentElement.hidden = name === 'tokyo';
}

// Moves the focus to a view's heading, so that keyboard and screen-reader users land where they went.
function focusHeading(node) {
  if (!node) return;
  node.setAttribute('tabindex', '-1');
  node.focus();
}

// ---------------------------------------------------------------- the first view

async function showTokyo(fiscalYear, { focus }) {
  const mine = ++tokyoRequest;
  ++municipalityRequest;
  ++planRequest;
  shownPlan = null;
  showView('tokyo');
  document.title = '産業振興計画 概要 — Industry Plans API';
  const section = $('tokyo');
  section.setAttribute('aria-busy', 'true');
  try {
    const query = fiscalYear ? `?fiscalYear=${encodeURIComponent(fiscalYear)}` : '';
    const [summary, themes, years] = await Promise.all([
      api(`${API}/dashboard/summary${query}`), themesPromise, planYears()]);
    const plans = await allItems(summary.fiscalYear ? `${API}/plans?fiscalYear=${summary.fiscalYear}` : `${API}/plans`);
    if (mine !== tokyoRequest) return;
    renderTokyo(section, { summary, themes, plans, years, onYear: (fy) => go(fy ? `/?fiscalYear=${fy}` : '/') });
    announce(`${summary.fiscalYearLabel ?? ''} 計画期間中の計画 ${summary.plans}件（${summary.byMunicipality.length}区市）を表示しました`);
    if (focus) focusHeading(section.querySelector('h2'));
  } catch (e) {
    if (mine === tokyoRequest) {
      section.replaceChildren(el('h2', { id: 'tokyo-heading', text: '東京都全体 All of Tokyo' }));
      showError(e);
    }
  } finally {
    if (mine === tokyoRequest) section.removeAttribute('aria-busy');
  }
}

// The fiscal years any plan covers, for the year chooser: the earliest start to the latest end.
async function planYears() {
  const [first, last] = await Promise.all([
    api(`${API}/plans?size=1&sort=periodStart`), api(`${API}/plans?size=1&sort=-periodEnd`)]);
  if (!first.items.length) return [];
  const years = [];
  for (let fy = first.items[0].periodStart; fy <= last.items[0].periodEnd; fy += 1) years.push(fy);
  return years;
}

// ---------------------------------------------------------------- municipalities and plans

async function chooseMunicipality(code, planId = null, { open = true, focus = false, release = null } = {}) {
  const mine = ++municipalityRequest;
  ++tokyoRequest;
  const list = $('plans');
  showView('plan');
  list.replaceChildren();
  $('plan-count').textContent = '';
  // On a phone the plan list starts folded, so that the plan itself is near the top.
  $('plan-picker').open = !phone.matches;
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
    $('plan').replaceChildren(el('h2', { class: 'hint', text: 'この区市の計画はまだ登録されていません。 No plans yet.' }));
    announce('この区市の計画はまだ登録されていません');
    if (focus) focusHeading($('plan').querySelector('h2'));
    return;
  }
  if (open) await showPlan(planId ?? page.items[0].id, { focus, release: planId ? release : null });
  else markCurrent(planId);
}

function planItem(p) {
  const link = el('a', { href: `?municipality=${p.municipalityCode}&plan=${p.id}`, 'data-nav': true, 'data-plan': p.id },
    el('span', { class: 'plan-title', text: p.title }),
    el('span', { class: 'plan-period', text: periodText(p) }),
    el('span', { class: 'tag', title: p.kind, text: PLAN_KIND[p.kind] ?? p.kind }));
  return el('li', {
    'data-testid': 'plan-item', 'data-plan-id': p.id, 'data-kind': p.kind,
    'data-period-start': p.periodStart, 'data-period-end': p.periodEnd,
  }, link);
}

function markCurrent(id) {
  for (const a of document.querySelectorAll('#plans a')) {
    if (a.dataset.plan === id) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
  }
}

// A plan as its latest release shows it, or as release `release` showed it; the release bar
// says which, and switches to another through the URL (one history entry, like a plan link).
async function showPlan(id, { focus = false, release = null } = {}) {
  const mine = ++planRequest;
  const section = $('plan');
  showView('plan');
  markCurrent(id);
  section.setAttribute('aria-busy', 'true');
  const planPath = `${API}/plans/${encodeURIComponent(id)}`;
  let shown, releases, rules, themes;
  try {
    [shown, releases, rules, themes] = await Promise.all([
      release ? api(`${planPath}/releases/${encodeURIComponent(release)}`) : api(planPath).then((plan) => ({ plan })),
      // Without the list the plan still shows, without its release bar.
      api(`${planPath}/releases`).then((page) => page.items).catch(() => []),
      rulesPromise, themesPromise]);
  } catch (e) {
    if (mine === planRequest) {
      section.removeAttribute('aria-busy');
      section.replaceChildren(el('h2', { class: 'hint', text: '計画を表示できません。 This plan cannot be shown.' }));
      showError(e);
    }
    return null;
  }
  if (mine !== planRequest) return null;
  const { plan } = shown;
  const current = shown.release ?? releases[releases.length - 1] ?? null;
  const bar = current ? releaseBar(releases, current, (sequence, latest) =>
    go(`?municipality=${encodeURIComponent(plan.municipalityCode)}&plan=${encodeURIComponent(plan.id)}`
      + (latest ? '' : `&release=${sequence}`))) : null;
  renderPlan(section, plan, rules, new Map(themes.map((t) => [t.key, t])), { compact: phone.matches, release: bar });
  section.removeAttribute('aria-busy');
  section.dataset.planId = plan.id;
  shownPlan = plan.id;
  shownRelease = release;
  const which = current ? `第${current.sequence}版（公表日 ${publishedOnText(current.publishedOn)}）` : '';
  document.title = `${plan.title}（${plan.municipalityName}${release && current ? `・${which}` : ''}）— 産業振興計画`;
  announce(`${plan.municipalityName}「${plan.title}」${which}を表示しました`);
  if (focus) focusHeading(section.querySelector('[data-testid=plan-title]'));
  return plan;
}

init();
