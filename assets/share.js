// The reader's "Share" dialog (share or embed) (#share-dialog in index.html, opened by
// the toolbar's button): an iframe snippet and a plain link for what is on
// screen (the pack, the mode and the open term, all in the page's URL), each
// with a copy button. Plain DOM and text only: nothing here is parsed as HTML.
(function () {
  "use strict";
  var dialog = document.getElementById("share-dialog");
  if (!dialog || !window.tifaPanel) return;
  var snippet = document.getElementById("share-snippet");
  var link = document.getElementById("share-link");
  var status = document.getElementById("share-status");
  var LABELS = {
    en: {
      title: "Share or embed this reader",
      snippet: "Embed code for a web page or a portal",
      copySnippet: "Copy embed code",
      link: "Link",
      copyLink: "Copy link",
      close: "Close",
      copied: "Copied.",
      failed: "Could not copy: the text is selected, copy it with the keyboard.",
    },
    zh: {
      title: "分享或嵌入本阅读器",
      snippet: "用于网页或学习平台的嵌入代码",
      copySnippet: "复制嵌入代码",
      link: "链接",
      copyLink: "复制链接",
      close: "关闭",
      copied: "已复制。",
      failed: "无法复制：文字已选中，请用键盘复制。",
    },
  };
  var FRAME_HEIGHT = 600;

  // The reader as it is now: its address without this page's embedding
  // parameters, with the pack, the mode and the open term.
  function current() {
    var page = new URL(location.href);
    var url = new URL(page.origin + page.pathname);
    var pack = page.searchParams.get("pack");
    if (pack) url.searchParams.set("pack", pack);
    var mode = document.documentElement.getAttribute("data-mode");
    if (mode === "en" || mode === "zh" || mode === "both") url.searchParams.set("lang", mode);
    if (/^#term=[A-Za-z0-9._~-]{1,64}$/.test(page.hash)) url.hash = page.hash;
    return url;
  }

  function attribute(text) {
    return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function embedSnippet(url) {
    var frame = new URL(url.href);
    var query = new URLSearchParams(frame.search);
    frame.search = "";
    frame.searchParams.set("embed", "1");
    query.forEach(function (value, name) {
      frame.searchParams.set(name, value);
    });
    return (
      '<iframe src="' + attribute(frame.href) + '" title="' + attribute(document.title) + '"' +
      ' width="100%" height="' + FRAME_HEIGHT + '" style="border:0" loading="lazy"></iframe>'
    );
  }

  function fill() {
    var labels = window.tifaPanel.label(dialog, LABELS);
    var url = current();
    snippet.value = embedSnippet(url);
    link.value = url.href;
    status.textContent = "";
    return labels;
  }

  var labels = LABELS.en;
  dialog.addEventListener("beforetoggle", function (event) {
    if (event.newState === "open") labels = fill();
  });
  // Focus goes to the snippet (not by `autofocus`, which a cross-origin
  // frame refuses at load with a console error).
  dialog.addEventListener("toggle", function (event) {
    if (event.newState !== "open") return;
    snippet.setSelectionRange(0, 0);
    snippet.focus();
    snippet.scrollTop = 0;
  });
  dialog.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-copy"));
    field.select();
    var say = function (copied) {
      status.textContent = copied ? labels.copied : labels.failed;
      // Without the clipboard, the selected text is one keystroke away.
      if (!copied) field.focus();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).then(function () { say(true); }, function () { say(false); });
    } else {
      say(false);
    }
  });
})();
