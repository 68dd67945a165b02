// The single file, funnelplan.html (scripts/single-file.mjs): opened straight
// from disk, it runs with no server and no network, asks for nothing but
// itself, breaks none of its own Content-Security-Policy, keeps plans in the
// browser's storage across a reload, exports and imports them, and switches
// language from the tables it carries.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  chooseLanguage, appUrl, click, currentPlan, glyphsSettled, launch, openApp, rectOf, screenshot, settle, site, typeText,
} from "./harness.mjs";

const file = join(site, "funnelplan.html");
const fileUrl = pathToFileURL(file).href;

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

// A context that notes every request its pages make and every violation of
// the page's Content-Security-Policy (reported from inside the page, so
// across reloads too).
async function watchedContext(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const requests = [];
  const violations = [];
  const warnings = [];
  context.on("request", (r) => requests.push(r.url()));
  context.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  await context.exposeBinding("fpViolation", (_source, v) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      window.fpViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
  });
  // Only the file itself (with ?today= when the suite pins a date), data:
  // and blob: URLs are allowed.
  const foreign = () => requests.filter((u) => !(u.split("?")[0] === fileUrl || u.startsWith("data:") || u.startsWith("blob:")));
  return { context, requests, violations, warnings, foreign };
}

test("the single file pins its scripts by hash and allows no outside host", async () => {
  const html = await readFile(file, "utf8");
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)[1];
  const directives = Object.fromEntries(policy.split(/;\s*/).map((d) => { const [k, ...v] = d.split(" "); return [k, v]; }));
  assert.deepEqual(directives["default-src"], ["'none'"]);
  assert.equal(directives["script-src"].filter((s) => s.startsWith("'sha256-")).length, 3);
  assert.deepEqual(directives["script-src"].filter((s) => !s.startsWith("'sha256-")), ["'wasm-unsafe-eval'"]);
  // Inline styles, as on the site, for the printable reports (web/index.html).
  assert.deepEqual(directives["style-src"], ["'unsafe-inline'"]);
  assert.deepEqual(directives["connect-src"], ["'none'"]);
  assert.deepEqual(directives["worker-src"], ["blob:"]);
  for (const d of ["object-src", "base-uri", "form-action"]) assert.deepEqual(directives[d], ["'none'"], d);
  assert.doesNotMatch(directives["script-src"].join(" "), /'unsafe-inline'/);
  assert.doesNotMatch(policy, /'unsafe-eval'|'self'|https?:|\*/);
  // The site's offline cache does not carry it.
  assert.doesNotMatch(await readFile(join(site, "sw.js"), "utf8"), /funnelplan\.html/);
});

test("opened from file://, a plan created by clicking is there after a reload, and it exports and imports", async () => {
  const { context, violations, warnings, foreign } = await watchedContext({ acceptDownloads: true });
  const page = await openApp(context, appUrl(fileUrl));
  assert.equal(await page.evaluate(() => location.protocol), "file:");
  assert.equal(await page.isVisible("#loading"), false);
  // No service worker on file://: registering is not even tried.
  assert.equal(await page.evaluate(() => navigator.serviceWorker && navigator.serviceWorker.controller), null);
  await screenshot(page, "dist-01-first-frame");

  await click(page, "New plan name");
  await typeText(page, "USB workshop");
  await click(page, "Create plan");
  let plans = await page.evaluate(() => window.planner.listPlans());
  assert.deepEqual(plans.map((p) => p.name), ["USB workshop"]);
  const id = plans[0].id;
  await click(page, "section-reach");
  await click(page, "add-objectives-stage");
  await page.waitForFunction(() => !window.planner.stats().saving);
  await page.evaluate(() => window.planner.flush());

  await page.reload();
  await page.evaluate(() => window.planner.ready);
  plans = await page.evaluate(() => window.planner.listPlans());
  assert.deepEqual(plans, [{ id, name: "USB workshop" }]);
  await page.evaluate((i) => window.planner.openPlan(i), id);
  await settle(page);
  assert.equal((await currentPlan(page)).plan.objectives.length, 1);
  // Kept in this browser's IndexedDB, as on the site.
  const stored = await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open("funnelplan");
    request.onsuccess = () => {
      const get = request.result.transaction("plans").objectStore("plans").getAllKeys();
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    };
    request.onerror = () => reject(request.error);
  }));
  assert.deepEqual(stored, [id]);
  await screenshot(page, "dist-02-plan-after-reload");

  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Export")]);
  assert.equal(download.suggestedFilename(), "USB workshop.plan.json");
  assert.match(download.url(), /^blob:/);
  const exported = await readFile(await download.path(), "utf8");
  const parsed = JSON.parse(exported);
  assert.equal(parsed.format, "funnelplan.plan");
  assert.equal(parsed.plan.id, id);
  assert.equal(exported, await page.evaluate(() => window.planner.currentPlanJson()));

  // And the file picker brings it back in, beside the original under a new id.
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), click(page, "Import plan file...")]);
  await chooser.setFiles({ name: "USB workshop.plan.json", mimeType: "application/json", buffer: Buffer.from(exported) });
  // The plan is here already: the app asks, and Keep both adds the copy.
  await click(page, "import-keep-both");
  await page.waitForFunction(() => window.planner.listPlans().length === 2);
  const copy = await currentPlan(page);
  assert.notEqual(copy.plan.id, id);
  assert.deepEqual({ ...copy.plan, id }, parsed.plan);
  await page.evaluate(() => window.planner.flush());
  await screenshot(page, "dist-03-imported");

  assert.deepEqual(foreign(), [], "requests other than the file itself, data: and blob:");
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(warnings.filter((w) => /offline cache|storage|journal/i.test(w)), []);
  await context.close();
});

test("opened from file://, the language menu switches to Korean from the table in the file and draws it", async () => {
  const { context, requests, violations, foreign } = await watchedContext({ locale: "en-US" });
  const page = await openApp(context, appUrl(fileUrl));
  await page.evaluate(() => window.planner.createPlan("더블11 예열", "sample-double-11"));
  await chooseLanguage(page, "ko");
  assert.ok(await rectOf(page, "개요##section-overview"));
  assert.equal(await page.evaluate(() => document.title), "Funnelplan: 이커머스 마케팅 계획");
  for (const section of ["overview", "plan"]) {
    await click(page, `section-${section}`);
    const stats = await glyphsSettled(page);
    assert.equal(stats.missingGlyphs, 0, section);
    await screenshot(page, `dist-05-korean-${section}`);
  }
  // The glyphs came from glyphs.js as a worker made from the page's own copy.
  assert.ok(page.workers().some((w) => w.url().startsWith("blob:")), "a blob: glyph worker");
  assert.ok(!requests.some((u) => u.includes("i18n")), "a language table was fetched");

  // Remembered, in Korean again after a reload.
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  await page.waitForFunction(() => window.planner.language() === "ko");
  assert.ok(await rectOf(page, "개요##section-overview"));

  assert.deepEqual(foreign(), [], "requests other than the file itself, data: and blob:");
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("opened from file://, without a glyph worker the page's own glyphs.js draws Korean under the file's policy", async () => {
  const { context, violations, foreign } = await watchedContext({ locale: "ko-KR" });
  // As in a browser whose workers cannot be made: app.js draws glyphs in the page.
  await context.addInitScript(() => { delete window.Worker; });
  const page = await openApp(context, appUrl(fileUrl));
  await page.waitForFunction(() => window.planner.language() === "ko");
  await page.evaluate(() => window.planner.createPlan("더블11 예열", "sample-double-11"));
  await click(page, "section-overview");
  const stats = await glyphsSettled(page);
  assert.equal(stats.missingGlyphs, 0);
  assert.ok(await rectOf(page, "개요##section-overview"));
  assert.equal(page.workers().length, 0);
  await screenshot(page, "dist-04-korean-without-worker");
  assert.deepEqual(foreign(), [], "requests other than the file itself, data: and blob:");
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});
