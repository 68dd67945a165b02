// New plans from templates, through the interface: every template the sidebar
// offers makes a plan that exports as the template itself, moved to today.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { click, launch, openApp, reviewDue, screenshot, today, typeText } from "./harness.mjs";

const templates = join(dirname(fileURLToPath(import.meta.url)), "../../assets/templates");
const index = JSON.parse(await readFile(join(templates, "templates.json"), "utf8"));
// The schema is generated from the format's field table, so it carries the version the app writes.
const schema = JSON.parse(await readFile(join(templates, "../schema/plan.schema.json"), "utf8"));
const holidays = JSON.parse(await readFile(join(templates, "../holidays.json"), "utf8"));

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = (text) => Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) / 86400000;


// The public holidays of the United States (an English plan's market) over
// a plan's dates, as a new plan lists them: its period to two weeks past its
// last phase (missing_public_holidays in core/holidays.h).
function usHolidays(plan) {
  const ends = [plan.period.end, ...plan.phases.map((p) => p.dates.end)].sort();
  const last = new Date(Date.UTC(+ends.at(-1).slice(0, 4), +ends.at(-1).slice(5, 7) - 1, +ends.at(-1).slice(8, 10) + 14))
    .toISOString().slice(0, 10);
  return holidays.markets.US.filter(([date]) => date >= plan.period.start && date <= last)
    .map(([date, name]) => ({ id: `day-${date}`, date, name }));
}

// The plan with its identity and non-working days left out (they are the
// market's, not the template's) and every date as days from the start, so a
// template and a plan made from it on any day compare equal; a milestone or
// review session on the review date is "review", since a moved plan keeps it
// there (on a working day) rather than moving it by the days.
function shape(plan) {
  const start = dayNumber(plan.period.start);
  const walk = (v) => {
    if (typeof v === "string" && DATE.test(v)) return dayNumber(v) - start;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const review = reviewDue(plan);
  const onReview = (item) => (item.date === review ? { ...item, date: "review" } : item);
  const { id, name, created, modified, non_working_days: _, ...rest } = plan;
  return walk({ ...rest, milestones: rest.milestones.map(onReview), reviews: rest.reviews.map(onReview) });
}

test("the sidebar offers every template, and the list matches listTemplates()", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  const listed = await page.evaluate(() => window.planner.listTemplates());
  assert.deepEqual(listed.map((t) => t.key), index.map((t) => t.key));
  assert.ok(listed.length >= 7);
  await click(page, "Template");
  for (const t of listed)
    assert.ok(await page.evaluate((k) => window.planner.itemRect(`template-${k}`), t.key), `${t.key} is not offered`);
  await screenshot(page, "07-template-picker");
  await context.close();
});

test("a plan from each template, made through the interface and exported", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await openApp(context, env.url);
  for (const entry of index) {
    const name = `From ${entry.key}`;
    await click(page, "New plan name");
    await typeText(page, name);
    await click(page, "Template");
    await click(page, `template-${entry.key}`);
    await click(page, "Create plan");
    const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Export")]);
    assert.equal(download.suggestedFilename(), `${name}.plan.json`);
    const exported = JSON.parse(await readFile(await download.path(), "utf8"));
    const template = JSON.parse(await readFile(join(templates, entry.file), "utf8"));

    assert.equal(exported.format, "funnelplan.plan");
    assert.equal(exported.version, schema.properties.version.const);
    assert.equal(exported.plan.name, name);
    assert.notEqual(exported.plan.id, template.plan.id);
    // Dated as templates.json says: from today, its own dates, or around the next sale day.
    if (entry.dates === "own")
      assert.deepEqual(exported.plan.period, template.plan.period, `${entry.key} moved`);
    else if (entry.dates === "event")
      assert.equal(exported.plan.phases.find((p) => p.kind === "burst").dates.end, nextSaleEvent(today()),
        `${entry.key}'s burst does not end on the next sale day`);
    else assert.equal(exported.plan.period.start, today(), `${entry.key} does not start today`);
    assert.deepEqual(shape(exported.plan), shape(template.plan), `${entry.key} differs from its template`);
    assert.deepEqual(exported.plan.non_working_days, usHolidays(exported.plan), `${entry.key}'s holidays`);
    // The export reads back as a valid plan.
    const reread = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(exported));
    assert.equal(reread.ok, true, reread.error);
    if (entry.key === "sample-double-11") await screenshot(page, "08-sample-plan");
  }
  assert.equal((await page.evaluate(() => window.planner.listPlans())).length, index.length * 2);
  await context.close();
});

// The next 11.11 or 6.18 after `day` (next_sale_event in core/templates.h).
function nextSaleEvent(day) {
  const year = Number(day.slice(0, 4));
  return [`${year}-06-18`, `${year}-11-11`, `${year + 1}-06-18`].find((d) => d > day);
}

test("createPlan places an event-anchored template around the event it is given", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  for (const event of ["2027-06-18", "2028-01-01"]) {
    await page.evaluate((e) => window.planner.createPlan("", "mega-sale", { event: e }), event);
    const plan = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson())).plan;
    assert.equal(plan.phases.find((p) => p.kind === "burst").dates.end, event);
  }
  await assert.rejects(page.evaluate(() => window.planner.createPlan("", "launch", { event: "2027-06-18" })),
    /not tied to an event/);
  await assert.rejects(page.evaluate(() => window.planner.createPlan("", "mega-sale", { event: "soon" })),
    /an event is YYYY-MM-DD/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("every template in every language: its texts, its market's currency, the sample's figures", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  const english = await page.evaluate(() => window.planner.listTemplates());
  const currencies = { "en": "USD", "zh-Hans": "CNY", "zh-Hant": "TWD", "ko": "KRW", "vi": "VND", "es": "EUR" };
  for (const [code, currency] of Object.entries(currencies)) {
    await page.evaluate((c) => window.planner.setLanguage(c), code);
    await page.waitForFunction((c) => window.planner.language() === c, code);
    const listed = await page.evaluate(() => window.planner.listTemplates());
    assert.deepEqual(listed.map((t) => t.key), english.map((t) => t.key));
    if (code !== "en")
      listed.forEach((t, i) => assert.notEqual(t.title, english[i].title, `${code} ${t.key} title is English`));
    for (const entry of index) {
      await page.evaluate((k) => window.planner.createPlan("", k), entry.key);
      const plan = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson())).plan;
      const template = JSON.parse(await readFile(join(templates, entry.file), "utf8")).plan;
      assert.equal(plan.language, code, `${code} ${entry.key}`);
      assert.equal(plan.currency, entry.keeps_currency ? template.currency : currency, `${code} ${entry.key}`);
      if (code !== "en") {
        assert.notEqual(plan.name, template.name, `${code} ${entry.key}: the name is English`);
        if (template.objectives.length)
          assert.notEqual(plan.objectives[0].statement, template.objectives[0].statement, `${code} ${entry.key}`);
      }
      // Same shape and figures: only texts, and for a market's own currency the amounts, differ.
      assert.equal(plan.tasks.length, template.tasks.length);
      assert.equal(plan.kpis.length, template.kpis.length);
    }
    // The sample's evaluation reads 85%, 83% and 120% as this language writes percentages.
    await page.evaluate(() => window.planner.createPlan("", "sample-double-11"));
    await click(page, "section-overview");
    const percent = (n) => (code === "es" ? `${n} %` : `${n}%`);
    const kpis = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson())).plan.kpis;
    const shown = [];
    for (const kpi of kpis)
      for (const n of [85, 83, 120])
        if (await page.evaluate((l) => window.planner.itemRect(l), `${percent(n)}##achievement-${kpi.id}`)) shown.push(n);
    assert.deepEqual(shown.sort(), [120, 83, 85], `${code}: the sample's figures`);
    await screenshot(page, `template-sample-${code}`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});
