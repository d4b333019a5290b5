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
  addEventListener("TrunkApplicationStarted", function (event) {
    window.tifaWasm = event.detail && event.detail.wasm;
  });
})();
