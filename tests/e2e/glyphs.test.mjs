// Every script the planners write draws with real glyphs: a plan whose texts
// mix Chinese (both scripts), Korean, Vietnamese and Spanish is shown in
// every section with no character left without a glyph, and plans written
// wholly in Chinese, Korean and Vietnamese are screenshotted at pixel ratios
// 1 and 2.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { click, glyphsSettled, launch, openApp, screenshot } from "./harness.mjs";
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
