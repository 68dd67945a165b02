// Sharing a plan between people: a file that comes back to a plan that is
// here already, a workshop's groups merged into the facilitator's plan, and
// the plan and the effect-analysis report printed to PDF.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  artifacts, click, currentPlan, launch, newPlanFromTemplate, openApp, rectOf, replaceText,
  screenshot, scrollTo,
} from "./harness.mjs";

const run = promisify(execFile);

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const newContext = () =>
  env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });

// The open plan as the Export button downloads it.
async function exportThroughButton(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), click(page, "Export")]);
  return readFile(await download.path(), "utf8");
}

// Files chosen in the picker the click opens, as a user picks them.
async function pickFiles(page, label, files) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), click(page, label)]);
  await chooser.setFiles(files.map(({ name, text }) =>
    ({ name, mimeType: "application/json", buffer: Buffer.from(text) })));
}

// The plan's own fields apart from when it was last changed.
const unstamped = (file) => ({ ...JSON.parse(file).plan, modified: null });

test("a copy edited elsewhere comes back: the app asks, and Replace is one undo step", async () => {
  const mine = await newContext();
  const page = await openApp(mine, env.url);
  await newPlanFromTemplate(page, "Tết 2027 · 설날 · 春节", "sample-double-11");
  const original = await exportThroughButton(page);

  // A colleague opens the file in their own browser and changes the mission.
  const theirs = await newContext();
  const other = await openApp(theirs, env.url);
  await pickFiles(other, "Import plan file...", [{ name: "plan.plan.json", text: original }]);
  await other.waitForFunction(() => window.planner.listPlans().length === 1);
  await click(other, "section-plan");
  await replaceText(other, "mission", "Quà Tết cho khách quen · 단골에게 설 선물 · 老客户的春节礼物");
  const edited = await exportThroughButton(other);
  assert.equal(JSON.parse(edited).plan.id, JSON.parse(original).plan.id);
  await theirs.close();

  await pickFiles(page, "Import plan file...", [{ name: "edited.plan.json", text: edited }]);
  await rectOf(page, "import-replace");
  await screenshot(page, "sharing-import-choice");
  // Nothing changed while the dialog asks.
  assert.deepEqual(unstamped(await page.evaluate(() => window.planner.currentPlanJson())), unstamped(original));
  await click(page, "import-replace");
  assert.equal((await page.evaluate(() => window.planner.listPlans())).length, 1);
  assert.deepEqual(unstamped(await page.evaluate(() => window.planner.currentPlanJson())), unstamped(edited));
  await click(page, "Undo");
  assert.deepEqual(unstamped(await page.evaluate(() => window.planner.currentPlanJson())), unstamped(original));
  await click(page, "Redo");
  assert.deepEqual(unstamped(await page.evaluate(() => window.planner.currentPlanJson())), unstamped(edited));
  assert.deepEqual(page.errors, []);
  await mine.close();
});

test("three groups' files merge into the facilitator's plan; the one conflict is settled in the dialog", async () => {
  const facilitator = await newContext();
  const page = await openApp(facilitator, env.url);
  await newPlanFromTemplate(page, "Workshop 11.11", "sample-double-11");
  const base = await exportThroughButton(page);

  // Each group works in its own browser on the file handed out.
  const groupWork = [
    { file: "reach-act.plan.json", edits: [["mission", "种草：先让新客认识我们"], ["strategy/place", "天猫旗舰店"]] },
    { file: "convert.plan.json", edits: [["business", "전환 그룹: 첫 구매 전환"], ["strategy/place", "京东自营"]] },
    { file: "engage.plan.json", edits: [["strategy/promotion", "Tặng quà cho khách mua lần hai"]] },
  ];
  const files = [];
  for (const group of groupWork) {
    const context = await newContext();
    const groupPage = await openApp(context, env.url);
    await pickFiles(groupPage, "Import plan file...", [{ name: "workshop.plan.json", text: base }]);
    await groupPage.waitForFunction(() => window.planner.listPlans().length === 1);
    await click(groupPage, "section-plan");
    for (const [field, text] of group.edits) {
      await scrollTo(groupPage, field);
      await replaceText(groupPage, field, text);
    }
    files.push({ name: group.file, text: await exportThroughButton(groupPage) });
    await context.close();
  }

  await click(page, "menu-plan");
  await pickFiles(page, "menu-merge", files);
  await rectOf(page, "conflict-1-group-2");
  await screenshot(page, "sharing-merge-conflict");
  // Until it is finished, the plan is as it was, and Finish waits for the conflict.
  assert.deepEqual(unstamped(await page.evaluate(() => window.planner.currentPlanJson())), unstamped(base));
  await click(page, "merge-finish");
  assert.deepEqual(unstamped(await page.evaluate(() => window.planner.currentPlanJson())), unstamped(base));

  await click(page, "conflict-1-group-2");
  // Settled, both sides stay in view until the merge is finished.
  await rectOf(page, "settled-1-group-1");
  await rectOf(page, "settled-1-group-2");
  await screenshot(page, "sharing-merge-settled");
  await click(page, "merge-finish");
  const merged = (await currentPlan(page)).plan;
  assert.equal(merged.mission, "种草：先让新客认识我们");
  assert.equal(merged.business, "전환 그룹: 첫 구매 전환");
  assert.equal(merged.strategy.place, "京东自营");
  assert.equal(merged.strategy.promotion, "Tặng quà cho khách mua lần hai");
  assert.equal((await page.evaluate(() => window.planner.listPlans())).length, 1);
  await screenshot(page, "sharing-merged");

  // The whole merge is one undo step.
  await click(page, "Undo");
  assert.deepEqual(unstamped(await page.evaluate(() => window.planner.currentPlanJson())), unstamped(base));
  await click(page, "Redo");
  assert.equal((await currentPlan(page)).plan.strategy.place, "京东自营");
  assert.deepEqual(page.errors, []);
  await facilitator.close();
});

// Prints a report's tab to an A4 PDF in the artifacts, renders its pages to
// PNG with poppler's pdftoppm, and returns its page count by poppler's pdfinfo.
async function printToPdf(tab, name) {
  const pdf = join(artifacts, `${name}.pdf`);
  await tab.pdf({ path: pdf, format: "A4", printBackground: true });
  await run("pdftoppm", ["-png", "-r", "60", pdf, join(artifacts, name)]);
  const { stdout } = await run("pdfinfo", [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)[1]);
}

test("the plan and the effect-analysis report print to A4 from the Plan menu and Measure, with nothing that runs", async () => {
  const context = await newContext();
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "<img src=x onerror=alert(1)> 雙十一 · 더블11", "sample-double-11");
  const name = (await currentPlan(page)).plan.name;

  await click(page, "menu-plan");
  const [tab] = await Promise.all([context.waitForEvent("page"), click(page, "menu-print-plan")]);
  await tab.waitForLoadState();
  const violations = [];
  tab.on("console", (m) => violations.push(m.text()));
  assert.equal(await tab.evaluate(() => document.documentElement.lang), "en");
  // The plan's name is text, not markup: no image element came of it.
  assert.equal(await tab.evaluate(() => document.images.length), 0);
  assert.ok((await tab.evaluate(() => document.body.innerText)).includes(name));
  assert.ok(await tab.evaluate(() => document.querySelectorAll("h1, h2").length >= 5));
  assert.ok(await tab.evaluate(() => document.querySelectorAll("table th").length > 10));
  await tab.screenshot({ path: join(artifacts, "sharing-printed-plan.png"), fullPage: false });
  const pages = await printToPdf(tab, "sharing-printed-plan");
  assert.ok(pages >= 2 && pages <= 3, `the sample prints on 2 or 3 A4 pages, not ${pages}`);
  await tab.close();

  await click(page, "section-measure");
  const [review] = await Promise.all([context.waitForEvent("page"), click(page, "print-review")]);
  await review.waitForLoadState();
  assert.ok((await review.evaluate(() => document.body.innerText)).includes(name));
  const reviewPages = await printToPdf(review, "sharing-review-report");
  assert.ok(reviewPages >= 1 && reviewPages <= 3, `the review prints on 1 to 3 pages, not ${reviewPages}`);
  await review.close();
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a share link opens the plan read-only in another browser; Close forgets it, Import keeps it", async () => {
  const mine = await newContext();
  const page = await openApp(mine, env.url);
  await newPlanFromTemplate(page, "链接 · 링크 · Liên kết", "sample-double-11");
  await click(page, "menu-plan");
  await click(page, "menu-share-link");
  await rectOf(page, "Dismiss");
  const link = await page.evaluate(() => window.planner.shareLink());
  const planJson = await page.evaluate(() => window.planner.currentPlanJson());
  assert.ok(link.startsWith(`${env.url}#plan=1.`), link.slice(0, 80));
  assert.ok(link.length < 32 * 1024);
  // The plan travels packed in the fragment, which browsers never send.
  assert.doesNotMatch(link, /Liên|sample|"name"/);
  await mine.close();

  const theirs = await newContext();
  const other = await openApp(theirs, link);
  await rectOf(other, "shared-import");
  assert.equal(await other.evaluate(() => window.planner.currentPlanJson()), planJson);
  // Read-only: a click into a field and typing change nothing.
  await click(other, "section-plan");
  await click(other, "mission");
  await other.keyboard.type("xyz");
  await other.waitForTimeout(300);
  assert.equal(await other.evaluate(() => window.planner.currentPlanJson()), planJson);
  await screenshot(other, "sharing-link-read-only");

  // Closed, it leaves nothing behind, and the address loses the link.
  await click(other, "shared-close");
  assert.deepEqual(await other.evaluate(() => window.planner.listPlans()), []);
  assert.equal(await other.evaluate(() => location.hash), "");
  await other.reload();
  await other.evaluate(() => window.planner.ready);
  assert.deepEqual(await other.evaluate(() => window.planner.listPlans()), []);

  // Pasted into the open app's address bar (only the fragment changes), the
  // app starts again with the link; imported, the plan is kept as it came.
  await Promise.all([other.waitForEvent("load"), other.goto(link)]);
  await other.evaluate(() => window.planner.ready);
  await click(other, "shared-import");
  await other.evaluate(() => window.planner.flush());
  await other.goto(env.url);
  await other.evaluate(() => window.planner.ready);
  assert.equal((await other.evaluate(() => window.planner.listPlans())).length, 1);
  assert.equal(await other.evaluate(() => window.planner.currentPlanJson()), planJson);

  // A damaged link is refused with why, and nothing changes.
  await Promise.all([other.waitForEvent("load"), other.goto(`${env.url}#plan=1.AAAA*`)]);
  await other.evaluate(() => window.planner.ready);
  await rectOf(other, "Dismiss");
  await screenshot(other, "sharing-link-damaged");
  assert.equal((await other.evaluate(() => window.planner.listPlans())).length, 1);
  assert.deepEqual(other.errors, []);
  await theirs.close();
});

test("a plan too large for a link is refused with the advice to send the file", async () => {
  const context = await newContext();
  const page = await openApp(context, env.url);
  await newPlanFromTemplate(page, "Big", "sample-double-11");
  const file = await currentPlan(page);
  // Text that packs badly: 1,500 tasks named by random digits.
  const random = () => Array.from({ length: 48 }, () => Math.floor(Math.random() * 36).toString(36)).join("");
  for (let i = 0; i < 1500; i++)
    file.plan.tasks.push({ ...file.plan.tasks[0], id: `task-big-${i}`, title: random(), depends_on: [] });
  const imported = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(file));
  assert.equal(imported.ok, true, imported.error);
  assert.equal(await page.evaluate(() => window.planner.shareLink()), null);
  await click(page, "menu-plan");
  await click(page, "menu-share-link");
  await rectOf(page, "Dismiss");
  await screenshot(page, "sharing-link-too-large");
  await context.close();
});
