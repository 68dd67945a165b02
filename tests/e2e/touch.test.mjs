// A touch screen, as on a tablet in a workshop: a tap on a text field gives
// the focus to the element that brings up the on-screen keyboard (inside the
// tap itself, which is when iOS allows it) and a tap elsewhere takes it away;
// a finger dragged over a table or the timeline scrolls it, following the
// finger, and presses nothing on the way.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { addDays, bringIntoView, click, dayNumber, launch, openApp, rectOf, screenshot, settle, today } from "./harness.mjs";
import { samplePlanIn } from "./scripts.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const touchContext = () =>
  env.browser.newContext({ viewport: { width: 1024, height: 700 }, hasTouch: true, isMobile: false });

// One finger from (x, y) moved by (dx, dy) in steps, then lifted.
async function swipe(page, cdp, x, y, dx, dy, steps = 10) {
  const at = (i) => [{ x: x + (dx * i) / steps, y: y + (dy * i) / steps, id: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let i = 1; i <= steps; ++i)
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(i) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await settle(page);
}

test("a tap on a text field focuses the element that brings up the on-screen keyboard", async () => {
  const context = await touchContext();
  const page = await openApp(context, env.url);
  // The focus must move inside the tap's own touchend: record where it happened.
  await page.evaluate(() => {
    window.focusedInTouchEnd = false;
    document.getElementById("canvas").addEventListener("touchend", () => {
      window.focusedInTouchEnd = document.activeElement && document.activeElement.id === "text-agent";
    });
  });
  const field = await rectOf(page, "New plan name");
  await page.touchscreen.tap(field.x + field.width / 2, field.y + field.height / 2);
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), "text-agent");
  assert.equal(await page.evaluate(() => window.focusedInTouchEnd), true);
  // What the on-screen keyboard types arrives in the field.
  await page.keyboard.insertText("더블11");
  await settle(page);
  // A tap elsewhere, away from any field, lets the keyboard go.
  await page.touchscreen.tap(600, 650);
  await settle(page);
  assert.notEqual(await page.evaluate(() => document.activeElement && document.activeElement.id), "text-agent");
  await click(page, "Create plan");
  assert.equal(JSON.parse(await page.evaluate(() => window.planner.currentPlanJson())).plan.name, "더블11");
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a finger dragged over a table or the timeline scrolls it and presses nothing", async () => {
  const context = await touchContext();
  const page = await openApp(context, env.url);
  const cdp = await context.newCDPSession(page);
  // Forty tasks, more than the Execution table shows at once.
  const file = await samplePlanIn(["ko", "vi", "zh-Hans"], "터치 Touch 触摸");
  // The sample keeps its own (past) dates; moved to start today, its bars sit
  // where the timeline opens, with room to scroll either way.
  const shift = dayNumber(today()) - dayNumber(file.plan.period.start);
  const move = (node) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) node[key] = addDays(value, shift);
      else if (value && typeof value === "object") move(value);
    }
  };
  move(file.plan);
  // The task that starts last, so that its bar is reached by scrolling the
  // timeline and can be swiped either way.
  const first = file.plan.tasks.reduce((a, b) => (b.dates.start > a.dates.start ? b : a));
  file.plan.tasks = Array.from({ length: 40 }, (_, i) => ({ ...first, id: `task-touch-${i}`, depends_on: [] }));
  const result = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(file));
  assert.equal(result.ok, true, result.error);
  await page.evaluate((id) => window.planner.openPlan(id), result.planId);
  const before = await page.evaluate(() => window.planner.currentPlanJson());

  await click(page, "section-execution");
  const lastDrawn = () => page.evaluate(() => {
    for (let i = 39; i >= 0; --i) if (window.planner.itemRect(`tasks/task-touch-${i}/title`)) return i;
    return -1;
  });
  const top = await rectOf(page, "tasks/task-touch-0/title");
  const lastBefore = await lastDrawn();
  assert.ok(lastBefore < 39, "the table shows every row: nothing to scroll");
  // Up by 200 px from the middle of the first row: the rows follow the finger.
  await swipe(page, cdp, top.x + top.width / 2, top.y + top.height / 2, 0, -200);
  const moved = await page.evaluate(() => window.planner.itemRect("tasks/task-touch-0/title"));
  // The first row is higher by about the swipe, or gone under the header.
  const scrolled = moved ? top.y - moved.y : Infinity;
  assert.ok(scrolled > 150, `the table moved by ${scrolled} px for a 200 px swipe`);
  assert.ok(await lastDrawn() > lastBefore, "no further rows came into view");
  await screenshot(page, "touch-table-scrolled");
  // Down again: back to the first row.
  await swipe(page, cdp, top.x + top.width / 2, top.y + 40, 0, 400);
  const back = await rectOf(page, "tasks/task-touch-0/title");
  assert.ok(Math.abs(back.y - top.y) < 2, `the first row at ${back.y}, first seen at ${top.y}`);

  // The timeline: sideways, the chart follows the finger.
  await click(page, "section-timeline");
  await click(page, "Days##zoom");
  // From a bar's start, sideways: the bar follows the finger, not moved.
  const bar = "bar-start-task-touch-0";
  await bringIntoView(page, [bar], "row-task-touch-0");
  const from = await rectOf(page, bar);
  // Towards the middle of the chart, so that the bar stays in view.
  const dx = from.x < 770 ? 120 : -120;
  await swipe(page, cdp, from.x + from.width / 2, from.y + from.height / 2, dx, 0);
  const to = await page.evaluate((b) => window.planner.itemRect(b), bar);
  const followed = to ? Math.sign(dx) * (to.x - from.x) : Infinity;
  assert.ok(followed > 100 && followed < 140, `the bar moved ${followed} px for a 120 px swipe`);
  await screenshot(page, "touch-timeline-scrolled");

  // Dragging over bars and cells pressed nothing: the plan is as imported.
  assert.equal(await page.evaluate(() => window.planner.currentPlanJson()), before);
  assert.deepEqual(page.errors, []);
  await context.close();
});
