// The overview page in a real browser: Debian's chromium driven by playwright-core.
// BASE_URL (default http://127.0.0.1:8090) must serve the app with the seeds loaded.
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:8090';
const checks = [];
function check(condition, message) {
  if (!condition) throw new Error(`FAILED: ${message}`);
  checks.push(message);
  console.log(`ok  ${message}`);
}

// launch() gives the browser a fresh temporary profile of its own.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + '/');
  await page.waitForSelector('[data-testid=municipality] option[value="131067"]', { state: 'attached' });
  await page.selectOption('[data-testid=municipality]', '131067');
  await page.waitForSelector('[data-testid=plan-item]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=plan-item]').length === 3);
  const titles = await page.locator('[data-testid=plan-item] strong').allTextContents();
  check(titles.length === 3, `台東区 lists its 3 plans: ${titles.join(' / ')}`);
  check(titles.includes('台東区地域産業活性化計画'), 'the regional plan is listed');

  const regional = page.locator('[data-testid=plan-item] button', { hasText: '台東区地域産業活性化計画' });
  await regional.click();
  await page.waitForFunction(() => document.querySelector('#plan h2')?.textContent === '台東区地域産業活性化計画');
  const categories = await page.locator('[data-testid=tree] > details > summary').allTextContents();
  check(categories.length === 3 && categories[0].includes('多様な主体との連携を図る取組'),
    `its three categories show in the tree: ${categories.map((c) => c.slice(0, 12)).join(' / ')}`);

  const sheet = page.locator('[data-testid=plan-item] button', { hasText: '令和元～２年度' });
  await sheet.click();
  await page.waitForSelector('[data-testid=indicator]');
  const tree = await page.locator('[data-testid=tree]').textContent();
  check(!(await page.locator('#plan').textContent()).includes('null'), 'no empty field shows as "null"');
  check(tree.includes('施策35') && tree.includes('ものづくりを支える産業集積の維持・発展'),
    'the R1–2 verification sheet shows 施策35 in its tree');
  const kpi = page.locator('[data-testid=indicator]', { hasText: '台東区中小企業振興センターが支援する中小企業数' });
  check(await kpi.count() === 1, 'the outcome indicator has a card');
  check(await kpi.getAttribute('data-status') === 'ACHIEVED', 'its badge says ACHIEVED');
  const marks = await kpi.locator('svg [data-mark]').count();
  check(marks >= 4, `its chart draws the 2 actuals and 2 targets (${marks} marks)`);
  const cards = await page.locator('[data-testid=indicator]').count();
  check(cards === 17, `all 17 indicators of the sheet are charted (${cards})`);
  check(errors.length === 0, `no script errors on the page ${errors.join('; ')}`);
  await page.screenshot({ path: 'docs/overview.png', fullPage: true });
  console.log(`${checks.length} passed, 0 failed`);
} finally {
  await browser.close();
}
