// What a browser app meets that is not the user's doing: the graphics
// context lost when the GPU resets, and a failure inside the app's own code.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  chooseLanguage, click, currentPlan, launch, newPlanFromTemplate, openApp, replaceText, screenshot,
} from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const newContext = () =>
  env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });

// The canvas's pixels as a PNG, for comparing what two frames showed.
const canvasShot = (page) => page.locator("#canvas").screenshot();

// The WebGL context the app draws with, lost or given back as a GPU reset
// would (WEBGL_lose_context); returns once the browser's event has fired.
async function loseContext(page, lose) {
  await page.evaluate((lose) => new Promise((done) => {
    const canvas = document.getElementById("canvas");
    canvas.addEventListener(lose ? "webglcontextlost" : "webglcontextrestored", () => done(), { once: true });
    // A lost context offers no extensions: the one that lost it restores it.
    if (lose) window.loseContextForTest = canvas.getContext("webgl2").getExtension("WEBGL_lose_context");
    if (lose) window.loseContextForTest.loseContext();
    else window.loseContextForTest.restoreContext();
  }), lose);
}

test("the display comes back after the graphics context is lost, with every script and every edit", async () => {
  const context = await newContext();
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "雙十一 대박 Khuyến mãi", "sample-double-11");
  await click(page, "section-plan");
  await replaceText(page, "mission", "让更多顾客 더 많은 고객 nhiều khách hơn");
  const before = await canvasShot(page);

  await loseContext(page, true);
  assert.equal(await page.isVisible("#loading"), true, "the page says the display is being restored");
  assert.match(await page.textContent("#loading-text"), /Restoring the display/);
  assert.equal(await page.isVisible("#fatal"), false);
  await screenshot(page, "failures-display-restoring", { appRunning: false });
  // The plan is still there and still takes edits through the API.
  assert.equal((await currentPlan(page)).plan.mission, "让更多顾客 더 많은 고객 nhiều khách hơn");

  await loseContext(page, false);
  await page.waitForSelector("#loading", { state: "hidden" });
  // Typing after the restore reaches the field: input is taken again.
  await replaceText(page, "mission", "新的使命 새 사명 sứ mệnh mới");
  assert.equal((await currentPlan(page)).plan.mission, "新的使命 새 사명 sứ mệnh mới");
  await replaceText(page, "mission", "让更多顾客 더 많은 고객 nhiều khách hơn");
  await screenshot(page, "failures-display-restored");
  // The same state draws the same pixels as before the loss: the font atlas,
  // with the Chinese, Korean and Vietnamese glyphs added since start, is back.
  const after = await canvasShot(page);
  assert.ok(before.equals(after), "the restored display shows what it showed before the loss");
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const kind of ["abort", "trap"]) {
  test(`a failure inside the app (${kind}) shows an error screen that offers every saved plan`, async () => {
    const context = await newContext();
    const page = await openApp(context, env.url + (env.url.includes("?") ? "&" : "?") + "debug");
    await newPlanFromTemplate(page, "더블11 캠페인", "sample-double-11");
    await newPlanFromTemplate(page, "Kế hoạch Tết", "launch");
    await chooseLanguage(page, "ko");
    await page.evaluate(() => window.planner.flush());
    const saved = await currentPlan(page);

    await page.evaluate((k) => window.planner.failForTest(k), kind);
    await page.waitForSelector("#fatal", { state: "visible" });
    // In the interface's language, with a button per stored plan.
    assert.match(await page.textContent("#fatal-title"), /멈췄습니다/);
    const buttons = page.locator("#fatal-actions button");
    await buttons.nth(2).waitFor();
    const labels = await buttons.allTextContents();
    assert.equal(labels.length, 3, labels.join(" | "));
    assert.equal(labels[0], "다시 불러오기");
    assert.ok(labels.some((l) => l.includes("“더블11 캠페인”")), labels.join(" | "));
    assert.ok(labels.some((l) => l.includes("“Kế hoạch Tết”")), labels.join(" | "));
    await screenshot(page, `failures-error-screen-${kind}`, { appRunning: false });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click(`#fatal-actions button:has-text("Kế hoạch Tết")`),
    ]);
    assert.equal(download.suggestedFilename(), "Kế hoạch Tết.plan.json");
    const file = JSON.parse(await readFile(await download.path(), "utf8"));
    assert.deepEqual(file, saved, "the download is the plan as last saved");

    // Reload starts the app again with both plans.
    await Promise.all([page.waitForEvent("load"), page.click("#fatal-actions button.primary")]);
    await page.evaluate(() => window.planner.ready);
    const names = (await page.evaluate(() => window.planner.listPlans())).map((p) => p.name).sort();
    assert.deepEqual(names, ["Kế hoạch Tết", "더블11 캠페인"].sort());
    await context.close();
  });
}

test("the failure entry point exists only on a page opened with ?debug", async () => {
  const context = await newContext();
  const page = await openApp(context, env.url);
  assert.equal(await page.evaluate(() => typeof window.planner.failForTest), "undefined");
  await context.close();
});
