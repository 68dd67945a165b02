// What an input method makes each engine send to the focused <textarea>
// while a word is composed, written as a list of steps that
// text-input.mjs plays in the page (playSteps) with synthetic events, since
// no real Chinese, Korean or Vietnamese input method runs here.
//
// A word is a list of keystrokes; each either changes the composition
// (`comp`), or commits it (`commit`) and then either starts a new
// composition (`then: { comp }`, Hangul syllable by syllable) or lets the key
// insert its own character (`then: { insert }`, a Space after Hangul).
//
// Firefox (Gecko, any platform): every key the input method takes fires
// keydown and keyup with key "Process" and keyCode 229 (Firefox 65 and
// later; keyup too, as the real-composition check in text-input.mjs shows
// with GTK's input method);
// each change is compositionupdate, beforeinput and input with isComposing
// true; at the commit the textarea already holds the text when
// compositionend fires, and one more input with isComposing false follows
// it (w3c/uievents#202, by Gecko's IME maintainer: "compositionend, input";
// w3c/input-events#176, 2026: Firefox still fires that extra input).
//
// WebKit (Safari): keydown during a composition carries the real key with
// keyCode 229; at the commit WebKit deletes the composition
// (deleteCompositionText), inserts the final text (insertFromComposition)
// and then fires compositionend (WebKit's Editor::setComposition); the key
// that committed comes after compositionend, as keydown with keyCode 229 and
// isComposing false (WebKit bug 165004, the "Safari sends Enter after
// compositionend" reports: bluesky-social/social-app#4186,
// mckaywrigley/chatbot-ui#718, nearai/ironclaw#1139). A Hangul syllable is
// committed by the next key: the jamo that starts the next syllable, or a
// Space, whose keydown then also comes after compositionend. isComposing on
// insertFromComposition is true, as WebKitGTK 2.50 sends it.

const key = (k, code, keyCode) => ({ key: k, code, keyCode });
const K = {
  a: key("a", "KeyA", 65), e: key("e", "KeyE", 69), g: key("g", "KeyG", 71), h: key("h", "KeyH", 72),
  i: key("i", "KeyI", 73), j: key("j", "KeyJ", 74), k: key("k", "KeyK", 75), n: key("n", "KeyN", 78),
  o: key("o", "KeyO", 79), r: key("r", "KeyR", 82), s: key("s", "KeyS", 83), t: key("t", "KeyT", 84),
  V: key("V", "KeyV", 86), space: key(" ", "Space", 32), enter: key("Enter", "Enter", 13),
};

export const WORDS = {
  // Pinyin: letters build the reading, Space takes the first candidate.
  zh: {
    title: "Chinese 你好 (pinyin n-i-h-a-o, Space picks the candidate)",
    expect: "你好",
    keys: [
      { ...K.n, comp: "n" }, { ...K.i, comp: "ni" }, { ...K.h, comp: "nih" },
      { ...K.a, comp: "niha" }, { ...K.o, comp: "nihao" }, { ...K.space, commit: "你好" },
    ],
  },
  // Hangul 2-set: g k s = 한; r starts the next syllable, so 한 is committed
  // by it; n r = 국, committed by the Space that follows and types a space.
  ko: {
    title: "Korean 한국 (2-set g-k-s-r-n-r, each syllable committed by the next key, the last by Space)",
    expect: "한국 ",
    keys: [
      { ...K.g, comp: "ㅎ" }, { ...K.k, comp: "하" }, { ...K.s, comp: "한" },
      { ...K.r, commit: "한", then: { comp: "ㄱ" } }, { ...K.n, comp: "구" }, { ...K.r, comp: "국" },
      { ...K.space, commit: "국", then: { insert: " " } },
    ],
  },
  // Telex as the macOS and Linux Vietnamese input methods compose a word:
  // "ee" makes ê, "j" the dot below; Enter commits.
  vi: {
    title: "Vietnamese Việt (Telex V-i-e-e-t-j, Enter commits)",
    expect: "Việt",
    keys: [
      { ...K.V, comp: "V" }, { ...K.i, comp: "Vi" }, { ...K.e, comp: "Vie" }, { ...K.e, comp: "Viê" },
      { ...K.t, comp: "Viêt" }, { ...K.j, comp: "Việt" }, { ...K.enter, commit: "Việt" },
    ],
  },
};

// Steps: ["keydown"|"keyup", {key, code, keyCode, isComposing}],
// ["compositionstart"|"compositionupdate"|"compositionend", data],
// ["beforeinput"|"input", {inputType, data, isComposing}],
// ["setComposition", text] (the composed range now holds text),
// ["deleteComposition"], ["endComposition"], ["insert", text] (at the caret).

// What both engines send as the composed text changes.
const compositionUpdate = (text) => [
  ["compositionupdate", text],
  ["beforeinput", { inputType: "insertCompositionText", data: text, isComposing: true }],
  ["setComposition", text],
  ["input", { inputType: "insertCompositionText", data: text, isComposing: true }],
];

function firefox(word) {
  const steps = [];
  let composing = false;
  let current = "";
  const process = (isComposing) => ({ key: "Process", code: "", keyCode: 229, isComposing });
  const update = (text) => {
    if (!composing) { steps.push(["compositionstart", ""]); composing = true; }
    steps.push(...compositionUpdate(text));
    current = text;
  };
  for (const k of word.keys) {
    steps.push(["keydown", process(composing)]);
    if (k.comp !== undefined) {
      update(k.comp);
      steps.push(["keyup", process(true)]);
      continue;
    }
    if (k.commit !== current) update(k.commit);
    steps.push(["endComposition"], ["compositionend", k.commit],
      ["input", { inputType: "insertCompositionText", data: k.commit, isComposing: false }]);
    composing = false;
    current = "";
    if (k.then && k.then.comp !== undefined) {
      update(k.then.comp);
      steps.push(["keyup", process(true)]);
    } else {
      if (k.then && k.then.insert) {
        steps.push(["beforeinput", { inputType: "insertText", data: k.then.insert, isComposing: false }],
          ["insert", k.then.insert],
          ["input", { inputType: "insertText", data: k.then.insert, isComposing: false }]);
      }
      steps.push(["keyup", { key: k.key, code: k.code, keyCode: k.keyCode, isComposing: false }]);
    }
  }
  return steps;
}

function webkit(word) {
  const steps = [];
  let composing = false;
  const down = (k, isComposing) => ({ key: k.key, code: k.code, keyCode: 229, isComposing });
  const up = (k, isComposing) => ({ key: k.key, code: k.code, keyCode: k.keyCode, isComposing });
  const update = (text) => {
    if (!composing) { steps.push(["compositionstart", ""]); composing = true; }
    steps.push(...compositionUpdate(text));
  };
  for (const k of word.keys) {
    if (k.comp !== undefined) {
      steps.push(["keydown", down(k, composing)]);
      update(k.comp);
      steps.push(["keyup", up(k, true)]);
      continue;
    }
    // The commit first; the key that made it after compositionend.
    steps.push(["beforeinput", { inputType: "deleteCompositionText", data: null, isComposing: true }],
      ["deleteComposition"],
      ["input", { inputType: "deleteCompositionText", data: null, isComposing: true }],
      ["beforeinput", { inputType: "insertFromComposition", data: k.commit, isComposing: true }],
      ["insert", k.commit],
      ["input", { inputType: "insertFromComposition", data: k.commit, isComposing: true }],
      ["endComposition"], ["compositionend", k.commit]);
    composing = false;
    steps.push(["keydown", down(k, false)]);
    if (k.then && k.then.comp !== undefined) {
      update(k.then.comp);
      steps.push(["keyup", up(k, true)]);
    } else {
      if (k.then && k.then.insert) {
        steps.push(["beforeinput", { inputType: "insertText", data: k.then.insert, isComposing: false }],
          ["insert", k.then.insert],
          ["input", { inputType: "insertText", data: k.then.insert, isComposing: false }]);
      }
      steps.push(["keyup", up(k, false)]);
    }
  }
  return steps;
}

export const ORDERS = { firefox, webkit };

// Plays steps on the focused element, in the page. Self-contained: it is
// sent to the browser as source text.
export function playSteps(steps) {
  const el = document.activeElement;
  if (!el || el.tagName !== "TEXTAREA") return { error: `focus is on ${el ? el.tagName + "#" + el.id : "nothing"}` };
  let start = null; // where the composed range starts
  let length = 0;
  const replace = (from, to, text) => {
    el.value = el.value.slice(0, from) + text + el.value.slice(to);
    el.setSelectionRange(from + text.length, from + text.length);
  };
  for (const [kind, arg] of steps) {
    switch (kind) {
      case "keydown":
      case "keyup": {
        const e = new KeyboardEvent(kind, { key: arg.key, code: arg.code, isComposing: arg.isComposing,
          bubbles: true, cancelable: true, composed: true });
        // keyCode is not in KeyboardEventInit; the app's handler reads it.
        Object.defineProperty(e, "keyCode", { value: arg.keyCode });
        Object.defineProperty(e, "which", { value: arg.keyCode });
        el.dispatchEvent(e);
        break;
      }
      case "compositionstart":
      case "compositionupdate":
      case "compositionend":
        el.dispatchEvent(new CompositionEvent(kind, { data: arg, bubbles: true, cancelable: kind !== "compositionend", composed: true }));
        break;
      case "beforeinput":
      case "input":
        el.dispatchEvent(new InputEvent(kind, { inputType: arg.inputType, data: arg.data, isComposing: arg.isComposing,
          bubbles: true, cancelable: kind === "beforeinput", composed: true }));
        break;
      case "setComposition": {
        if (start === null) { start = Math.min(el.selectionStart, el.value.length); length = 0; }
        const from = Math.min(start, el.value.length);
        replace(from, Math.min(from + length, el.value.length), arg);
        length = arg.length;
        break;
      }
      case "deleteComposition": {
        const from = Math.min(start ?? el.selectionStart, el.value.length);
        replace(from, Math.min(from + length, el.value.length), "");
        length = 0;
        break;
      }
      case "endComposition":
        start = null;
        length = 0;
        break;
      case "insert":
        replace(el.selectionStart, el.selectionEnd, arg);
        break;
      default:
        return { error: `unknown step ${kind}` };
    }
  }
  return { value: el.value };
}
