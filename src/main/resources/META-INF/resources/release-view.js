// The release (公表版) a plan's view shows: its number, label and 公表日, and, when the plan has
// more than one release, a chooser of the others. Like the page's other selects, the choice is
// committed with its 表示 button: moving through the options with the arrow keys loads nothing.
import { el, en } from './dom.js';

// 公表日 in the Japanese era (令和5年4月1日); the ISO date stays in <time datetime>.
const eraDate = (() => {
  try {
    return new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return null;
  }
})();

export function publishedOnText(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return eraDate ? eraDate.format(new Date(y, m - 1, d)) : iso;
}

const releaseName = (r) => `第${r.sequence}版「${r.label}」`;

// releases: GET /plans/{id}/releases (oldest first); shown: the one on screen;
// onChoose(sequence, isLatest) when the reader asks for another.
export function releaseBar(releases, shown, onChoose) {
  const latest = releases[releases.length - 1] ?? shown;
  const isLatest = shown.sequence === latest.sequence;
  const bar = el('div', { class: 'release', 'data-testid': 'release', 'data-sequence': shown.sequence },
    el('p', { class: 'release-shown' },
      el('span', { class: 'tag', text: '公表版' }), ' ',
      el('span', { class: 'release-label', 'data-testid': 'release-label', text: releaseName(shown) }), ' ',
      el('span', { class: 'release-date' }, '公表日 ',
        el('time', { 'data-testid': 'release-date', datetime: shown.publishedOn, text: publishedOnText(shown.publishedOn) })),
      ' ',
      isLatest
        ? el('span', { class: 'chip', 'data-testid': 'release-latest', text: '最新' })
        : el('span', { class: 'chip past', 'data-testid': 'release-past', text: '過去の版' })));
  if (releases.length > 1) {
    const select = el('select', { id: 'release-select', name: 'release', 'data-testid': 'release-select' },
      [...releases].reverse().map((r) => el('option', {
        value: r.sequence, selected: r.sequence === shown.sequence,
        text: `${releaseName(r)} ${publishedOnText(r.publishedOn)}${r.sequence === latest.sequence ? '（最新）' : ''}`,
      })));
    const form = el('form', { class: 'release-form', 'data-testid': 'release-form' },
      el('label', { for: 'release-select' }, '公表版の切替 ', en('Switch release')),
      el('div', { class: 'picker-row' }, select,
        el('button', { type: 'submit', 'data-testid': 'release-show' }, '表示 ', en('Show'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const sequence = Number(select.value);
      onChoose(sequence, sequence === latest.sequence);
    });
    bar.append(form);
  }
  if (!isLatest) {
    bar.append(el('p', { class: 'hint', 'data-testid': 'release-note' },
      `これは過去の公表版です。最新は${releaseName(latest)}（公表日 ${publishedOnText(latest.publishedOn)}）です。 `,
      en('This is an earlier release.')));
  }
  return bar;
}
