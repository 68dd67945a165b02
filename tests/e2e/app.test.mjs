// The app in real Chromium: first frame, display, idle, plans kept across
// reloads, created through the interface.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { click, launch, openApp, rectOf, screenshot, settle, typeText } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test("the first frame is drawn and window.planner answers", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  const stats = await page.evaluate(() => window.planner.stats());
  assert.ok(stats.frames >= 1, `frames: ${stats.frames}`);
  assert.ok(stats.firstFrameMs > 0);
  assert.equal(typeof stats.lastFrameCpuMs, "number");
  assert.match(await page.evaluate(() => window.planner.version), /^\d+\.\d+\.\d+$/);
  assert.equal(await page.isVisible("#loading"), false);
  await screenshot(page, "01-first-frame");
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const ratio of [1, 2]) {
  test(`the backbuffer follows the window in device pixels at ratio ${ratio}`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1024, height: 700 }, deviceScaleFactor: ratio });
    const page = await openApp(context, env.url);
    const size = () => page.evaluate(() => [document.getElementById("canvas").width, document.getElementById("canvas").height]);
    assert.deepEqual(await size(), [1024 * ratio, 700 * ratio]);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.waitForFunction((w) => document.getElementById("canvas").width === w, 1400 * ratio);
    assert.deepEqual(await size(), [1400 * ratio, 900 * ratio]);
    await screenshot(page, `02-ratio-${ratio}`);
    await context.close();
  });
}

test("frames stop when idle and input wakes the app at once", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await page.waitForTimeout(1600);
  const frames = () => page.evaluate(() => window.planner.stats().frames);
  const idle = await frames();
  await page.waitForTimeout(1000);
  assert.equal(await frames(), idle, "frames were drawn while idle");
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 310);
  await page.waitForTimeout(200);
  assert.ok((await frames()) > idle, "input did not wake the loop");
  await context.close();
});

test("a plan created through the interface is still there after a reload", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  let page = await openApp(context, env.url);
  await click(page, "New plan name");
  await typeText(page, "Spring launch");
  await click(page, "Create plan");
  let plans = await page.evaluate(() => window.planner.listPlans());
  assert.deepEqual(plans.map((p) => p.name), ["Spring launch"]);
  const id = plans[0].id;
  await click(page, "section-plan");
  await rectOf(page, "name"); // the plan's name field
  await screenshot(page, "03-plan-created");

  // Reload without any explicit save: creation is stored at once.
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  plans = await page.evaluate(() => window.planner.listPlans());
  assert.deepEqual(plans, [{ id, name: "Spring launch" }]);

  // An edit typed into a field is autosaved, also across a browser restart
  // (a new page in the same profile).
  await click(page, "section-reach");
  await click(page, "add-objectives-stage");
  const objective = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson())).plan.objectives[0];
  await click(page, `objectives/${objective.id}/statement`);
  await typeText(page, "1,000,000 impressions in 30 days");
  await page.waitForFunction(() => !window.planner.stats().saving);
  await page.waitForTimeout(300); // the IndexedDB transaction commits asynchronously
  await page.close();
  page = await openApp(context, env.url);
  const saved = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson()));
  assert.equal(saved.plan.objectives[0].statement, "1,000,000 impressions in 30 days");
  assert.equal(saved.plan.objectives[0].stage, "reach");
  await context.close();
});

test("a change the page had no time to commit is replayed from the journal at the next start", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  let page = await openApp(context, env.url);
  const id = await page.evaluate(() => window.planner.createPlan("Before"));
  const gone = await page.evaluate(() => window.planner.createPlan("Deleted"));
  await page.evaluate(() => window.planner.flush());
  // What a page that closed mid-write leaves behind: journal entries whose
  // IndexedDB transactions never committed (a rename and a deletion).
  await page.evaluate(({ id, gone }) => {
    window.planner.openPlan(id);
    const file = JSON.parse(window.planner.currentPlanJson());
    file.plan.name = "After";
    const text = JSON.stringify(file, null, 2) + "\n";
    localStorage.setItem(`funnelplan.journal.${id}`, `old-page:7\n${JSON.stringify({ id, text })}`);
    localStorage.setItem(`funnelplan.journal.${gone}`, "old-page:8\nnull");
  }, { id, gone });
  await page.close();
  page = await openApp(context, env.url);
  assert.deepEqual(await page.evaluate(() => window.planner.listPlans()), [{ id, name: "After" }]);
  await page.evaluate(() => window.planner.flush());
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("funnelplan.journal.")).length), 0);
  // The replay reached IndexedDB: with the journal empty, the plans stay as replayed.
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  assert.deepEqual(await page.evaluate(() => window.planner.listPlans()), [{ id, name: "After" }]);
  await context.close();
});

test("rename, duplicate and delete with confirmation, through the interface", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await page.evaluate(() => window.planner.createPlan("Q4 plan"));
  await click(page, "Rename...");
  await page.keyboard.press("Control+A");
  await settle(page);
  await typeText(page, "Q4 mega sale");
  await click(page, "Save name");
  await click(page, "Duplicate");
  let names = (await page.evaluate(() => window.planner.listPlans())).map((p) => p.name);
  assert.deepEqual(names, ["Q4 mega sale", "Q4 mega sale (copy)"]);
  await click(page, "Delete...");
  await screenshot(page, "04-delete-confirmation");
  await click(page, "Keep it");
  assert.equal((await page.evaluate(() => window.planner.listPlans())).length, 2);
  await click(page, "Delete...");
  await click(page, "Delete plan");
  names = (await page.evaluate(() => window.planner.listPlans())).map((p) => p.name);
  assert.deepEqual(names, ["Q4 mega sale"]);
  await page.evaluate(() => window.planner.flush());
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  names = (await page.evaluate(() => window.planner.listPlans())).map((p) => p.name);
  assert.deepEqual(names, ["Q4 mega sale"]);
  await context.close();
});

test("the page runs only its own scripts and asks nothing of any other host", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  const failed = new Map();
  context.on("request", (r) => requests.push(r.url()));
  context.on("requestfailed", (r) => failed.set(r.url(), r.failure()?.errorText));
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await openApp(context, env.url);
  await page.evaluate(() => window.planner.createPlan("<img src=x onerror=\"window.ran=1\"> 双十一", "sample-double-11"));
  await click(page, "section-measure");
  await settle(page);
  // Every request went to the site itself.
  const origin = new URL(env.url).origin;
  assert.ok(requests.length > 3);
  for (const url of requests) assert.equal(new URL(url).origin, origin, url);
  assert.deepEqual(failed, new Map());
  assert.deepEqual(await page.evaluate(() => window.violations), []);

  // Script that is not one of the site's files does not run: inline, as an
  // event handler, as text for eval, or from another host.
  const blocked = await page.evaluate(async () => {
    const inline = document.createElement("script");
    inline.textContent = "window.ran = 'inline'";
    document.body.append(inline);
    const img = document.createElement("img");
    img.setAttribute("onerror", "window.ran = 'handler'");
    img.src = "data:,";
    document.body.append(img);
    // A timer given text is eval (a test's own evaluate is exempt from the policy).
    setTimeout("window.ran = 'eval'", 0);
    const outside = document.createElement("script");
    outside.src = "https://example.com/x.js";
    document.body.append(outside);
    await new Promise((done) => setTimeout(done, 300));
    return { ran: window.ran ?? null, violations: window.violations };
  });
  assert.equal(blocked.ran, null);
  assert.ok(blocked.violations.some((v) => v.startsWith("script-src eval")), blocked.violations.join("; "));
  assert.ok(blocked.violations.some((v) => v.startsWith("script-src-elem inline")), blocked.violations.join("; "));
  assert.ok(blocked.violations.some((v) => v.startsWith("script-src-elem https://example.com")), blocked.violations.join("; "));
  // The browser stops it before the network, whatever the network would say.
  assert.equal(failed.get("https://example.com/x.js"), "csp");
  await context.close();
});

test("without WebGL 2 the page says so", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === "webgl2" ? null : original.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector("#fatal", { state: "visible" });
  assert.match(await page.textContent("#fatal-text"), /WebGL 2/);
  await screenshot(page, "05-no-webgl2", { appRunning: false });
  await context.close();
});
