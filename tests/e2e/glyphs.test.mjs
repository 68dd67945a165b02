// Every script the planners write draws with real glyphs: a plan whose texts
// mix Chinese (both scripts), Korean, Vietnamese and Spanish is shown in
// every section with no character left without a glyph, and plans written
// wholly in Chinese, Korean and Vietnamese are screenshotted at pixel ratios
// 1 and 2. An English first visit downloads only the site's own files (no
// glyph data: Chinese and Korean come from the system's fonts; the code
// that draws them loads only when such a character appears), and a
// Chinese plan still draws after an offline reload.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { click, glyphsSettled, launch, openApp, screenshot, site } from "./harness.mjs";
import { samplePlanIn } from "./scripts.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const SECTIONS = ["overview", "plan", "reach", "act", "convert", "engage", "execution", "timeline", "forecast",
  "measure", "risks"];

async function importAndOpen(page, file) {
  const result = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(file));
  assert.equal(result.ok, true, result.error);
  assert.equal(await page.evaluate((id) => window.planner.openPlan(id), result.planId), true);
}

test("a plan mixing five languages draws every character in every section", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await importAndOpen(page, await samplePlanIn(["zh-Hant", "ko", "vi", "zh-Hans", "es"],
    "雙11新品推廣 / 더블11 신제품 / Khuyến mãi 11.11"));
  for (const section of SECTIONS) {
    await click(page, `section-${section}`);
    const stats = await glyphsSettled(page);
    assert.equal(stats.missingGlyphs, 0, `${section}: characters without a glyph`);
  }
  await click(page, "section-plan");
  await glyphsSettled(page);
  await screenshot(page, "glyphs-mixed");
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const ratio of [1, 2]) {
  test(`Chinese, Korean and Vietnamese plans at pixel ratio ${ratio}`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: ratio });
    const page = await openApp(context, env.url);
    for (const [language, name] of [["zh-Hant", "雙11新品推廣"], ["ko", "더블11 신제품"], ["vi", "Khuyến mãi 11.11"]]) {
      await importAndOpen(page, await samplePlanIn([language], name));
      for (const section of ["overview", "plan", "execution"]) {
        await click(page, `section-${section}`);
        const stats = await glyphsSettled(page);
        assert.equal(stats.missingGlyphs, 0, `${language}, ${section}`);
        await screenshot(page, `glyphs-${language}-${section}-ratio${ratio}`);
      }
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test("an English first visit loads only the site's files; a Chinese plan draws offline", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const loaded = [];
  context.on("requestfinished", (request) => loaded.push(new URL(request.url()).pathname.replace(/^\//, "")));
  const page = await openApp(context, env.url);
  await page.evaluate(() => window.planner.createPlan("Spring launch"));
  await glyphsSettled(page);
  const files = new Set(await readdir(site));
  for (const name of loaded) assert.ok(name === "" || files.has(name), `${name} is not one of the site's files`);
  assert.ok(!loaded.some((name) => /font|cjk|woff|otf|ttc/i.test(name)), loaded.join(", "));
  // The page itself never asked for the code that draws other scripts (the
  // offline cache keeps a copy for later).
  const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  assert.ok(!fetched.some((name) => name.endsWith("glyphs.js")), fetched.join(", "));

  // Once the offline cache is in place, a Chinese plan opens and draws
  // with the network gone.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
  });
  await importAndOpen(page, await samplePlanIn(["zh-Hant", "zh-Hans"], "雙11新品推廣"));
  await page.evaluate(() => window.planner.flush());
  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  const plan = (await page.evaluate(() => window.planner.listPlans())).find((p) => p.name === "雙11新品推廣");
  assert.ok(plan);
  await page.evaluate((id) => window.planner.openPlan(id), plan.id);
  await click(page, "section-plan");
  const stats = await glyphsSettled(page);
  assert.equal(stats.missingGlyphs, 0);
  await screenshot(page, "glyphs-offline");
  await context.close();
});
