// The Overview section in real Chromium: each KPI's achievement is drawn
// with the percentage worked out here from its target and actual, follows a
// changed actual, and a click on a KPI leaves for the KPI's section. Saves
// screenshots in the light and dark themes and at the smallest and largest
// supported windows.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { click, launch, openApp, rectOf, screenshot, settle } from "./harness.mjs";

const run = promisify(execFile);
// fpcli of the native build, which `make test` builds before the browser tests.
const fpcli = join(dirname(fileURLToPath(import.meta.url)), "../../build/native/fpcli");

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

// actual/target, or target/actual when lower is better, as a whole
// percentage rounded half up; null when the ratio means nothing.
function achievementLabel(kpi) {
  const { target, actual } = kpi;
  let rate = null;
  if (target != null && actual != null) {
    if (kpi.direction === "lower") rate = actual > 0 && target >= 0 ? target / actual : null;
    else rate = target > 0 ? actual / target : null;
  }
  const shown = rate === null ? "—" : `${Math.floor(rate * 100 + 0.5 + 1e-9)}%`;
  return `${shown}##achievement-${kpi.id}`;
}

const currentPlan = async (page) => JSON.parse(await page.evaluate(() => window.planner.currentPlanJson())).plan;

const itemRect = (page, label) => page.evaluate((l) => window.planner.itemRect(l), label);

// The rectangle of a widget of the Overview, scrolling down to it when it is
// below the fold (ImGui reports only what it drew); null when it is not there.
async function findInOverview(page, label) {
  for (let step = 0; step < 12; ++step) {
    const rect = await itemRect(page, label);
    if (rect) return rect;
    const bar = await itemRect(page, "Overview##section-overview");
    await page.mouse.move(bar.x + 40, bar.y + 300);
    await page.mouse.wheel(0, 150);
    await settle(page);
  }
  return null;
}

// Back at the top, with the mouse on the sidebar's empty foot so that no
// tooltip or highlight shows in screenshots.
async function scrollToTop(page) {
  const bar = await itemRect(page, "Overview##section-overview");
  await page.mouse.move(bar.x + 40, bar.y + 300);
  await page.mouse.wheel(0, -5000);
  await settle(page);
  await page.mouse.move(40, page.viewportSize().height - 30);
  await settle(page);
}

// Every KPI of the open plan has its row, labelled with the expected percentage.
async function assertAchievements(page) {
  const kpis = (await currentPlan(page)).kpis;
  assert.ok(kpis.length > 0);
  for (const kpi of kpis) {
    const label = achievementLabel(kpi);
    const rect = await findInOverview(page, label);
    assert.ok(rect, `no item "${label}" for KPI "${kpi.metric}"`);
    assert.ok(rect.width > 100 && rect.height > 10, `${label} is drawn too small: ${JSON.stringify(rect)}`);
  }
  await scrollToTop(page);
  return kpis;
}

async function createSample(page) {
  await click(page, "Template");
  await click(page, "template-sample-double-11");
  await click(page, "Create plan");
  await click(page, "Overview##section-overview");
  await rectOf(page, "headline-0"); // the Overview's first card
}

test("the Overview shows each KPI's achievement, follows changes and jumps to the KPI", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await createSample(page);
  const kpis = await assertAchievements(page);
  // The sample's exposure KPI: 850,000 of 1,000,000.
  const exposure = kpis.find((k) => k.metric === "Total exposure");
  assert.ok(await itemRect(page, `85%##achievement-${exposure.id}`));
  await screenshot(page, "overview-1280");

  // A changed plan: exposure passes its target, conversion is measured as
  // lower-is-better, one KPI loses its actual and one sits at 12.5%.
  const file = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson()));
  const edited = file.plan.kpis;
  edited[0].actual = 1234567;
  edited[2].direction = "lower";
  edited[3].actual = null;
  edited[4].actual = 2500;
  edited[4].target = 20000;
  const imported = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(file));
  assert.equal(imported.ok, true, imported.error);
  await settle(page);
  await rectOf(page, `123%##achievement-${edited[0].id}`);
  const after = await assertAchievements(page);
  assert.equal(achievementLabel(after[0]), `123%##achievement-${after[0].id}`);
  assert.equal(achievementLabel(after[2]), `120%##achievement-${after[2].id}`);
  assert.equal(achievementLabel(after[3]), `—##achievement-${after[3].id}`);
  assert.equal(achievementLabel(after[4]), `13%##achievement-${after[4].id}`);
  // The old percentages are gone.
  assert.equal(await itemRect(page, `85%##achievement-${edited[0].id}`), null);

  // A click on a KPI's row opens its section: the Overview is no longer drawn.
  await click(page, `achievement-${after[1].id}`);
  await settle(page);
  assert.equal(await itemRect(page, `achievement-${after[1].id}`), null);
  assert.equal(await itemRect(page, "headline-0"), null);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// A figure as the dashboard writes it in English: "70k", "581.6k", "1.2M", "0".
function compact(n) {
  const trim = (text) => text.replace(/\.0$/, "");
  const a = Math.abs(n);
  if (a >= 1e6) return `${trim((n / 1e6).toFixed(1))}M`;
  if (a >= 1e3) return `${trim((n / 1e3).toFixed(1))}k`;
  return trim(n.toFixed(a >= 10 ? 0 : 1));
}

test("the media mix shows what paid, owned and earned channels spend and bring, as fpcli forecasts it", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await createSample(page);
  // One of the sample's owned channels made earned, so that all three columns have figures.
  const file = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson()));
  const owned = file.plan.channels.filter((c) => c.media === "owned");
  assert.ok(owned.length >= 2, "the sample has owned channels");
  owned[0].media = "earned";
  const imported = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(file));
  assert.equal(imported.ok, true, imported.error);
  await click(page, "Overview##section-overview");

  const dir = await mkdtemp(join(tmpdir(), "fp-mix-"));
  const path = join(dir, "plan.plan.json");
  await writeFile(path, await page.evaluate(() => window.planner.currentPlanJson()));
  const { by_media: mix } = JSON.parse((await run(fpcli, ["forecast", path])).stdout);
  await rm(dir, { recursive: true });
  const unit = 100; // CNY's minor units per yuan
  let shown = 0;
  for (const media of ["paid", "owned", "earned"]) {
    assert.ok(mix[media].orders > 0, `${media} forecasts orders`);
    for (const field of ["spend", "visits", "orders", "revenue"]) {
      const money = field === "spend" || field === "revenue";
      const label = `${compact(money ? mix[media][field] / unit : mix[media][field])}##mix-${media}-${field}`;
      assert.ok(await findInOverview(page, label), `${label} is drawn`);
      ++shown;
    }
  }
  assert.equal(shown, 12);
  await screenshot(page, "overview-media-mix");

  // Moving the earned channel back to owned empties the earned column.
  file.plan.channels.find((c) => c.id === owned[0].id).media = "owned";
  const back = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(file));
  assert.equal(back.ok, true, back.error);
  await click(page, "Overview##section-overview");
  for (const field of ["spend", "visits", "orders", "revenue"])
    assert.ok(await findInOverview(page, `0##mix-earned-${field}`), `earned ${field} is 0`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the Overview in the dark theme and at the smallest and largest windows", async () => {
  const dark = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: "dark" });
  let page = await openApp(dark, env.url);
  await createSample(page);
  await assertAchievements(page);
  await screenshot(page, "overview-dark");
  await dark.close();

  const light = await env.browser.newContext({ viewport: { width: 1024, height: 700 } });
  page = await openApp(light, env.url);
  await createSample(page);
  await assertAchievements(page);
  await screenshot(page, "overview-1024x700");
  await page.setViewportSize({ width: 2560, height: 1440 });
  await page.waitForFunction(() => document.getElementById("canvas").width >= 2560);
  // ImGui places scrollbars from the previous frame's layout: let a few
  // frames pass, each brought by an input so a slow machine cannot idle first.
  for (let i = 0; i < 3; ++i) {
    await page.mouse.move(40 + i, 1400);
    await settle(page);
  }
  await assertAchievements(page);
  await screenshot(page, "overview-2560x1440");
  assert.deepEqual(page.errors, []);
  await light.close();
});
