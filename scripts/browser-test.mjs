// The overview page (/) in a real browser: Debian's chromium driven by playwright-core.
//   BASE_URL=http://127.0.0.1:8090 node scripts/browser-test.mjs
// BASE_URL must serve the packaged app with the seeds loaded (scripts/browser-test.sh does that).
// Prints every check; exits 1 on the first one that fails. Writes docs/overview.png.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8090').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'overview.png');
const TIMEOUT = 15_000;
const AXE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'axe-core', 'axe.min.js');
// JIS X 8341-3:2016 AA is WCAG 2.0 AA; 2.1 A/AA on top, as the issue asks.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const TAITO = '131067';
const REGIONAL_TITLE = '台東区地域産業活性化計画';
const SHEET_TITLE = '長期総合計画　検証シート';
const KPI = '台東区中小企業振興センターが支援する中小企業数';
// A plan published twice, for the release switcher (公表版の切替): see twiceReleasedPlan below.
const ADMIN_TOKEN = process.env.ADMIN_TOKEN;
const SUMIDA = '131075';
const FIXTURE_KEY = 'browser-test-releases';
const FIXTURE_SUMMARIES = ['公表版の切替を確かめるための計画。第1版の概要。', '公表版の切替を確かめるための計画。第2版で改めた概要。'];
const FIXTURE_RELEASES = [['令和4年度 公表（ブラウザ試験）', '2022-04-01'], ['令和5年度 改定（ブラウザ試験）', '2023-04-01']];

class CheckFailed extends Error {}
let passed = 0;
function check(condition, message, detail = '') {
  if (!condition) throw new CheckFailed(`${message}${detail ? ` — got: ${detail}` : ''}`);
  passed += 1;
  console.log(`ok ${String(passed).padStart(2)}  ${message}`);
}

// Waits with a message of what was awaited, rather than a bare Playwright timeout.
async function waitFor(what, promise) {
  try {
    return await promise;
  } catch (e) {
    throw new CheckFailed(`timed out waiting for ${what} (${e.message.split('\n')[0]})`);
  }
}

async function api(request, path) {
  let response;
  try {
    response = await request.get(BASE_URL + path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new CheckFailed(`cannot reach ${BASE_URL} (GET ${path}: ${e.message.split('\n')[0]})`);
  }
  if (!response.ok()) throw new CheckFailed(`GET ${path} answered ${response.status()}`);
  return response.json();
}

// A staff write (plans-admin): the answer, or a failed check naming what failed.
async function write(request, method, path, data, headers = {}) {
  if (!ADMIN_TOKEN) throw new CheckFailed('ADMIN_TOKEN is not set (scripts/browser-test.sh mints one)');
  const response = await request.fetch(BASE_URL + path, {
    method, data: typeof data === 'string' ? data : JSON.stringify(data),
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
  });
  if (!response.ok()) throw new CheckFailed(`${method} ${path} answered ${response.status()}: ${(await response.text()).slice(0, 300)}`);
  return response;
}

// A plan of 墨田区 in FY2030–2032 (no other plan runs then; it has no figures, so no roll-up
// changes) with two releases of different summaries. A release is never withdrawn, so the plan is
// made on the first run and found again by its key on later ones, never made anew.
async function twiceReleasedPlan(request) {
  const staff = { Authorization: `Bearer ${ADMIN_TOKEN}`, Accept: 'application/json' };
  const listed = await (await request.get(`${BASE_URL}/api/v1/plans?municipality=${SUMIDA}&size=200`, { headers: staff })).json();
  let plan = listed.items?.find((p) => p.key === FIXTURE_KEY);
  if (!plan) {
    plan = await (await write(request, 'POST', '/api/v1/plans', {
      key: FIXTURE_KEY, municipalityCode: SUMIDA, kind: 'INDUSTRIAL_PROMOTION_PLAN', title: '公表版切替の確認用計画（ブラウザ試験）',
      periodStart: 2030, periodEnd: 2032, periodLabel: '令和１２年度～令和１４年度', summary: FIXTURE_SUMMARIES[0],
    })).json();
  }
  const releasesPath = `/api/v1/plans/${plan.id}/releases`;
  let releases = (await (await request.get(BASE_URL + releasesPath, { headers: staff })).json()).items;
  for (let n = releases.length; n < FIXTURE_RELEASES.length; n += 1) {
    const current = await request.get(`${BASE_URL}/api/v1/plans/${plan.id}`, { headers: staff });
    if ((await current.json()).summary !== FIXTURE_SUMMARIES[n]) {
      await write(request, 'PATCH', `/api/v1/plans/${plan.id}`, JSON.stringify({ summary: FIXTURE_SUMMARIES[n] }),
        { 'Content-Type': 'application/merge-patch+json', 'If-Match': current.headers().etag });
    }
    await write(request, 'POST', releasesPath, { label: FIXTURE_RELEASES[n][0], publishedOn: FIXTURE_RELEASES[n][1] });
  }
  releases = (await (await request.get(BASE_URL + releasesPath, { headers: staff })).json()).items;
  return { plan, releases };
}

const planTitle = (page) => page.locator('[data-testid=plan-title]');
const planItems = (page) => page.locator('[data-testid=plan-item]');

async function waitForPlan(page, id) {
  await waitFor(`plan ${id} to be shown`, page.waitForFunction(
    (planId) => {
      const section = document.querySelector('[data-testid=plan]');
      return section?.dataset.planId === planId && !section.hasAttribute('aria-busy');
    }, id, { timeout: TIMEOUT }));
}

// axe-core (from node_modules) on the page as it stands: every violation fails, with its nodes.
async function axeClean(page, state) {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  const found = result.violations.map((v) => `${v.id} ×${v.nodes.length} (${v.impact}: ${v.nodes.slice(0, 2)
    .map((n) => n.target.join(' ')).join(', ')})`);
  check(found.length === 0, `axe-core ${AXE_TAGS.join('/')}: 0 violations on ${state}`, found.join('; '));
}

// The focused element, described, and whether a focus ring is drawn around it.
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  const style = a ? getComputedStyle(a) : null;
  return {
    tag: a?.tagName, id: a?.id, text: (a?.textContent ?? '').trim().slice(0, 80), href: a?.getAttribute('href'),
    testid: a?.dataset?.testid, ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
});

// Presses Tab until `test` holds for the focused element, at most `limit` times.
async function tabTo(page, what, test, limit = 80) {
  for (let n = 1; n <= limit; n += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (test(f)) return { ...f, presses: n };
  }
  throw new CheckFailed(`Tab did not reach ${what} in ${limit} presses`);
}

// launch() runs the browser on a fresh temporary profile (--user-data-dir) that it deletes
// afterwards; Playwright refuses --user-data-dir among the args, so it is not repeated there.
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
  context.setDefaultTimeout(TIMEOUT);
  // Every script error, console error and failed response is a problem, except a failure the test
  // provokes on purpose: `expected` lists the URL paths of those answers, page by page.
  const watch = (page, expected = []) => {
    const failed = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() < 400) return;
      const path = new URL(r.url()).pathname;
      if (expected.includes(path)) failed.push(r.url()); else problems.push(`${r.status()} for ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // Chromium logs each failed response once more as "Failed to load resource"; those are
      // counted by status above (expected or not), so only the log line of an expected one is let through.
      const url = m.location()?.url ?? '';
      const known = m.text().startsWith('Failed to load resource') && failed.includes(url);
      if (!known) problems.push(`console error: ${m.text()}${url ? ` (${url})` : ''}`);
    });
  };
  const page = await context.newPage();
  watch(page);

  // Reference figures, straight from the API
  const rules = await api(context.request, '/api/v1/progress/rules');
  const taitoPlans = (await api(context.request, `/api/v1/plans?municipality=${TAITO}&size=200`)).items;
  const sheet = taitoPlans.find((p) => p.title === SHEET_TITLE && p.periodStart === 2019 && p.periodEnd === 2020);
  const regional = taitoPlans.find((p) => p.title === REGIONAL_TITLE);
  check(sheet && regional, 'the API has the FY2019–2020 verification sheet and the regional plan of 台東区',
    taitoPlans.map((p) => `${p.title} ${p.periodStart}–${p.periodEnd}`).join(' / '));
  const sheetDetail = await api(context.request, `/api/v1/plans/${sheet.id}`);

  // 1. The start page: municipalities in the select, a link to Swagger UI
  await page.goto(BASE_URL + '/');
  const select = page.locator('[data-testid=municipality-select]');
  await waitFor('the municipality select to be filled',
    page.waitForSelector(`[data-testid=municipality-select] option[value="${TAITO}"]`, { state: 'attached' }));
  const options = await select.locator('option[value]:not([value=""])').count();
  check(options >= 15, `the municipality select lists every municipality (${options})`);
  check(await page.locator('a[href="/q/swagger-ui"]').count() > 0, 'the page links to Swagger UI at /q/swagger-ui');
  check(await page.locator('html').getAttribute('lang') === 'ja', 'the page is marked lang="ja"');

  // 1a. The Tokyo-wide first view (東京都全体): every municipality with plans in force in the summary's
  // fiscal year, its indicator statuses (and how many rest on 見込み), and a municipality × theme matrix.
  const summary = await api(context.request, '/api/v1/dashboard/summary');
  const themes = (await api(context.request, '/api/v1/themes?size=200')).items;
  const inForce = (await api(context.request, `/api/v1/plans?fiscalYear=${summary.fiscalYear}&size=200`)).items;
  const tokyo = page.locator('[data-testid=tokyo]');
  await waitFor('the Tokyo-wide first view', page.waitForFunction(() => {
    const t = document.querySelector('[data-testid=tokyo]');
    return t && t.querySelector('[data-testid=tokyo-row]') && !t.hasAttribute('aria-busy');
  }, null, { timeout: TIMEOUT }));
  check((await tokyo.locator('[data-testid=tokyo-year]').textContent()).includes(summary.fiscalYearLabel),
    `the first view says which fiscal year it shows (${summary.fiscalYearLabel})`);
  const rowCodes = await tokyo.locator('[data-testid=tokyo-row]').evaluateAll((rows) => rows.map((r) => r.dataset.code));
  check(rowCodes.join() === summary.byMunicipality.map((m) => m.code).join(),
    `it lists the ${summary.byMunicipality.length} municipalities with plans in force, as /dashboard/summary does`, rowCodes.join());
  const themeHeads = await tokyo.locator('thead th[data-theme]').evaluateAll((ths) => ths.map((t) => t.dataset.theme));
  check(themeHeads.join() === themes.map((t) => t.key).join(), `its matrix has one column per theme (${themes.length})`,
    themeHeads.join());
  const cellsWrong = [];
  let estimatesShown = 0;
  for (const m of summary.byMunicipality) {
    const row = tokyo.locator(`[data-testid=tokyo-row][data-code="${m.code}"]`);
    const s = m.indicatorStatus;
    const status = row.locator('[data-testid=tokyo-status]');
    const shown = await status.evaluate((n) => ['achieved', 'onTrack', 'behind', 'noData']
      .map((k) => Number(n.querySelector(`[data-count=${k}]`)?.dataset.value ?? 0)));
    if (shown.join() !== [s.achieved, s.onTrack, s.behind, s.noData].join()) cellsWrong.push(`${m.name} statuses ${shown}`);
    const statusText = await status.textContent();
    for (const [k, ja] of [['achieved', '達成'], ['onTrack', '順調'], ['behind', '遅れ']]) {
      if (s.onEstimates[k]) {
        estimatesShown += 1;
        if (!statusText.includes(`${ja} ${s[k]}（うち見込み ${s.onEstimates[k]}）`)) cellsWrong.push(`${m.name} ${k}: ${statusText}`);
      }
    }
    const planLinks = await row.locator('[data-testid=tokyo-plans] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const mine = inForce.filter((p) => p.municipalityCode === m.code);
    if (planLinks.length !== mine.length || !mine.every((p) => planLinks.includes(`?municipality=${m.code}&plan=${p.id}`))) {
      cellsWrong.push(`${m.name} plans ${planLinks}`);
    }
    for (const t of themes) {
      const expected = t.plans.filter((tp) => mine.some((p) => p.id === tp.id)).map((tp) => `?municipality=${m.code}&plan=${tp.id}`);
      const links = await row.locator(`td[data-theme="${t.key}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      if (links.sort().join() !== expected.sort().join()) cellsWrong.push(`${m.name} × ${t.labelJa}: ${links} ≠ ${expected}`);
    }
  }
  check(cellsWrong.length === 0, 'each row shows its status counts and plans, each matrix cell links to exactly the plans in force that carry the theme',
    cellsWrong.slice(0, 5).join('; '));
  check(estimatesShown > 0, `statuses resting on 見込み are said so in the rows (${estimatesShown})`);

  // The same table as CSV (UTF-8 with a BOM, for Excel), built from what the table shows.
  const csvLink = tokyo.locator('[data-testid=tokyo-csv]');
  check(/\.csv$/.test(await csvLink.getAttribute('download') ?? ''), 'the table offers a CSV download',
    await csvLink.getAttribute('download'));
  const csv = await page.evaluate(async (href) => [...new Uint8Array(await (await fetch(href)).arrayBuffer())],
    await csvLink.getAttribute('href'));
  const csvText = new TextDecoder().decode(new Uint8Array(csv.slice(3)));
  const csvLines = csvText.trim().split(/\r\n/);
  const taitoLine = csvLines.find((l) => l.startsWith(`${TAITO},`)) ?? '';
  const taitoSummary = summary.byMunicipality.find((m) => m.code === TAITO);
  check(csv[0] === 0xef && csv[1] === 0xbb && csv[2] === 0xbf && csvLines.length === summary.byMunicipality.length + 1
    && themes.every((t) => csvLines[0].includes(t.labelJa))
    && taitoLine.includes(`,${taitoSummary.indicatorStatus.achieved},${taitoSummary.indicatorStatus.onEstimates.achieved},`)
    && inForce.filter((p) => p.municipalityCode === TAITO).every((p) => taitoLine.includes(p.title.replace(/"/g, '""'))),
  'the CSV has a BOM, a header with every theme and one line per municipality with its counts and plans', csvLines.slice(0, 2).join(' | '));
  await axeClean(page, 'the first view');

  // Another fiscal year, chosen and committed with its 表示 button: the rows follow the summary of that year.
  const otherYear = summary.fiscalYear + 1;
  const other = await api(context.request, `/api/v1/dashboard/summary?fiscalYear=${otherYear}`);
  await page.locator('#tokyo-year-select').selectOption(String(otherYear));
  await page.locator('[data-testid=tokyo-year-show]').click();
  await waitFor(`the first view of ${other.fiscalYearLabel}`, page.waitForFunction((label) => {
    const t = document.querySelector('[data-testid=tokyo]');
    return !t.hasAttribute('aria-busy') && t.querySelector('[data-testid=tokyo-year]')?.textContent.includes(label);
  }, other.fiscalYearLabel, { timeout: TIMEOUT }));
  const otherCodes = await tokyo.locator('[data-testid=tokyo-row]').evaluateAll((rows) => rows.map((r) => r.dataset.code));
  check(otherCodes.join() === other.byMunicipality.map((m) => m.code).join()
    && new URL(page.url()).searchParams.get('fiscalYear') === String(otherYear),
  `choosing ${other.fiscalYearLabel} shows its ${other.byMunicipality.length} municipalities, and the URL says the year`, otherCodes.join());

  // 1b. The municipality select loads nothing while the reader moves through it with the arrow keys;
  // the 表示 button loads once and adds one history entry.
  const planListCalls = [];
  const countCalls = (r) => { if (/\/api\/v1\/plans\?municipality=/.test(r.url())) planListCalls.push(r.url()); };
  page.on('request', countCalls);
  const historyBefore = await page.evaluate(() => history.length);
  await select.focus();
  for (let n = 0; n < 5; n += 1) await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(500);
  check(planListCalls.length === 0 && await page.evaluate(() => history.length) === historyBefore,
    'five arrow keys on the municipality select load nothing and add no history entry',
    `${planListCalls.length} calls, ${await page.evaluate(() => history.length) - historyBefore} history entries`);

  // 2. Choose 台東区 and press 表示: its three plans are listed, the first opens by itself
  await select.selectOption(TAITO);
  await page.locator('[data-testid=municipality-show]').click();
  await waitFor('3 plan items', page.waitForFunction(
    () => document.querySelectorAll('[data-testid=plan-item]').length === 3, null, { timeout: TIMEOUT }));
  await waitFor('the first plan to open by itself', planTitle(page).waitFor());
  await page.waitForTimeout(300);
  page.off('request', countCalls);
  const afterShow = await focused(page);
  check(planListCalls.length === 1 && await page.evaluate(() => history.length) === historyBefore + 1
    && afterShow.testid === 'plan-title',
  '表示 loads the plan list once, adds one history entry and moves the focus to the plan shown',
  `${planListCalls.length} calls, ${await page.evaluate(() => history.length) - historyBefore} history entries, focus ${JSON.stringify(afterShow)}`);
  const titles = await planItems(page).locator('.plan-title').allTextContents();
  check(titles.length === 3, '台東区 lists 3 plans', titles.join(' / '));
  check(titles.includes(REGIONAL_TITLE), `${REGIONAL_TITLE} is listed`, titles.join(' / '));
  const sheets = await page.locator('[data-testid=plan-item][data-kind=LONG_TERM_PLAN_VERIFICATION]').count();
  check(sheets === 2, 'two of them are 長期総合計画 検証シート', String(sheets));
  const regionalItem = planItems(page).filter({ hasText: REGIONAL_TITLE });
  const regionalText = await regionalItem.textContent();
  check(regionalText.includes('令和３年度～令和５年度') && regionalText.includes('令和3年度–令和5年度')
    && regionalText.includes('地域産業活性化計画'), 'a plan item shows its period label, start–end labels and kind',
  regionalText);
  check(new URL(page.url()).searchParams.get('municipality') === TAITO, 'the URL carries ?municipality=131067', page.url());

  // 3. The regional plan: three categories in the tree
  await regionalItem.locator('a').click();
  await waitForPlan(page, regional.id);
  check(await planTitle(page).textContent() === REGIONAL_TITLE, `clicking ${REGIONAL_TITLE} shows it`);
  const categories = page.locator('[data-testid=initiative-tree] > [data-kind=CATEGORY]');
  const categoryTexts = (await categories.locator(':scope > summary, :scope > .row').allTextContents());
  check(categoryTexts.length === 3, 'its tree has three categories', categoryTexts.join(' / '));
  for (const c of ['多様な主体との連携を図る取組', '感染症や災害などの発生による社会経済活動の大きな変化', '(１)、(２)以外の取組']) {
    check(categoryTexts.some((t) => t.includes(c)), `category 「${c}」 appears`, categoryTexts.join(' / '));
  }
  await axeClean(page, 'a municipality with its plan list and a plan without indicators');

  // 4. The FY2019–2020 verification sheet
  const sheetItem = planItems(page).filter({ hasText: SHEET_TITLE }).and(page.locator('[data-period-start="2019"]'));
  check(await sheetItem.count() === 1, 'the FY2019 verification sheet is listed once');
  await sheetItem.locator('a').click();
  await waitForPlan(page, sheet.id);
  check(new URL(page.url()).searchParams.get('plan') === sheet.id, 'the URL carries ?plan=<id> of the open plan', page.url());
  const tree = page.locator('[data-testid=initiative-tree]');
  const treeText = await tree.textContent();
  check(treeText.includes('施策35') && treeText.includes('ものづくりを支える産業集積の維持・発展'),
    'the tree contains 施策35 ものづくりを支える産業集積の維持・発展');
  const measure = tree.locator('[data-kind=MEASURE]').filter({ hasText: '施策35' }).first();
  check(await measure.evaluate((n) => n.tagName === 'DETAILS' && n.open && n.closest('details:not([open])') === null),
    '施策35 is an open, collapsible node of the tree');

  const cards = page.locator('[data-testid=indicator]');
  check(await cards.count() === sheetDetail.indicators.length,
    `every indicator of the sheet has a card (${sheetDetail.indicators.length})`, String(await cards.count()));
  check(await cards.locator('svg[data-testid=indicator-chart]').count() === sheetDetail.indicators.length,
    'every indicator card has an SVG chart');

  const kpi = cards.and(page.locator(`[data-name="${KPI}"]`));
  check(await kpi.count() === 1, `${KPI} has one card`);
  const kpiChart = kpi.locator('svg[data-testid=indicator-chart]');
  const marks = await kpiChart.locator('[data-mark=actual], [data-mark=estimate], [data-mark=target]').count();
  const actuals = await kpiChart.locator('[data-mark=actual]').count();
  const targets = await kpiChart.locator('[data-mark=target]').count();
  check(marks >= 4 && actuals === 2 && targets === 2,
    `its chart draws ${marks} data marks: 2 actuals (FY2019, FY2020) and 2 targets (FY2023, FY2028)`,
    `${actuals} actuals, ${targets} targets`);
  const axis = await kpiChart.locator('text.year').allTextContents();
  check(['令和元年度', '令和2年度', '令和5年度', '令和10年度'].every((l) => axis.includes(l)),
    'its x axis is labelled with the fiscal years in the Japanese era', axis.join(' '));
  const legend = await kpi.locator('[data-testid=chart-legend]').textContent();
  check(legend.includes('実績') && legend.includes('目標'), 'its legend names 実績 (actual) and 目標 (target)', legend);
  const badge = kpi.locator('[data-testid=status-badge]');
  check(await badge.getAttribute('data-status') === 'ACHIEVED' && await badge.isVisible(),
    'its status badge is ACHIEVED', await badge.getAttribute('data-status'));
  const [r, g, b] = (await badge.evaluate((n) => getComputedStyle(n).backgroundColor)).match(/\d+/g).map(Number);
  check(g > r && g > b, 'the ACHIEVED badge is green', `rgb(${r}, ${g}, ${b})`);

  // The badge says what the status rests on (判定の根拠): 実績 or 見込み, as the API does.
  check(await badge.getAttribute('data-basis') === 'ACTUAL'
    && (await badge.locator('[data-testid=status-basis]').textContent()) === '実績',
  `${KPI}'s badge says its status rests on actuals (実績)`, await badge.textContent());
  const fair = sheetDetail.indicators.find((i) => i.name === 'ビジネス交流フェスタ');
  const fairBadge = cards.and(page.locator(`[data-indicator-id="${fair.id}"]`)).locator('[data-testid=status-badge]');
  check(fair.progress.basis === 'ESTIMATE' && await fairBadge.getAttribute('data-basis') === 'ESTIMATE'
    && await fairBadge.getAttribute('data-status') === fair.progress.status
    && (await fairBadge.locator('[data-testid=status-basis]').textContent()) === '見込み',
  `ビジネス交流フェスタ's badge shows ${fair.progress.status} resting on 見込み, as the API says`,
  await fairBadge.textContent());

  // Readable names: the two indicators the sheet calls just 支援 are told apart by their projects.
  const supports = sheetDetail.indicators.filter((i) => i.name === '支援');
  const headings = [];
  for (const s of supports) {
    headings.push(await cards.and(page.locator(`[data-indicator-id="${s.id}"]`))
      .locator('[data-testid=indicator-name]').textContent());
  }
  check(supports.length === 2 && headings.every((h, n) => h === supports[n].displayName) && headings[0] !== headings[1]
    && headings.includes('台東デザイナーズビレッジの運営 › 支援（2019～2020年度）'),
  'the two 支援 cards are headed by their display names, which differ', headings.join(' / '));

  // Missing figures are gaps, not zeros: 改修費支援 has targets but no legible actual.
  const gaps = cards.and(page.locator('[data-name="改修費支援"]'));
  check(await gaps.locator('[data-mark=actual], [data-mark=estimate]').count() === 0
    && await gaps.locator('[data-mark=missing]').count() === 3
    && await gaps.locator('[data-testid=status-badge]').getAttribute('data-status') === 'NO_DATA',
  '改修費支援 shows its 3 missing actuals/estimates as gaps (no bars) with a NO_DATA badge');
  const estimates = await page.locator('[data-testid=indicator-chart] [data-mark=estimate]').count();
  check(estimates > 0, `令和3年度 見込み are drawn as estimate bars, distinct from actuals (${estimates})`);

  const note = page.locator('[data-testid=rules-note]');
  check(await note.getAttribute('data-on-track-at') === String(rules.onTrackAt)
    && (await note.textContent()).includes(String(rules.onTrackAt)),
  `the status rule note shows onTrackAt = ${rules.onTrackAt} from /api/v1/progress/rules`);

  // Each chart's text alternative holds its figures: the chart is described by its table of figures.
  const chartsWithoutFigures = [];
  for (const ind of sheetDetail.indicators) {
    const svg = cards.and(page.locator(`[data-indicator-id="${ind.id}"]`)).locator('svg[data-testid=indicator-chart]');
    const description = await svg.evaluate((n) => (n.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)).filter(Boolean).map((d) => d.textContent).join(' '));
    const missing = ind.values.filter((v) => !description.includes(v.fiscalYearLabel)
      || (v.text && v.text !== '―' && !description.includes(v.text)));
    if (!description || missing.length) chartsWithoutFigures.push(`${ind.displayName}: ${missing.map((v) => v.text ?? v.value).join(', ') || 'no description'}`);
  }
  check(chartsWithoutFigures.length === 0, `each of the ${sheetDetail.indicators.length} charts is described by a table holding its figures (aria-describedby)`,
    chartsWithoutFigures.slice(0, 3).join('; '));

  // Screen readers hear a short status after a load, never the whole plan again.
  const live = await page.evaluate(() => [...document.querySelectorAll('[aria-live], [role=status], [role=log]')]
    .map((n) => ({ id: n.id || n.dataset.testid || n.tagName, length: n.textContent.trim().length, text: n.textContent.trim().slice(0, 60) })));
  check(live.length > 0 && live.every((l) => l.length <= 160)
    && live.some((l) => l.text.includes(SHEET_TITLE.slice(0, 6))),
  'the only live region is a short status naming the plan just shown', JSON.stringify(live));
  await axeClean(page, 'a plan with charts (the verification sheet)');

  // The release shown (公表版): a seeded plan has one, so its label and 公表日 but no chooser.
  const sheetReleases = (await api(context.request, `/api/v1/plans/${sheet.id}/releases`)).items;
  const sheetBar = page.locator('[data-testid=release]');
  check(sheetReleases.length === 1
    && (await sheetBar.locator('[data-testid=release-label]').textContent()).includes(sheetReleases[0].label)
    && await sheetBar.locator('[data-testid=release-date]').getAttribute('datetime') === sheetReleases[0].publishedOn
    && await sheetBar.locator('[data-testid=release-select]').count() === 0,
  `the sheet shows its one release 「${sheetReleases[0]?.label}」 and its 公表日, with nothing to switch to`, await sheetBar.textContent());

  // 5. A link opens a given plan
  const linked = await context.newPage();
  watch(linked);
  await linked.goto(`${BASE_URL}/?municipality=${TAITO}&plan=${sheet.id}`);
  await waitForPlan(linked, sheet.id);
  check(await linked.locator('[data-testid=municipality-select]').inputValue() === TAITO
    && await linked.locator(`[data-testid=plan-item][data-plan-id="${sheet.id}"] a[aria-current=true]`).count() === 1,
  '?municipality=131067&plan=<id> opens the sheet with 台東区 chosen and the plan marked current');

  // 6. The FY2015–17 sheet: a project carried out every year (実施) is judged in words, not left NO_DATA.
  const older = taitoPlans.find((p) => p.periodStart === 2015);
  const olderDetail = await api(context.request, `/api/v1/plans/${older.id}`);
  const award = olderDetail.indicators.find((i) => i.countingMode === 'QUALITATIVE');
  await linked.goto(`${BASE_URL}/?municipality=${TAITO}&plan=${older.id}`);
  await waitForPlan(linked, older.id);
  const awardCard = linked.locator(`[data-testid=indicator][data-indicator-id="${award.id}"]`);
  const awardBadge = awardCard.locator('[data-testid=status-badge]');
  check(await awardCard.locator('[data-mark=words][data-qualitative=DONE]').count() === 3
    && await awardBadge.getAttribute('data-status') === award.progress.status && award.progress.status === 'ACHIEVED'
    && await awardBadge.getAttribute('data-basis') === 'ESTIMATE',
  `${award.displayName}: 実施 in each of its 3 years, ACHIEVED resting on 見込み`, await awardCard.textContent());

  // 7. Errors show the problem+json detail
  const missingId = '00000000-0000-0000-0000-000000000000';
  const problem = await (await context.request.get(`${BASE_URL}/api/v1/plans/${missingId}`)).json();
  const broken = await context.newPage();
  watch(broken, [`/api/v1/plans/${missingId}`, `/api/v1/plans/${missingId}/releases`]);
  await broken.goto(`${BASE_URL}/?municipality=${TAITO}&plan=${missingId}`);
  const error = broken.locator('[data-testid=error]');
  await waitFor('the error box', error.waitFor({ state: 'visible' }));
  const errorText = await error.textContent();
  check(problem.detail && errorText.includes(problem.detail), 'an unknown plan shows the problem+json detail', errorText);


  // 8. Keyboard only, from the first view: a skip link first; Tab to a matrix cell of 台東区, Enter opens
  // its plan with the focus on the plan's heading; Tab on to a chart's figures and open them.
  const keys = await context.newPage();
  watch(keys);
  await keys.goto(BASE_URL + '/');
  await waitFor('the first view', keys.locator('[data-testid=tokyo-row]').first().waitFor());
  const skip = await tabTo(keys, 'the skip link', () => true, 1);
  check(skip.tag === 'A' && skip.href === '#content' && skip.ring && await keys.locator('[href="#content"]').isVisible(),
    'the first Tab lands on a visible skip link to the content, with a focus ring', JSON.stringify(skip));
  const taitoTheme = themes.find((t) => t.plans.some((tp) => tp.municipalityCode === TAITO
    && inForce.some((p) => p.id === tp.id)));
  const cellLink = await tabTo(keys, `the 台東区 × ${taitoTheme.labelJa} cell`,
    (f) => f.testid === 'tokyo-cell-link' && f.href?.startsWith(`?municipality=${TAITO}&plan=`), 120);
  check(cellLink.ring, `Tab reaches the 台東区 × ${taitoTheme.labelJa} cell link (${cellLink.presses} presses), with a focus ring`,
    JSON.stringify(cellLink));
  const cellPlan = new URLSearchParams(cellLink.href.slice(1)).get('plan');
  await keys.keyboard.press('Enter');
  await waitForPlan(keys, cellPlan);
  const landed = await focused(keys);
  check(landed.testid === 'plan-title' && landed.ring && new URL(keys.url()).searchParams.get('plan') === cellPlan,
    'Enter opens that plan and the focus lands on its heading, with a focus ring', JSON.stringify(landed));
  // Now to the verification sheet by keyboard: Shift+Tab back into the plan list, then Enter.
  await keys.goto(`${BASE_URL}/?municipality=${TAITO}&plan=${sheet.id}`);
  await waitForPlan(keys, sheet.id);
  await keys.locator('[data-testid=plan-title]').focus();
  const kpiId = sheetDetail.indicators.find((i) => i.name === KPI).id;
  const toggle = await tabTo(keys, `the figures of ${KPI}`,
    (f) => f.testid === 'figures-toggle' && f.id === `figures-toggle-${kpiId}`, 400);
  await keys.keyboard.press('Enter');
  const table = keys.locator(`#figures-${kpiId}`);
  check(toggle.ring && await table.isVisible() && (await table.textContent()).includes('5,653'),
    `Tab reaches the figures of ${KPI} (${toggle.presses} presses from the heading); Enter shows its table`, JSON.stringify(toggle));

  // 8a. Releases (公表版): a plan published twice shows its latest release, its label and 公表日; the
  // chooser (a <select> with its <label>, committed with 表示 by keyboard) shows the earlier one in
  // the same view, with its own label, 公表日 and document; Back returns to the latest.
  const fixture = await twiceReleasedPlan(context.request);
  check(fixture.releases.length >= 2, `the fixture plan has two releases (${fixture.releases.length})`);
  const newest = fixture.releases[fixture.releases.length - 1];
  const earlier = fixture.releases[fixture.releases.length - 2];
  const earlierDoc = (await api(context.request, `/api/v1/plans/${fixture.plan.id}/releases/${earlier.sequence}`)).plan;
  const newestDoc = await api(context.request, `/api/v1/plans/${fixture.plan.id}`);
  const rel = await context.newPage();
  watch(rel);
  await rel.goto(`${BASE_URL}/?municipality=${SUMIDA}&plan=${fixture.plan.id}`);
  await waitForPlan(rel, fixture.plan.id);
  const relBar = rel.locator('[data-testid=release]');
  const shownRelease = async () => ({
    sequence: await relBar.getAttribute('data-sequence'),
    label: await relBar.locator('[data-testid=release-label]').textContent(),
    date: await relBar.locator('[data-testid=release-date]').getAttribute('datetime'),
    dateText: await relBar.locator('[data-testid=release-date]').textContent(),
    summary: await rel.locator('#plan .summary').textContent(),
  });
  const before = await shownRelease();
  const relOptions = await rel.locator('[data-testid=release-select] option').evaluateAll((os) => os.map((o) => [o.value, o.selected]));
  check(before.sequence === String(newest.sequence) && before.label.includes(newest.label) && before.date === newest.publishedOn
    && before.summary === newestDoc.summary
    && relOptions.map(([v]) => v).join() === fixture.releases.map((r) => String(r.sequence)).reverse().join()
    && relOptions.find(([, selected]) => selected)?.[0] === String(newest.sequence)
    && await rel.getByLabel('公表版の切替').count() === 1,
  `by default the latest release is shown (第${newest.sequence}版「${newest.label}」, 公表日 ${newest.publishedOn}) and chosen in a labelled select of every release`,
  JSON.stringify({ before, relOptions }));
  await axeClean(rel, 'a plan with two releases, the latest shown');
  await rel.locator('[data-testid=release-select]').focus();
  await rel.locator('[data-testid=release-select]').selectOption(String(earlier.sequence));
  const showButton = await tabTo(rel, 'the 表示 button of the release chooser', () => true, 1);
  check(showButton.testid === 'release-show' && showButton.ring, 'Tab goes from the release select to its 表示 button, with a focus ring',
    JSON.stringify(showButton));
  await rel.keyboard.press('Enter');
  await waitFor(`release ${earlier.sequence} to be shown`, rel.waitForFunction((seq) => {
    const section = document.querySelector('[data-testid=plan]');
    return !section.hasAttribute('aria-busy') && section.querySelector('[data-testid=release]')?.dataset.sequence === seq;
  }, String(earlier.sequence), { timeout: TIMEOUT }));
  const after = await shownRelease();
  const afterFocus = await focused(rel);
  check(after.label.includes(earlier.label) && !after.label.includes(newest.label) && after.date === earlier.publishedOn
    && after.dateText !== before.dateText && after.summary === earlierDoc.summary && after.summary !== before.summary
    && new URL(rel.url()).searchParams.get('release') === String(earlier.sequence)
    && await rel.locator('[data-testid=release-note]').isVisible() && afterFocus.testid === 'plan-title',
  `choosing 第${earlier.sequence}版 shows its label, 公表日 (${after.dateText}) and document in the same view, says it is an earlier release, and the URL names it`,
  JSON.stringify({ after, afterFocus }));
  await axeClean(rel, 'a plan showing an earlier release');
  await rel.goBack();
  await waitFor('the latest release again after Back', rel.waitForFunction((seq) => {
    const section = document.querySelector('[data-testid=plan]');
    return !section.hasAttribute('aria-busy') && section.querySelector('[data-testid=release]')?.dataset.sequence === seq;
  }, String(newest.sequence), { timeout: TIMEOUT }));
  check((await shownRelease()).summary === newestDoc.summary, 'Back shows the latest release again');

  // 9. A phone (390 × 844): the plan near the top, chart text of 12 px or more, targets of 24 px or more.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP', hasTouch: true });
  phone.setDefaultTimeout(TIMEOUT);
  const mobile = await phone.newPage();
  watch(mobile);
  await mobile.goto(`${BASE_URL}/?municipality=${TAITO}&plan=${sheet.id}`);
  await waitForPlan(mobile, sheet.id);
  const pageWidth = await mobile.evaluate(() => document.documentElement.scrollWidth);
  check(pageWidth <= 390, `on a phone the page fits the screen's width, without scrolling sideways (${pageWidth} px)`);
  const titleTop = await planTitle(mobile).evaluate((n) => n.getBoundingClientRect().top);
  check(titleTop < 844 / 2, `on a phone the plan's title starts in the upper half of the first screen (${Math.round(titleTop)} px)`);
  const smallText = await mobile.evaluate(() => {
    const small = [];
    for (const svg of document.querySelectorAll('svg.chart')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < 12) small.push(`${t.textContent} ${px.toFixed(1)}px`);
      }
    }
    return small;
  });
  check(smallText.length === 0, 'on a phone every chart text renders at 12 CSS px or more', smallText.slice(0, 5).join(', '));
  const smallTargets = await mobile.evaluate(() => [...document.querySelectorAll('a[href], button, select, input, summary, [tabindex="0"]')]
    .filter((n) => n.getClientRects().length && getComputedStyle(n).visibility !== 'hidden')
    .map((n) => ({ n, r: n.getBoundingClientRect() }))
    .filter(({ n, r }) => (r.width < 24 || r.height < 24) && !n.matches('.skip-link:not(:focus)'))
    .map(({ n, r }) => `${n.tagName} "${n.textContent.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`));
  check(smallTargets.length === 0, 'on a phone every control is at least 24 × 24 CSS px', `${smallTargets.length}: ${smallTargets.slice(0, 6).join(', ')}`);
  await axeClean(mobile, 'a plan with charts on a phone');
  await mobile.goto(BASE_URL + '/');
  await waitFor('the first view on a phone', mobile.locator('[data-testid=tokyo-row]').first().waitFor());
  const firstWidth = await mobile.evaluate(() => document.documentElement.scrollWidth);
  check(firstWidth <= 390, `on a phone the first view fits the width; only its table scrolls sideways (${firstWidth} px)`);
  await axeClean(mobile, 'the first view on a phone');
  await phone.close();

  // The screenshot in the README: the Tokyo-wide first view.
  const shot = await context.newPage();
  watch(shot);
  await shot.goto(BASE_URL + '/');
  await waitFor('the first view', shot.locator('[data-testid=tokyo-row]').first().waitFor());
  await shot.evaluate(() => document.fonts.ready);
  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  await shot.screenshot({ path: SCREENSHOT, fullPage: true });
  console.log(`      screenshot: ${SCREENSHOT}`);

  check(problems.length === 0, 'no script or console errors, no failed response but the one provoked',
    [...new Set(problems)].join('; '));
  console.log(`\nPASS  ${passed} checks against ${BASE_URL}`);
} catch (e) {
  process.exitCode = 1;
  console.error(`\nFAIL  ${e instanceof CheckFailed ? e.message : e.stack ?? e}`);
  if (problems.length) console.error(`      page problems: ${[...new Set(problems)].join('; ')}`);
  console.error(`      (${passed} checks passed before this one)`);
} finally {
  await browser.close();
}
