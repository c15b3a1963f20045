// The plan view: facts, the initiative tree, indicator cards with charts, evaluations.
import { el, en, number, percent, eraLabel, periodText, withUnit } from './dom.js';
import { API } from './api.js';
import { STATUS, PLAN_KIND, INITIATIVE_KIND, ROLE, COUNTING_MODE, BASIS, NO_PROJECTION, EVALUATOR, NOTE_KIND } from './labels.js';
import { chart, legend, figuresTable } from './chart.js';

// release: the release bar (release-view.js) to show under the title, if any.
export function renderPlan(section, plan, rules, themes, { compact = false, release = null } = {}) {
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
    el('h2', { 'data-testid': 'plan-title', tabindex: '-1', text: plan.title }),
    release,
    el('dl', { class: 'facts' },
      fact('計画期間', 'Period', periodText(plan)),
      plan.edition ? fact('版', 'Edition', plan.edition) : null,
      plan.predecessorId ? fact('前の版', 'Previous edition', editionLink(plan.predecessorId, '前の版を見る')) : null,
      plan.successorId ? fact('次の版', 'Next edition', editionLink(plan.successorId, '次の版を見る')) : null,
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
      plan.indicators.map((ind) => indicatorCard(ind, pathOf(ind.initiativeId), compact))));
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

// Another edition of the plan (版), opened in this page like a plan of the list.
function editionLink(id, text) {
  return el('a', { href: `?plan=${encodeURIComponent(id)}`, 'data-nav': true, 'data-testid': 'edition-link', text });
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
  ];
  const toIndicators = indicators.length
    ? el('a', { class: 'chip', href: `#indicator-${indicators[0].id}`, title: '指標へ移動 Go to indicators',
      text: `指標 ${indicators.length}` })
    : null;
  const body = [
    node.description ? el('p', { class: 'desc', text: node.description }) : null,
    node.owningDepartment || node.owningSection
      ? el('p', { class: 'owner', text: `所管 ${[node.owningDepartment, node.owningSection].filter(Boolean).join(' ')}` })
      : null,
    node.note ? el('p', { class: 'owner', text: `注 ${node.note}` }) : null,
    ...(node.children ?? []).map((c) => treeNode(c, depth + 1, byInitiative, themes)),
  ].filter(Boolean);
  const attrs = { 'data-testid': 'initiative', 'data-initiative-id': node.id, 'data-kind': node.kind };
  if (!body.length) return el('div', { ...attrs, class: 'leaf' }, el('div', { class: 'row' }, row, toIndicators ? [' ', toIndicators] : null));
  // The first two levels open; projects and their activities unfold on demand. A link may not sit
  // inside a <summary> (itself a control), so the way to the indicators opens the body.
  return el('details', { ...attrs, open: depth < 2 }, el('summary', {}, el('span', { class: 'row' }, row)),
    toIndicators ? el('p', { class: 'to-indicators' }, toIndicators) : null, ...body);
}

// ---------------------------------------------------------------- indicators

function indicatorCard(ind, path, compact) {
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
  const chartEl = chart(ind, { compact });
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
