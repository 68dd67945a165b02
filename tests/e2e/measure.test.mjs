// The Measure section's measurement plan and the Execution section's
// non-working days in real Chromium, clicked and typed as a user would:
// a measurement added, written in Chinese, Korean and Vietnamese and tied
// to a KPI; a KPI's "counts until" day typed; a plan's public holidays
// added in one step that undoes in one, and the review date moving past them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  click, currentPlan, launch, newPlanFromTemplate, openApp, replaceText, reviewDue, screenshot,
  scrollSideways, scrollTo, settle,
} from "./harness.mjs";

const holidays = join(dirname(fileURLToPath(import.meta.url)), "../../assets/holidays.json");

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

// Brings a table's cell into view, down to its row (by the row's first
// cell, `row`) and then sideways across the table.
async function reach(page, label, row) {
  await scrollTo(page, row);
  await scrollSideways(page, label, row);
}

async function fill(page, label, row, text) {
  await reach(page, label, row);
  await replaceText(page, label, text);
}

test("a measurement added in Measure, written in three scripts and tied to a KPI, is kept as typed", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "Double 11", "sample-double-11");
  await click(page, "section-measure");
  const before = (await currentPlan(page)).plan;
  await scrollTo(page, "add-measurements");
  await click(page, "add-measurements");
  const added = (await currentPlan(page)).plan.measurements;
  assert.equal(added.length, before.measurements.length + 1);
  const id = added.at(-1).id;

  const typed = {
    tracked: "新会员首单（来自活动链接）",
    where: "자사몰 분석 도구",
    how: "Sự kiện purchase, utm_campaign=double11 cho mọi liên kết",
    attribution: "Nhấp cuối; đơn tại cửa hàng theo mã giảm giá",
    owner: "데이터팀 김지현",
  };
  const row = `measurements/${id}/tracked`;
  for (const [field, text] of Object.entries(typed)) await fill(page, `measurements/${id}/${field}`, row, text);

  // The KPIs it feeds: picked from the list of the plan's KPIs by name, one
  // whose name no other measurement's cell shows alone, so that its box is
  // the only widget of that name.
  const nameOf = (kid) => before.kpis.find((k) => k.id === kid).metric;
  const shown = new Set(before.measurements.map((x) => x.kpi_ids.map(nameOf).join(", ")));
  const kpi = before.kpis.find((k) => !shown.has(k.metric));
  assert.ok(kpi, "a KPI no measurement shows alone");
  await reach(page, `measurements/${id}/kpi_ids`, row);
  await click(page, `measurements/${id}/kpi_ids`);
  await click(page, kpi.metric);
  await page.keyboard.press("Escape");
  await settle(page);

  const plan = (await currentPlan(page)).plan;
  const m = plan.measurements.find((x) => x.id === id);
  for (const [field, text] of Object.entries(typed)) assert.equal(m[field], text, field);
  assert.deepEqual(m.kpi_ids, [kpi.id]);
  await reach(page, `measurements/${id}/kpi_ids`, row);
  await screenshot(page, "measure-measurement-plan");

  // The repurchase rate counts 30 days after the sale; typed as its last day.
  const repurchase = plan.kpis.find((k) => k.counted_until);
  assert.ok(repurchase, "the sample states when its repurchase rate stops counting");
  await fill(page, `kpis/${repurchase.id}/counted_until`, `kpis/${repurchase.id}/metric`, "2025-12-20");
  assert.equal((await currentPlan(page)).plan.kpis.find((k) => k.id === repurchase.id).counted_until, "2025-12-20");

  const exported = await page.evaluate(() => window.planner.currentPlanJson());
  assert.equal(JSON.parse(exported).plan.measurements.find((x) => x.id === id).tracked, typed.tracked);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("Execution adds the plan's public holidays in one undoable step, and the review moves past them", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  // A Korean plan around Chuseok 2027, with no non-working days yet: its
  // last phase ends on Monday 13 September, the day before the holiday.
  await page.evaluate(() => window.planner.createPlan("추석 기획전", "blank"));
  const file = await currentPlan(page);
  Object.assign(file.plan, {
    language: "ko",
    period: { start: "2027-09-01", end: "2027-09-13" },
    phases: [{ id: "ph-1", name: "추석 선물 기획전", kind: "custom", dates: { start: "2027-09-01", end: "2027-09-13" } }],
    non_working_days: [],
  });
  const imported = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(file));
  assert.equal(imported.ok, true, imported.error);
  const without = (await currentPlan(page)).plan;
  assert.equal(reviewDue(without), "2027-09-16");

  // The days of Korea's list from the plan's start to two weeks past its end.
  const expected = JSON.parse(await readFile(holidays, "utf8")).markets.KR
    .filter(([date]) => date >= "2027-09-01" && date <= "2027-09-27")
    .map(([date, name]) => ({ id: `day-${date}`, date, name }));
  assert.deepEqual(expected.map((d) => d.date), ["2027-09-14", "2027-09-15", "2027-09-16"]);

  await click(page, "section-execution");
  await scrollTo(page, "add-holidays");
  await click(page, "add-holidays");
  let plan = (await currentPlan(page)).plan;
  assert.deepEqual(plan.non_working_days, expected);
  await scrollTo(page, "non_working_days/day-2027-09-15/name");
  await screenshot(page, "execution-non-working-days");

  // The review: Thursday to Tuesday, past the three days of Chuseok.
  assert.equal(reviewDue(plan), "2027-09-21");
  await click(page, "section-forecast");
  // Dates of a Korean plan are written the Korean way, whatever the interface's language.
  await scrollTo(page, "Review on 2027. 9. 21., three working days after the last phase ends.##review-on");

  // Once more adds nothing; one undo takes all three away.
  await click(page, "section-execution");
  await scrollTo(page, "add-holidays");
  await click(page, "add-holidays");
  assert.equal((await currentPlan(page)).plan.non_working_days.length, 3);
  await click(page, "plan-undo");
  plan = (await currentPlan(page)).plan;
  assert.deepEqual(plan.non_working_days, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});
