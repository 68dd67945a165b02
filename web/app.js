// Funnelplan's browser glue. The C++ side (src/platform/platform_web.cpp)
// reaches it through Module.fp; people and tests reach the app through
// window.planner (documented in README.md).
//   loading     progress, missing WebGL 2, a lost display, failures
//   storage     IndexedDB, one record per plan with its revision, journalled
//               in localStorage until committed; tabs told of each other's
//               writes; persistent storage requested
//   files       downloads, file picker, drag and drop
//   clipboard   copy out, paste in
//   glyphs      characters the app's font lacks, drawn from the system's fonts
//   language    the interface language: chosen, remembered, its table fetched
//   planner     the automation API
"use strict";

(function () {
  const VERSION = "@FP_VERSION@";
  const $ = (id) => document.getElementById(id);

  // --- resources in the page --------------------------------------------------

  // The single file (funnelplan.html, made by scripts/single-file.mjs) holds
  // what the site fetches as data blocks in the page (script elements of a
  // type that nothing runs) with ids "in-page:funnelplan.js",
  // "in-page:funnelplan.wasm" (base64) and so on. This is the one switch:
  // with it, nothing is fetched, and there is no service worker (the file is
  // its own offline copy, and file:// has none).
  const RESOURCES_IN_PAGE = document.documentElement.dataset.resources === "in-page";
  const inPage = (name) => { const block = $(`in-page:${name}`); return block ? block.textContent : null; };
  function inPageBytes(name) {
    const binary = atob(inPage(name));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  // A script of the site: its file, or its text from the page (allowed by
  // its hash in the page's Content-Security-Policy).
  function siteScript(name) {
    const script = document.createElement("script");
    if (RESOURCES_IN_PAGE) script.text = inPage(name);
    else script.src = name;
    return script;
  }

  // --- loading ----------------------------------------------------------------

  function showFatal(text) {
    $("loading").style.display = "none";
    $("fatal-text").textContent = text;
    $("fatal").style.display = "flex";
  }

  // What the page says itself, in the interface's language once the app has
  // told it (language.show); English until then.
  let pageWords = {
    failureTitle: "Funnelplan stopped",
    failureText: "Something went wrong inside the app and it cannot go on. Reload the page; your saved plans are kept.",
    failureDownload: "Download “{name}”",
    failureReload: "Reload",
    displayRestoring: "Restoring the display...",
  };

  // A failure inside the app (an abort, or a trap of the WebAssembly code)
  // ends it: no frame can be drawn again. The page says so and offers every
  // plan as last saved, so nothing is lost even if a reload fails the same way.
  let failed = false;
  function showFailure(what) {
    if (failed) return;
    failed = true;
    console.error("Funnelplan stopped:", what);
    $("fatal-title").textContent = pageWords.failureTitle;
    showFatal(pageWords.failureText);
    const actions = $("fatal-actions");
    const button = (text, onClick) => {
      const b = document.createElement("button");
      b.textContent = text;
      b.addEventListener("click", onClick);
      actions.appendChild(b);
      return b;
    };
    button(pageWords.failureReload, () => location.reload()).className = "primary";
    savedPlans(false)
      .then((records) => {
        for (const record of records) {
          let name = record.id;
          try { name = JSON.parse(record.text).plan.name || name; } catch (error) { /* offered by id */ }
          button(pageWords.failureDownload.replace("{name}", name),
            () => download(`${name}.plan.json`, record.text, "application/json"));
        }
      })
      .catch((error) => console.error("Funnelplan storage:", error));
  }
  // A trap inside a frame ends in the main loop's quit; an abort also says so.
  const isWasmFailure = (error) => error instanceof WebAssembly.RuntimeError;
  window.addEventListener("error", (event) => { if (isWasmFailure(event.error)) showFailure(event.error); });
  window.addEventListener("unhandledrejection", (event) => { if (isWasmFailure(event.reason)) showFailure(event.reason); });

  // While the browser restores a lost graphics context, the app draws
  // nothing (platform_web.cpp); the page says why the canvas stands still.
  function displayLost(lost) {
    if (lost) showProgress(pageWords.displayRestoring);
    $("progress").style.display = lost ? "none" : "";
    $("loading").style.display = lost ? "flex" : "none";
  }

  function showProgress(text, fraction) {
    $("loading-text").textContent = text;
    if (fraction !== undefined) $("progress").firstElementChild.style.width = `${Math.round(fraction * 100)}%`;
  }

  // --- heap strings ------------------------------------------------------------

  // Strings go through heap memory, not the few-megabyte C stack, so a large
  // plan file cannot overflow it.
  // A NUL-terminated copy in heap memory, which the caller frees.
  function heapCopy(bytes) {
    const pointer = Module._malloc(bytes.length + 1);
    Module.HEAPU8.set(bytes, pointer);
    Module.HEAPU8[pointer + bytes.length] = 0;
    return pointer;
  }
  function withHeapBytes(bytes, use) {
    const pointer = heapCopy(bytes);
    try {
      return use(pointer, bytes.length);
    } finally {
      Module._free(pointer);
    }
  }
  const encoder = new TextEncoder();
  const withHeapString = (text, use) => withHeapBytes(encoder.encode(text), use);
  const newHeapString = (text) => heapCopy(encoder.encode(text)); // for C++ to free

  // The languages the browser prefers, most wanted first.
  const BROWSER_LANGUAGES = Array.from(navigator.languages || [navigator.language || "en"]);

  // --- storage -----------------------------------------------------------------

  const DB_NAME = "funnelplan";
  const STORE = "plans";
  let database = null;
  const pendingWrites = new Set();

  function openDatabase() {
    database = database || new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("another Funnelplan tab is upgrading the storage"));
    });
    return database;
  }

  // Each record carries a revision, counted up by every write, and the
  // session of the page that wrote it. A page writes a plan only while the
  // stored copy is the one it last wrote or took: a newer copy saved by
  // another tab, or its deletion there, is reported to the app
  // (fp_stored_elsewhere) and never overwritten, and the page writes that
  // plan no more until the app has taken the newer copy (adopt). Tabs tell
  // each other of every write through a BroadcastChannel, so an open tab
  // that has stored all its changes takes another's at once.
  const session = Math.random().toString(36).slice(2);
  const known = new Map(); // plan id -> revision of the stored copy this page builds on
  const newer = new Map(); // plan id -> revision of a newer copy reported, not yet adopted
  const writing = new Map(); // plan id -> writes not yet settled
  const revisionOf = (r) => (r && Number.isInteger(r.revision) ? r.revision : 0);

  // IndexedDB commits asynchronously, and a page that reloads or closes while
  // a write is in flight can lose it. So writes not yet committed are kept
  // here, and journalled in localStorage, which is synchronous, when the page
  // is hidden or goes away; an entry is dropped once IndexedDB has committed
  // its write, and entries left over from a page that went away are replayed
  // at the next start, unless another page has written the plan since.
  // Journalling every write as it is made would cover a crash too, but it
  // blocks the page for a large plan's whole text on every save (a 1.5 MB
  // plan: hundreds of ms in localStorage). Stamps tell a newer entry for the
  // same plan from the one a finished transaction wrote.
  const JOURNAL = "funnelplan.journal.";
  let writeCount = 0;
  const inFlight = new Map(); // plan id -> { stamp, entry } of its latest write not yet committed
  const journalled = new Set(); // plan ids with an entry in localStorage

  function journalInFlight() {
    for (const [id, { stamp, entry }] of inFlight) {
      try {
        localStorage.setItem(JOURNAL + id, `${stamp}\n${JSON.stringify(entry)}`);
        journalled.add(id);
      } catch (error) { // full or unavailable: IndexedDB alone still has the write
        console.warn("Funnelplan journal:", error);
      }
    }
  }

  function settleJournal(id, stamp) {
    if (inFlight.has(id) && inFlight.get(id).stamp === stamp) inFlight.delete(id);
    if (!journalled.has(id)) return;
    try {
      const entry = localStorage.getItem(JOURNAL + id);
      if (!entry || entry.startsWith(stamp + "\n")) {
        localStorage.removeItem(JOURNAL + id);
        journalled.delete(id);
      }
    } catch (error) {
      console.warn("Funnelplan journal:", error);
    }
  }

  function dropJournal(id) {
    try {
      localStorage.removeItem(JOURNAL + id);
    } catch (error) {
      console.warn("Funnelplan journal:", error);
    }
  }

  function journalledEntries() {
    const out = [];
    try {
      for (let i = 0; i < localStorage.length; ++i) {
        const key = localStorage.key(i);
        if (!key || !key.startsWith(JOURNAL)) continue;
        const entry = localStorage.getItem(key);
        const id = key.slice(JOURNAL.length);
        try {
          out.push({ id, entry: JSON.parse(entry.slice(entry.indexOf("\n") + 1)) });
        } catch (error) {
          console.warn("Funnelplan journal: an unreadable entry was skipped", key, error);
        }
      }
    } catch (error) {
      console.warn("Funnelplan journal:", error);
    }
    return out;
  }

  const isRecord = (r) => r && typeof r.id === "string" && typeof r.text === "string";
  // An entry still to be written: nobody has written the plan since the page
  // that journalled it last knew it (entries without a base come from before
  // revisions and are taken as they are).
  const stillDue = (entry, stored) =>
    entry.base === undefined || (stored ? revisionOf(stored) === entry.base || stored.writer === entry.writer
      : entry.base === 0);

  // The plans as last saved: every record by its key as IndexedDB holds it,
  // with the journal's entries still due over it (null: removed). A record
  // that is not a plan's text (changed bytes, another type) still comes, as
  // the text it holds, so the app can set it aside and offer it for
  // download. At start (`replay`), the due entries are also written to
  // IndexedDB and the others dropped; otherwise this only reads.
  async function savedPlans(replay) {
    const db = await openDatabase();
    const stored = await new Promise((resolve, reject) => {
      const out = new Map();
      const request = db.transaction(STORE, "readonly").objectStore(STORE).openCursor();
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) { resolve(out); return; }
        out.set(String(cursor.key), cursor.value);
        cursor.continue();
      };
      request.onerror = () => reject(request.error);
    });
    if (replay) for (const [id, record] of stored) known.set(id, revisionOf(record));
    // Writes still in flight count as saved: they are what the failure
    // screen must offer (at start there are none).
    const entries = journalledEntries().concat([...inFlight].map(([id, { entry }]) => ({ id, entry })));
    for (const { id, entry } of entries) {
      const record = stored.get(id);
      if (entry === null) {
        stored.delete(id);
        if (replay) remove(id);
      } else if (!isRecord(entry) || entry.id !== id || !stillDue(entry, record) ||
                 (isRecord(record) && record.text === entry.text)) {
        if (replay) dropJournal(id); // written, or overtaken by another page's write
      } else {
        const replayed = { id, text: entry.text, savedAt: entry.savedAt };
        stored.set(id, replayed);
        if (replay) put(replayed);
      }
    }
    if (replay) journalInFlight(); // the replays, under their new stamps, until committed
    return [...stored].map(([id, r]) => ({
      id,
      text: isRecord(r) && r.id === id ? r.text : typeof r === "string" ? r : safeText(r),
    }));
  }
  function safeText(value) {
    try { return JSON.stringify(value) ?? String(value); } catch (error) { return String(value); }
  }

  function reportStorageFailure(error) {
    const name = error && error.name;
    const message = error && error.message;
    const text = name && message && message !== name ? `${name}: ${message}` : String(name || message || error);
    console.error("Funnelplan storage:", error);
    if (Module._fp_storage_failed) withHeapString(text, (p) => Module._fp_storage_failed(p));
  }

  // Tells the app of a plan stored (record) or deleted (null) by another page.
  function reportStoredElsewhere(id, record, refused) {
    // Before the app runs, what it starts with is read after this anyway,
    // and a write refused then is caught again at the next.
    if (!runtimeReady) return;
    newer.set(id, record ? revisionOf(record) : null);
    withHeapString(id, (i) => {
      if (record) withHeapString(record.text, (t) => Module._fp_stored_elsewhere(i, t, refused ? 1 : 0));
      else Module._fp_stored_elsewhere(i, 0, refused ? 1 : 0);
    });
  }

  function adopt(id) {
    if (!newer.has(id)) return;
    const revision = newer.get(id);
    newer.delete(id);
    if (revision === null) known.delete(id);
    else known.set(id, revision);
  }

  let channel = null;
  try {
    channel = new BroadcastChannel("funnelplan.storage");
    channel.onmessage = (event) => heardOf(event.data);
  } catch (error) { // no channel (some file:// pages): the revision check still guards every write
    console.warn("Funnelplan tabs:", error);
  }
  const tellOtherTabs = (message) => { if (channel) channel.postMessage(message); };

  // Another page wrote or deleted a plan. While this page's own write of it
  // is in flight, that write finds out and says so itself.
  function heardOf({ id, revision }) {
    if (!runtimeReady || typeof id !== "string" || newer.has(id) || writing.get(id)) return;
    const mine = known.get(id);
    if (revision === null ? mine === undefined : mine !== undefined && revision <= mine) return;
    openDatabase()
      .then((db) => new Promise((resolve, reject) => {
        const request = db.transaction(STORE, "readonly").objectStore(STORE).get(id);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }))
      .then((record) => {
        if (newer.has(id) || writing.get(id)) return;
        if (record === undefined ? known.has(id) : isRecord(record) && revisionOf(record) !== known.get(id))
          reportStoredElsewhere(id, record === undefined ? null : record, false);
      })
      .catch((error) => console.warn("Funnelplan tabs:", error));
  }

  // Transactions on one store run in the order they were created, so the
  // last write of a plan is the one that stays. A write finds the stored
  // copy in the same transaction, so no other page can write in between.
  function write(id, record) {
    if (newer.has(id)) return; // the app decides about the newer copy first
    const base = known.get(id) || 0;
    const stamp = `${session}:${++writeCount}`;
    inFlight.set(id, { stamp, entry: record && Object.assign({}, record, { base, writer: session }) });
    writing.set(id, (writing.get(id) || 0) + 1);
    let outcome = null;
    const done = openDatabase()
      .then((db) => new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, "readwrite");
        const store = tx.objectStore(STORE);
        if (record === null) {
          store.delete(id);
          outcome = { revision: null };
        } else {
          const request = store.get(id);
          request.onsuccess = () => {
            const stored = request.result;
            const mine = stored === undefined ? base === 0
              : revisionOf(stored) === base || stored.writer === session || (isRecord(stored) && stored.text === record.text);
            if (!mine) {
              outcome = { conflict: stored === undefined ? null : stored };
              return;
            }
            const revision = revisionOf(stored) + 1;
            store.put(Object.assign({}, record, { revision, writer: session }), id);
            outcome = { revision };
          };
        }
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error || new Error("the write was aborted"));
      }))
      .then(() => {
        settleJournal(id, stamp);
        if (outcome.conflict !== undefined) {
          reportStoredElsewhere(id, outcome.conflict, true);
          return;
        }
        if (outcome.revision === null) known.delete(id);
        else known.set(id, outcome.revision);
        tellOtherTabs({ id, revision: outcome.revision });
      })
      .catch(reportStorageFailure)
      .finally(() => {
        pendingWrites.delete(done);
        writing.set(id, writing.get(id) - 1);
      });
    pendingWrites.add(done);
  }
  const put = (record) => write(record.id, record);
  const remove = (id) => write(id, null);

  // --- files ---------------------------------------------------------------------

  // `bytes` is a Uint8Array copied out of the wasm heap; `type` its MIME type.
  function download(filename, bytes, type) {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  // A printable report opens in a tab of its own, where the browser prints
  // it or saves it as PDF. The tab's document comes from a blob, so it keeps
  // this page's policy as well as its own: nothing in it can run.
  function showPrintable(filename, html) {
    const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
    const tab = window.open(url, "_blank");
    if (tab) setTimeout(() => URL.revokeObjectURL(url), 60000);
    else {
      URL.revokeObjectURL(url);
      download(filename, html, "text/html;charset=utf-8");
    }
  }

  async function importFile(file) {
    const limit = call("limits").maxImportBytes;
    const name = file.name || "dropped file";
    const size = file.size;
    const bytes = size > limit ? null : new Uint8Array(await file.arrayBuffer());
    withHeapString(name, (namePointer) => {
      if (bytes === null) Module._fp_import_file(namePointer, 0, 0, size);
      else withHeapBytes(bytes, (p, length) => Module._fp_import_file(namePointer, p, length, size));
    });
  }

  const fileInput = $("file-input");
  fileInput.addEventListener("change", () => {
    for (const file of fileInput.files) importFile(file);
    fileInput.value = "";
  });
  document.addEventListener("dragover", (event) => event.preventDefault());
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    for (const file of event.dataTransfer.files) importFile(file);
  });

  // --- text input --------------------------------------------------------------------

  // Keys reach ImGui from keydown; text reaches it from this textarea, which
  // has the focus while a field is edited and sits at the field's caret. So
  // input methods (pinyin, zhuyin, Hangul, Telex, VNI), dead keys, AltGr and
  // on-screen keyboards all work, and an input method's composition shows
  // where the user types. Committed text goes to the app once and the
  // textarea is emptied.
  const agent = $("text-agent");
  let agentWanted = false;
  let composing = false;
  const inputText = (text) => {
    if (text && runtimeReady) withHeapString(text, (p) => Module._fp_input_text(p));
  };
  function commitAgent() {
    const text = agent.value;
    agent.value = "";
    inputText(text);
  }
  const fitAgent = () => { agent.style.width = `${Math.max(2, agent.value.length * 1.1 + 0.5)}em`; };
  agent.addEventListener("compositionstart", () => { composing = true; agent.classList.add("composing"); });
  agent.addEventListener("compositionupdate", fitAgent);
  agent.addEventListener("compositionend", () => {
    composing = false;
    agent.classList.remove("composing");
    agent.style.width = "";
    commitAgent();
  });
  agent.addEventListener("input", (event) => {
    if (composing || event.isComposing) { fitAgent(); return; }
    commitAgent();
  });
  // A click on the canvas while a field is edited keeps the focus here.
  $("canvas").addEventListener("mousedown", (event) => { if (agentWanted) event.preventDefault(); });
  // The canvas has its own menus; the browser's would cover them.
  $("canvas").addEventListener("contextmenu", (event) => event.preventDefault());

  function textAgent(active, x, y, lineHeight) {
    agentWanted = active;
    agent.style.left = `${x}px`;
    agent.style.top = `${y}px`;
    agent.style.height = `${Math.max(lineHeight, 16)}px`;
    if (active && document.activeElement !== agent) {
      agent.value = "";
      agent.focus({ preventScroll: true });
    } else if (!active && document.activeElement === agent) {
      agent.blur();
      $("canvas").focus({ preventScroll: true });
    }
  }

  // --- clipboard -------------------------------------------------------------------

  window.addEventListener("paste", (event) => {
    const text = event.clipboardData && event.clipboardData.getData("text/plain");
    if (!text || !runtimeReady) return;
    event.preventDefault();
    withHeapString(text, (p) => Module._fp_paste(p));
  });
  // The app draws the frame that takes Ctrl+C or Ctrl+X inside this event,
  // where every browser lets a page write the clipboard.
  for (const kind of ["copy", "cut"]) {
    window.addEventListener(kind, (event) => {
      if (!runtimeReady || !event.clipboardData) return;
      const text = Module.UTF8ToString(Module._fp_copy_now());
      if (!text) return;
      event.clipboardData.setData("text/plain", text);
      event.preventDefault();
    });
  }

  // --- glyphs ---------------------------------------------------------------------

  // The atlas asks for the characters a frame drew without a glyph
  // (web/glyphs.js draws them). Nothing of this loads until the first such
  // character: an English or Spanish user never fetches glyphs.js. A worker
  // draws them off the main thread and each batch, when done, wakes the
  // app; what is ready is handed over at the next ask. A character or two
  // just typed are drawn here at once, as soon as this thread has loaded
  // the fonts (in idle time after the worker's first glyphs), so they show
  // in the next frame as Latin ones do. Without a worker that can draw
  // text, all are drawn here, a few at a time within the frame's budget.
  const glyphsReady = new Map(); // "em:codepoint" -> glyph drawn, not yet handed over
  const glyphsAsked = new Set(); // "em:codepoint" asked of the worker, not yet handed over
  let glyphsHere = null; // web/glyphs.js loaded in the page: { families, rasterizer }
  let drawHere = null;
  let glyphWorker = null;
  let glyphsStarted = false;
  function startGlyphs() {
    if (glyphsStarted) return;
    glyphsStarted = true;
    const hereLoaded = () => {
      glyphsHere = window.FunnelplanGlyphs;
      drawHere = glyphsHere.rasterizer(document.createElement("canvas"));
      wakeForGlyphs();
    };
    const script = siteScript("glyphs.js");
    script.onload = hereLoaded;
    document.head.appendChild(script);
    if (RESOURCES_IN_PAGE) setTimeout(hereLoaded, 0); // inline: has run now, and fires no load event
    const noWorker = () => { glyphWorker = null; glyphsAsked.clear(); wakeForGlyphs(); };
    try {
      glyphWorker = new Worker(RESOURCES_IN_PAGE
        ? URL.createObjectURL(new Blob([inPage("glyphs.js")], { type: "text/javascript" }))
        : "glyphs.js");
      glyphWorker.onmessage = (event) => {
        if (event.data.ready === false) { noWorker(); return; }
        if (!event.data.glyphs) return;
        for (const g of event.data.glyphs) glyphsReady.set(`${event.data.em}:${g.codepoint}`, g);
        wakeForGlyphs();
        warmHere(event.data.em);
      };
      glyphWorker.onerror = noWorker;
    } catch (error) {
      glyphWorker = null;
    }
  }
  function wakeForGlyphs() { if (runtimeReady) Module._fp_glyphs_arrived(); }
  const drawNow = (codepoints, em) => drawHere(Array.from(codepoints), em, glyphsHere.families(BROWSER_LANGUAGES));
  const warmSizes = new Set(); // ems this thread has drawn Chinese and Korean at
  function warmHere(em) {
    if (warmSizes.has(em)) return;
    warmSizes.add(em);
    const warm = () => { if (drawHere) drawNow([0x4e2d, 0xd55c], em); else warmSizes.delete(em); };
    if (window.requestIdleCallback) requestIdleCallback(warm, { timeout: 500 });
    else setTimeout(warm, 200);
  }

  // Glyphs for as many of `codepoints` as are ready, packed for the atlas:
  // a count, then per glyph 7 ints (codepoint, found, advance x 256, left,
  // top, width, height), then the coverage bytes in order.
  function rasterizeGlyphs(codepoints, em, budgetMs) {
    startGlyphs();
    let glyphs = [];
    if (glyphWorker && !(codepoints.length <= 2 && warmSizes.has(em) && drawHere)) {
      const ask = [];
      for (const c of codepoints) {
        const key = `${em}:${c}`;
        const ready = glyphsReady.get(key);
        if (ready) {
          glyphs.push(ready);
          glyphsReady.delete(key);
          glyphsAsked.delete(key);
        } else if (!glyphsAsked.has(key)) {
          glyphsAsked.add(key);
          ask.push(c);
        }
      }
      if (ask.length) glyphWorker.postMessage({ em, languages: BROWSER_LANGUAGES, codepoints: ask });
    } else if (drawHere) {
      const start = performance.now();
      for (let i = 0; i < codepoints.length && (i === 0 || performance.now() - start < budgetMs); i += 8)
        glyphs = glyphs.concat(drawNow(codepoints.slice(i, i + 8), em));
    }
    const header = new Int32Array(1 + 7 * glyphs.length);
    header[0] = glyphs.length;
    let bytes = 0;
    glyphs.forEach((g, i) => {
      header.set([g.codepoint, g.found ? 1 : 0, Math.round(g.advance * 256), g.left, g.top, g.width, g.height],
        1 + 7 * i);
      bytes += g.alpha.length;
    });
    const pointer = Module._malloc(header.byteLength + bytes);
    Module.HEAP32.set(header, pointer >> 2);
    let at = pointer + header.byteLength;
    for (const g of glyphs) { Module.HEAPU8.set(g.alpha, at); at += g.alpha.length; }
    return pointer;
  }

  // --- interface language -----------------------------------------------------------

  // English is built in; another language's table is fetched when chosen
  // (the offline cache keeps it once fetched, web/sw.js), or read from the
  // page in the single file, and the choice is remembered here.
  const LANGUAGE_KEY = "funnelplan.language";
  function loadLanguage(code) {
    const deliver = (text) => {
      if (!runtimeReady) return;
      withHeapString(code, (c) => {
        if (text === null) Module._fp_language_loaded(c, 0);
        else withHeapString(text, (t) => Module._fp_language_loaded(c, t));
      });
    };
    if (RESOURCES_IN_PAGE) {
      Promise.resolve(inPage(`i18n/${code}.json`)).then(deliver); // as late as a fetch would be
      return;
    }
    fetch(`i18n/${encodeURIComponent(code)}.json`)
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null)
      .then(deliver);
  }
  const language = {
    preferred: () => BROWSER_LANGUAGES.join(","),
    remembered: () => { try { return localStorage.getItem(LANGUAGE_KEY) || ""; } catch (e) { return ""; } },
    remember: (code) => { try { localStorage.setItem(LANGUAGE_KEY, code); } catch (e) { /* private mode */ } },
    load: loadLanguage,
    show: (code, words) => {
      document.documentElement.lang = code;
      document.title = words.title;
      pageWords = words;
    },
  };

  // --- saving when the page goes away ---------------------------------------------

  const flushNow = () => {
    if (runtimeReady) call("flush");
    journalInFlight();
  };
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") flushNow(); });
  window.addEventListener("pagehide", flushNow);
  // A share link pasted into the address bar of an open app changes only the
  // fragment, which loads nothing: start again so that the link is read.
  window.addEventListener("hashchange", () => { if (location.hash.startsWith("#plan=")) location.reload(); });

  // --- planner ------------------------------------------------------------------------

  let runtimeReady = false;
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  // `text`, a plan file's text, goes beside the request (see Hooks::api).
  function call(method, args, text) {
    if (!runtimeReady) throw new Error("Funnelplan is still loading: await planner.ready first");
    const request = JSON.stringify(Object.assign({ method }, args || {}));
    const response = JSON.parse(withHeapString(request, (p) => Module.UTF8ToString(text === undefined
      ? Module._fp_api(p, 0, 0)
      : withHeapString(text, (t, length) => Module._fp_api(p, t, length)))));
    if (response && typeof response.error === "string" && method !== "importPlanJson") throw new Error(response.error);
    return response;
  }

  window.planner = Object.freeze({
    version: VERSION,
    ready,
    listPlans: () => call("listPlans"),
    createPlan: (name, template, options) => {
      const args = { name: String(name) };
      if (template !== undefined) args.template = String(template);
      if (options && options.event !== undefined) args.event = String(options.event);
      return call("createPlan", args).id;
    },
    listTemplates: () => call("listTemplates"),
    languages: () => call("languages"),
    language: () => call("language").code,
    setLanguage: (code) => call("setLanguage", { code: String(code) }).ok,
    openPlan: (id) => call("openPlan", { id: String(id) }).ok,
    currentPlanJson: () => call("currentPlanJson").json,
    shareLink: () => call("shareLink").link,
    exportTables: () => call("exportTables").tables,
    exportTablesZip: () => call("exportTablesZip").zip,
    importPlanJson: (text) => call("importPlanJson", {}, String(text)),
    stats: () => call("stats"),
    itemRect: (label) => call("itemRect", { label: String(label) }).rect,
    cutOffLabels: () => call("cutOffLabels"),
    notice: () => call("notice").notice,
    // Writes every pending change now and resolves once IndexedDB has it.
    flush: async () => {
      call("flush");
      while (pendingWrites.size) await Promise.allSettled([...pendingWrites]);
    },
    // Only on a page opened with ?debug: makes the next frame fail, "abort"
    // or "trap", so that tests can see the error screen.
    ...(new URLSearchParams(location.search).has("debug") && {
      failForTest: (kind) => {
        if (!runtimeReady) throw new Error("Funnelplan is still loading: await planner.ready first");
        const code = { abort: 1, trap: 2 }[kind];
        if (!code) throw new Error(`failForTest takes "abort" or "trap", not ${JSON.stringify(kind)}`);
        Module._fp_debug_fail(code);
      },
    }),
  });

  // --- start ---------------------------------------------------------------------------

  window.Module = {
    canvas: $("canvas"),
    fp: {
      stored: null,
      store: (id, text) => put({ id, text, savedAt: new Date().toISOString() }),
      remove,
      adopt,
      download,
      showPrintable,
      pickFile: () => fileInput.click(),
      rasterizeGlyphs,
      textAgent,
      language,
      newHeapString,
      setClipboard: (text) => navigator.clipboard && navigator.clipboard.writeText(text).catch(() => {}),
      fatal: showFatal,
      displayLost,
      firstFrame: () => {
        $("loading").style.display = "none";
        resolveReady();
      },
    },
    preRun: [() => {
      // ?today=YYYY-MM-DD runs the app as if it were that day (tests pin the
      // date with it; src/platform/clock.cpp reads it as FP_TODAY).
      const today = new URLSearchParams(location.search).get("today");
      if (today !== null) Module.ENV.FP_TODAY = today;
      // The plans are read before main() so the first frame already shows them.
      addRunDependency("fp-stored-plans");
      savedPlans(true)
        .then((records) => { Module.fp.stored = records; })
        .catch((error) => {
          Module.fp.stored = [];
          setTimeout(() => reportStorageFailure(error), 0);
        })
        .finally(() => removeRunDependency("fp-stored-plans"));
    }],
    onRuntimeInitialized: () => { runtimeReady = true; },
    setStatus: (text) => {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || "");
      if (m) showProgress("Downloading...", Number(m[1]) / Number(m[2]));
      else if (text) showProgress(text);
    },
    monitorRunDependencies: (left) => { if (left === 0) showProgress("Starting...", 1); },
    onAbort: showFailure,
    // The main loop ends here when a frame throws (a trap), as main() does
    // when it returns (an ExitStatus, not a failure): the error goes on to
    // the console, and the loop stops.
    quit: (status, error) => {
      if (isWasmFailure(error)) showFailure(error);
      throw error;
    },
  };

  const probe = document.createElement("canvas").getContext("webgl2");
  if (!probe) {
    showFatal("This browser offers no WebGL 2, which Funnelplan needs to draw. Try a current Chrome, Edge, Firefox or Safari, or turn on hardware acceleration.");
    return;
  }

  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
  if ("serviceWorker" in navigator && !RESOURCES_IN_PAGE) {
    navigator.serviceWorker.register("sw.js").catch((error) => console.warn("Funnelplan offline cache:", error));
  }

  if (RESOURCES_IN_PAGE) {
    Module.wasmBinary = inPageBytes("funnelplan.wasm");
    // The font package (--preload-file), asked for by its file name.
    Module.getPreloadedPackage = (name, size) => {
      const bytes = inPageBytes(name);
      return bytes.length === size ? bytes.buffer : null;
    };
  }
  showProgress(RESOURCES_IN_PAGE ? "Starting..." : "Downloading...", 0);
  const script = siteScript("funnelplan.js");
  script.onerror = () => showFatal("Funnelplan could not be downloaded. Check the connection and reload.");
  document.body.appendChild(script);
})();
