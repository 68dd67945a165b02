// The planner's interface end to end: a plan from a template, every section
// shown, an objective, a KPI and a task added and edited through the real
// widgets, the dashboard following, undo restoring, and the export holding
// exactly those edits and nothing else.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  addDays, click, currentPlan as current, launch, newPlanFromTemplate, openApp, rectOf, replaceText as fill,
  screenshot, scrollSideways, settle, typeText,
} from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const SECTIONS = ["overview", "plan", "reach", "act", "convert", "engage", "execution", "timeline", "forecast", "measure", "risks"];

const byId = (list, id) => list.find((x) => x.id === id);

// The id of the item a click on "Add ..." just appended to `list`.
async function added(page, list, before) {
  const ids = new Set(before.plan[list].map((x) => x.id));
  const plan = await current(page);
  const fresh = plan.plan[list].filter((x) => !ids.has(x.id));
  assert.equal(fresh.length, 1, `one new item in ${list}`);
  return fresh[0].id;
}

test("every section of a plan made from a template shows, at 1280x800", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "Double 11", "sample-double-11");
  for (const key of SECTIONS) {
    await click(page, `section-${key}`);
    await screenshot(page, `section-${key}`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("an objective, a KPI and a task are edited through the widgets; undo and export agree", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "Edited", "launch");
  const original = await current(page);

  // An objective in Reach, with a statement, a metric and a target.
  await click(page, "section-reach");
  let plan = await current(page);
  await click(page, "add-objectives-stage");
  const objective = await added(page, "objectives", plan);
  await fill(page, `objectives/${objective}/statement`, "Reach 200,000 tea lovers by launch day");
  await fill(page, `objectives/${objective}/metric`, "People reached");
  await fill(page, `objectives/${objective}/target`, "200,000");
  plan = await current(page);
  const o = byId(plan.plan.objectives, objective);
  assert.equal(o.stage, "reach");
  assert.equal(o.statement, "Reach 200,000 tea lovers by launch day");
  assert.equal(o.target, 200000);

  // A KPI measuring it, with a target and an actual, linked through the picker.
  await click(page, "section-measure");
  await click(page, "add-kpis");
  const kpi = await added(page, "kpis", plan);
  await fill(page, `kpis/${kpi}/metric`, "Reach");
  await fill(page, `kpis/${kpi}/target`, "200,000");
  await fill(page, `kpis/${kpi}/actual`, "170,000");
  await scrollSideways(page, `kpis/${kpi}/objective_id`, `kpis/${kpi}/dimension`);
  await click(page, `kpis/${kpi}/objective_id`);
  await click(page, "Reach 200,000 tea lovers by launch day");
  plan = await current(page);
  const k = byId(plan.plan.kpis, kpi);
  assert.equal(k.target, 200000);
  assert.equal(k.actual, 170000);
  assert.equal(k.objective_id, objective);
  await screenshot(page, "editor-measure");

  // The dashboard shows the new achievement: 170,000 of 200,000 is 85%.
  await click(page, "section-overview");
  await rectOf(page, `85%##achievement-${kpi}`);

  // A task with dates, which the timeline then draws.
  await click(page, "section-execution");
  await click(page, "add-tasks");
  const task = await added(page, "tasks", plan);
  const start = original.plan.period.start;
  const day = (n) => addDays(start, n);
  await fill(page, `tasks/${task}/title`, "Brief the live-stream hosts");
  // The end from the calendar, the start typed.
  await click(page, `pick-tasks/${task}/dates/end`);
  for (let i = 0; i < 2 && !(await page.evaluate((l) => window.planner.itemRect(l), `day-${day(3)}`)); ++i)
    await click(page, "next-month");
  await click(page, `day-${day(3)}`);
  await fill(page, `tasks/${task}/dates/start`, day(2));
  await scrollSideways(page, `tasks/${task}/budget`, `tasks/${task}/phase_id`);
  await fill(page, `tasks/${task}/budget`, "1,500.50");
  plan = await current(page);
  const t = byId(plan.plan.tasks, task);
  assert.deepEqual(t.dates, { start: day(2), end: day(3) });
  assert.equal(t.budget, 150050);
  await click(page, "section-timeline");
  await rectOf(page, `bar-${task}`);
  await screenshot(page, "editor-timeline");

  // A changed actual, undone from the menu-less Undo button, comes back.
  await click(page, "section-measure");
  await fill(page, `kpis/${kpi}/actual`, "190,000");
  assert.equal(byId((await current(page)).plan.kpis, kpi).actual, 190000);
  await click(page, "Undo");
  assert.equal(byId((await current(page)).plan.kpis, kpi).actual, 170000);
  // ... and Ctrl+Shift+Z redoes it, outside any field.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Shift+Z");
  await settle(page);
  assert.equal(byId((await current(page)).plan.kpis, kpi).actual, 190000);
  await page.keyboard.press("Control+Z");
  await settle(page);
  assert.equal(byId((await current(page)).plan.kpis, kpi).actual, 170000);

  // The export is the original plan plus exactly these three items.
  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Export")]);
  const exported = JSON.parse(await readFile(await download.path(), "utf8"));
  const expected = structuredClone(original);
  expected.plan.modified = exported.plan.modified;
  expected.plan.objectives.push({ ...o });
  expected.plan.kpis.push({ ...k });
  expected.plan.tasks.push({ ...t });
  assert.deepEqual(exported, expected);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the sections fit from 1024x700 to 2560x1440, at two pixel ratios, light and dark", async () => {
  const looks = [
    { name: "1024x700", viewport: { width: 1024, height: 700 } },
    { name: "2560x1440", viewport: { width: 2560, height: 1440 } },
    { name: "1280x800-ratio2", viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 },
    { name: "1280x800-dark", viewport: { width: 1280, height: 800 }, colorScheme: "dark" },
  ];
  for (const { name, ...options } of looks) {
    const context = await env.browser.newContext(options);
    const page = await openApp(context, env.url);
    await newPlanFromTemplate(page, "Double 11", "sample-double-11");
    for (const key of ["plan", "execution", "measure"]) {
      await click(page, `section-${key}`);
      // The first and last section buttons are on screen: the bar fits.
      await rectOf(page, "section-overview");
      await rectOf(page, "section-risks");
      await screenshot(page, `look-${name}-${key}`);
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

test("Ctrl+F finds text anywhere in the plan and jumps to it", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "Searched", "sample-double-11");
  const plan = await current(page);
  const risk = plan.plan.risks[plan.plan.risks.length - 1];
  await click(page, "section-overview");
  await page.keyboard.press("Control+F");
  await settle(page);
  await typeText(page, risk.risk.toUpperCase()); // case does not matter
  await click(page, "hit-0");
  // The Risks section is shown with that risk's field in view.
  await rectOf(page, `risks/${risk.id}/risk`);
  await screenshot(page, "editor-search");
  assert.deepEqual(page.errors, []);
  await context.close();
});
