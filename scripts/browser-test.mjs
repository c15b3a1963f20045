// The overview page (/) in a real browser: Debian's chromium driven by playwright-core.
//   BASE_URL=http://127.0.0.1:8090 node scripts/browser-test.mjs
// BASE_URL must serve the packaged app with the seeds loaded (scripts/browser-test.sh does that).
// Prints every check; exits 1 on the first one that fails. Writes docs/overview.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8090').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'overview.png');
const TIMEOUT = 15_000;

const TAITO = '131067';
const REGIONAL_TITLE = '台東区地域産業活性化計画';
const SHEET_TITLE = '長期総合計画　検証シート';
const KPI = '台東区中小企業振興センターが支援する中小企業数';

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

const planTitle = (page) => page.locator('[data-testid=plan-title]');
const planItems = (page) => page.locator('[data-testid=plan-item]');

async function waitForPlan(page, id) {
  await waitFor(`plan ${id} to be shown`, page.waitForFunction(
    (planId) => {
      const section = document.querySelector('[data-testid=plan]');
      return section?.dataset.planId === planId && !section.hasAttribute('aria-busy');
    }, id, { timeout: TIMEOUT }));
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
  const watch = (page) => {
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // A 404 the page asked for on purpose (the error-path check below) is expected.
      if (m.type() === 'error' && !m.text().includes('404')) problems.push(`console error: ${m.text()}`);
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

  // 2. Choose 台東区: its three plans are listed, the first opens by itself
  await select.selectOption(TAITO);
  await waitFor('3 plan items', page.waitForFunction(
    () => document.querySelectorAll('[data-testid=plan-item]').length === 3, null, { timeout: TIMEOUT }));
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
  await waitFor('the first plan to open by itself', planTitle(page).waitFor());
  check(new URL(page.url()).searchParams.get('municipality') === TAITO, 'the URL carries ?municipality=131067', page.url());

  // 3. The regional plan: three categories in the tree
  await regionalItem.locator('button').click();
  await waitForPlan(page, regional.id);
  check(await planTitle(page).textContent() === REGIONAL_TITLE, `clicking ${REGIONAL_TITLE} shows it`);
  const categories = page.locator('[data-testid=initiative-tree] > [data-kind=CATEGORY]');
  const categoryTexts = (await categories.locator(':scope > summary, :scope > .row').allTextContents());
  check(categoryTexts.length === 3, 'its tree has three categories', categoryTexts.join(' / '));
  for (const c of ['多様な主体との連携を図る取組', '感染症や災害などの発生による社会経済活動の大きな変化', '(１)、(２)以外の取組']) {
    check(categoryTexts.some((t) => t.includes(c)), `category 「${c}」 appears`, categoryTexts.join(' / '));
  }

  // 4. The FY2019–2020 verification sheet
  const sheetItem = planItems(page).filter({ hasText: SHEET_TITLE }).and(page.locator('[data-period-start="2019"]'));
  check(await sheetItem.count() === 1, 'the FY2019 verification sheet is listed once');
  await sheetItem.locator('button').click();
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

  // 5. A link opens a given plan: the view the screenshot shows
  const linked = await context.newPage();
  watch(linked);
  await linked.goto(`${BASE_URL}/?municipality=${TAITO}&plan=${sheet.id}`);
  await waitForPlan(linked, sheet.id);
  check(await linked.locator('[data-testid=municipality-select]').inputValue() === TAITO
    && await linked.locator(`[data-testid=plan-item][data-plan-id="${sheet.id}"] button[aria-current=true]`).count() === 1,
  '?municipality=131067&plan=<id> opens the sheet with 台東区 chosen and the plan marked current');
  await linked.evaluate(() => document.fonts.ready);
  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  await linked.screenshot({ path: SCREENSHOT, fullPage: true });
  console.log(`      screenshot: ${SCREENSHOT}`);

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
  watch(broken);
  await broken.goto(`${BASE_URL}/?municipality=${TAITO}&plan=${missingId}`);
  const error = broken.locator('[data-testid=error]');
  await waitFor('the error box', error.waitFor({ state: 'visible' }));
  const errorText = await error.textContent();
  check(problem.detail && errorText.includes(problem.detail), 'an unknown plan shows the problem+json detail', errorText);

  check(problems.length === 0, 'no script or console errors', problems.join('; '));
  console.log(`\nPASS  ${passed} checks against ${BASE_URL}`);
} catch (e) {
  process.exitCode = 1;
  console.error(`\nFAIL  ${e instanceof CheckFailed ? e.message : e.stack ?? e}`);
  if (problems.length) console.error(`      page problems: ${problems.join('; ')}`);
  console.error(`      (${passed} checks passed before this one)`);
} finally {
  await browser.close();
}
