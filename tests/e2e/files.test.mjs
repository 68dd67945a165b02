// Plans as files: export, import through the picker, refusal of broken files,
// and the offline site.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { click, launch, openApp, rectOf, screenshot } from "./harness.mjs";

const run = promisify(execFile);

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function importThroughPicker(page, name, text) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), click(page, "Import plan file...")]);
  await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("export then import gives the same plan, byte for byte", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await openApp(context, env.url);
  await page.evaluate(() => window.planner.createPlan("Double 11 雙十一"));
  await click(page, "section-convert");
  await click(page, "add-objectives-stage");
  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Export")]);
  assert.equal(download.suggestedFilename(), "Double 11 雙十一.plan.json");
  const exported = await readFile(await download.path(), "utf8");
  assert.equal(exported, await page.evaluate(() => window.planner.currentPlanJson()));
  const original = JSON.parse(exported);
  assert.equal(original.format, "funnelplan.plan");
  assert.equal(original.plan.objectives[0].stage, "convert");

  // Importing beside the original asks first; keeping both adds a second
  // plan under a new id.
  await importThroughPicker(page, "copy.plan.json", exported);
  await click(page, "import-keep-both");
  await page.waitForFunction(() => window.planner.listPlans().length === 2);
  const copy = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson()));
  assert.notEqual(copy.plan.id, original.plan.id);
  assert.deepEqual({ ...copy.plan, id: original.plan.id }, original.plan);

  // With the original gone, the import is the very same plan, byte for byte.
  await page.evaluate((id) => window.planner.openPlan(id), original.plan.id);
  await click(page, "Delete...");
  await click(page, "Delete plan");
  await page.evaluate((id) => window.planner.openPlan(id), copy.plan.id);
  await click(page, "Delete...");
  await click(page, "Delete plan");
  assert.equal((await page.evaluate(() => window.planner.listPlans())).length, 0);
  await importThroughPicker(page, "Double 11.plan.json", exported);
  await page.waitForFunction(() => window.planner.listPlans().length === 1);
  assert.equal(await page.evaluate(() => window.planner.currentPlanJson()), exported);
  await screenshot(page, "06-imported");
  await context.close();
});

test("Export tables downloads one zip of CSV files that a zip reader opens, each table as exportTables() gives it", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await openApp(context, env.url);
  await page.evaluate(() => window.planner.createPlan("双十一 · 더블11 · Khuyến mãi", "sample-double-11"));
  await click(page, "menu-plan");
  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "menu-export-tables")]);
  assert.equal(download.suggestedFilename(), "双十一 · 더블11 · Khuyến mãi-tables.zip");
  const bytes = await readFile(await download.path());
  const promised = await page.evaluate(() => window.planner.exportTablesZip());
  assert.equal(promised.filename, download.suggestedFilename());
  assert.ok(bytes.equals(Buffer.from(promised.base64, "base64")), "the download is exportTablesZip()'s bytes");

  // Python's zipfile, not our writer, reads it back.
  const { stdout } = await run("/usr/bin/python3", ["-c", `
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
print(json.dumps([{"name": i.filename, "text": z.read(i).decode("utf-8")} for i in z.infolist()]))`, await download.path()]);
  const files = JSON.parse(stdout);
  const tables = await page.evaluate(() => window.planner.exportTables());
  assert.deepEqual(files, tables);
  const names = files.map((f) => f.name);
  for (const table of ["objectives", "kpis", "channels", "tasks", "budget", "resources", "risks", "evaluation"])
    assert.ok(names.includes(`${table}.csv`), `${table}.csv is in the zip`);
  // UTF-8 with a byte-order mark, so that Excel reads Chinese and Korean.
  for (const f of files) assert.ok(f.text.startsWith("\ufeff"), `${f.name} starts with a BOM`);
  const plan = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson())).plan;
  const channels = files.find((f) => f.name === "channels.csv").text;
  for (const c of plan.channels) assert.ok(channels.includes(c.name), `channels.csv names ${c.name}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a broken file is refused with where and what, and nothing changes", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await page.evaluate(() => window.planner.createPlan("Keep me"));
  await page.evaluate(() => window.planner.flush());
  const before = await page.evaluate(() => window.planner.listPlans());
  const planBefore = await page.evaluate(() => window.planner.currentPlanJson());

  const broken = '{\n  "format": "funnelplan.plan",\n  "version": 1,\n  "plan": {\n    "id": "plan-x",\n    "name": 42\n  }\n}\n';
  await importThroughPicker(page, "broken.plan.json", broken);
  await rectOf(page, "Dismiss");
  await screenshot(page, "07-broken-file-refused");
  assert.deepEqual(await page.evaluate(() => window.planner.listPlans()), before);
  assert.equal(await page.evaluate(() => window.planner.currentPlanJson()), planBefore);

  const result = await page.evaluate((text) => window.planner.importPlanJson(text), broken);
  assert.equal(result.ok, false);
  assert.equal(result.planId, null);
  assert.match(result.error, /line 6, column 13, plan\.name: must be text, not a number/);
  assert.match(result.error, /the required field "currency" is missing/);

  const syntax = await page.evaluate(() => window.planner.importPlanJson('{"format": "funnelplan.plan",\n "version": 1,,}'));
  assert.match(syntax.error, /^line 2, column \d+, the file: syntax error/);
  const newer = await page.evaluate(() => window.planner.importPlanJson('{"format": "funnelplan.plan", "version": 99, "plan": {}}'));
  assert.match(newer.error, /newer Funnelplan/);
  assert.deepEqual(await page.evaluate(() => window.planner.listPlans()), before);

  // Files over the limit are refused without being read.
  const limit = await page.evaluate(() => window.planner.stats() && 8 * 1024 * 1024);
  await importThroughPicker(page, "huge.plan.json", " ".repeat(limit + 1));
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.planner.listPlans()), before);

  await page.reload();
  await page.evaluate(() => window.planner.ready);
  assert.deepEqual(await page.evaluate(() => window.planner.listPlans()), before);
  await context.close();
});

test("after one visit the site opens and works offline", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
  });
  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  assert.ok((await page.evaluate(() => window.planner.stats())).frames >= 1);
  const id = await page.evaluate(() => window.planner.createPlan("Made offline"));
  assert.ok(id.startsWith("plan-"));
  await click(page, "section-reach");
  await click(page, "add-objectives-stage");
  assert.equal(JSON.parse(await page.evaluate(() => window.planner.currentPlanJson())).plan.objectives.length, 1);
  await screenshot(page, "08-offline");
  await context.close();
});
