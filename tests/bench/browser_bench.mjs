// Funnelplan in the browser against a floor (issue 16): a bare Dear ImGui
// app built from the same ImGui sources with the same Emscripten and link
// flags (tests/bench/floor). Both are served on loopback and loaded in
// headless Chromium at 1280x800, alternately, and measured for:
//   first visit   English, no service worker, empty cache: the gzipped bytes
//                 of everything loaded, and navigation start to first frame
//   repeat visit  the second visit, its service worker installed: first frame
//   frame cost    stats().lastFrameCpuMs in five sections, the Double-11
//                 sample against the large sample (fpcli's large-sample)
//   idle          frames drawn in 5 s without input once settled, and how
//                 many animation frames an input waits for its answer
//   files         import and export of a 5 MB plan; the longest the main
//                 thread is blocked while a large plan is saved
//   memory        the wasm heap with the large plan open
// Writes build/bench/results.json and the generated part of
// docs/benchmarks.md ("Against a bare ImGui app"), prints the table, and
// exits 1 when a budget is not met. Timings are this machine's: run it on
// an otherwise idle machine (the load is recorded).
// Usage: node tests/bench/browser_bench.mjs, after make bench has built the
// site (FP_SITE), the floor (FP_FLOOR, build/web/floor) and the plans
// (build/bench/large.plan.json and large-5mb.plan.json).
import { launch, openApp, settle, click, scrollTo } from "../e2e/harness.mjs";
import { startServer } from "../../scripts/serve.mjs";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const floorDir = resolve(process.env.FP_FLOOR || join(root, "build/web/floor"));
const benchDir = join(root, "build/bench");
const LOADS = Number(process.env.FP_BENCH_LOADS || 7); // per kind and visit; the issue asks for 5 or more
const FRAMES = 30; // frames measured per section
const SECTIONS = ["overview", "execution", "timeline", "forecast", "measure"];
const viewport = { width: 1280, height: 800 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();
const progress = (what) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${what}`);

const env = await launch();
const floor = await startServer(floorDir);
const urls = { app: env.url, floor: floor.url };
const chromium = env.browser.version();
const loadAtStart = loadavg();

// --- loads ---------------------------------------------------------------------

// Navigation start to the end of the first frame, as each page states it:
// the app's stats().firstFrameMs, the floor's window.floorFirstFrameMs.
async function firstFrame(page, kind) {
  if (kind === "app") {
    await page.evaluate(() => window.planner.ready);
    return page.evaluate(() => window.planner.stats().firstFrameMs);
  }
  return (await page.waitForFunction(() => window.floorFirstFrameMs, null, { timeout: 30000 })).jsonValue();
}

// A first visit: a new context (empty cache and storage) with service
// workers blocked. Every response is gzipped at level 9, as a static host
// would serve it; what arrives within a second of the first frame counts.
async function firstVisit(kind) {
  const context = await env.browser.newContext({ viewport, locale: "en-US", serviceWorkers: "block" });
  const bodies = [];
  context.on("response", (r) => bodies.push(r.body().then((b) => ({
    file: new URL(r.url()).pathname.split("/").pop() || "index.html",
    bytes: b.length,
    gzipped: gzipSync(b, { level: 9 }).length,
  })).catch(() => null)));
  const page = await context.newPage();
  await page.goto(urls[kind]);
  const ms = await firstFrame(page, kind);
  await sleep(1000);
  const files = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  return { ms, files, gzipped: files.reduce((n, f) => n + f.gzipped, 0), bytes: files.reduce((n, f) => n + f.bytes, 0) };
}

// A repeat visit: the first visit installs the service worker (each
// caches every file on install), the second is measured.
async function repeatVisit(kind) {
  const context = await env.browser.newContext({ viewport, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(urls[kind]);
  await firstFrame(page, kind);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto(urls[kind]);
  const ms = await firstFrame(page, kind);
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  await context.close();
  if (!controlled) throw new Error(`the ${kind}'s repeat visit did not come from its service worker`);
  return ms;
}

// Floor and app alternately, so that the machine's load falls on both alike.
const loads = { first: { floor: [], app: [] }, repeat: { floor: [], app: [] } };
progress(`${LOADS} first and repeat visits of each, alternating`);
for (let i = 0; i < LOADS; ++i) {
  for (const kind of i % 2 ? ["app", "floor"] : ["floor", "app"]) {
    loads.first[kind].push(await firstVisit(kind));
    loads.repeat[kind].push(await repeatVisit(kind));
  }
}

// The floor's heap, for scale beside the app's.
async function floorHeap() {
  const context = await env.browser.newContext({ viewport, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(urls.floor);
  await firstFrame(page, "floor");
  const bytes = await page.evaluate(() => window.Module.HEAPU8.buffer.byteLength);
  await context.close();
  return bytes;
}

// --- the app at work ----------------------------------------------------------------

const largeText = await readFile(join(benchDir, "large.plan.json"), "utf8");
const fiveMbText = await readFile(join(benchDir, "large-5mb.plan.json"), "utf8");
const counts = (text) => {
  const p = JSON.parse(text).plan;
  return { bytes: Buffer.byteLength(text), objectives: p.objectives.length, tasks: p.tasks.length,
    kpis: p.kpis.length, channels: p.channels.length, risks: p.risks.length };
};

// Imports a plan file in the page and opens it; the import's time in ms.
async function importPlan(page, text) {
  const r = await page.evaluate((t) => {
    const start = performance.now();
    const result = window.planner.importPlanJson(t);
    const ms = performance.now() - start;
    if (result.ok) window.planner.openPlan(result.planId);
    return { ...result, ms };
  }, text);
  if (!r.ok) throw new Error(`the import was refused: ${r.error}`);
  await settle(page);
  return r.ms;
}

// The CPU time of FRAMES frames of the open section, each drawn because of
// input (Shift pressed or released, which changes nothing on screen; sent
// in the page, so that no round trip to this script paces the frames),
// after five to let the section settle.
async function frameCost(page, section) {
  await click(page, `section-${section}`);
  const times = await page.evaluate(async (n) => {
    const out = [];
    for (let i = 0; i < n + 5; ++i) {
      const before = window.planner.stats().frames;
      window.dispatchEvent(new KeyboardEvent(i % 2 ? "keyup" : "keydown", { key: "Shift", code: "ShiftLeft" }));
      await new Promise((done) => {
        const tick = () => (window.planner.stats().frames > before ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      });
      if (i >= 5) out.push(window.planner.stats().lastFrameCpuMs);
    }
    return out;
  }, FRAMES);
  return { median: median(times), max: Math.max(...times) };
}

async function sectionCosts(page) {
  const out = {};
  for (const s of SECTIONS) out[s] = await frameCost(page, s);
  return out;
}

const waitIdle = (page) => page.waitForFunction(() => window.planner.stats().idle, null, { timeout: 30000, polling: 200 });

// Frames drawn over 5 s without input once the loop has stopped, then
// the animation frames from a mouse move until the app has drawn a frame.
async function idle(page) {
  await waitIdle(page);
  const before = await page.evaluate(() => window.planner.stats().frames);
  await sleep(5000);
  const frames = (await page.evaluate(() => window.planner.stats().frames)) - before;
  // The check's own animation frames are asked for after the app's
  // listener has run (window hears a move after the document does), so
  // the first of them follows the app's next frame.
  await page.evaluate(() => {
    window.benchAnswer = new Promise((done) => {
      window.addEventListener("mousemove", () => {
        const start = window.planner.stats().frames;
        let waited = 0;
        const tick = () => {
          ++waited;
          if (window.planner.stats().frames > start) done(waited);
          else if (waited >= 60) done(null);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }, { once: true });
    });
  });
  await page.mouse.move(700, 500);
  const answeredAfter = await page.evaluate(() => window.benchAnswer);
  return { frames, answeredAfter };
}

// Saving the open large plan after one edit. While the edit is typed, the
// page records each frame the app draws (whether a save is pending, its CPU
// time) and every stretch the main thread ran none of a stream of
// MessageChannel messages, which fill each gap it leaves. The save waits
// SAVE_DELAY_MS after the edit's frame (the first seen with it pending),
// then is written a slice a frame until a frame has none pending; the
// longest block while saving is the longest stretch from then until
// IndexedDB has the plan (flush()). Long tasks (50 ms or more, all the Long
// Tasks API reports) over the same time are counted too.
const SAVE_DELAY_MS = 300; // Session::kSaveDelayMs
async function saveBlock(page) {
  await click(page, "section-execution");
  await page.evaluate(() => window.planner.flush());
  await waitIdle(page);
  const cell = await scrollTo(page, "tasks/task-0/title");
  await page.evaluate(() => {
    const rec = { frames: [], gaps: [], longTasks: [], running: true };
    window.benchSave = rec;
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last > 4) rec.gaps.push({ start: last, end: now });
      last = now;
      if (rec.running) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    rec.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
    });
    rec.observer.observe({ type: "longtask" });
    let seen = window.planner.stats().frames;
    const tick = () => {
      const s = window.planner.stats();
      if (s.frames !== seen) {
        seen = s.frames;
        rec.frames.push({ at: performance.now(), saving: s.saving, cpu: s.lastFrameCpuMs, save: s.saveMs });
      }
      if (rec.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // One character added to a task's title, as a user would.
  await page.mouse.click(cell.x + cell.width / 2, cell.y + cell.height / 2);
  await settle(page);
  await page.keyboard.press("End");
  await page.keyboard.type("!");
  await page.evaluate(() => { window.benchSave.tabAt = performance.now(); });
  await page.keyboard.press("Tab");
  await settle(page);
  return page.evaluate(async (delay) => {
    const rec = window.benchSave;
    const edit = () => rec.frames.findIndex((f) => f.saving);
    const saved = () => {
      const e = edit();
      const i = e < 0 ? -1 : rec.frames.findIndex((f, k) => k > e && !f.saving);
      return i > 0 ? i : null;
    };
    const waitUntil = performance.now() + 10000;
    while (saved() === null && performance.now() < waitUntil) await new Promise((r) => setTimeout(r, 50));
    await window.planner.flush();
    const done = performance.now();
    await new Promise((r) => setTimeout(r, 100));
    rec.running = false;
    rec.observer.disconnect();
    const e = edit();
    const i = saved();
    // The edit's own frames can take over the pause (the app draws in the
    // Tab's event until its input is taken): then no frame was seen with the
    // save pending, and edit and save are measured together, from the Tab.
    const withEdit = e < 0 || i === null;
    const from = withEdit ? rec.tabAt : rec.frames[e].at + delay;
    const during = (start) => start >= from && start <= done;
    const longest = Math.max(0, ...rec.gaps.filter((g) => during(g.start)).map((g) => g.end - g.start));
    const longTasks = rec.longTasks.filter((t) => during(t.start)).map((t) => t.duration);
    // For scale: the longest stretch over the ordinary frames of the pause
    // between the edit and the save, which write nothing.
    const pause = withEdit ? [] : rec.gaps.filter((g) => g.start >= rec.frames[e].at && g.start < from);
    const ordinary = pause.length ? Math.max(...pause.map((g) => g.end - g.start)) : null;
    const saveFrames = withEdit ? [] : rec.frames.slice(0, i + 1).filter((f) => f.at >= from);
    const most = (key) => (saveFrames.length ? Math.max(...saveFrames.map((f) => f[key])) : null);
    return {
      longest, ordinary, withEdit, longTasks,
      frames: saveFrames.length,
      maxFrameCpu: most("cpu"),
      // The part of a frame the save took (stats().saveMs): what a save
      // adds to a frame, whatever else the frame and the machine do.
      maxSaveMs: most("save"),
      lastSaveMs: saveFrames.length ? saveFrames[saveFrames.length - 1].save : null,
    };
  }, SAVE_DELAY_MS);
}

// The large sample: frame costs, the save, and the heap.
async function largePlan() {
  const context = await env.browser.newContext({ viewport, locale: "en-US" });
  const page = await openApp(context, env.url);
  const importMs = await importPlan(page, largeText);
  const sections = await sectionCosts(page);
  const heap = await page.evaluate(() => window.Module.HEAPU8.buffer.byteLength);
  const save = await saveBlock(page);
  const errors = page.errors;
  await context.close();
  return { importMs, sections, heap, save, errors };
}

async function samplePlan() {
  const context = await env.browser.newContext({ viewport, locale: "en-US" });
  const page = await openApp(context, env.url);
  await page.evaluate(() => window.planner.createPlan("Double 11", "sample-double-11"));
  await settle(page);
  const sections = await sectionCosts(page);
  await click(page, "section-overview");
  const idleResult = await idle(page);
  await context.close();
  return { sections, idle: idleResult };
}

// A 5 MB plan imported (into an app holding no plan) and exported (the
// file text Export writes, currentPlanJson), each timed in the page.
async function fiveMb() {
  const imports = [], exports = [];
  for (let i = 0; i < 3; ++i) {
    const context = await env.browser.newContext({ viewport, locale: "en-US" });
    const page = await openApp(context, env.url);
    imports.push(await importPlan(page, fiveMbText));
    exports.push(...await page.evaluate(() => Array.from({ length: 3 }, () => {
      const start = performance.now();
      const text = window.planner.currentPlanJson();
      if (!text) throw new Error("nothing to export");
      return performance.now() - start;
    })));
    await context.close();
  }
  return { import: median(imports), export: median(exports) };
}

progress("the sample: frame cost and idle");
const sample = await samplePlan();
progress("the large plan: frame cost, heap and saving");
const large = await largePlan();
progress("a 5 MB plan imported and exported");
const files = await fiveMb();
const floorHeapBytes = await floorHeap();
const loadAtEnd = loadavg();
await env.close();
await new Promise((done) => floor.server.close(done));

// --- report ---------------------------------------------------------------------------

const first = {
  floor: { gzipped: median(loads.first.floor.map((l) => l.gzipped)), ms: median(loads.first.floor.map((l) => l.ms)) },
  app: { gzipped: median(loads.first.app.map((l) => l.gzipped)), ms: median(loads.first.app.map((l) => l.ms)) },
};
const repeat = { floor: median(loads.repeat.floor), app: median(loads.repeat.app) };
// What each file weighs on a first visit (the last one's, which are alike).
const breakdown = (kind) => loads.first[kind].at(-1).files;

const KB = (b) => `${(b / 1024).toFixed(0)} KB`;
const MB = (b) => `${(b / 1048576).toFixed(1)} MB`;
const ms = (x) => (x === null ? "–" : `${x.toFixed(1)} ms`);
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const yes = (ok) => (ok ? "yes" : "**no**");
const rows = [];
const budgets = [];
const row = (what, floorText, appText, ratioText, budget, met) => {
  rows.push(`| ${what} | ${floorText || "–"} | ${appText} | ${ratioText || "–"} | ${budget} | ${yes(met)} |`);
  budgets.push({ what, budget, met });
};
row("first visit, gzipped", KB(first.floor.gzipped), KB(first.app.gzipped), ratio(first.app.gzipped, first.floor.gzipped),
  "<= 2.5x floor", first.app.gzipped <= 2.5 * first.floor.gzipped);
row("first visit, gzipped, in all", "", KB(first.app.gzipped), "", "<= 450 KB", first.app.gzipped <= 450 * 1024);
row("first visit, navigation to first frame", ms(first.floor.ms), ms(first.app.ms), ratio(first.app.ms, first.floor.ms),
  "<= 1.3x floor", first.app.ms <= 1.3 * first.floor.ms);
row("repeat visit, navigation to first frame", ms(repeat.floor), ms(repeat.app), ratio(repeat.app, repeat.floor),
  "<= 1.2x floor", repeat.app <= 1.2 * repeat.floor);
row("idle: frames in 5 s without input", "", String(sample.idle.frames), "", "0", sample.idle.frames === 0);
row("idle: animation frames until an input is answered", "", String(sample.idle.answeredAfter), "", "1",
  sample.idle.answeredAfter === 1);
row("import of a 5 MB plan", "", ms(files.import), "", "<= 300 ms", files.import <= 300);
row("export of a 5 MB plan", "", ms(files.export), "", "<= 300 ms", files.export <= 300);
row("saving the large plan: the most a save added to a frame", "", ms(large.save.maxSaveMs), "", "<= 16 ms",
  large.save.maxSaveMs !== null && large.save.maxSaveMs <= 16);
row("wasm heap with the large plan", MB(floorHeapBytes), MB(large.heap), "", "<= 64 MB", large.heap <= 64 * 1048576);

const sectionRows = SECTIONS.map((s) => {
  const a = sample.sections[s], b = large.sections[s];
  const met = b.median <= 1.5 * a.median;
  budgets.push({ what: `frame cost, ${s}, large against sample`, budget: "<= 1.5x sample", met });
  return `| ${s[0].toUpperCase()}${s.slice(1)} | ${ms(a.median)} (max ${ms(a.max)}) | ${ms(b.median)} (max ${ms(b.max)}) | ${ratio(b.median, a.median)} | <= 1.5x | ${yes(met)} |`;
});

const fileRows = (kind) => breakdown(kind).sort((a, b) => b.gzipped - a.gzipped)
  .map((f) => `| ${kind} | ${f.file} | ${KB(f.bytes)} | ${KB(f.gzipped)} |`);

const largeCounts = counts(largeText), fiveCounts = counts(fiveMbText);
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} cores (${cpus()[0].model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GB`;
const load = (l) => l.map((x) => x.toFixed(2)).join(", ");
const report = [
  `Measured on ${date} with \`make bench\`: headless Chromium ${chromium} (Debian's, software GL), ${viewport.width}x${viewport.height}, ` +
  `${machine}; load average (1, 5, 15 min) ${load(loadAtStart)} at the start and ${load(loadAtEnd)} at the end. ` +
  `Loads: median of ${LOADS} each, floor and app alternating. Large plan: ${largeCounts.objectives} objectives, ` +
  `${largeCounts.tasks} tasks, ${largeCounts.kpis} KPIs, ${largeCounts.channels} channels, ${largeCounts.risks} risks ` +
  `(${MB(largeCounts.bytes)}); the 5 MB plan is it scaled to ${fiveCounts.tasks} tasks (${(fiveCounts.bytes / 1e6).toFixed(2)} MB).`,
  "",
  "| measure | floor | app | ratio | budget | met? |",
  "|---|---|---|---|---|---|",
  ...rows,
  "",
  `Frame cost, \`stats().lastFrameCpuMs\`: median of ${FRAMES} frames drawn on input (max in brackets).`,
  "",
  "| section | Double-11 sample | large plan | ratio | budget | met? |",
  "|---|---|---|---|---|---|",
  ...sectionRows,
  "",
  (large.save.withEdit
    ? "Saving the large plan after one edit: the edit's frames took over the 300 ms the save waits, so no frame was seen with the save pending and the save's part of a frame is unknown; " +
      `the longest main-thread block from the Tab that made the edit until IndexedDB had the plan, edit and save together, was ${ms(large.save.longest)}; `
    : `Saving the large plan after one edit: written over ${large.save.frames} frames; the save took at most ${ms(large.save.maxSaveMs)} of a frame ` +
      `(${ms(large.save.lastSaveMs)} in the last, which hands the whole file to IndexedDB), the costliest of those frames ${ms(large.save.maxFrameCpu)} of CPU in all; ` +
      `the longest main-thread block from the end of the pause until IndexedDB had the plan was ${ms(large.save.longest)}; `) +
  (large.save.ordinary === null
    ? "no ordinary frame was seen in the 300 ms pause between the edit and the save; "
    : `the longest block over the ordinary frames of the pause between the edit and the save (which write nothing) was ${ms(large.save.ordinary)}; `) +
  `long tasks (50 ms or more) from the end of the pause until IndexedDB had the plan: ` +
  `${large.save.longTasks.length ? large.save.longTasks.map(ms).join(", ") : "none"}. ` +
  `Importing the large plan took ${ms(large.importMs)}.`,
  "",
  "What a first visit loads (the last load of each):",
  "",
  "| page | file | bytes | gzipped |",
  "|---|---|---|---|",
  ...fileRows("floor"),
  ...fileRows("app"),
].join("\n");

const results = {
  date, chromium, machine, loadAtStart, loadAtEnd, loads: LOADS, framesPerSection: FRAMES,
  plans: { large: largeCounts, fiveMb: fiveCounts },
  firstVisit: { ...first, files: { floor: breakdown("floor"), app: breakdown("app") } },
  repeatVisit: repeat,
  raw: loads,
  sections: { sample: sample.sections, large: large.sections },
  idle: sample.idle,
  files: { import5mbMs: files.import, export5mbMs: files.export, importLargeMs: large.importMs, save: large.save },
  heap: { floor: floorHeapBytes, appLarge: large.heap },
  budgets,
};
await mkdir(benchDir, { recursive: true });
await writeFile(join(benchDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);

// The generated part of docs/benchmarks.md, between its markers.
const docs = join(root, "docs/benchmarks.md");
const BEGIN = "<!-- browser_bench.mjs writes from here -->", END = "<!-- browser_bench.mjs writes up to here -->";
const text = await readFile(docs, "utf8");
const from = text.indexOf(BEGIN), to = text.indexOf(END);
if (from < 0 || to < from) throw new Error(`docs/benchmarks.md lacks the markers ${BEGIN} and ${END}`);
await writeFile(docs, `${text.slice(0, from + BEGIN.length)}\n${report}\n${text.slice(to)}`);

console.log(report);
if (large.errors.length) console.log(`\nThe page reported: ${large.errors.join("; ")}`);
const missed = budgets.filter((b) => !b.met);
if (missed.length) {
  console.error(`\n${missed.length} budget(s) not met: ${missed.map((b) => b.what).join("; ")}.`);
  process.exit(1);
}
