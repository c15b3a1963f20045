// The integration scenario of scripts/client-test.sh through the TypeScript client that
// openapi-generator (typescript-fetch) makes from the contract, compiled with tsc --strict: only
// generated methods and models; the Authorization header is the one thing set by hand.
import {
  Configuration, PlansApi, InitiativesApi, IndicatorsApi, ResponseError, ProblemFromJSON,
  PlanKind, InitiativeKind, IndicatorRole, Direction, PutIndicatorValueIfNoneMatchEnum, Problem,
} from './client/index';

const base = process.env.BASE_URL!;

function config(token?: string): Configuration {
  return new Configuration({ basePath: base, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`failed: ${what}`);
}

async function expectProblem(status: number, call: () => Promise<unknown>): Promise<Problem> {
  try {
    await call();
  } catch (e) {
    if (e instanceof ResponseError) {
      check(e.response.status === status, `expected ${status}, got ${e.response.status}`);
      check((e.response.headers.get('content-type') ?? '').startsWith('application/problem+json'), 'problem+json');
      return ProblemFromJSON(await e.response.json());
    }
    throw e;
  }
  throw new Error(`expected ${status}, got a success`);
}

async function main(): Promise<void> {
  const anonymous = new PlansApi(config());
  const plans = new PlansApi(config(process.env.EDITOR_TOKEN));
  const admin = new PlansApi(config(process.env.ADMIN_TOKEN));

  // Lists with filters, paging and total.
  const page = await anonymous.listPlans({ municipality: '131067', fiscalYear: '令和3年度', page: 0, size: 1 });
  check(page.total >= 1 && page.items.length === 1 && page.items[0].municipalityName === '台東区', 'filtered list');
  const two = await anonymous.listPlans({ size: 2, sort: 'title' });
  check(two.items.length === 2 && two.total > 2 && two.size === 2, 'paging');

  // Detail and indicator progress.
  const regional = await anonymous.listPlans({ municipality: '131067', kind: PlanKind.RegionalIndustryRevitalization });
  const taito = await anonymous.getPlan({ id: regional.items[0].id });
  check(taito.title === '台東区地域産業活性化計画', `plan detail: ${taito.title}`);
  const indicatorsRead = new IndicatorsApi(config());
  const indicators = await indicatorsRead.listIndicators({ municipality: '131067', size: 5 });
  const progress = await indicatorsRead.getIndicatorProgress({ id: indicators.items[0].id });
  check(indicators.total > 0 && progress.status !== undefined && progress.countingMode !== undefined, 'progress');

  // Create plan → initiative → indicator → value.
  const key = `client-ts-${Math.random().toString(36).slice(2, 10)}`;
  const created = await plans.createPlanRaw({ planInput: {
    key, municipalityCode: '131067', kind: PlanKind.IndustrialPromotionPlan,
    title: '生成クライアント試験計画（TS）', periodStart: 2024, periodEnd: 2026 } });
  const plan = await created.value();
  const etag = created.raw.headers.get('etag')!;
  let deleted = false;
  try {
    const initiative = await new InitiativesApi(config(process.env.EDITOR_TOKEN)).createInitiative({ initiativeInput: {
      planId: plan.id, kind: InitiativeKind.Project, title: '事業承継支援（試験）' } });
    const indicatorsWrite = new IndicatorsApi(config(process.env.EDITOR_TOKEN));
    const indicator = await indicatorsWrite.createIndicator({ indicatorInput: {
      planId: plan.id, initiativeId: initiative.id, name: '相談件数（試験）', unit: '件',
      role: IndicatorRole.OutcomeKpi, direction: Direction.HigherIsBetter } });
    const value = await indicatorsWrite.putIndicatorValue({ id: indicator.id, fiscalYear: '2024', kind: 'TARGET',
      indicatorValueInput: { value: 120 }, ifNoneMatch: PutIndicatorValueIfNoneMatchEnum.Star });
    check(value.value === 120, 'value stored');

    // PATCH one member with If-Match: the plan's ETag as it is now (its tree grew since the create).
    const now = (await plans.getPlanRaw({ id: plan.id })).raw.headers.get('etag')!;
    check(now !== etag, 'the plan changed version as its tree grew');
    const patched = await plans.patchPlanRaw({ id: plan.id, ifMatch: now, planPatch: { summary: '一項目だけ変更' } });
    const after = await patched.value();
    check(after.summary === '一項目だけ変更' && after.title === plan.title, 'patched one member');
    const current = patched.raw.headers.get('etag')!;

    // 412 on a stale ETag, 428 without one.
    await expectProblem(412, () => plans.patchPlan({ id: plan.id, ifMatch: etag, planPatch: { summary: '古い版' } }));
    await expectProblem(428, () => plans.patchPlan({ id: plan.id, ifMatch: '', planPatch: { summary: '版なし' } }));

    // Delete as editor (403), then as admin (204).
    await expectProblem(403, () => plans.deletePlan({ id: plan.id, ifMatch: current }));
    const gone = await admin.deletePlanRaw({ id: plan.id, ifMatch: current });
    check(gone.raw.status === 204, 'admin deletes');
    deleted = true;
  } finally {
    if (!deleted) {
      const now = await admin.getPlanRaw({ id: plan.id });
      await admin.deletePlan({ id: plan.id, ifMatch: now.raw.headers.get('etag')! });
    }
  }

  // Typed problem details.
  const bad = await expectProblem(400, () => anonymous.listPlans({ municipality: '131060' }));
  check(bad.errors?.[0].field === 'municipality', 'bad municipality code named');
  const unknown = await expectProblem(404, () => anonymous.getPlan({ id: '00000000-0000-4000-8000-000000000000' }));
  check(unknown.type.endsWith('/not-found'), 'unknown id');
  const tooBig = await expectProblem(400, () => anonymous.listPlans({ size: 100000 }));
  check(tooBig.errors?.[0].field === 'size', 'size=100000 named');

  // Where generated methods stop (a 304 is thrown, text/csv is not offered): the README's raw recipe.
  const list = `${base}/api/v1/plans?municipality=131067`;
  const tag = (await fetch(list)).headers.get('etag')!;
  check((await fetch(list, { headers: { 'If-None-Match': tag } })).status === 304, 'conditional GET answers 304');
  const csv = await fetch(list, { headers: { Accept: 'text/csv' } });
  check((csv.headers.get('content-type') ?? '').startsWith('text/csv') && (await csv.text()).includes('台東区'), 'CSV');
  console.log('[client-test] TypeScript client scenario passed');
}

main().catch((e) => { console.error(e); process.exit(1); });
