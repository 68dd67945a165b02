#!/usr/bin/env node
// Text input in the two engines besides Chromium: Firefox ESR (driven by
// puppeteer-core over WebDriver BiDi) and WebKitGTK, Safari's engine
// (selenium-webdriver and WebKitWebDriver driving MiniBrowser). Both run
// headed in a virtual X display (xvfb-run), where they have WebGL 2.
//
// For each engine, on the "New plan name" field, clicked with the driver's
// mouse at window.planner.itemRect:
//   typing     the driver's real key input: ASCII and Spanish text
//   ime-*      an input method's events as that engine sends them while a
//              word is composed (sequences.mjs): Chinese, Korean, Vietnamese
//   real-ime-* a real composition: X key events (xdotool) go through GTK's
//              own input method, whose Ctrl+Shift+U hex entry composes
//              (preedit, then commit) like any input method, in both engines
//   paste      the X clipboard set by xclip, pasted with the driver's
//              Ctrl+V; copy: Ctrl+A, Ctrl+C back to the X clipboard
//   copy/cut right after typing: Ctrl+A, Ctrl+C (or X) while typed keys
//              still wait in ImGui's input queue, as a quick typist does
//   screenshot artifacts/<engine>.png once the names are in the plan list
// Each word must reach the app exactly once: the text handed to the wasm
// (Module._fp_input_text / _fp_paste) and the created plan's name are both
// compared with it.
//
// Usage: node tests/engines/text-input.mjs [--engine firefox|webkit]...
//   [--site DIR | --url URL]     (default: FP_SITE or build/web/site)
// Exits 1 when a check fails. Setup: scripts/setup-engines.sh.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ORDERS, WORDS, playSteps } from "./sequences.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, "artifacts");
const FIREFOX = process.env.FP_FIREFOX || "/usr/bin/firefox-esr";
const WEBKIT_DRIVER = process.env.FP_WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";
// WebKitGTK's MiniBrowser, in the library's folder: /usr/lib/<arch>/webkit2gtk-4.1.
const MINIBROWSER = process.env.FP_MINIBROWSER || readdirSync("/usr/lib")
  .map((d) => join("/usr/lib", d, "webkit2gtk-4.1/MiniBrowser")).find((f) => existsSync(f));
const VIEWPORT = { width: 1280, height: 800 };

// --- arguments, display ----------------------------------------------------------

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const engines = argv.flatMap((a, i) => (argv[i - 1] === "--engine" ? [a] : []));
const wanted = engines.length ? engines : ["firefox", "webkit"];
for (const e of wanted) if (!["firefox", "webkit"].includes(e)) throw new Error(`unknown engine ${e}`);

// --- small helpers ----------------------------------------------------------------

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const show = (s) => JSON.stringify(s);

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

const xdotool = (...args) => execFileSync("xdotool", args, { encoding: "utf8" }).trim();

// The X clipboard, owned by an xclip that stays until the next owner.
let clipboardOwner = null;
async function setClipboard(text) {
  if (clipboardOwner) clipboardOwner.kill();
  clipboardOwner = spawn("xclip", ["-quiet", "-selection", "clipboard", "-i"], { stdio: ["pipe", "ignore", "ignore"] });
  clipboardOwner.stdin.end(text);
  await sleep(300);
}
const readClipboard = () => {
  try {
    return execFileSync("xclip", ["-o", "-selection", "clipboard"], { encoding: "utf8", timeout: 5000 });
  } catch {
    return null;
  }
};

// --- the two drivers, one interface ------------------------------------------------
// evaluate(fn, arg) runs a self-contained function in the page; click(x, y)
// and type(text) are the driver's real input; chord("Control", "a").

async function openFirefox(url) {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    protocol: "webDriverBiDi",
    headless: false, // headless Firefox has no WebGL 2 here
    protocolTimeout: 120000,
    args: [`--width=${VIEWPORT.width + 40}`, `--height=${VIEWPORT.height + 150}`],
    extraPrefsFirefox: {
      // puppeteer's default fakes the window focus, and then Firefox never
      // focuses GTK's input method: real compositions would not start.
      "focusmanager.testmode": false,
      // app.js asks for persistent storage; the question's popup would take
      // the keyboard.
      "dom.storageManager.prompt.testing": true,
      "dom.storageManager.prompt.testing.allow": true,
    },
  });
  // A new tab: the first one never gets the window's focus here.
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e.message || e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(url);
  return {
    name: "firefox",
    version: await browser.version(),
    windowClass: "firefox",
    errors,
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    async chord(modifier, key) {
      await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      await page.keyboard.up(modifier);
    },
    screenshot: (path) => page.screenshot({ path }),
    close: () => browser.close(),
  };
}

async function openWebKit(url) {
  if (!MINIBROWSER) throw new Error("no MiniBrowser under /usr/lib/*/webkit2gtk-4.1: run scripts/setup-engines.sh");
  const { Builder, Key, Origin } = await import("selenium-webdriver");
  const port = await freePort();
  const service = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: ["ignore", "ignore", "pipe"] });
  let serviceLog = "";
  service.stderr.on("data", (d) => { serviceLog += d; });
  for (let i = 0; ; ++i) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch { /* not up yet */ }
    if (i > 100) throw new Error(`WebKitWebDriver did not start: ${serviceLog}`);
    await sleep(100);
  }
  const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
  }).build();
  const caps = await driver.getCapabilities();
  // The window around a viewport of VIEWPORT's size.
  await driver.manage().window().setRect({ width: VIEWPORT.width, height: VIEWPORT.height });
  const inner = await driver.executeScript("return [innerWidth, innerHeight]");
  await driver.manage().window().setRect({
    width: 2 * VIEWPORT.width - inner[0], height: 2 * VIEWPORT.height - inner[1] });
  await driver.get(url);
  const keyName = { Control: Key.CONTROL, Shift: Key.SHIFT };
  return {
    name: "webkit",
    version: `WebKitGTK ${caps.get("browserVersion")} (${caps.get("browserName")})`,
    windowClass: "MiniBrowser",
    errors: [],
    evaluate: (fn, arg) => driver.executeScript(fn, arg),
    click: (x, y) => driver.actions({ async: true })
      .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).press().release().perform(),
    type: (text) => driver.actions({ async: true }).sendKeys(text).perform(),
    press: (key) => driver.actions({ async: true }).sendKeys(Key[key.toUpperCase()]).perform(),
    chord: (modifier, key) => driver.actions({ async: true })
      .keyDown(keyName[modifier]).sendKeys(key).keyUp(keyName[modifier]).perform(),
    async screenshot(path) {
      writeFileSync(path, Buffer.from(await driver.takeScreenshot(), "base64"));
    },
    async close() {
      await driver.quit();
      service.kill();
    },
  };
}

// --- in the page ---------------------------------------------------------------------
// Self-contained functions, sent as source text.

// Records what reaches the textarea and what the wasm is handed.
function installProbe() {
  if (window.__fp) return true;
  const fp = { events: [], sent: [], pasted: [] };
  window.__fp = fp;
  const agent = document.getElementById("text-agent");
  const record = (e) => fp.events.push({
    type: e.type, key: e.key, code: e.code, keyCode: e.keyCode, ctrlKey: e.ctrlKey, shiftKey: e.shiftKey,
    isComposing: e.isComposing, data: e.data, inputType: e.inputType, value: agent.value, trusted: e.isTrusted,
  });
  for (const t of ["keydown", "keyup", "compositionstart", "compositionupdate", "compositionend",
    "beforeinput", "input", "paste", "copy", "cut"]) {
    agent.addEventListener(t, record, true);
  }
  // After app.js's own handlers (added before): what a copy or cut gave.
  for (const t of ["copy", "cut"]) {
    window.addEventListener(t, (e) => fp.events.push({ type: `${t} handled`, trusted: e.isTrusted,
      data: e.clipboardData ? e.clipboardData.getData("text/plain") : null, prevented: e.defaultPrevented }));
  }
  // Emscripten's export stubs replace themselves with the wasm function on
  // their first call: a setter keeps that, and the getter keeps the probe.
  const M = window.Module;
  for (const [name, list] of [["_fp_input_text", "sent"], ["_fp_paste", "pasted"]]) {
    let target = M[name];
    const probe = (pointer) => {
      fp[list].push(M.UTF8ToString(pointer));
      return target(pointer);
    };
    Object.defineProperty(M, name, { configurable: true, get: () => probe, set: (f) => { target = f; } });
  }
  return true;
}

function takeProbe() {
  const fp = window.__fp;
  const out = { events: fp.events, sent: fp.sent, pasted: fp.pasted,
    focus: document.activeElement ? document.activeElement.id || document.activeElement.tagName : null,
    agentValue: document.getElementById("text-agent").value };
  fp.events = [];
  fp.sent = [];
  fp.pasted = [];
  return out;
}

function frameState() {
  const s = window.planner.stats();
  return { frames: s.frames, idle: s.idle, pending: s.pendingInput, fontsLoading: s.fontsLoading,
    missingGlyphs: s.missingGlyphs };
}

// --- app helpers (node side) -----------------------------------------------------------

async function waitFor(b, fn, arg, what, timeout = 15000) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await b.evaluate(fn, arg).catch(() => null);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

// The app has taken every input event and drawn the frame after it (an idle
// loop has drawn everything: see tests/e2e/harness.mjs settle()).
async function settle(b) {
  const start = (await b.evaluate(frameState)).frames;
  const until = Date.now() + 15000;
  for (;;) {
    const s = await b.evaluate(frameState);
    if (s.pending === 0 && (s.frames > start + 1 || s.idle)) return s;
    if (Date.now() > until) throw new Error(`the app did not settle: ${show(s)}`);
    await sleep(30);
  }
}

async function glyphsSettled(b) {
  await settle(b);
  const until = Date.now() + 15000;
  for (;;) {
    const s = await b.evaluate(frameState);
    if (!s.fontsLoading && s.pending === 0) return s;
    if (Date.now() > until) throw new Error(`glyphs still loading: ${show(s)}`);
    await sleep(50);
  }
}

const rectOf = (b, label) => waitFor(b, (l) => window.planner.itemRect(l), label, `widget ${label}`);

async function clickLabel(b, label) {
  const r = await rectOf(b, label);
  await b.click(r.x + r.width / 2, r.y + r.height / 2);
  await settle(b);
}

const planName = async (b) => JSON.parse(await b.evaluate(() => window.planner.currentPlanJson())).plan.name;

// Focuses the name field; fails unless the text agent took the focus.
async function focusNameField(b) {
  await clickLabel(b, "New plan name");
  const probe = await b.evaluate(takeProbe);
  if (probe.focus !== "text-agent") throw new Error(`after the click the focus is on ${probe.focus}, not the text agent`);
}

// Creates the plan and compares its name and what the wasm was handed with
// `expect`. Returns [ok, detail].
async function finish(b, expect, probe, handed = probe.sent.join("")) {
  await clickLabel(b, "Create plan");
  const name = await planName(b);
  const ok = name === expect && handed === expect;
  return [ok, `plan name ${show(name)}, handed to the wasm ${show(handed)} in ${probe.sent.length + probe.pasted.length} call(s)` +
    (ok ? "" : `, expected ${show(expect)}`)];
}

// One line per event: what the engine delivered.
const brief = (events) => events.map((e) => {
  const parts = [e.type];
  if (e.key != null) parts.push(`${show(e.key)}/${e.keyCode}`);
  if (e.inputType) parts.push(e.inputType);
  if (e.data !== undefined && e.data !== null && !e.type.startsWith("key")) parts.push(`data=${show(e.data)}`);
  if (e.isComposing) parts.push("composing");
  if (e.type === "input" || e.type === "compositionend") parts.push(`value=${show(e.value)}`);
  return parts.join(" ");
}).join(", ");

// --- checks -------------------------------------------------------------------------------

async function checkTyping(b, record) {
  for (const text of ["Spring launch 2025 (A/B) #1", "Año ¿sí? é ñ"]) {
    await focusNameField(b);
    await b.type(text);
    await settle(b);
    const probe = await b.evaluate(takeProbe);
    const [ok, detail] = await finish(b, text, probe);
    const tilde = probe.events.findIndex((e) => e.type === "keydown" && e.key === "ñ");
    const sample = tilde >= 0 ? `; events for ñ: ${brief(probe.events.slice(tilde, tilde + 4))}` : "";
    record(ok, `typing ${show(text)}`, detail + sample);
  }
}

async function checkSimulatedIme(b, record) {
  const order = ORDERS[b.name];
  for (const [id, word] of Object.entries(WORDS)) {
    await focusNameField(b);
    const result = await b.evaluate(playSteps, order(word));
    if (result.error) { record(false, `ime-${id}`, result.error); continue; }
    await settle(b);
    const probe = await b.evaluate(takeProbe);
    const [ok, detail] = await finish(b, word.expect, probe);
    record(ok, `ime-${id} ${word.title}`,
      `${detail}; textarea left ${show(probe.agentValue)}; ${probe.events.length} events played`);
  }
}

// Real compositions: GTK's input method composes a character from its hex
// code after Ctrl+Shift+U (preedit "u4f60"), and Space commits it.
const REAL = {
  zh: { expect: "你好", keys: [["hex", "4f60"], ["hex", "597d"]] },
  ko: { expect: "한국", keys: [["hex", "d55c"], ["hex", "ad6d"]] },
  vi: { expect: "Việt", keys: [["type", "Vi"], ["hex", "1ec7"], ["type", "t"]] },
};

async function checkRealIme(b, record, shots) {
  // The browser's main window (its largest: Firefox maps small popup
  // windows too) gets the X focus, as a window manager would give it.
  const area = (w) => {
    const g = Object.fromEntries(xdotool("getwindowgeometry", "--shell", w).split("\n").map((l) => l.split("=")));
    return Number(g.WIDTH) * Number(g.HEIGHT);
  };
  const windows = xdotool("search", "--onlyvisible", "--class", b.windowClass).split("\n").filter(Boolean);
  const main = windows.sort((p, q) => area(q) - area(p))[0];
  xdotool("windowfocus", "--sync", main);
  for (const [id, word] of Object.entries(REAL)) {
    await focusNameField(b);
    let composingShot = null;
    for (const [kind, text] of word.keys) {
      if (kind === "type") { xdotool("type", "--delay", "30", text); continue; }
      xdotool("key", "ctrl+shift+u");
      xdotool("type", "--delay", "30", text);
      await settle(b);
      if (!composingShot && shots && id === "vi") {
        composingShot = join(artifacts, `${b.name}-composing.png`);
        await b.screenshot(composingShot);
      }
      xdotool("key", "space");
    }
    await settle(b);
    const probe = await b.evaluate(takeProbe);
    const started = probe.events.some((e) => e.type === "compositionstart" && e.trusted);
    if (!started) {
      record(null, `real-ime-${id}`, `no composition started (GTK's input method did not take the keys); events: ${brief(probe.events).slice(0, 300)}`);
      await b.press("Escape"); // ImGui takes back the edit
      await settle(b);
      continue;
    }
    const [ok, detail] = await finish(b, word.expect, probe);
    // The commit of the first composed character, as the engine sent it.
    const last = probe.events.findIndex((e) => e.type === "compositionupdate" && /^u[0-9a-f]{4}$/.test(e.data));
    const commit = probe.events.slice(last + 1).slice(0, 12);
    // How the Ctrl+Shift+U chord reached the page: the app must see Ctrl let
    // go, or ImGui drops the text that follows.
    const chord = probe.events.filter((e) => e.type.startsWith("key") && (e.keyCode === 229 || /Control|Shift/.test(e.key)))
      .slice(0, 6).map((e) => `${e.type} ${show(e.key)}/${e.keyCode} code=${show(e.code)} ctrl=${e.ctrlKey}`).join(", ");
    record(ok, `real-ime-${id} ${show(word.expect)} via GTK Ctrl+Shift+U`,
      `${detail}; the chord arrived as: ${chord}; commit sequence: ${brief(commit)}`);
  }
}

async function checkPaste(b, record) {
  const text = "雙11新品推廣";
  await setClipboard(text);
  await focusNameField(b);
  await b.chord("Control", "v");
  await settle(b);
  let probe = await b.evaluate(takeProbe);
  let how = "the driver's Ctrl+V, from the X clipboard";
  if (probe.pasted.length === 0) {
    // No paste event came: a synthetic one, as the page would get it.
    await b.evaluate((t) => {
      const data = new DataTransfer();
      data.setData("text/plain", t);
      document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await settle(b);
    const again = await b.evaluate(takeProbe);
    probe = { ...again, events: probe.events.concat(again.events) };
    how = "a synthetic ClipboardEvent (the driver's Ctrl+V brought no paste event)";
  }
  // Copy it back out: select all, Ctrl+C, read the X clipboard.
  await setClipboard("(nothing copied)");
  await b.chord("Control", "a");
  await settle(b);
  await b.chord("Control", "c");
  await settle(b);
  const copied = readClipboard();
  await b.evaluate(takeProbe);
  const [ok, detail] = await finish(b, text, probe, probe.pasted.join("") + probe.sent.join(""));
  record(ok, `paste ${show(text)}`, `${how}; ${detail}`);
  record(copied === text, "copy", `Ctrl+A, (app settled), Ctrl+C put ${show(copied)} on the X clipboard`);

  // As a quick typist does it: type, then Ctrl+A and Ctrl+C (or Ctrl+X)
  // at once, while the app still has typed keys to take.
  for (const [key, what] of [["c", "copy"], ["x", "cut"]]) {
    const typed = `Q4 ${what} 한국`;
    await focusNameField(b);
    await setClipboard("(nothing copied)");
    await b.type(typed);
    const pending = (await b.evaluate(frameState)).pending;
    await b.chord("Control", "a");
    await b.chord("Control", key);
    await settle(b);
    const got = readClipboard();
    const probe2 = await b.evaluate(takeProbe);
    let left = "";
    if (what === "cut") {
      // What the cut left in the field: the new plan's name ("" gets the
      // template's name).
      await clickLabel(b, "Create plan");
      left = `; the field then held ${show(await planName(b))} (as a new plan's name)`;
    } else {
      await b.press("Escape"); // leave the field as it was
      await settle(b);
    }
    record(got === typed, `${what} right after typing`,
      `typed ${show(typed)} (${pending} input events still queued in the app), Ctrl+A, Ctrl+${key.toUpperCase()}: ` +
      `the X clipboard holds ${show(got)}; ` +
      probe2.events.filter((e) => e.type === `${what} handled`)
        .map((e) => `the ${what} event left with data ${show(e.data)}${e.prevented ? "" : " (not prevented: app.js set nothing)"}`).join(", ") + left);
  }
}

async function checkScreenshot(b, record) {
  const s = await glyphsSettled(b);
  const path = join(artifacts, `${b.name}.png`);
  await b.screenshot(path);
  record(s.missingGlyphs === 0, "screenshot", `${path}; missingGlyphs ${s.missingGlyphs} (look at it: the plan list shows the names)`);
}

// --- main -------------------------------------------------------------------------------------

async function main() {
  mkdirSync(artifacts, { recursive: true });
  let url = option("--url");
  let server = null;
  if (!url) {
    const { startServer } = await import("../../scripts/serve.mjs");
    const site = resolve(option("--site") || process.env.FP_SITE || join(here, "../../build/web/site"));
    ({ server, url } = await startServer(site));
  }
  const results = [];
  const started = Date.now();
  for (const engine of wanted) {
    const t0 = Date.now();
    const record = (ok, check, detail) => {
      results.push({ engine, ok });
      const mark = ok === null ? "SKIP" : ok ? "PASS" : "FAIL";
      console.log(`${mark} ${engine} ${check}: ${detail}`);
    };
    let b = null;
    try {
      b = engine === "firefox" ? await openFirefox(url) : await openWebKit(url);
      console.log(`== ${engine}: ${b.version}, ${url}`);
      await waitFor(b, () => Boolean(window.planner), null, "window.planner", 60000);
      const problem = await b.evaluate(() => (document.getElementById("fatal").style.display === "flex"
        ? document.getElementById("fatal-text").textContent : null));
      if (problem) throw new Error(`the app cannot run: ${problem}`);
      await waitFor(b, () => window.planner.ready.then(() => true), null, "the first frame", 120000);
      await b.evaluate(installProbe);
      await checkTyping(b, record);
      await checkSimulatedIme(b, record);
      await checkRealIme(b, record, true);
      await checkPaste(b, record);
      await checkScreenshot(b, record);
      record(b.errors.length === 0, "page errors", b.errors.length ? b.errors.join(" | ") : "none");
    } catch (error) {
      record(false, "run", error.stack || String(error));
    } finally {
      if (b) await b.close().catch(() => {});
      console.log(`== ${engine} took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  if (clipboardOwner) clipboardOwner.kill();
  if (server) await new Promise((done) => server.close(done));
  const passed = results.filter((r) => r.ok === true).length;
  const failed = results.filter((r) => r.ok === false).length;
  const skipped = results.filter((r) => r.ok === null).length;
  console.log(`engines: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(failed ? 1 : 0);
}

// --- start ---------------------------------------------------------------------------------

// Both browsers need an X display; without one, run again inside xvfb-run.
// GTK's own input method (not ibus or XIM from the host) takes the keys.
if (!process.env.DISPLAY) {
  const child = spawn("xvfb-run", ["-a", "-s", "-screen 0 1400x1000x24 -nolisten tcp",
    process.execPath, fileURLToPath(import.meta.url), ...argv], {
    stdio: "inherit",
    env: { ...process.env, GTK_IM_MODULE: "gtk-im-context-simple", XMODIFIERS: "@im=none" },
  });
  child.on("exit", (code, signal) => process.exit(signal ? 1 : code));
} else {
  await main();
}
