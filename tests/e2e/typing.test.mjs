// Typing in the planners' languages: text composed with an input method
// (Chrome DevTools' Input.imeSetComposition, then Input.insertText, as
// pinyin, Hangul assembly and Telex deliver it) goes into a plan's name, a
// table cell and a multi-line field exactly once, at the caret, and one undo
// takes it out; the composition shows at the caret while it is made; text in
// each script pastes from and copies to the system clipboard (touch screens:
// touch.test.mjs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  click, currentPlan, glyphsSettled, launch, openApp, rectOf, screenshot, scrollTo, settle, shownDate,
} from "./harness.mjs";
import { samplePlanIn } from "./scripts.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

// What an input method sends while a word is composed, then what it commits.
const COMPOSED = {
  zh: { steps: ["n", "ni", "nih", "nihao", "你好"], commit: "你好" },
  ko: { steps: ["ㅎ", "하", "한", "한ㄱ", "한구", "한국"], commit: "한국" },
  vi: { steps: ["V", "Vi", "Vie", "Viê", "Viêt", "Việt"], commit: "Việt" },
};

async function compose(page, cdp, { steps, commit }, { whileComposing } = {}) {
  for (const text of steps) {
    await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
  }
  if (whileComposing) await whileComposing();
  await cdp.send("Input.insertText", { text: commit });
  await settle(page);
}

const plan = async (page) => (await currentPlan(page)).plan;

test("text composed with an input method arrives once, in a name, a cell and a multi-line field", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openApp(context, env.url);
  const cdp = await context.newCDPSession(page);

  // The new plan's name: Chinese, Korean and Vietnamese words, spaces typed between.
  await click(page, "New plan name");
  await compose(page, cdp, COMPOSED.zh, {
    whileComposing: async () => {
      // The composition is shown where the user types: at the field's caret.
      const shown = await page.evaluate(() => {
        const agent = document.getElementById("text-agent");
        const r = agent.getBoundingClientRect();
        return { composing: agent.classList.contains("composing"), value: agent.value, x: r.x, y: r.y };
      });
      const field = await rectOf(page, "New plan name");
      assert.equal(shown.composing, true);
      assert.equal(shown.value, COMPOSED.zh.steps.at(-1));
      assert.ok(shown.x >= field.x && shown.x <= field.x + field.width && Math.abs(shown.y - field.y) < field.height,
        `the composition at ${shown.x},${shown.y}, the field at ${JSON.stringify(field)}`);
      await screenshot(page, "typing-composition");
    },
  });
  await page.keyboard.type(" ");
  await compose(page, cdp, COMPOSED.ko);
  await page.keyboard.type(" ");
  await compose(page, cdp, COMPOSED.vi);
  await settle(page);
  await click(page, "Create plan");
  assert.equal((await plan(page)).name, "你好 한국 Việt");

  // A table cell: a KPI's metric, replaced by a composed word; one undo
  // brings the old text back.
  await click(page, "Template");
  await click(page, "template-sample-double-11");
  await click(page, "Create plan");
  await click(page, "section-measure");
  let current = await plan(page);
  const kpi = current.kpis[0];
  await scrollTo(page, `kpis/${kpi.id}/metric`);
  await click(page, `kpis/${kpi.id}/metric`);
  await page.keyboard.press("Control+A");
  await compose(page, cdp, COMPOSED.ko);
  await page.keyboard.press("Tab");
  await settle(page);
  current = await plan(page);
  assert.equal(current.kpis[0].metric, "한국");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Z");
  await settle(page);
  assert.equal((await plan(page)).kpis[0].metric, kpi.metric);

  // A multi-line field: two lines, the second composed after Enter.
  await click(page, "section-plan");
  await scrollTo(page, "strategy/product");
  await click(page, "strategy/product");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await compose(page, cdp, COMPOSED.zh);
  await page.keyboard.press("Enter");
  await compose(page, cdp, COMPOSED.vi);
  await settle(page);
  await glyphsSettled(page);
  await screenshot(page, "typing-multiline");
  await page.keyboard.press("Tab"); // Escape would cancel the edit
  await settle(page);
  const stats = await glyphsSettled(page);
  assert.equal(stats.missingGlyphs, 0);

  // The exported file holds exactly that text, and one undo takes it out.
  const exported = JSON.parse(await page.evaluate(() => window.planner.currentPlanJson()));
  assert.equal(exported.plan.strategy.product, "你好\nViệt");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Z");
  await settle(page);
  assert.equal((await plan(page)).strategy.product, current.strategy.product);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("text in each script pastes from the clipboard and copies to it", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await openApp(context, env.url);
  await click(page, "New plan name");
  for (const text of ["雙11新品推廣", "双11新品推广", "더블11 신제품", "Khuyến mãi 11.11", "¿Año nuevo? ñ é"]) {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Control+V");
    await settle(page);
    // Copy it back out: select all, Ctrl+C, read the system clipboard.
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Control+C");
    await settle(page);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
  }
  await click(page, "Create plan");
  assert.equal((await plan(page)).name, "¿Año nuevo? ñ é");
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a table and a row copy as tab-separated text in every script", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await openApp(context, env.url);
  const file = await samplePlanIn(["zh-Hant", "ko", "vi"], "복사 Sao chép 複製");
  // A title with a tab, a line break and quotes, which a spreadsheet reads only when quoted.
  file.plan.tasks[1].title = '直播\t"預熱"\nLượt 2';
  const result = await page.evaluate((text) => window.planner.importPlanJson(text), JSON.stringify(file));
  assert.equal(result.ok, true, result.error);
  await page.evaluate((id) => window.planner.openPlan(id), result.planId);
  await click(page, "section-execution");
  const { tasks, phases } = await plan(page);
  const phaseName = (task) => phases.find((p) => p.id === task.phase_id).name;
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await click(page, "copy-tasks");
  await settle(page);
  const lines = parseTsv(await clipboard());
  assert.equal(lines.length, tasks.length + 1);
  assert.deepEqual(lines[0].slice(0, 3), ["Task", "Phase", "Starts"]);
  tasks.forEach((task, i) => {
    assert.equal(lines[i + 1][0], task.title);
    assert.equal(lines[i + 1][1], phaseName(task));
    assert.equal(lines[i + 1][2], shownDate(task.dates.start)); // as an English plan shows it
  });
  await screenshot(page, "copy-table");

  // A right click on a row offers it alone.
  const cell = await rectOf(page, `tasks/${tasks[2].id}/owner`);
  await page.mouse.click(cell.x + cell.width / 2, cell.y + cell.height / 2, { button: "right" });
  await click(page, "copy-row");
  await settle(page);
  assert.deepEqual(parseTsv(await clipboard()), [lines[3]]);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Tab-separated text as a spreadsheet reads it: quoted cells may hold tabs,
// line breaks and doubled quotes.
function parseTsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; ++i; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === "\t") { row.push(cell); cell = ""; }
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else cell += c;
  }
  return rows;
}
