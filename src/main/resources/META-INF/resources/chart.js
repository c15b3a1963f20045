// Charts of an indicator's figures (targets vs actuals), their legend and the table of figures.
import { el, svgEl, en, number, eraLabel, shortEra, withUnit } from './dom.js';
import { VALUE_KIND, MISSING, QUALITATIVE } from './labels.js';

export function valueText(v, unit) {
  if (v.value !== null && v.value !== undefined) return v.text ?? withUnit(v.value, unit);
  if (v.qualitative) return v.text ?? QUALITATIVE[v.qualitative];
  const reason = v.missingReason ? `${MISSING[v.missingReason] ?? v.missingReason}` : 'なし';
  return v.text && v.text !== '―' ? `${v.text}（数値なし・${reason}）` : `—（${reason}）`;
}

export function legend(svg) {
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

export function figuresTable(ind) {
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
  // The chart's text alternative: the chart is described by this table (aria-describedby), and a
  // keyboard user opens it from its summary.
  return el('details', { class: 'figures' },
    el('summary', { id: `figures-toggle-${ind.id}`, 'data-testid': 'figures-toggle' }, '数値 ', en('Figures')),
    hasBaseline(ind)
      ? el('p', { id: `figures-base-${ind.id}`, text: `基準 Baseline: ${base.label ?? ''} ${base.text ?? withUnit(base.value, ind.unit)}`.trim()
        + (base.fiscalYearInferred ? '（年度推定 year inferred）' : '') })
      : null,
    el('table', { id: `figures-${ind.id}`, 'data-testid': 'figures-table' },
      el('caption', { class: 'visually-hidden', text: `${ind.displayName ?? ind.name}：年度別の数値` }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '年度' }),
        kinds.map((k) => el('th', { scope: 'col', text: VALUE_KIND[k] })))),
      el('tbody', {}, rows)),
    ind.note ? el('p', { class: 'note', text: `注 ${ind.note}` }) : null,
    ind.dataSource ? el('p', { class: 'note', text: `出典 Data source: ${ind.dataSource}` }) : null);
}

const hasBaseline = (ind) => !!ind.baseline && (!!ind.baseline.text || ind.baseline.value !== null);

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
export function chart(ind, { compact = false } = {}) {
  // A phone draws the chart about as wide as it shows it, in larger type (12 CSS px or more).
  const W = compact ? 300 : 440, H = compact ? 216 : 200, M = { l: 46, r: 10, t: 24, b: compact ? 44 : 38 };
  const fs = compact ? 12.5 : 10.5;
  const unit = ind.unit ?? '';
  const values = ind.values ?? [];
  const base = ind.baseline?.value !== null && ind.baseline?.value !== undefined && ind.baseline?.fiscalYear
    ? ind.baseline : null;
  const years = [...new Set([...values.map((v) => v.fiscalYear), ...(base ? [base.fiscalYear] : [])])]
    .sort((a, b) => a - b);
  const kinds = new Set();
  const svg = svgEl('svg', {
    viewBox: `0 0 ${W} ${H}`, class: compact ? 'chart compact' : 'chart', role: 'img', 'data-testid': 'indicator-chart',
    'aria-label': `${ind.displayName ?? ind.name}：年度別の目標と実績のグラフ Targets and actuals by fiscal year`,
    'aria-describedby': `${hasBaseline(ind) ? `figures-base-${ind.id} ` : ''}figures-${ind.id}`,
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
      svg.append(svgEl('text', { x: M.l - 5, y: y(t) + fs / 3, 'text-anchor': 'end', class: 'tick' }, number.format(t)));
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
    const short = slot < label.length * fs + 4;
    svg.append(svgEl('text', { x: cx(i), y: H - M.b + fs + 3, 'text-anchor': 'middle', class: 'year' }, short ? shortEra(label) : label));
    svg.append(svgEl('text', { x: cx(i), y: H - M.b + 2 * fs + 5, 'text-anchor': 'middle', class: 'year-en' },
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
