// Tifa's SCORM 1.2 adapter. It is shipped only inside a SCORM package
// (`make scorm`, scripts/scorm/make_scorm.py adds it to that package's
// index.html); the reader itself never loads it. It watches the reader from
// the outside (the page's paragraphs, scroll position and open terms) and
// tells the LMS about it; outside an LMS (no SCORM API found) it does nothing.
//
// What it records:
// - cmi.core.lesson_status: "incomplete" when the reader opens, "completed"
//   once the reader has reached the end of the article (the bottom of its last
//   paragraph has been on screen, below the toolbar; a jump past it does not
//   count) or has opened at least a quarter of the pack's terms
//   (COMPLETION_TERM_SHARE). A status of "completed" or "passed" set earlier
//   is never taken back.
// - cmi.core.lesson_location: the id of the paragraph at the top of the screen.
// - cmi.suspend_data: JSON, at most 4,096 characters:
//   {"v":1,"p":"<paragraph id>","t":["<term id>", …]} — the position and the
//   terms opened so far (oldest dropped first if it would not fit). Saved words
//   will go under "w" once the reader has them.
// - cmi.core.exit "suspend" and cmi.core.session_time, then LMSCommit and
//   LMSFinish when the page goes away.
(function () {
  "use strict";
  var COMPLETION_TERM_SHARE = 0.25;
  var SUSPEND_LIMIT = 4096;

  // The API is a `window.API` object on this window, a parent frame, or the
  // window that opened this one (and its parents), as SCORM 1.2 asks.
  function apiIn(win) {
    for (var hops = 0; win && hops < 10; hops++) {
      try {
        if (win.API && typeof win.API.LMSInitialize === "function") return win.API;
      } catch (error) {
        // A frame of another origin: its API cannot be ours.
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  var api = apiIn(window) || (window.opener ? apiIn(window.opener) : null);
  if (!api || String(api.LMSInitialize("")) !== "true") return;

  function get(name) {
    try {
      return String(api.LMSGetValue(name) || "");
    } catch (error) {
      return "";
    }
  }
  function set(name, value) {
    try {
      api.LMSSetValue(name, String(value));
    } catch (error) {
      // An LMS that refuses one value must not stop the others.
    }
  }

  var root = document.documentElement;
  var startedAt = Date.now();
  var status = get("cmi.core.lesson_status");
  var completed = status === "completed" || status === "passed";
  if (!completed) set("cmi.core.lesson_status", "incomplete");
  set("cmi.core.exit", "suspend");

  var saved = readSuspendData(get("cmi.suspend_data"));
  var position = saved.p || get("cmi.core.lesson_location");
  var opened = saved.t;
  var finished = false;

  function readSuspendData(text) {
    var empty = { p: "", t: [] };
    var data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return empty;
    }
    if (!data || typeof data !== "object" || data.v !== 1) return empty;
    var terms = Array.isArray(data.t) ? data.t.filter(function (id) { return typeof id === "string" && id.length <= 64; }) : [];
    return { p: typeof data.p === "string" && data.p.length <= 64 ? data.p : "", t: terms };
  }

  function suspendData() {
    var terms = opened.slice();
    var text = JSON.stringify({ v: 1, p: position, t: terms });
    while (text.length > SUSPEND_LIMIT && terms.length) {
      terms.shift();
      text = JSON.stringify({ v: 1, p: position, t: terms });
    }
    return text;
  }

  function save() {
    if (finished) return;
    set("cmi.core.lesson_location", position);
    set("cmi.suspend_data", suspendData());
  }

  function complete() {
    if (completed || finished) return;
    completed = true;
    set("cmi.core.lesson_status", "completed");
    save();
    api.LMSCommit("");
  }

  // The article's paragraph rows, in order (the column heads have no id).
  function rows() {
    return document.querySelectorAll(".article .para-row[id]");
  }

  // Where the text starts on screen: below the reader's sticky toolbar.
  function textTop() {
    var bar = document.querySelector(".toolbar");
    return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
  }

  // The topmost paragraph whose bottom is below the top of the text.
  function paragraphAtTop(list) {
    var edge = textTop() + 1;
    var low = 0;
    var high = list.length - 1;
    var found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (list[middle].getBoundingClientRect().bottom > edge) {
        found = middle;
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    return found < 0 ? null : list[found];
  }

  var scheduled = false;
  function onScroll() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(function () {
      scheduled = false;
      var list = rows();
      if (!list.length) return;
      var top = paragraphAtTop(list);
      if (top && top.id !== position) {
        position = top.id;
        save();
      }
      // The end is reached when the last paragraph's bottom is on screen
      // (not when the page only jumps past it, to the index, say).
      var last = list[list.length - 1].getBoundingClientRect();
      if (last.height > 0 && last.bottom <= window.innerHeight + 1 && last.bottom >= textTop()) complete();
    });
  }

  function termCount() {
    var ids = {};
    var count = 0;
    var terms = document.querySelectorAll(".term[data-term]");
    for (var i = 0; i < terms.length; i++) {
      var id = terms[i].getAttribute("data-term");
      if (!ids[id]) {
        ids[id] = true;
        count++;
      }
    }
    return count;
  }

  // The reader marks the term whose pop-up is open with aria-expanded="true".
  function watchTerms() {
    var total = termCount();
    var observer = new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        var term = records[i].target;
        var id = term.getAttribute("data-term");
        if (!id || term.getAttribute("aria-expanded") !== "true" || opened.indexOf(id) >= 0) continue;
        opened.push(id);
        save();
        if (total && opened.length >= Math.max(1, Math.ceil(total * COMPLETION_TERM_SHARE))) complete();
      }
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-expanded"] });
  }

  function restore() {
    var row = position ? document.getElementById(position) : null;
    if (!row || !row.classList.contains("para-row")) return;
    // Just below the toolbar, which sticks to the top. Paragraphs off screen
    // are laid out only when they come near (content-visibility) and fonts
    // may still arrive, so the place is checked again each frame until it
    // holds (for at most a second).
    var frames = 0;
    var steady = 0;
    (function settle() {
      var offset = row.getBoundingClientRect().top - textTop();
      if (Math.abs(offset) > 1) {
        scrollBy(0, offset);
        steady = 0;
      } else {
        steady++;
      }
      if (steady < 3 && ++frames < 60) requestAnimationFrame(settle);
    })();
  }

  // HHHH:MM:SS.SS, SCORM 1.2's time span.
  function timeSpan(ms) {
    var seconds = Math.floor(ms / 1000);
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return pad(Math.min(9999, Math.floor(seconds / 3600))) + ":" + pad(Math.floor(seconds / 60) % 60) + ":" + pad(seconds % 60) + ".00";
  }

  function finish() {
    if (finished) return;
    save();
    set("cmi.core.session_time", timeSpan(Date.now() - startedAt));
    api.LMSCommit("");
    finished = true;
    api.LMSFinish("");
  }

  // Live: the app has hydrated and shows the requested pack (assets/boot.js
  // marks a page that waits for its ?pack= with data-awaiting-pack).
  function live() {
    return root.hasAttribute("data-ready") && !root.hasAttribute("data-awaiting-pack") && rows().length > 0;
  }
  function start() {
    restore();
    watchTerms();
    addEventListener("scroll", onScroll, { passive: true });
    addEventListener("resize", onScroll, { passive: true });
    onScroll();
  }
  if (live()) {
    start();
  } else {
    var waiting = new MutationObserver(function () {
      if (!live()) return;
      waiting.disconnect();
      start();
    });
    waiting.observe(root, { attributes: true, attributeFilter: ["data-ready", "data-awaiting-pack"] });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && !finished) {
      save();
      api.LMSCommit("");
    }
  });
  addEventListener("pagehide", finish);
})();
