// My words: the pop-up's "Save to My words" toggle keeps the term, with the
// sentence pair it was opened from, in the browser's storage, one list per
// pack (`tifa.words:<pack file>`). The entry's fields and the sentences come
// from the pack file itself, fetched on the first save. An embedded reader
// tells its host (`tifa:word-saved`). The panel and the exports are in
// assets/words-panel.js, loaded when the panel first opens. Plain DOM and
// text only.
(function () {
  "use strict";
  var root = document.documentElement;
  var script = document.currentScript;
  var note = document.getElementById("words-note");
  var noteText = document.getElementById("words-note-text");
  var panel = document.getElementById("words-dialog");
  if (!note || !panel) return;
  var LABELS = {
    en: {
      full: "This word could not be saved: the browser's storage for this page is full or refused. Export My words to keep them.",
      noPack: "This word could not be saved: the article's file could not be read again.",
      dismiss: "OK",
      title: "My words",
    },
    zh: {
      full: "未能保存此词：浏览器为本页提供的存储空间已满或被拒绝。请导出生词本以免丢失。",
      noPack: "未能保存此词：无法再次读取文章文件。",
      dismiss: "知道了",
      title: "生词本",
    },
  };

  // The pack's file, as the app read it: ?pack= or the pre-rendered one.
  function packFile() {
    var asked = new URLSearchParams(location.search).get("pack");
    if (asked) return asked;
    var block = document.getElementById("tifa-pack");
    return block ? block.getAttribute("data-file") : "";
  }
  var key = "tifa.words:" + packFile();

  function isRecord(value) {
    return value !== null && typeof value === "object" && typeof value.id === "string" && typeof value.zh === "string";
  }
  // The saved words, oldest first; what is stored is checked, and anything
  // not a word is dropped.
  function list() {
    var stored = null;
    try {
      stored = JSON.parse(localStorage.getItem(key));
    } catch (error) {
      stored = null;
    }
    return Array.isArray(stored) ? stored.filter(isRecord) : [];
  }
  // Keeps the list; false where storage is full or refused.
  function keep(words) {
    try {
      localStorage.setItem(key, JSON.stringify(words));
      return true;
    } catch (error) {
      return false;
    }
  }

  var pack = null;
  // The pack file, parsed once: the entries by id and the sentences by id.
  function packData() {
    if (!pack) {
      var url = new URL(packFile(), document.baseURI).href;
      pack = fetch(url)
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          var entries = {};
          var sentences = {};
          (data.glossary || []).forEach(function (entry) {
            if (entry && typeof entry.id === "string") entries[entry.id] = entry;
          });
          ((data.article && data.article.paragraphs) || []).forEach(function (paragraph) {
            (paragraph.sentences || []).forEach(function (pair) {
              if (pair && typeof pair.id === "string") sentences[pair.id] = pair;
            });
          });
          return { data: data, entries: entries, sentences: sentences };
        });
      pack.catch(function () {
        pack = null;
      });
    }
    return pack;
  }

  // The sentence a term was opened from: the occurrence the pop-up stands
  // next to, else the entry's first occurrence in a sentence.
  function sentenceOf(id) {
    var anchor = document.querySelector('.term[aria-expanded="true"][data-term="' + CSS.escape(id) + '"]');
    var sentence = anchor && anchor.closest(".sentence");
    if (!sentence) {
      var first = document.querySelector('.sentence .term[data-term="' + CSS.escape(id) + '"]');
      sentence = first && first.closest(".sentence");
    }
    return sentence ? sentence.getAttribute("data-sid") : null;
  }
  function text(value) {
    return typeof value === "string" ? value : "";
  }
  function title(data) {
    var meta = (data.article && data.article.meta) || {};
    return { en: text(meta.title && meta.title.en), zh: text(meta.title && meta.title.zh) };
  }
  // One word as it is kept and exported.
  function record(found, entry, sid) {
    var pair = (sid && found.sentences[sid]) || {};
    var link = new URL(location.href);
    link.hash = "term=" + entry.id;
    return {
      id: entry.id,
      zh: text(entry.zh),
      pinyin: text(entry.pinyin),
      official: text(entry.official),
      gloss: text(entry.gloss),
      gloss_zh: text(entry.gloss_zh),
      sid: sid || "",
      sentence: { zh: text(pair.zh), en: text(pair.en) },
      title: title(found.data),
      link: link.href,
    };
  }

  function labels() {
    return LABELS[window.tifaPanel ? window.tifaPanel.lang() : "en"];
  }
  function tell(message) {
    var words = labels();
    note.lang = words === LABELS.zh ? "zh-Hans" : "en";
    note.setAttribute("aria-label", words.title);
    noteText.textContent = message;
    document.getElementById("words-note-ok").textContent = words.dismiss;
    note.hidden = false;
  }
  document.getElementById("words-note-ok").addEventListener("click", function () {
    note.hidden = true;
  });

  // The host hears of each save and removal (an embedded reader only).
  function report(word, saved) {
    if (!root.hasAttribute("data-embed") || window.parent === window) return;
    var named = new URLSearchParams(location.search).get("host-origin");
    var origin = "*";
    try {
      if (named && new URL(named).origin === named) origin = named;
    } catch (error) {
      origin = "*";
    }
    window.parent.postMessage({ type: "tifa:word-saved", id: word.id, zh: word.zh, official: word.official, saved: saved }, origin);
  }

  // Each "Save" button says whether its word is saved.
  function showSaved() {
    var saved = {};
    list().forEach(function (word) {
      saved[word.id] = true;
    });
    var buttons = document.querySelectorAll(".popup-save");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", saved[buttons[i].getAttribute("data-entry")] ? "true" : "false");
    }
  }
  function changed() {
    showSaved();
    if (window.tifaWordsPanel) window.tifaWordsPanel.show();
  }

  function remove(id) {
    var words = list();
    var gone = words.filter(function (word) {
      return word.id === id;
    });
    if (!keep(words.filter(function (word) {
      return word.id !== id;
    }))) return false;
    gone.forEach(function (word) {
      report(word, false);
    });
    changed();
    return true;
  }
  function clear() {
    var gone = list();
    if (!keep([])) return false;
    gone.forEach(function (word) {
      report(word, false);
    });
    changed();
    return true;
  }
  function save(id) {
    return packData().then(
      function (found) {
        var entry = found.entries[id];
        if (!entry) return tell(labels().noPack);
        var word = record(found, entry, sentenceOf(id));
        var words = list().filter(function (kept) {
          return kept.id !== id;
        });
        words.push(word);
        if (!keep(words)) return tell(labels().full);
        report(word, true);
        changed();
      },
      function () {
        tell(labels().noPack);
      }
    );
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".popup-save");
    if (!button) return;
    var id = button.getAttribute("data-entry");
    if (button.getAttribute("aria-pressed") === "true") {
      if (!remove(id)) tell(labels().full);
    } else {
      save(id);
    }
  });

  // The pop-up shows another entry, or opens: its button's state follows.
  var popup = document.getElementById("term-popup");
  function watchPopup() {
    popup = document.getElementById("term-popup");
    if (!popup) return;
    new MutationObserver(showSaved).observe(popup, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-entry"] });
    showSaved();
  }
  if (popup) watchPopup();
  else new MutationObserver(function (_, observer) {
    if (document.getElementById("term-popup")) {
      observer.disconnect();
      watchPopup();
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-ready"] });
  // Another tab of the same reader saved or removed a word.
  addEventListener("storage", function (event) {
    if (event.key === key) changed();
  });

  var loading = null;
  panel.addEventListener("beforetoggle", function (event) {
    if (event.newState !== "open") return;
    if (window.tifaWordsPanel) return window.tifaWordsPanel.show();
    if (!loading) {
      loading = document.createElement("script");
      loading.src = new URL("words-panel.js", script.src).href;
      loading.onload = function () {
        window.tifaWordsPanel.show();
      };
      document.head.append(loading);
    }
  });

  window.tifaWords = { key: key, list: list, remove: remove, clear: clear, packData: packData };
})();
