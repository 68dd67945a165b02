// Funnelplan's browser glue. The C++ side (src/platform/platform_web.cpp)
// reaches it through Module.fp; people and tests reach the app through
// window.planner (documented in README.md).
//   loading     progress, missing WebGL 2, lost context, aborts
//   storage     IndexedDB, one record per plan, journalled in localStorage
//               until committed; persistent storage requested
//   files       downloads, file picker, drag and drop
//   clipboard   copy out, paste in
//   glyphs      characters the app's font lacks, drawn from the system's fonts
//   planner     the automation API
"use strict";

(function () {
  const VERSION = "@FP_VERSION@";
  const $ = (id) => document.getElementById(id);

  // --- loading ----------------------------------------------------------------

  function showFatal(text) {
    $("loading").style.display = "none";
    $("fatal-text").textContent = text;
    $("fatal").style.display = "flex";
  }

  function showProgress(text, fraction) {
    $("loading-text").textContent = text;
    if (fraction !== undefined) $("progress").firstElementChild.style.width = `${Math.round(fraction * 100)}%`;
  }

  // --- heap strings ------------------------------------------------------------

  // Strings go through heap memory, not the few-megabyte C stack, so a large
  // plan file cannot overflow it.
  function withHeapBytes(bytes, use) {
    const pointer = Module._malloc(bytes.length + 1);
    Module.HEAPU8.set(bytes, pointer);
    Module.HEAPU8[pointer + bytes.length] = 0;
    try {
      return use(pointer, bytes.length);
    } finally {
      Module._free(pointer);
    }
  }
  const encoder = new TextEncoder();
  const withHeapString = (text, use) => withHeapBytes(encoder.encode(text), use);

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

  // IndexedDB commits asynchronously, and a page that reloads or closes right
  // after a change can lose a transaction still in flight. So every write is
  // first journalled in localStorage, which is synchronous, and the entry is
  // dropped once IndexedDB has committed; entries left over from a page that
  // went away are replayed at the next start. Stamps tell a newer entry for
  // the same plan from the one a finished transaction wrote.
  const JOURNAL = "funnelplan.journal.";
  const session = Math.random().toString(36).slice(2);
  let writeCount = 0;

  function journal(id, record) {
    const stamp = `${session}:${++writeCount}`;
    try {
      localStorage.setItem(JOURNAL + id, `${stamp}\n${JSON.stringify(record)}`);
      return stamp;
    } catch (error) { // full or unavailable: IndexedDB alone still has the write
      console.warn("Funnelplan journal:", error);
      return null;
    }
  }

  function settleJournal(id, stamp) {
    try {
      const entry = localStorage.getItem(JOURNAL + id);
      if (stamp && entry && entry.startsWith(stamp + "\n")) localStorage.removeItem(JOURNAL + id);
    } catch (error) {
      console.warn("Funnelplan journal:", error);
    }
  }

  function journalledRecords() {
    const out = [];
    try {
      for (let i = 0; i < localStorage.length; ++i) {
        const key = localStorage.key(i);
        if (!key || !key.startsWith(JOURNAL)) continue;
        const entry = localStorage.getItem(key);
        try {
          out.push({ id: key.slice(JOURNAL.length), record: JSON.parse(entry.slice(entry.indexOf("\n") + 1)) });
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

  async function loadStoredPlans() {
    const db = await openDatabase();
    const stored = await new Promise((resolve, reject) => {
      const request = db.transaction(STORE, "readonly").objectStore(STORE).getAll();
      request.onsuccess = () => resolve(request.result.filter(isRecord));
      request.onerror = () => reject(request.error);
    });
    const plans = new Map(stored.map((r) => [r.id, r]));
    for (const { id, record } of journalledRecords()) {
      if (record === null) {
        plans.delete(id);
        remove(id);
      } else if (isRecord(record) && record.id === id) {
        plans.set(id, record);
        put(record);
      }
    }
    return [...plans.values()].map((r) => ({ id: r.id, text: r.text }));
  }

  function reportStorageFailure(error) {
    const text = `${error && error.name ? error.name + ": " : ""}${error && error.message ? error.message : error}`;
    console.error("Funnelplan storage:", error);
    if (Module._fp_storage_failed) withHeapString(text, (p) => Module._fp_storage_failed(p));
  }

  // Transactions on one store run in the order they were created, so the
  // last write of a plan is the one that stays.
  function write(id, record) {
    const stamp = journal(id, record);
    const done = openDatabase()
      .then((db) => new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, "readwrite");
        if (record === null) tx.objectStore(STORE).delete(id);
        else tx.objectStore(STORE).put(record, id);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error || new Error("the write was aborted"));
      }))
      .then(() => settleJournal(id, stamp))
      .catch(reportStorageFailure)
      .finally(() => pendingWrites.delete(done));
    pendingWrites.add(done);
  }
  const put = (record) => write(record.id, record);
  const remove = (id) => write(id, null);

  // --- files ---------------------------------------------------------------------

  function download(filename, text) {
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
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

  // Funnelplan's own font covers the Latin letters of English, Spanish and
  // Vietnamese. Everything else (Chinese, Korean, ...) is drawn here by the
  // browser from the fonts of the system, which every machine that writes
  // those languages has, onto a canvas, and handed to the glyph atlas
  // (src/platform/glyph_atlas.h). Nothing is downloaded (docs/fonts.md).
  // Han characters take the shapes of the reader's Chinese: Traditional for
  // zh-TW and zh-HK, Korean forms for ko, Simplified otherwise.
  const HAN_FAMILIES = {
    "zh-Hant": '"Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei"',
    "zh-Hans": '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"',
    "ko": '"Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR", "Apple SD Gothic Neo", "Malgun Gothic"',
    "ja": '"Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "Hiragino Sans", "Yu Gothic"',
  };
  function hanPreference() {
    for (const tag of navigator.languages || [navigator.language || "en"]) {
      const t = tag.toLowerCase();
      if (/^zh-(tw|hk|mo|hant)/.test(t)) return "zh-Hant";
      if (t.startsWith("zh")) return "zh-Hans";
      if (t.startsWith("ko")) return "ko";
      if (t.startsWith("ja")) return "ja";
    }
    return "zh-Hans";
  }
  const preferred = hanPreference();
  const GLYPH_FAMILIES = `"Noto Sans", ${HAN_FAMILIES[preferred]}, ${Object.keys(HAN_FAMILIES)
    .filter((k) => k !== preferred).map((k) => HAN_FAMILIES[k]).join(", ")}, sans-serif`;

  const glyphCanvas = document.createElement("canvas");
  const glyphContext = glyphCanvas.getContext("2d", { willReadFrequently: true });
  const NO_FONT_HAS = "\uFDD0"; // a noncharacter: what the browser draws for a missing glyph
  const missingLook = new Map(); // font -> that drawing, as text

  // Where a character's ink lies around its pen position on the baseline,
  // with a pixel to spare on each side for anti-aliasing.
  function inkBox(ch) {
    const m = glyphContext.measureText(ch);
    const left = Math.floor(-m.actualBoundingBoxLeft) - 1;
    const top = Math.floor(-m.actualBoundingBoxAscent) - 1;
    const right = Math.ceil(m.actualBoundingBoxRight) + 1;
    const bottom = Math.ceil(m.actualBoundingBoxDescent) + 1;
    return { advance: m.width, left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
  }

  // Draws characters side by side, reads the canvas once, and returns each
  // one's box and coverage bytes.
  function drawGlyphs(chars, font) {
    glyphContext.font = font;
    const ROW = 1024;
    let x = 0, y = 0, rowHeight = 0;
    const cells = chars.map((ch) => {
      const box = inkBox(ch);
      if (x + box.width > ROW) { x = 0; y += rowHeight; rowHeight = 0; }
      const cell = { ch, ...box, x, y };
      x += box.width + 1;
      rowHeight = Math.max(rowHeight, box.height + 1);
      return cell;
    });
    glyphCanvas.width = ROW; // resizing clears the canvas and resets its state
    glyphCanvas.height = Math.max(1, y + rowHeight);
    glyphContext.font = font;
    glyphContext.fillStyle = "#fff";
    glyphContext.textBaseline = "alphabetic";
    for (const c of cells) if (c.width > 0) glyphContext.fillText(c.ch, c.x - c.left, c.y - c.top);
    const image = glyphContext.getImageData(0, 0, glyphCanvas.width, glyphCanvas.height).data;
    for (const c of cells) {
      c.alpha = new Uint8Array(c.width * c.height);
      for (let row = 0; row < c.height; ++row) {
        for (let col = 0; col < c.width; ++col) {
          c.alpha[row * c.width + col] = image[((c.y + row) * glyphCanvas.width + c.x + col) * 4 + 3];
        }
      }
    }
    return cells;
  }

  const looksAlike = (a, b) => a.advance === b.advance && a.width === b.width &&
    a.height === b.height && a.alpha.every((v, i) => v === b.alpha[i]);

  function rasterizeGlyphs(codepoints, em, budgetMs) {
    const start = performance.now();
    const font = `${em}px ${GLYPH_FAMILIES}`;
    if (!missingLook.has(font)) missingLook.set(font, drawGlyphs([NO_FONT_HAS], font)[0]);
    const missing = missingLook.get(font);
    // A batch at a time until the budget is spent, at least one.
    const chars = [];
    let cells = [];
    for (let i = 0; i < codepoints.length;) {
      const batch = Array.from(codepoints.slice(i, i + 64), (c) => String.fromCodePoint(c));
      cells = cells.concat(drawGlyphs(batch, font));
      chars.push(...batch);
      i += batch.length;
      if (performance.now() - start > budgetMs) break;
    }
    const header = new Int32Array(1 + 7 * cells.length);
    header[0] = cells.length;
    let bytes = 0;
    cells.forEach((c, i) => {
      const found = !looksAlike(c, missing);
      header.set([chars[i].codePointAt(0), found ? 1 : 0, Math.round(c.advance * 256), c.left, c.top,
        found ? c.width : 0, found ? c.height : 0], 1 + 7 * i);
      if (found) bytes += c.alpha.length;
    });
    const pointer = Module._malloc(header.byteLength + bytes);
    Module.HEAP32.set(header, pointer >> 2);
    let at = pointer + header.byteLength;
    cells.forEach((c, i) => {
      if (header[1 + 7 * i + 1]) { Module.HEAPU8.set(c.alpha, at); at += c.alpha.length; }
    });
    return pointer;
  }

  // --- saving when the page goes away ---------------------------------------------

  const flushNow = () => { if (runtimeReady) call("flush"); };
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") flushNow(); });
  window.addEventListener("pagehide", flushNow);

  // --- planner ------------------------------------------------------------------------

  let runtimeReady = false;
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  function call(method, args) {
    if (!runtimeReady) throw new Error("Funnelplan is still loading: await planner.ready first");
    const request = JSON.stringify(Object.assign({ method }, args || {}));
    const response = JSON.parse(withHeapString(request, (p) => Module.UTF8ToString(Module._fp_api(p))));
    if (response && typeof response.error === "string" && method !== "importPlanJson") throw new Error(response.error);
    return response;
  }

  window.planner = Object.freeze({
    version: VERSION,
    ready,
    listPlans: () => call("listPlans"),
    createPlan: (name, template) =>
      call("createPlan", template === undefined ? { name: String(name) } : { name: String(name), template: String(template) }).id,
    listTemplates: () => call("listTemplates"),
    openPlan: (id) => call("openPlan", { id: String(id) }).ok,
    currentPlanJson: () => call("currentPlanJson").json,
    importPlanJson: (text) => call("importPlanJson", { text: String(text) }),
    stats: () => call("stats"),
    itemRect: (label) => call("itemRect", { label: String(label) }).rect,
    // Writes every pending change now and resolves once IndexedDB has it.
    flush: async () => {
      call("flush");
      while (pendingWrites.size) await Promise.allSettled([...pendingWrites]);
    },
  });

  // --- start ---------------------------------------------------------------------------

  window.Module = {
    canvas: $("canvas"),
    fp: {
      stored: null,
      store: (id, text) => put({ id, text, savedAt: new Date().toISOString() }),
      remove,
      download,
      pickFile: () => fileInput.click(),
      rasterizeGlyphs,
      textAgent,
      setClipboard: (text) => navigator.clipboard && navigator.clipboard.writeText(text).catch(() => {}),
      fatal: showFatal,
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
      loadStoredPlans()
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
    onAbort: (what) => showFatal(`Funnelplan stopped unexpectedly (${what}). Reload the page; your saved plans are kept.`),
  };

  const probe = document.createElement("canvas").getContext("webgl2");
  if (!probe) {
    showFatal("This browser offers no WebGL 2, which Funnelplan needs to draw. Try a current Chrome, Edge, Firefox or Safari, or turn on hardware acceleration.");
    return;
  }
  $("canvas").addEventListener("webglcontextlost", (event) => {
    event.preventDefault();
    showFatal("The graphics context was lost (the GPU was reset or the tab was in the background too long). Reload the page; your plans are saved.");
  });

  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("sw.js").catch((error) => console.warn("Funnelplan offline cache:", error));
  }

  showProgress("Downloading...", 0);
  const script = document.createElement("script");
  script.src = "funnelplan.js";
  script.onerror = () => showFatal("Funnelplan could not be downloaded. Check the connection and reload.");
  document.body.appendChild(script);
})();
