// Runs before the first paint of the pre-rendered page. It applies the mode
// the app will choose (a valid ?lang=, else the stored choice, else side by
// side: the same rule as ReadingMode's initial_mode in Rust) to <html>, which
// the stylesheet reads, so the page never flashes the wrong mode while the
// wasm loads; the app keeps the attribute in step afterwards. A page asked to
// show another pack (?pack=) stays hidden until the app has it.
(function () {
  var root = document.documentElement;
  // Content-Security-Policy violations are kept for diagnostics (and the
  // browser tests, which expect none).
  window.tifaCspViolations = [];
  document.addEventListener("securitypolicyviolation", function (event) {
    window.tifaCspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
  });
  var params = new URLSearchParams(location.search);
  var modes = { en: true, zh: true, both: true };
  var mode = params.get("lang");
  if (!modes[mode]) {
    try {
      mode = JSON.parse(localStorage.getItem("tifa.mode"));
    } catch (error) {
      mode = null;
    }
  }
  root.setAttribute("data-mode", modes[mode] ? mode : "both");
  applyStoredSettings(root);
  if (params.get("embed") === "1" || params.get("embed") === "true") root.setAttribute("data-embed", "");
  // The toolbar's tools a portal shows (?tools=pinyin,settings; names separated by
  // commas or spaces; an empty or unknown list shows none): the rule of
  // shown_tools in src/domain/embed_message.rs, which tifa:set-tools uses.
  if (params.has("tools")) {
    var asked = params.get("tools").split(/[, ]/);
    var shown = ["pinyin", "listen", "words", "share", "settings"].filter(function (tool) {
      return asked.indexOf(tool) >= 0;
    });
    root.setAttribute("data-tools", shown.join(" "));
  }
  if (params.has("pack")) root.setAttribute("data-awaiting-pack", "");
  // The wasm instance, for diagnostics (the benchmark reads its memory size).
  var started = false;
  addEventListener("TrunkApplicationStarted", function (event) {
    started = true;
    window.tifaWasm = event.detail && event.detail.wasm;
  });
  // If the app cannot load (a missing or broken file, an old browser), or
  // its wasm traps once running (a fault the Rust panic hook never sees),
  // say so instead of leaving a page that looks alive but does not respond.
  // The same notice as the app's panic hook, built from text nodes.
  function isTrap(error) {
    return typeof WebAssembly === "object" && error instanceof WebAssembly.RuntimeError;
  }
  function failed(error) {
    if ((started && !isTrap(error)) || document.getElementById("tifa-failure")) return;
    var detail = error && (error.message || error);
    var notice = document.createElement("div");
    notice.id = "tifa-failure";
    notice.className = "failure";
    notice.setAttribute("role", "alert");
    var heading = document.createElement("strong");
    var text = document.createElement("span");
    if (started) {
      heading.textContent = "The reader stopped working. ";
      text.textContent = "The article may still be read, but pop-ups and the language switch no longer respond. ";
    } else {
      heading.textContent = "The reader could not start. ";
      text.textContent = "The article below can still be read, but pop-ups and the language switch need the app. ";
    }
    var link = document.createElement("a");
    link.href = "";
    link.textContent = "Reload the page";
    var code = document.createElement("code");
    code.textContent = String(detail || "");
    notice.append(heading, text, link, code);
    (document.body || root).prepend(notice);
  }
  // Uncaught errors are kept too (the first 20, shortened), for diagnostics:
  // a page that stops responding can say why even where the console cannot
  // be read.
  window.tifaErrors = [];
  function keep(error) {
    if (window.tifaErrors.length >= 20) return;
    // Firefox's and WebKit's stacks leave out the message: keep both.
    var text = error && error.message !== undefined ? error.name + ": " + error.message + "\n" + (error.stack || "") : String(error);
    window.tifaErrors.push(text.slice(0, 500));
  }
  addEventListener("unhandledrejection", function (event) {
    keep(event.reason);
    failed(event.reason);
  });
  addEventListener("error", function (event) {
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) {
      failed("could not load " + (target.src || target.href));
      return;
    }
    keep(event.error || event.message);
    if (isTrap(event.error)) failed(event.error);
  }, true);

  // The panels of index.html (share, settings) speak the interface
  // language, which is Chinese in 中文 mode and English otherwise: each
  // element with data-label takes its text from the panel's table.
  window.tifaPanel = {
    lang: function () {
      return root.getAttribute("data-mode") === "zh" ? "zh" : "en";
    },
    label: function (panel, tables) {
      var lang = window.tifaPanel.lang();
      var labels = tables[lang];
      panel.lang = lang === "zh" ? "zh-Hans" : "en";
      var named = panel.querySelectorAll("[data-label]");
      for (var i = 0; i < named.length; i++) named[i].textContent = labels[named[i].getAttribute("data-label")];
      return labels;
    },
  };

  // The reading settings (offered by assets/settings.js): each is an
  // attribute on <html> that the stylesheet reads, applied here, before the
  // first paint, like the mode. The first value of each is the default,
  // which sets no attribute. What is stored is checked value by value: an
  // unknown or hostile value is the default.
  function applyStoredSettings(root) {
    var KEY = "tifa.settings";
    var CHOICES = {
      size: { attribute: "data-text-size", values: ["100", "90", "115", "130", "150"] },
      theme: { attribute: "data-theme", values: ["system", "light", "dark"] },
      marks: { attribute: "data-marks", values: ["all", "formulations", "none"] },
      pinyin: { attribute: "data-pinyin", values: ["off", "on"] },
      tones: { attribute: "data-tones", values: ["none", "pleco", "mdbg"] },
    };
    var current = {};
    var refused = false;
    var stored = null;
    try {
      var text = localStorage.getItem(KEY);
      try {
        stored = JSON.parse(text);
      } catch (error) {
        stored = null;
      }
    } catch (error) {
      // Storage is refused (a privacy setting, a sandboxed frame): the
      // choices last as long as the page.
      refused = true;
    }
    function apply(name, value) {
      var choice = CHOICES[name];
      if (!choice) return;
      if (typeof value !== "string" || choice.values.indexOf(value) < 0) value = choice.values[0];
      current[name] = value;
      if (value === choice.values[0]) root.removeAttribute(choice.attribute);
      else root.setAttribute(choice.attribute, value);
    }
    function load(from) {
      var valid = from !== null && typeof from === "object" && !Array.isArray(from);
      for (var name in CHOICES) apply(name, valid && Object.prototype.hasOwnProperty.call(from, name) ? from[name] : null);
    }
    load(stored);
    window.tifaSettings = {
      key: KEY,
      choices: CHOICES,
      current: current,
      refused: function () {
        return refused;
      },
      apply: apply,
      load: load,
      // Keeps the current choices; false where storage is refused or full.
      save: function () {
        try {
          localStorage.setItem(KEY, JSON.stringify(current));
          refused = false;
          return true;
        } catch (error) {
          refused = true;
          return false;
        }
      },
    };
  }
})();
