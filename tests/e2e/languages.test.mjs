// The interface in six languages: the browser's language picks it on first
// start, the View menu switches it without a reload and without losing a
// name being typed, the choice is remembered, the page's lang and title
// follow, a language once used works offline, and an English visit fetches
// no other language's text. Screenshots of each section in each language
// are kept in artifacts/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chooseLanguage, click, glyphsSettled, launch, openApp, rectOf, screenshot, settle, typeText } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const SECTIONS = ["overview", "plan", "execution", "timeline", "forecast", "measure"];

test("the browser's language picks the interface's; English fetches no other", async () => {
  for (const [locale, code, overview] of [["zh-TW", "zh-Hant", "總覽"], ["zh-CN", "zh-Hans", "概览"],
    ["ko-KR", "ko", "개요"], ["vi-VN", "vi", "Tổng quan"], ["es-MX", "es", "Resumen"], ["fr-FR", "en", "Overview"]]) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    const fetched = [];
    context.on("requestfinished", (r) => fetched.push(new URL(r.url()).pathname));
    const page = await openApp(context, env.url);
    await page.waitForFunction((c) => window.planner.language() === c, code);
    await page.evaluate(() => window.planner.createPlan("Plan"));
    await settle(page);
    if (overview) assert.ok(await rectOf(page, `${overview}##section-overview`), `${locale}: ${overview}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), code);
    // Unique: a request the offline cache's worker passes on is seen twice.
    const others = [...new Set(fetched.filter((p) => p.includes("/i18n/")))];
    if (code === "en") assert.deepEqual(others, [], "an English visit fetched another language");
    else assert.deepEqual(others, [`/i18n/${code}.json`]);
    await context.close();
  }
});

test("the View menu switches the language at once, keeps a name being typed and remembers", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
  const page = await openApp(context, env.url);
  await page.evaluate(() => window.planner.createPlan("Double 11", "sample-double-11"));
  await click(page, "New plan name");
  await typeText(page, "雙11");
  await chooseLanguage(page, "ko");
  assert.ok(await rectOf(page, "개요##section-overview"));
  assert.equal(await page.evaluate(() => document.title), "Funnelplan: 이커머스 마케팅 계획");
  // The name typed before the switch is still there, and typing goes on.
  await click(page, "New plan name");
  await page.keyboard.press("End");
  await typeText(page, " 예열");
  await click(page, "create-plan");
  assert.ok((await page.evaluate(() => window.planner.listPlans())).some((p) => p.name === "雙11 예열"));

  // Remembered: a reload comes back in Korean, even with the network gone
  // (the table was kept when first fetched).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
  });
  await page.evaluate(() => window.planner.setLanguage("es"));
  await page.waitForFunction(() => window.planner.language() === "es");
  await page.evaluate(() => window.planner.setLanguage("ko"));
  await page.waitForFunction(() => window.planner.language() === "ko");
  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await page.waitForFunction(() => window.planner.language() === "ko");
  assert.ok(await rectOf(page, "개요##section-overview"));
  assert.equal(await page.evaluate(() => window.planner.setLanguage("tlh")), false);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Width decides the layout; the tall page draws each section whole, so that
// every label is measured, not only those above the fold.
const ALL_SECTIONS = ["overview", "plan", "reach", "act", "convert", "engage", "execution",
  "timeline", "forecast", "measure", "risks"];

test("every section in every language fits 1024 pixels: no label cut off, every glyph drawn", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 700 }, locale: "en-US" });
  const page = await openApp(context, env.url);
  const languages = await page.evaluate(() => window.planner.languages());
  assert.deepEqual(languages.map((l) => l.code), ["en", "zh-Hans", "zh-Hant", "ko", "vi", "es"]);
  const problems = [];
  for (const { code } of languages) {
    await page.evaluate((c) => window.planner.setLanguage(c), code);
    await page.waitForFunction((c) => window.planner.language() === c, code);
    // The sample in this language: its own texts are as long as a user's.
    await page.evaluate(() => window.planner.createPlan("", "sample-double-11"));
    for (const height of [700, 2400]) {
      await page.setViewportSize({ width: 1024, height });
      for (const section of ALL_SECTIONS) {
        await click(page, `section-${section}`);
        const stats = await glyphsSettled(page);
        assert.equal(stats.missingGlyphs, 0, `${code} ${section}`);
        for (const c of await page.evaluate(() => window.planner.cutOffLabels()))
          problems.push(`${code} ${section}: "${c.label}" needs ${Math.round(c.width)} px, has ${Math.round(c.room)}`);
        if (height === 700 && SECTIONS.includes(section)) await screenshot(page, `language-${code}-${section}`);
      }
    }
  }
  assert.deepEqual([...new Set(problems)], []);
  assert.deepEqual(page.errors, []);
  await context.close();
});
