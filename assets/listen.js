// Loads the read-aloud tool (assets/speech.js) the first time a reader asks
// for it: the toolbar's "Listen" button (which opens #listen-dialog by
// itself, as a popover) or a pop-up's listen button. Most readers never use
// it, so the page carries only this. It also remembers the sentence the
// reader last chose (by click, tap or focus), where reading starts.
(function () {
  "use strict";
  var script = document.currentScript;
  var loading = null;
  window.tifaSpeechFrom = null;
  // By focus, and by click or tap too: WebKit does not focus what is
  // clicked.
  function choose(event) {
    var sentence = event.target.closest && event.target.closest(".sentence");
    if (sentence) window.tifaSpeechFrom = sentence.getAttribute("data-sid");
  }
  document.addEventListener("focusin", choose);
  document.addEventListener("click", choose);

  // Calls `then` with window.tifaSpeech once speech.js has run.
  window.tifaSpeechLoad = function (then) {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var tool = document.createElement("script");
        tool.src = new URL("speech.js", script.src).href;
        tool.onload = function () {
          resolve(window.tifaSpeech);
        };
        tool.onerror = reject;
        document.head.append(tool);
      });
    }
    loading.then(then);
  };

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".listen-button, .popup-listen");
    if (!button) return;
    var say = button.getAttribute("data-say");
    window.tifaSpeechLoad(function (speech) {
      if (say) speech.sayTerm(say);
      else speech.opened();
    });
  });
})();
