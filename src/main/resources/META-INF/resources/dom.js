// DOM helpers and formatting shared by every view.
const SVG_NS = 'http://www.w3.org/2000/svg';

export const $ = (id) => document.getElementById(id);
export const number = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });
export const percent = new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 });

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

export function svgEl(tag, attrs = {}, text) {
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

export const en = (text) => el('span', { class: 'en', text });

export function eraLabel(fy) {
  const era = fy >= 2019 ? ['令和', fy - 2018] : fy >= 1989 ? ['平成', fy - 1988] : ['昭和', fy - 1925];
  return `${era[0]}${era[1] === 1 ? '元' : era[1]}年度`;
}

export const shortEra = (label) => label.replace('令和', 'R').replace('平成', 'H').replace('昭和', 'S').replace('年度', '');

export function periodText(p) {
  const span = `${p.periodStartLabel}–${p.periodEndLabel}`;
  return p.periodLabel ? `${p.periodLabel}（${span}）` : span;
}

export const withUnit = (value, unit) => `${number.format(value)}${unit ?? ''}`;
