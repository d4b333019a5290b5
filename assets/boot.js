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
  if (params.get("embed") === "1" || params.get("embed") === "true") root.setAttribute("data-embed", "");
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
})();
