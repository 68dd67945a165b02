// The parts of the planner that depend on the day it is, run as if today
// were each of the dates that have broken planners before (the page's
// ?today= parameter pins it): a plan made from the sample starts that day;
// the dashboard's "coming up" list holds the tasks of the next 14 days; the
// timeline draws its today line on that day at every zoom, and dragging and
// resizing a bar there lands on whole days; the review falls three working
// days after the last phase.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  addDays, appUrl, bringIntoView, click, currentPlan, dayNumber, launch,
  localToday, newPlanFromTemplate, openApp, rectOf, reviewDue, screenshot, scrollTo, settle, weekday, shownDate } from "./harness.mjs";

const templates = join(dirname(fileURLToPath(import.meta.url)), "../../assets/templates");

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const DAYS = [
  ["the last day of a month", "2027-03-31"],
  ["31 December, into the new year", "2026-12-31"],
  ["29 February", "2028-02-29"],
  ["a Friday before a weekend", "2026-12-04"],
  ["a Sunday", "2026-12-06"],
  ["the real today", null],
];

const length = (dates) => dayNumber(dates.end) - dayNumber(dates.start) + 1;
const centreX = (r) => r.x + r.width / 2;
const visible = (page, label) => page.evaluate((l) => window.planner.itemRect(l), label);

// Presses on a widget, moves the mouse sideways by dx in steps and lets go.
async function drag(page, label, dx) {
  const r = await rectOf(page, label);
  const from = { x: centreX(r), y: r.y + r.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y, { steps: 10 });
  await settle(page);
  await page.mouse.up();
  await settle(page);
}

test("the fixed dates are what their names say", () => {
  assert.equal(weekday("2026-12-04"), 5);
  assert.equal(weekday("2026-12-06"), 0);
  assert.equal(addDays("2027-03-31", 1), "2027-04-01");
  assert.equal(addDays("2028-02-29", 1), "2028-03-01");
  assert.equal(addDays("2026-12-31", 1), "2027-01-01");
});

for (const [name, pinned] of DAYS) {
  const day = pinned || localToday();
  test(`as if today were ${name} (${day})`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openApp(context, appUrl(env.base, pinned));
    await newPlanFromTemplate(page, `Plan of ${day}`, "launch");
    const file = await currentPlan(page);
    const plan = file.plan;

    // The template moved as a whole so that the plan starts today: every
    // date by the same number of days, every length kept.
    const template = JSON.parse(await readFile(join(templates, "launch.plan.json"), "utf8")).plan;
    const shift = dayNumber(day) - dayNumber(template.period.start);
    assert.equal(plan.period.start, day);
    assert.ok(plan.created.startsWith(`${day}T`), `created ${plan.created}`);
    assert.deepEqual(plan.period, { start: day, end: addDays(template.period.end, shift) });
    plan.tasks.forEach((t, i) => {
      assert.equal(t.dates.start, addDays(template.tasks[i].dates.start, shift));
      assert.equal(length(t.dates), length(template.tasks[i].dates));
    });
    // A milestone on the review date stays on the review, a working day.
    plan.milestones.forEach((m, i) => {
      const was = template.milestones[i].date;
      assert.equal(m.date, was === reviewDue(template) ? reviewDue(plan) : addDays(was, shift));
    });

    // Coming up: the tasks running or starting in the next 14 days, or,
    // when none is, the next to start.
    await click(page, "section-overview");
    const until = addDays(day, 14);
    let coming = plan.tasks.filter((t) => t.dates.start <= until && day <= t.dates.end);
    if (coming.length === 0) coming = plan.tasks.filter((t) => day < t.dates.start);
    assert.ok(coming.length > 0 && coming.length < plan.tasks.length);
    for (const t of coming) await scrollTo(page, `task-${t.id}`);
    for (const t of plan.tasks.filter((t) => !coming.includes(t))) {
      assert.equal(await visible(page, `task-${t.id}`), null, `${t.id} is not coming up`);
    }

    // The timeline: at every zoom the today line is on today, as far from
    // the first task's start as the calendar says.
    await click(page, "section-timeline");
    const [first] = [...plan.tasks].sort((a, b) => a.dates.start.localeCompare(b.dates.start));
    const handles = [`bar-start-${first.id}`, `bar-end-${first.id}`];
    for (const zoom of ["Months", "Weeks", "Days"]) {
      await click(page, `${zoom}##zoom`);
      await bringIntoView(page, ["today-line", ...handles], `row-${first.id}`);
      const [start, end] = await Promise.all(handles.map((l) => rectOf(page, l)));
      const perDay = (centreX(end) - centreX(start)) / length(first.dates);
      const expected = centreX(start) + (dayNumber(day) - dayNumber(first.dates.start) + 0.5) * perDay;
      const line = centreX(await rectOf(page, "today-line"));
      assert.ok(Math.abs(line - expected) < Math.max(2, perDay / 4),
        `${zoom}: the today line is at ${line}, ${day} is at ${expected} (${perDay} px a day)`);
      await page.mouse.move(40, 780); // off the chart, so no tooltip covers it
      await screenshot(page, `dates-${day}-timeline-${zoom.toLowerCase()}`);
    }

    // In days, a drag moves the first task by whole days and a drag of its
    // end makes it longer; each is one undo step.
    const perDay = (centreX(await rectOf(page, handles[1])) - centreX(await rectOf(page, handles[0]))) /
      length(first.dates);
    const moved = { start: addDays(first.dates.start, 2), end: addDays(first.dates.end, 2) };
    await drag(page, `bar-${first.id}`, 2.3 * perDay);
    let now = (await currentPlan(page)).plan.tasks.find((t) => t.id === first.id);
    assert.deepEqual(now.dates, moved);
    await bringIntoView(page, [handles[1]], `row-${first.id}`);
    await drag(page, handles[1], 1.3 * perDay);
    now = (await currentPlan(page)).plan.tasks.find((t) => t.id === first.id);
    assert.deepEqual(now.dates, { start: moved.start, end: addDays(moved.end, 1) });
    for (const dates of [moved, first.dates]) {
      await page.keyboard.press("Control+z");
      await settle(page);
      now = (await currentPlan(page)).plan.tasks.find((t) => t.id === first.id);
      assert.deepEqual(now.dates, dates);
    }

    // The review: three working days after the last phase ends.
    await click(page, "section-forecast");
    const reviewOn = reviewDue(plan);
    assert.ok(![0, 6].includes(weekday(reviewOn)));
    await scrollTo(page, `Review on ${shownDate(reviewOn)}, three working days after the last phase ends.##review-on`);

    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
