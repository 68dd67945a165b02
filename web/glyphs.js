// Characters the app's own font lacks (Chinese, Korean, anything beyond the
// Latin letters of English, Spanish and Vietnamese), drawn by the browser
// from the fonts of the system, which every machine that writes those
// languages has, and handed to the glyph atlas (src/platform/glyph_atlas.h).
// Nothing is downloaded (docs/fonts.md).
//
// This file runs twice: as a Worker, so drawing (and the browser's first
// load of a large CJK font, 100 ms and more) never holds up a frame; and in
// the page, where app.js draws a character or two just typed at once, and
// everything in small batches within each frame's budget when a worker
// cannot draw text (no OffscreenCanvas). Both load only when a character
// the app's own font lacks first appears.
"use strict";

(function (scope) {
  // Han characters take the shapes of the reader's Chinese: Traditional for
  // zh-TW and zh-HK, Korean forms for ko, Simplified otherwise.
  const HAN_FAMILIES = {
    "zh-Hant": '"Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei"',
    "zh-Hans": '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"',
    "ko": '"Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR", "Apple SD Gothic Neo", "Malgun Gothic"',
    "ja": '"Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "Hiragino Sans", "Yu Gothic"',
  };
  function families(languages) {
    let preferred = "zh-Hans";
    for (const tag of languages) {
      const t = tag.toLowerCase();
      preferred = /^zh-(tw|hk|mo|hant)/.test(t) ? "zh-Hant" : t.startsWith("zh") ? "zh-Hans"
        : t.startsWith("ko") ? "ko" : t.startsWith("ja") ? "ja" : "";
      if (preferred) break;
    }
    preferred = preferred || "zh-Hans";
    const others = Object.keys(HAN_FAMILIES).filter((k) => k !== preferred).map((k) => HAN_FAMILIES[k]);
    return `"Noto Sans", ${HAN_FAMILIES[preferred]}, ${others.join(", ")}, sans-serif`;
  }

  const NO_FONT_HAS = "\uFDD0"; // a noncharacter: what the browser draws for a missing glyph

  // Draws characters onto `canvas` (a page canvas or an OffscreenCanvas).
  function rasterizer(canvas) {
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return null;
    const missingLook = new Map(); // font -> how a character no font has looks

    // Where a character's ink lies around its pen position on the baseline,
    // with a pixel to spare on each side for anti-aliasing.
    function inkBox(ch) {
      const m = context.measureText(ch);
      const left = Math.floor(-m.actualBoundingBoxLeft) - 1;
      const top = Math.floor(-m.actualBoundingBoxAscent) - 1;
      const right = Math.ceil(m.actualBoundingBoxRight) + 1;
      const bottom = Math.ceil(m.actualBoundingBoxDescent) + 1;
      return { advance: m.width, left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
    }

    // Draws characters side by side, reads the canvas once, and returns each
    // one's box and coverage bytes.
    function drawGlyphs(chars, font) {
      context.font = font;
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
      canvas.width = ROW; // resizing clears the canvas and resets its state
      canvas.height = Math.max(1, y + rowHeight);
      context.font = font;
      context.fillStyle = "#fff";
      context.textBaseline = "alphabetic";
      for (const c of cells) if (c.width > 0) context.fillText(c.ch, c.x - c.left, c.y - c.top);
      const image = context.getImageData(0, 0, canvas.width, canvas.height).data;
      for (const c of cells) {
        c.alpha = new Uint8Array(c.width * c.height);
        for (let row = 0; row < c.height; ++row) {
          for (let col = 0; col < c.width; ++col) {
            c.alpha[row * c.width + col] = image[((c.y + row) * canvas.width + c.x + col) * 4 + 3];
          }
        }
      }
      return cells;
    }

    const looksAlike = (a, b) => a.advance === b.advance && a.width === b.width &&
      a.height === b.height && a.alpha.every((v, i) => v === b.alpha[i]);

    // Glyphs of `codepoints` at `em` CSS pixels, as the atlas takes them:
    // { codepoint, found, advance, left, top, width, height, alpha }.
    return function draw(codepoints, em, familyList) {
      const font = `normal 400 ${em}px ${familyList}`;
      if (!missingLook.has(font)) missingLook.set(font, drawGlyphs([NO_FONT_HAS], font)[0]);
      const missing = missingLook.get(font);
      const chars = Array.from(codepoints, (c) => String.fromCodePoint(c));
      return drawGlyphs(chars, font).map((c, i) => {
        const found = !looksAlike(c, missing);
        return {
          codepoint: codepoints[i], found, advance: c.advance, left: c.left, top: c.top,
          width: found ? c.width : 0, height: found ? c.height : 0, alpha: found ? c.alpha : new Uint8Array(0),
        };
      });
    };
  }

  const inWorker = typeof WorkerGlobalScope !== "undefined" && scope instanceof WorkerGlobalScope;
  if (!inWorker) {
    scope.FunnelplanGlyphs = { families, rasterizer };
    return;
  }
  // The worker: draws what it is asked in batches, answering each as it is
  // done so the first characters arrive while later ones are drawn.
  const draw = typeof OffscreenCanvas === "undefined" ? null : rasterizer(new OffscreenCanvas(1, 1));
  scope.postMessage({ ready: Boolean(draw) });
  const BATCH = 24;
  scope.onmessage = (event) => {
    if (!draw) return;
    const { em, languages, codepoints } = event.data;
    const familyList = families(languages);
    for (let i = 0; i < codepoints.length; i += BATCH) {
      const glyphs = draw(codepoints.slice(i, i + BATCH), em, familyList);
      scope.postMessage({ em, glyphs }, glyphs.map((g) => g.alpha.buffer));
    }
  };
})(self);
