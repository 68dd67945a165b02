// The Forecast section end to end, on the worked Double-11 sample made
// through the template picker: the funnel figures shown equal those worked
// out here from the plan's own inputs; an allocation proposed through the
// widgets spends exactly its budget and keeps to a channel's most, set in
// its table cell; saving it adds one scenario that one Ctrl+Z takes away;
// actuals typed into the review table give the ROAS and cost per order
// shown. Screenshots at 1280x800, dark, and 1024x700.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  reviewDue, shownDate, click, currentPlan as current, launch, newPlanFromTemplate, openApp, rectOf,
  replaceText, screenshot, scrollSideways, scrollTo, settle,
} from "./harness.mjs";

const run = promisify(execFile);
// fpcli of the native build, which `make test` builds before the browser tests.
const fpcli = join(dirname(fileURLToPath(import.meta.url)), "../../build/native/fpcli");

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const visible = (page, label) => page.evaluate((l) => window.planner.itemRect(l), label);

// Brings a field into view, clicks it, replaces its text and leaves it with Tab.
async function fill(page, label, text) {
  await scrollTo(page, label);
  await replaceText(page, label, text);
}

// The figure labelled `id` is in view and reads `text`.
async function expectFigure(page, text, id) {
  await scrollTo(page, id);
  await rectOf(page, `${text}##${id}`);
}

// Figures as the interface writes them: counts whole above 100, money in
// CNY's two decimals, ratios with two decimals, all with separators.
const whole = (n) => Math.round(n).toLocaleString("en-US");
const money = (minor) => (Math.round(minor) / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ratio = (x) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const spendOf = (plan, id) => plan.budget.filter((b) => b.channel_id === id).reduce((s, b) => s + b.amount, 0);

test("the forecast matches the plan's inputs; an allocation is proposed, saved, undone; actuals are reviewed", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "Double 11", "sample-double-11");
  await click(page, "section-forecast");
  await screenshot(page, "forecast-1280");
  const plan = (await current(page)).plan;
  assert.equal(plan.currency, "CNY");

  // At its planned spend a CPM channel's funnel is the straight one (see
  // docs/forecast.md): spend / cost per thousand x 1000 impressions, then
  // CTR, visit rate, conversion and average order value.
  const cpm = plan.channels.find((c) => c.inputs.cost_model === "cpm" && spendOf(plan, c.id) > 0);
  const cpc = plan.channels.find((c) => c.inputs.cost_model === "cpc" && spendOf(plan, c.id) > 0);
  assert.ok(cpm && cpc, "the sample has a CPM and a CPC channel with budget");
  const spend = spendOf(plan, cpm.id);
  const impressions = (spend / cpm.inputs.unit_cost) * 1000;
  const clicks = impressions * cpm.inputs.ctr;
  const visits = clicks * cpm.inputs.visit_rate;
  const revenue = visits * cpm.inputs.conversion_rate * cpm.inputs.aov;
  await expectFigure(page, money(spend), `forecast-${cpm.id}-spend`);
  await expectFigure(page, whole(impressions), `forecast-${cpm.id}-impressions`);
  await expectFigure(page, whole(clicks), `forecast-${cpm.id}-clicks`);
  await expectFigure(page, whole(visits), `forecast-${cpm.id}-visits`);
  await expectFigure(page, money(revenue), `forecast-${cpm.id}-revenue`);
  await expectFigure(page, ratio(revenue / spend), `forecast-${cpm.id}-roas`);
  // A CPC channel buys spend / cost per click clicks.
  await expectFigure(page, whole(spendOf(plan, cpc.id) / cpc.inputs.unit_cost), `forecast-${cpc.id}-clicks`);
  // The total spend is every budget line.
  const planned = plan.budget.reduce((s, b) => s + b.amount, 0);
  await expectFigure(page, money(planned), "forecast-total-spend");

  // The CPC channel may spend at most 15,000.00, set in its table cell.
  const most = 1500000;
  await fill(page, `channels/${cpc.id}/inputs/max_spend`, "15,000");
  assert.equal((await current(page)).plan.channels.find((c) => c.id === cpc.id).inputs.max_spend, most);

  // A fixed budget of what the two paid channels spend now, shared anew.
  const driven = plan.channels.filter((c) => ["cpm", "cpc", "cpa"].includes(c.inputs.cost_model));
  const budget = driven.reduce((s, c) => s + spendOf(plan, c.id), 0);
  await fill(page, "allocate-amount", money(budget));
  await click(page, "Propose##allocate");
  await expectFigure(page, money(budget), "allocate-total-proposed");
  await scrollTo(page, "Save as scenario##allocate");
  await screenshot(page, "forecast-allocation");
  await click(page, "Save as scenario##allocate");

  let after = (await current(page)).plan;
  assert.equal(after.scenarios.length, 1);
  const scenario = after.scenarios[0];
  assert.deepEqual(scenario.spends.map((s) => s.channel_id).sort(), driven.map((c) => c.id).sort());
  assert.equal(scenario.spends.reduce((s, x) => s + x.amount, 0), budget, "the proposal spends exactly the budget");
  const capped = scenario.spends.find((s) => s.channel_id === cpc.id);
  assert.ok(capped.amount <= most, `${capped.amount} keeps to the most of ${most}`);
  // The table showed the same spends as were saved (to the cent).
  for (const s of scenario.spends) {
    await scrollTo(page, `allocate-${s.channel_id}-proposed`);
    const shown = await Promise.all([-1, 0, 1].map((d) => visible(page, `${money(s.amount + d)}##allocate-${s.channel_id}-proposed`)));
    assert.ok(shown.some(Boolean), `${s.channel_id}'s proposed spend is shown`);
  }

  // One Ctrl+Z takes the whole scenario away, and only it.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Z");
  await settle(page);
  after = (await current(page)).plan;
  assert.equal(after.scenarios.length, 0);
  assert.equal(after.channels.find((c) => c.id === cpc.id).inputs.max_spend, most);

  // The review: what the CPM channel actually spent and brought.
  await expectFigure(page, `Review on ${shownDate(reviewDue(plan))}, three working days after the last phase ends.`, "review-on");
  await fill(page, `channels/${cpm.id}/actuals/spend`, "30,000");
  await fill(page, `channels/${cpm.id}/actuals/orders`, "500");
  await fill(page, `channels/${cpm.id}/actuals/revenue`, "90,000");
  await page.keyboard.press("Escape"); // out of the table, which would keep its field in view
  await settle(page);
  const actuals = (await current(page)).plan.channels.find((c) => c.id === cpm.id).actuals;
  assert.deepEqual(actuals, { spend: 3000000, orders: 500, revenue: 9000000 });
  await expectFigure(page, ratio(actuals.revenue / actuals.spend), `review-${cpm.id}-roas`);
  await expectFigure(page, money(actuals.spend / actuals.orders), `review-${cpm.id}-cost_per_order`);
  await screenshot(page, "forecast-review");

  assert.deepEqual(page.errors, []);
  await context.close();
});

// The same plan's forecast as fpcli works it out, from the plan the app holds.
async function cliForecast(page) {
  const dir = await mkdtemp(join(tmpdir(), "fp-range-"));
  const file = join(dir, "plan.plan.json");
  await writeFile(file, await page.evaluate(() => window.planner.currentPlanJson()));
  const { stdout } = await run(fpcli, ["forecast", file]);
  await rm(dir, { recursive: true });
  return JSON.parse(stdout);
}

test("each channel's likely revenue is shown, and a guess widened in its table widens it", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "Double 11", "sample-double-11");
  // The feed-ads channel made certain, but for its conversion rate typed below.
  const doc = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson()));
  const cpm = doc.plan.channels.find((c) => c.inputs.cost_model === "cpm" && spendOf(doc.plan, c.id) > 0);
  cpm.inputs.uncertainty = {};
  const imported = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(doc));
  assert.equal(imported.ok, true, imported.error);
  await click(page, "section-forecast");
  const cell = (id) => `forecast-${id}-revenue-range`;
  const rangeLabel = (c) => `${money(c.total.low.revenue)} - ${money(c.total.high.revenue)}`;

  // Certain: the one figure, the channel's revenue.
  let cli = await cliForecast(page);
  let channel = cli.channels.find((c) => c.id === cpm.id);
  assert.equal(channel.total.low.revenue, channel.total.revenue);
  await scrollTo(page, `forecast-${cpm.id}-roas`);
  await scrollSideways(page, cell(cpm.id), `forecast-${cpm.id}-roas`);
  await rectOf(page, `${money(channel.total.revenue)}##${cell(cpm.id)}`);
  // The whole plan's other channels are unsure: the total is a range.
  await scrollSideways(page, cell("total"), `forecast-total-roas`);
  await rectOf(page, `${rangeLabel(cli)}##${cell("total")}`);
  await screenshot(page, "forecast-ranges");

  // Its conversion rate may be 20% off either way: typed in the table of guesses.
  await fill(page, `channels/${cpm.id}/inputs/uncertainty/conversion_rate`, "20%");
  assert.equal((await current(page)).plan.channels.find((c) => c.id === cpm.id).inputs.uncertainty.conversion_rate, 0.2);
  await screenshot(page, "forecast-uncertainty");
  cli = await cliForecast(page);
  channel = cli.channels.find((c) => c.id === cpm.id);
  // Revenue follows the conversion rate in proportion, so its 10th and 90th
  // percentiles are those of a triangle of half-width 20%: 1 -/+ 0.2 (1 - sqrt 0.2).
  const spread = 0.2 * (1 - Math.sqrt(0.2));
  assert.ok(Math.abs(channel.total.low.revenue / channel.total.revenue - (1 - spread)) < 0.015, JSON.stringify(channel.total));
  assert.ok(Math.abs(channel.total.high.revenue / channel.total.revenue - (1 + spread)) < 0.015, JSON.stringify(channel.total));
  await scrollTo(page, `forecast-${cpm.id}-roas`);
  await scrollSideways(page, cell(cpm.id), `forecast-${cpm.id}-roas`);
  await rectOf(page, `${rangeLabel(channel)}##${cell(cpm.id)}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the Forecast section reads in the dark theme and at 1024x700", async () => {
  const looks = [
    { name: "forecast-dark", viewport: { width: 1280, height: 800 }, colorScheme: "dark" },
    { name: "forecast-1024x700", viewport: { width: 1024, height: 700 } },
  ];
  for (const { name, ...options } of looks) {
    const context = await env.browser.newContext(options);
    const page = await openApp(context, env.url);
    await newPlanFromTemplate(page, "Double 11", "sample-double-11");
    await click(page, "section-forecast");
    await screenshot(page, name);
    // Further down: the response curves and the allocation.
    await scrollTo(page, "Propose##allocate");
    await click(page, "Propose##allocate");
    await screenshot(page, `${name}-allocation`);
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

test("the next plan starts from this one's actuals: the dialog shows each channel's cost per order and makes what fpcli next makes", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "Double 11", "sample-double-11");
  const finished = await current(page);
  const finishedText = await page.evaluate(() => window.planner.currentPlanJson());

  // What fpcli makes of the same file, starting 40 days after it ends.
  const start = new Date(Date.parse(`${finished.plan.period.end}T00:00:00Z`) + 40 * 86400000).toISOString().slice(0, 10);
  const name = "Kế hoạch tiếp theo 双十一 다음 캠페인";
  const dir = await mkdtemp(join(tmpdir(), "fp-next-"));
  await writeFile(join(dir, "in.plan.json"), finishedText);
  const { stdout } = await run(fpcli, ["next", join(dir, "in.plan.json"), "-o", join(dir, "out.plan.json"), "--start", start, "--name", name]);
  const cli = JSON.parse(stdout);
  const cliPlan = JSON.parse(await readFile(join(dir, "out.plan.json"), "utf8"));
  await rm(dir, { recursive: true });
  const refitted = cli.channels.filter((c) => c.refitted);
  assert.ok(refitted.length >= 2, "the sample's actuals refit at least two channels");

  // From the Plan menu; the dialog opens on the day after the plan ends.
  await click(page, "menu-plan");
  await click(page, "menu-next-plan");
  await rectOf(page, "next-plan-create");
  await replaceText(page, "next-plan-start", start);
  await replaceText(page, "next-plan-name", name);
  // Each channel's cost per order as forecast, achieved and forecast next, as fpcli has them.
  const shown = (minor) => (minor === null ? "-" : money(minor));
  for (const c of cli.channels) {
    const cpo = c.cost_per_order;
    await rectOf(page, `${shown(cpo.forecast_before)}##next-plan-${c.id}-before`);
    await rectOf(page, `${shown(cpo.actual)}##next-plan-${c.id}-actual`);
    await rectOf(page, `${shown(cpo.forecast_next)}##next-plan-${c.id}-next`);
  }
  // Refitting changes the forecast: a refitted channel's next cost per order is its achieved one.
  for (const c of refitted)
    assert.ok(Math.abs(c.cost_per_order.forecast_next - c.cost_per_order.actual) / c.cost_per_order.actual < 0.2, JSON.stringify(c));
  await screenshot(page, "next-plan-dialog");

  await click(page, "next-plan-create");
  const next = await current(page);
  assert.notEqual(next.plan.id, finished.plan.id);
  assert.equal(next.plan.name, name);
  assert.equal(next.plan.period.start, start);
  // The same plan as fpcli made, but for its own id and time stamps.
  const strip = (doc) => { const p = structuredClone(doc.plan); delete p.id; delete p.created; delete p.modified; return p; };
  assert.deepEqual(strip(next), strip(cliPlan));
  for (const c of next.plan.channels)
    assert.ok(Object.values(c.actuals ?? {}).every((v) => v === null), `${c.id}'s actuals are cleared`);
  // The finished plan is as it was, and still in the list.
  const plans = await page.evaluate(() => window.planner.listPlans());
  assert.ok(plans.some((p) => p.id === finished.plan.id));
  assert.equal(await page.evaluate((id) => window.planner.openPlan(id), finished.plan.id), true);
  assert.equal(await page.evaluate(() => window.planner.currentPlanJson()), finishedText);
  assert.deepEqual(page.errors, []);
  await context.close();
});
