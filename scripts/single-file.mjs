// Writes funnelplan.html into an assembled site: the whole app in one file
// that works opened straight from disk (file://), with no server and no
// network, for workshops where a USB stick is the only way in. Usage:
//   node scripts/single-file.mjs SITE
// Run by the web build after scripts/assemble-site.cmake (CMakeLists.txt),
// so `make dist` carries it; no second Emscripten link is needed.
//
// Everything the site fetches is put in the page:
//   app.css                       a <style> (inline styles are allowed, as on
//                                 the site, for the printable reports)
//   app.js                        an inline <script>, pinned in script-src
//   funnelplan.js, glyphs.js      data blocks (<script type="text/plain">,
//                                 which nothing runs) that app.js turns into
//                                 scripts when it would have loaded the
//                                 files; their hashes are in script-src
//   funnelplan.wasm               base64, handed to Emscripten as wasmBinary
//   funnelplan.data (the font)    base64, through getPreloadedPackage
//   i18n/*.json                   data blocks, read instead of fetched
//   icon.svg                      a data: URL
// app.js sees data-resources="in-page" on <html> and takes them from there
// (RESOURCES_IN_PAGE). The manifest and the service worker are left out:
// the file is its own offline copy.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const site = process.argv[2];
if (!site) {
  console.error("usage: node scripts/single-file.mjs SITE");
  process.exit(2);
}
// The HTML parser turns CRLF into LF, and a hash is of the text as the page
// holds it.
const text = (name) => readFileSync(join(site, name), "utf8").replace(/\r\n?/g, "\n");
const base64 = (name) => readFileSync(join(site, name)).toString("base64");
const sha256 = (t) => `'sha256-${createHash("sha256").update(t, "utf8").digest("base64")}'`;

// Text inside <script> or <style> ends at its closing tag, and "<!--" with
// "<script" changes how the parser looks for it; none of our files has
// either, and a build that would cut one short fails here instead.
function rawText(name, t) {
  if (/<\/(script|style)|<!--|<script/i.test(t)) {
    throw new Error(`${name} holds "</script", "</style", "<!--" or "<script", which would end or change its element in the single file`);
  }
  return t;
}

// Replaces exactly one match, so that a change to index.html that this
// script does not know about stops the build rather than go unnoticed.
function replaceOnce(html, pattern, replacement, what) {
  const matches = html.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));
  if (!matches || matches.length !== 1) throw new Error(`index.html: expected one ${what}, found ${matches ? matches.length : 0}`);
  return html.replace(pattern, () => replacement);
}

const css = rawText("app.css", text("app.css"));
const app = rawText("app.js", text("app.js"));
const engine = rawText("funnelplan.js", text("funnelplan.js"));
const glyphs = rawText("glyphs.js", text("glyphs.js"));
const languages = readdirSync(join(site, "i18n")).filter((f) => f.endsWith(".json")).sort();

const policy = [
  "default-src 'none'",
  `script-src ${sha256(app)} ${sha256(engine)} ${sha256(glyphs)} 'wasm-unsafe-eval'`,
  // As on the site: the printable reports open from a blob, keep this
  // policy besides their own and carry their print style inline. A hash
  // here would make browsers ignore 'unsafe-inline'.
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "worker-src blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const block = (id, type, content) => `  <script type="${type}" id="${id}">${content}</script>\n`;
let blocks = "";
blocks += block("in-page:funnelplan.js", "text/plain", engine);
blocks += block("in-page:glyphs.js", "text/plain", glyphs);
blocks += block("in-page:funnelplan.wasm", "application/octet-stream", base64("funnelplan.wasm"));
blocks += block("in-page:funnelplan.data", "application/octet-stream", base64("funnelplan.data"));
for (const name of languages) {
  blocks += block(`in-page:i18n/${name}`, "application/json", rawText(`i18n/${name}`, text(`i18n/${name}`)));
}

let html = text("index.html");
html = replaceOnce(html, /<html lang="en">/, '<html lang="en" data-resources="in-page">', "<html> tag");
html = replaceOnce(html,
  /<!--[^]*?-->\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
  `<!-- The single file (scripts/single-file.mjs): nothing runs but its own
       scripts, each pinned by its hash, nothing is fetched from anywhere,
       and the glyph worker comes from a blob: URL made of the page's own
       glyphs.js. WebAssembly needs 'wasm-unsafe-eval', which allows
       compiling wasm and no JavaScript eval. -->
  <meta http-equiv="Content-Security-Policy" content="${policy}">`,
  "Content-Security-Policy meta");
html = replaceOnce(html, /\s*<link rel="manifest"[^>]*>/, "", "manifest link");
html = replaceOnce(html, /<link rel="icon" href="icon.svg"/,
  `<link rel="icon" href="data:image/svg+xml;base64,${base64("icon.svg")}"`, "icon link");
html = replaceOnce(html, /<link rel="stylesheet" href="app.css">/, `<style>${css}</style>`, "stylesheet link");
html = replaceOnce(html, /  <script src="app.js"><\/script>\n/, `${blocks}  <script>${app}</script>\n`, "app.js script");
if (/\b(src|href)="(?!data:)/.test(html.replace(/<script type="[^"]*" id="in-page:[^]*?<\/script>/g, ""))) {
  throw new Error("funnelplan.html still refers to a file");
}

const out = join(site, "funnelplan.html");
writeFileSync(out, html);
console.log(`${out}: ${(Buffer.byteLength(html) / 1048576).toFixed(1)} MiB`);
