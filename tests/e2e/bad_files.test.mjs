// The malformed files of tests/data/bad/ imported through the real import
// widget, each refused with the message tests/data/bad/expected.json gives
// for it (the one fpcli prints), while the plans stored before stay byte for
// byte what they were: through window.planner, in IndexedDB and in the
// localStorage journal, and after a reload.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { click, launch, openApp, screenshot, settle } from "./harness.mjs";

const run = promisify(execFile);
const data = join(dirname(fileURLToPath(import.meta.url)), "../data/bad");
const manifest = JSON.parse(await readFile(join(data, "expected.json"), "utf8"));

let env, big;
before(async () => {
  env = await launch();
  big = await mkdtemp(join(tmpdir(), "fp-bad-files-"));
  await run("/usr/bin/python3", [join(data, "generate.py"), "--big", big]);
});
after(async () => {
  await env.close();
  await rm(big, { recursive: true, force: true });
});

// Every stored plan as the public API gives it, the raw IndexedDB records
// (text and when each was saved) and localStorage (the write journal). By
// id: a reload lists the plans in the order storage keeps them.
async function stored(page) {
  await page.evaluate(() => window.planner.flush());
  const plans = await page.evaluate(() => window.planner.listPlans().map(({ id, name }) => {
    window.planner.openPlan(id);
    return { id, name, json: window.planner.currentPlanJson() };
  }).sort((a, b) => (a.id < b.id ? -1 : 1)));
  const records = await page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open("funnelplan");
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction("plans").objectStore("plans").getAll();
      all.onsuccess = () => { open.result.close(); done(all.result); };
    };
  }));
  const journal = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  return { plans, records, journal };
}

// The files as a user picks them in the import widget's file chooser.
async function importThroughPicker(page, file) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), click(page, "import-plan")]);
  await chooser.setFiles(file);
}

// What is shown once the app has taken the file: the notice's title and lines.
async function refusal(page) {
  const handle = await page.waitForFunction(() => window.planner.notice(), null, { timeout: 20000 });
  await settle(page);
  return handle.jsonValue();
}

// Screenshots of the notice for these: one of each kind the app meets.
const shown = new Set(["empty.plan.json", "png-image.plan.json", "utf16-le-bom.plan.json",
  "nesting-10000-deep.plan.json", "duplicate-key-plan.plan.json", "truncated-09-inside-character.plan.json",
  "number-1e400.plan.json", "dangling-phase.plan.json", "huge-string-50mb.plan.json"]);

test("every bad file is refused with what is wrong and where, and no stored plan changes", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  // Three plans: the Chinese sample with Korean and Vietnamese text, and two
  // made in the app.
  const source = JSON.parse(await readFile(join(data, "source.plan.json"), "utf8"));
  source.plan.id = "plan-stored-1";
  source.plan.name = "双11新品冲刺 · 더블 11 신제품 · Khuyến mãi 11.11";
  source.plan.mission = "在双11推出新品 · 11월 11일 신제품 출시 · Ra mắt sản phẩm mới dịp 11.11";
  const added = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(source));
  assert.ok(added.ok, added.error);
  await page.evaluate(() => window.planner.createPlan("Tết 2027 · 설날 · 春节", "launch"));
  await page.evaluate(() => window.planner.createPlan("Membership 2027", "membership"));
  const before = await stored(page);
  assert.equal(before.plans.length, 3);
  assert.equal(before.records.length, 3);
  const sample = before.plans.find((p) => p.id === "plan-stored-1");
  assert.ok(sample.json.includes("Khuyến mãi") && sample.json.includes("신제품"));

  const refused = manifest.files.filter((f) => f.exit !== 0);
  assert.ok(refused.length >= 50);
  for (const f of refused) {
    await importThroughPicker(page, join(f.generated ? big : data, f.file));
    const notice = await refusal(page);
    assert.equal(notice.error, true, f.file);
    assert.equal(notice.title, `"${f.file}" was not imported; nothing was changed.`);
    assert.deepEqual(notice.lines, f.app ?? f.messages, f.file);
    if (shown.has(f.file)) await screenshot(page, `bad-file-${f.file.replace(/\.plan\.json$/, "")}`);
    await click(page, "Dismiss");
    await page.waitForFunction(() => window.planner.notice() === null);
  }
  assert.deepEqual(await stored(page), before);
  await page.reload();
  await page.evaluate(() => window.planner.ready);
  assert.deepEqual(await stored(page), before);

  // A UTF-8 byte-order mark before a valid plan is no fault: it is imported
  // as a new plan, and the others stay as they were.
  const bom = manifest.files.find((f) => f.file === "bom-valid.plan.json");
  assert.equal(bom.exit, 0);
  await importThroughPicker(page, join(data, bom.file));
  await page.waitForFunction(() => window.planner.listPlans().length === 4);
  const withBom = await stored(page);
  assert.deepEqual(withBom.plans.filter((p) => before.plans.some((b) => b.id === p.id)), before.plans);
  assert.deepEqual(page.errors, []);
  await context.close();
});
