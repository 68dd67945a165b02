// Shared set-up for the browser tests: the built site on a loopback server,
// Debian's Chromium driven by playwright-core, and helpers that click real
// widgets found through window.planner.itemRect.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const site = resolve(process.env.FP_SITE || join(here, "../../build/web/site"));
export const artifacts = join(here, "artifacts");
mkdirSync(artifacts, { recursive: true });

// The date the app takes as today: FP_TODAY=YYYY-MM-DD when the suite is
// pinned to a day (`FP_TODAY=2028-02-29 make test-web`), else the real one.
export const pinnedToday = process.env.FP_TODAY || null;
if (pinnedToday !== null && !/^\d{4}-\d{2}-\d{2}$/.test(pinnedToday)) {
  throw new Error(`FP_TODAY="${pinnedToday}" is not a date written YYYY-MM-DD`);
}
export function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
export const today = () => pinnedToday || localToday();

// Calendar arithmetic on "YYYY-MM-DD", in UTC so no time zone moves a day.
const DAY = 86400000;
export const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
export const addDays = (iso, n) => new Date((dayNumber(iso) + n) * DAY).toISOString().slice(0, 10);
// A date as an English plan shows it: "Nov 9, 2026".
export const shownDate = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US",
  { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
export const weekday = (iso) => new Date(dayNumber(iso) * DAY).getUTCDay(); // 0 Sunday
// `working` Monday-to-Friday days after a date.
export function addWorkingDays(iso, working, off = []) {
  let day = iso;
  while (working > 0) {
    day = addDays(day, 1);
    if (weekday(day) !== 0 && weekday(day) !== 6 && !off.includes(day)) --working;
  }
  return day;
}

// A plan's review: three working days after its last phase ends (its period
// without phases), past its non-working days (review_due in core/forecast.h).
export const reviewDue = (plan) =>
  addWorkingDays(
    plan.phases.length ? plan.phases.map((p) => p.dates.end).sort().at(-1) : plan.period.end,
    3,
    (plan.non_working_days ?? []).map((d) => d.date),
  );

// The app's address, with ?today= when a date is pinned (web/app.js reads it).
export function appUrl(base, day = pinnedToday) {
  return day ? `${base}?today=${day}` : base;
}

export async function launch() {
  const { server, url: base } = await startServer(site);
  const url = appUrl(base);
  const browser = await chromium.launch({
    executablePath: process.env.FP_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic", "--enable-unsafe-swiftshader"],
  });
  return {
    url,
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

// A page with the app loaded and its first frame drawn.
export async function openApp(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.errors = errors;
  await page.goto(url);
  await page.evaluate(() => window.planner.ready);
  return page;
}

// Waits until a widget with this label is drawn, then returns its rectangle.
export async function rectOf(page, label, timeout = 5000) {
  const handle = await page.waitForFunction(
    (l) => window.planner.itemRect(l), label, { timeout, polling: 50 });
  return handle.jsonValue();
}

// Waits, after sending input, until the app has handled every input event
// and drawn the frame that acted on the last one. ImGui takes fast input a
// step per frame (a press and its release, a key and its character, in
// separate frames), so a burst of typing takes many frames, and on a loaded
// machine the browser's own animation frames say nothing about the app's.
export async function settle(page) {
  const start = await page.evaluate(() => window.planner.stats().frames);
  // An idle loop has drawn everything it was given: it stops only once the
  // queue is empty, so it counts as settled even if no new frame comes.
  await page.waitForFunction((n) => {
    const s = window.planner.stats();
    return s.pendingInput === 0 && (s.frames > n || s.idle);
  }, start, { timeout: 15000, polling: "raf" });
}

// Waits until the app has taken its input and added every glyph the text
// on screen asked for (platform/glyph_atlas.h); returns stats() then.
export async function glyphsSettled(page) {
  await settle(page);
  await page.waitForFunction(() => {
    const s = window.planner.stats();
    return !s.fontsLoading && s.pendingInput === 0;
  }, null, { timeout: 15000, polling: "raf" });
  return page.evaluate(() => window.planner.stats());
}

// Scrolls the section with the mouse wheel, as a user would, until the
// widget `label` is drawn: down first, then back up.
export async function scrollTo(page, label) {
  const bar = await rectOf(page, "section-overview");
  const viewport = page.viewportSize();
  // Over the section, below its bar, clear of the plan list on the left.
  const x = bar.x + 40;
  const y = Math.round(viewport.height * 0.6);
  for (const dy of [240, -240]) {
    for (let i = 0; i < 60; ++i) {
      const r = await page.evaluate((l) => window.planner.itemRect(l), label);
      // Whole, not just peeking in at an edge.
      if (r && r.y > bar.y + bar.height + 4 && r.y + r.height < viewport.height - 4) return r;
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, r ? (r.y < viewport.height / 2 ? -120 : 120) : dy);
      await settle(page);
    }
  }
  throw new Error(`${label} did not come into view`);
}

// Scrolls sideways with the mouse wheel over the widget `over` (a cell of a
// wide table, say) until the widget `label` is drawn, as a user would.
export async function scrollSideways(page, label, over) {
  for (let i = 0; i < 20; ++i) {
    if (await page.evaluate((l) => window.planner.itemRect(l), label)) return;
    const r = await rectOf(page, over);
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await page.mouse.wheel(200, 0);
    await settle(page);
  }
  throw new Error(`${label} did not come into view`);
}

// Scrolls sideways with the mouse wheel over the widget `over` until every
// widget in `labels` is drawn whole at once, looking left first and then
// right, as a user looks for a bar on a timeline whose place depends on the
// date. A widget found at the edge is cut by it, so the scrolling goes on in
// small steps while that makes it wider.
export async function bringIntoView(page, labels, over) {
  const rects = () => page.evaluate((ls) => ls.map((l) => window.planner.itemRect(l)), labels);
  const wheel = async (dx) => {
    const r = await rectOf(page, over);
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await page.mouse.wheel(dx, 0);
    await settle(page);
  };
  for (const [dx, steps] of [[-200, 20], [200, 40]]) {
    for (let i = 0; i < steps; ++i) {
      let seen = await rects();
      if (seen.every(Boolean)) {
        for (let j = 0; j < 8; ++j) {
          await wheel(dx / 4);
          const now = await rects();
          const wider = now.every(Boolean) && now.some((r, k) => r.width > seen[k].width + 0.5);
          if (!wider) {
            if (!now.every((r, k) => r && r.width >= seen[k].width - 0.5)) await wheel(-dx / 4);
            return;
          }
          seen = now;
        }
        return;
      }
      await wheel(dx);
    }
  }
  throw new Error(`${labels.join(", ")} did not come into view together`);
}

export async function click(page, label) {
  const r = await rectOf(page, label);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
  await settle(page);
}

// Switches the interface language through View > Language, as a user does.
export async function chooseLanguage(page, code) {
  await click(page, "menu-view");
  await click(page, "menu-language");
  await click(page, `language-${code}`);
  await page.waitForFunction((c) => window.planner.language() === c, code);
  await settle(page);
}

// Types into the focused widget and waits until the app has taken every key.
export async function typeText(page, text) {
  await page.keyboard.type(text);
  await settle(page);
}

// Saves what the page shows once the app has taken its input and the browser
// has presented a frame (a page where the app never started, with no WebGL 2,
// is taken as it is).
export async function screenshot(page, name, { appRunning = true } = {}) {
  if (appRunning) {
    await page.waitForFunction(() => window.planner.stats().pendingInput === 0, null,
      { timeout: 15000, polling: "raf" });
  }
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}

// The open plan's file, parsed.
export const currentPlan = async (page) =>
  JSON.parse(await page.evaluate(() => window.planner.currentPlanJson()));

// A plan made through the sidebar: its name typed, a template picked.
export async function newPlanFromTemplate(page, name, key) {
  await click(page, "New plan name");
  await typeText(page, name);
  await click(page, "Template");
  await click(page, `template-${key}`);
  await click(page, "Create plan");
}

// Clicks a field, replaces its text and leaves it with Tab.
export async function replaceText(page, label, text) {
  await click(page, label);
  await page.keyboard.press("Control+A");
  await settle(page);
  await typeText(page, text);
  await page.keyboard.press("Tab");
  await settle(page);
}
