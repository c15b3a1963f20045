// The public API, read with fetch; errors carry the problem+json detail.
import { $, el } from './dom.js';

export const API = '/api/v1';

export class ApiError extends Error {
  constructor(detail, { path, status, title, fields = [] } = {}) {
    super(detail);
    Object.assign(this, { path, status, title, fields });
  }
}

export async function api(path) {
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

export function showError(error) {
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

export function clearError() {
  $('error').hidden = true;
  $('error').replaceChildren();
}

// Every item of a paged collection, following the pages (a Tokyo-wide list fits in one or two).
export async function allItems(path) {
  const sep = path.includes('?') ? '&' : '?';
  const first = await api(`${path}${sep}size=200`);
  const items = [...first.items];
  for (let page = 1; items.length < first.total && page < 50; page += 1) {
    items.push(...(await api(`${path}${sep}size=200&page=${page}`)).items);
  }
  return items;
}

// A short status for screen readers (role=status), instead of re-reading a whole section.
export function announce(text) {
  const box = $('status');
  box.textContent = '';
  // A change of text is announced; clearing first lets the same text be heard again.
  setTimeout(() => { box.textContent = text; }, 50);
}
