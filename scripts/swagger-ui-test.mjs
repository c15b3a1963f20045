// Swagger UI (/q/swagger-ui) and CORS in a real browser: Debian's chromium driven by playwright-core.
// 1. axe-core finds no critical violation on Swagger UI.
// 2. A first-time user's walk, using only what the page offers: GET /api/v1/plans with two typed
//    filters finds the plan; Authorize once (one security scheme); create a plan from the example
//    body, PATCH one member with the ETag as the page shows it, delete it as admin.
// 3. CORS: a page on a second origin (another local port) reads plans, and its write is blocked.
// Run by scripts/swagger-ui-test.sh (BASE_URL, EDITOR_TOKEN, ADMIN_TOKEN, AXE_SOURCE, OTHER_PORT).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const BASE_URL = process.env.BASE_URL;
const TIMEOUT = 60_000;
const problems = [];
const log = (m) => console.error(`[swagger-ui-test] ${m}`);
const check = (ok, what) => { if (!ok) { problems.push(what); log(`FAILED: ${what}`); } else log(`ok: ${what}`); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let other;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${BASE_URL}/q/swagger-ui`);
  await page.waitForSelector('#operations-plans-listPlans');

  // 1. axe-core: no critical violation.
  await page.addScriptTag({ content: readFileSync(process.env.AXE_SOURCE, 'utf8') });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })));
  const critical = violations.filter((v) => v.impact === 'critical');
  log(`axe-core: ${violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ') || 'no violations'}`);
  check(critical.length === 0, `no critical axe-core violation on Swagger UI (${JSON.stringify(critical)})`);

  const operation = async (id) => {
    const op = page.locator(`#${id}`);
    await op.locator('.opblock-summary').first().click();
    await op.getByRole('button', { name: 'Try it out' }).click();
    return op;
  };
  const execute = async (op) => {
    await op.getByRole('button', { name: 'Execute' }).click();
    const status = op.locator('.live-responses-table tr.response .response-col_status').first();
    await status.waitFor();
    return {
      status: Number((await status.innerText()).trim().split(/\s/)[0]),
      body: await op.locator('.live-responses-table tr.response .response-col_description .highlight-code pre').first()
        .innerText({ timeout: 2000 }).catch(() => ''),
      headers: await op.locator('.live-responses-table tr.response .response-col_description').first().innerText(),
    };
  };
  const param = (op, name) => op.locator(`tr[data-param-name="${name}"] input, tr[data-param-name="${name}"] select`).first();

  // 2a. GET /api/v1/plans with two typed filters, nothing pre-filled.
  let op = await operation('operations-plans-listPlans');
  const prefilled = await op.locator('tr[data-param-name] input').evaluateAll((inputs) =>
    inputs.filter((i) => i.value !== '' && !['page', 'size'].includes(i.closest('tr').dataset.paramName))
      .map((i) => `${i.closest('tr').dataset.paramName}=${i.value}`));
  check(prefilled.length === 0, `no optional parameter of GET /plans is pre-filled (${prefilled.join(', ')})`);
  await param(op, 'municipality').fill('131067');
  await param(op, 'fiscalYear').fill('令和3年度');
  let answer = await execute(op);
  check(answer.status === 200 && answer.body.includes('台東区地域産業活性化計画'),
    `GET /plans?municipality=131067&fiscalYear=令和3年度 finds 台東区地域産業活性化計画 (${answer.status})`);

  // 2b. Authorize once: one scheme, one box.
  const authorize = async (token) => {
    await page.locator('.auth-wrapper .authorize').first().click();
    const modal = page.locator('.modal-ux');
    const boxes = await modal.locator('.auth-container').count();
    const logout = modal.locator('.auth-btn-wrapper button', { hasText: 'Logout' });
    if (await logout.count()) await logout.click();
    await modal.locator('.auth-container input').first().fill(token);
    await modal.locator('.auth-btn-wrapper button.authorize').click();
    await modal.locator('.auth-btn-wrapper button', { hasText: 'Close' }).click();
    return boxes;
  };
  check(await authorize(process.env.EDITOR_TOKEN) === 1, 'the Authorize dialog offers one security scheme');

  // 2c. Create from the example body (its key and title made unique, as a user would edit them).
  op = await operation('operations-plans-createPlan');
  const bodyBox = op.locator('textarea.body-param__text');
  const example = JSON.parse(await bodyBox.inputValue());
  check(!JSON.stringify(example).includes('"string"'), 'the POST example holds no "string" placeholder');
  example.key = `swagger-ui-walk-${Date.now()}`;
  example.title = `${example.title} ${example.key}`;
  await bodyBox.fill(JSON.stringify(example, null, 2));
  answer = await execute(op);
  check(answer.status === 201, `POST /plans from the example answers 201 (${answer.status}: ${answer.body.slice(0, 200)})`);
  const id = JSON.parse(answer.body).id;
  const etagShown = (text) => /etag:\s*(\S+)/i.exec(text)?.[1];
  let etag = etagShown(answer.headers);
  check(etag?.startsWith('"'), `the created plan's ETag is shown (${etag}; ${answer.headers.slice(0, 300)})`);

  // 2d. PATCH one member with the ETag as shown.
  op = await operation('operations-plans-patchPlan');
  check(await param(op, 'If-Match').inputValue() === '', 'If-Match is not pre-filled');
  const patch = JSON.parse(await op.locator('textarea.body-param__text').inputValue());
  check(Object.keys(patch).length === 1, `the PATCH example sets one member (${JSON.stringify(patch)})`);
  await param(op, 'id').fill(id);
  await param(op, 'If-Match').fill(etag);
  answer = await execute(op);
  check(answer.status === 200, `PATCH one member with the ETag as shown answers 200 (${answer.status}: ${answer.body.slice(0, 200)})`);
  etag = etagShown(answer.headers);

  // 2e. Delete as admin.
  await authorize(process.env.ADMIN_TOKEN);
  op = await operation('operations-plans-deletePlan');
  await param(op, 'id').fill(id);
  await param(op, 'If-Match').fill(etag);
  answer = await execute(op);
  check(answer.status === 204, `DELETE as admin answers 204 (${answer.status}: ${answer.body.slice(0, 200)})`);

  // 3. CORS from a second origin: reads work, with the ETag readable; a write is blocked.
  const otherPort = Number(process.env.OTHER_PORT);
  other = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="ja"><title>dashboard</title><p>dashboard</p>');
  });
  await new Promise((resolve) => other.listen(otherPort, '127.0.0.1', resolve));
  const dashboard = await context.newPage();
  await dashboard.goto(`http://127.0.0.1:${otherPort}/`);
  const result = await dashboard.evaluate(async ({ api, token }) => {
    const out = {};
    const r = await fetch(`${api}/api/v1/plans?municipality=131067&size=1`);
    out.readStatus = r.status;
    out.etag = r.headers.get('ETag');
    out.total = (await r.json()).total;
    try {
      const w = await fetch(`${api}/api/v1/plans`, { method: 'POST', headers: { Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json' }, body: '{}' });
      out.write = `answered ${w.status}`;
    } catch (e) {
      out.write = `blocked: ${e.message}`;
    }
    return out;
  }, { api: BASE_URL, token: process.env.EDITOR_TOKEN });
  check(result.readStatus === 200 && result.total > 0 && result.etag?.startsWith('"'),
    `a page on another origin reads plans and their ETag (${JSON.stringify(result)})`);
  check(result.write.startsWith('blocked'), `a write from an unlisted origin is blocked by the browser (${result.write})`);
} finally {
  other?.close();
  await browser.close();
}
if (problems.length) {
  for (const p of problems) console.error(`[swagger-ui-test] FAILED: ${p}`);
  process.exit(1);
}
log('Swagger UI and CORS pass');
