// Shared set-up for the browser tests: the built site on a loopback server,
// Debian's Chromium driven by playwright-core, and helpers that click real
// widgets found through window.planner.itemRect.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const site = resolve(process.env.FP_SITE || join(here, "../../build/web/site"));
export const artifacts = join(here, "artifacts");
mkdirSync(artifacts, { recursive: true });

export async function launch() {
  const { server, url } = await startServer(site);
  const browser = await chromium.launch({
    executablePath: process.env.FP_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic", "--enable-unsafe-swiftshader"],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

// A page with the app loaded and its first frame drawn.
export async function openApp(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.errors = errors;
  await page.goto(url);
  await page.evaluate(() => window.planner.ready);
  return page;
}

export const planner = (page, fn, ...args) =>
  page.evaluate(([source, values]) => {
    // eslint-disable-next-line no-new-func
    return new Function("planner", "args", `return (${source})(planner, ...args);`)(window.planner, values);
  }, [fn.toString(), args]);

// Waits until a widget with this label is drawn, then returns its rectangle.
export async function rectOf(page, label, timeout = 5000) {
  const handle = await page.waitForFunction(
    (l) => window.planner.itemRect(l), label, { timeout, polling: 50 });
  return handle.jsonValue();
}

export async function click(page, label) {
  const r = await rectOf(page, label);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
  // Let the frame that handles the click be drawn.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export async function screenshot(page, name) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}
