// Glyphs in the browser: how long the frames take that add characters the
// interface's font lacks (drawn by the browser, platform/glyph_atlas.h), at
// pixel ratios 1 and 2, when an imported plan brings hundreds at once; and
// how long a character typed on a warm cache takes to be drawn. Budgets
// (issue 10): no glyph-adding frame over 50 ms at ratio 2; a typed
// character drawn within 200 ms. Prints a Markdown table for
// docs/benchmarks.md and exits 1 when a budget is broken.
// Usage: node tests/bench/glyphs_bench.mjs   (site: FP_SITE or build/web/site)
import { launch, openApp, settle } from "../e2e/harness.mjs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const templates = join(here, "../../assets/templates");

// Distinct characters: common Han ideographs and Hangul syllables, none of
// them in the interface's own font.
function characters(count, from) {
  const out = [];
  for (let i = 0; out.length < count; ++i) {
    out.push(String.fromCodePoint(0x4e00 + from + i * 7));
    if (out.length < count) out.push(String.fromCodePoint(0xac00 + from + i * 13));
  }
  return out;
}

// The sample plan with `tasks` tasks, each title and owner new characters.
async function planWith(tasks, seed, latin) {
  const file = JSON.parse(await readFile(join(templates, "sample-double-11.plan.json"), "utf8"));
  const chars = latin ? Array.from({ length: tasks * 18 }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[i % 26])
    : characters(tasks * 18, seed);
  const first = file.plan.tasks[0];
  file.plan.id = `plan-glyph-bench-${seed}`;
  file.plan.name = chars.slice(0, 6).join("");
  file.plan.tasks = Array.from({ length: tasks }, (_, i) => ({
    ...first,
    id: `task-bench-${i}`,
    title: chars.slice(i * 18, i * 18 + 12).join(""),
    owner: chars.slice(i * 18 + 12, i * 18 + 18).join(""),
    depends_on: [],
  }));
  return file;
}

// Every frame's CPU time and what adding glyphs took of the main thread,
// from now until the glyphs have been added.
const recordFrames = (page) => page.evaluate(() => new Promise((done) => {
  const frames = [];
  let seen = window.planner.stats().frames;
  let quiet = 0;
  const tick = () => {
    const s = window.planner.stats();
    if (s.frames !== seen) { frames.push({ cpu: s.lastFrameCpuMs, glyphs: s.glyphMs }); seen = s.frames; }
    quiet = s.fontsLoading || frames.length === 0 ? 0 : quiet + 1;
    if (quiet > 10) done(frames); else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => x.toFixed(1);

async function importBurst(env, ratio, tasks, latin = false) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: ratio });
  const page = await openApp(context, env.url);
  const file = await planWith(tasks, ratio * 1000 + tasks, latin);
  const started = Date.now();
  const recording = recordFrames(page);
  const result = await page.evaluate((text) => {
    const r = window.planner.importPlanJson(text);
    window.planner.openPlan(r.planId);
    return r;
  }, JSON.stringify(file));
  if (!result.ok) throw new Error(result.error);
  // The Execution section shows the tasks' titles and owners.
  const execution = await page.evaluate(() => window.planner.itemRect("section-execution"));
  await page.mouse.click(execution.x + execution.width / 2, execution.y + execution.height / 2);
  const frames = await recording;
  const took = Date.now() - started;
  const stats = await page.evaluate(() => window.planner.stats());
  const shown = await page.evaluate((n) => {
    let rows = 0;
    for (let i = 0; i < n; ++i) if (window.planner.itemRect(`tasks/task-bench-${i}/title`)) ++rows;
    return rows;
  }, tasks);
  await context.close();
  return { ratio, tasks, latin, shown: latin ? 0 : shown * 18, frames, took, missing: stats.missingGlyphs };
}

// Each character put in through the text agent as an input method commits
// it; drawn once a frame has followed the one after which no glyph was
// still to be added.
async function typed(env, ratio, chars) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: ratio });
  const page = await openApp(context, env.url);
  const field = await page.evaluate(() => window.planner.itemRect("New plan name"));
  await page.mouse.click(field.x + 20, field.y + field.height / 2);
  await settle(page);
  // Warm the browser's font cache with other characters of the same fonts.
  await page.keyboard.insertText("中文한국");
  await settle(page);
  await page.waitForFunction(() => !window.planner.stats().fontsLoading);
  await new Promise((r) => setTimeout(r, 1000));
  const runs = [];
  for (const ch of chars) {
    runs.push(await page.evaluate((c) => new Promise((done) => {
      const agent = document.getElementById("text-agent");
      const start = performance.now();
      const before = window.planner.stats().frames;
      let settledAt = 0;
      agent.value = c;
      agent.dispatchEvent(new InputEvent("input", { data: c, inputType: "insertText" }));
      const tick = () => {
        const s = window.planner.stats();
        if (!settledAt && s.frames > before && !s.fontsLoading && s.pendingInput === 0) settledAt = s.frames;
        if (settledAt && s.frames > settledAt) done({ ms: performance.now() - start, frames: s.frames - before });
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }), ch));
    await new Promise((r) => setTimeout(r, 50));
  }
  await context.close();
  return runs;
}

const env = await launch();
const bursts = [];
for (const ratio of [1, 2]) {
  for (const tasks of [10, 40]) {
    bursts.push(await importBurst(env, ratio, tasks, true));
    bursts.push(await importBurst(env, ratio, tasks));
  }
}
const typing = [];
for (const ratio of [1, 2]) {
  typing.push({ ratio, script: "Latin", runs: await typed(env, ratio, "abcdefghijklmnopqrst".split("")) });
  typing.push({ ratio, script: "Han and Hangul, new", runs: await typed(env, ratio, characters(20, 3000)) });
}
await env.close();

let broken = false;
const max = (xs) => Math.max(...xs);
console.log("| pixel ratio | tasks imported | text | new characters on screen | frames until all drawn | median frame | slowest frame | most glyph time in one frame | import to all drawn | missing |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const b of bursts) {
  const cpu = b.frames.map((f) => f.cpu), glyphs = b.frames.map((f) => f.glyphs);
  if (!b.latin && b.ratio === 2 && max(glyphs) > 50) broken = true;
  console.log(`| ${b.ratio} | ${b.tasks} | ${b.latin ? "Latin" : "Han and Hangul"} | ${b.latin ? "none" : `about ${b.shown}`} | ${b.frames.length} | ${fmt(median(cpu))} ms | ${fmt(max(cpu))} ms | ${fmt(max(glyphs))} ms | ${b.took} ms | ${b.missing} |`);
}
console.log("\n| pixel ratio | characters typed | frames, typed to drawn (median) | median, typed to drawn | slowest |");
console.log("|---|---|---|---|---|");
for (const t of typing) {
  const ms = t.runs.map((r) => r.ms);
  console.log(`| ${t.ratio} | 20 ${t.script} | ${median(t.runs.map((r) => r.frames))} | ${fmt(median(ms))} ms | ${fmt(max(ms))} ms |`);
}
if (broken) {
  console.error("\nA budget is broken: adding glyphs took over 50 ms of one frame at ratio 2.");
  process.exit(1);
}
