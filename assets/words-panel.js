// The My words panel (#words-dialog in index.html): the saved words with a
// Remove button each, Remove all (after a native <dialog> asks), and the
// exports of the saved words or of the whole glossary, as CSV (UTF-8, for
// a spreadsheet) or as a text file that Anki imports as notes. Loaded by
// assets/words.js when the panel first opens. Plain DOM and text only: a
// text of the pack is never read as HTML here, and the Anki file escapes it.
(function () {
  "use strict";
  var words = window.tifaWords;
  var panel = document.getElementById("words-dialog");
  var listed = document.getElementById("words-list");
  var empty = document.getElementById("words-empty");
  var status = document.getElementById("words-status");
  var confirm = document.getElementById("words-confirm");
  var LABELS = {
    en: {
      title: "My words",
      empty: "No words saved yet: open a term and choose “Save to My words”.",
      exportCsv: "Export as CSV",
      exportAnki: "Export for Anki",
      clear: "Remove all",
      glossary: "The whole glossary of this article",
      ankiHint: "Anki: File › Import, then choose the file; each word becomes a note (Chinese and pinyin on the front; the official rendering, the gloss and the sentence in both languages on the back).",
      close: "Close",
      remove: "Remove",
      removeNamed: "Remove %s",
      confirm: "Remove every saved word of this article?",
      confirmYes: "Remove all",
      confirmNo: "Keep them",
      count: "%s words saved.",
      one: "1 word saved.",
      exported: "Saved %s.",
      nothing: "There is nothing to export yet.",
      notKept: "The change could not be kept: the browser's storage is full or refused.",
      noPack: "The article's file could not be read again, so the glossary cannot be exported.",
      columns: ["Chinese", "Pinyin", "Official rendering", "Gloss", "Gloss (Chinese)", "Sentence (Chinese)", "Sentence (English)", "Article", "Link"],
    },
    zh: {
      title: "生词本",
      empty: "还没有生词：打开一个术语，选择“加入生词本”。",
      exportCsv: "导出 CSV",
      exportAnki: "导出到 Anki",
      clear: "全部删除",
      glossary: "本文的全部术语",
      ankiHint: "Anki：文件 › 导入，选择该文件；每个词成为一条笔记（正面为中文和拼音，背面为官方译法、释义和中英文例句）。",
      close: "关闭",
      remove: "删除",
      removeNamed: "删除 %s",
      confirm: "删除本文的全部生词？",
      confirmYes: "全部删除",
      confirmNo: "保留",
      count: "已保存 %s 个生词。",
      one: "已保存 1 个生词。",
      exported: "已保存 %s。",
      nothing: "还没有可导出的内容。",
      notKept: "未能保存更改：浏览器存储空间已满或被拒绝。",
      noPack: "无法再次读取文章文件，因此无法导出全部术语。",
      columns: ["中文", "拼音", "官方译法", "释义（英文）", "释义（中文）", "例句（中文）", "例句（英文）", "文章", "链接"],
    },
  };
  var labels = LABELS.en;

  function show() {
    labels = window.tifaPanel.label(panel, LABELS);
    window.tifaPanel.label(confirm, LABELS);
    var saved = words.list();
    listed.textContent = "";
    saved.forEach(function (word) {
      var item = document.createElement("li");
      item.className = "words-item";
      var zh = document.createElement("span");
      zh.className = "words-zh";
      zh.lang = "zh-Hans";
      zh.textContent = word.zh;
      var pinyin = document.createElement("span");
      pinyin.className = "words-pinyin";
      pinyin.lang = "zh-Latn-pinyin";
      pinyin.textContent = word.pinyin;
      var official = document.createElement("span");
      official.className = "words-official";
      official.lang = "en";
      official.textContent = word.official;
      var sentence = document.createElement("span");
      sentence.className = "words-sentence";
      sentence.lang = "zh-Hans";
      sentence.textContent = word.sentence && word.sentence.zh;
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "words-remove";
      remove.textContent = labels.remove;
      remove.setAttribute("aria-label", labels.removeNamed.replace("%s", word.zh));
      remove.addEventListener("click", function () {
        var next = remove.closest("li").nextElementSibling || remove.closest("li").previousElementSibling;
        var nextId = next && next.getAttribute("data-id");
        if (!words.remove(word.id)) status.textContent = labels.notKept;
        // Focus stays in the list (or on the panel's heading once it is empty).
        var target = nextId && listed.querySelector('li[data-id="' + CSS.escape(nextId) + '"] .words-remove');
        (target || panel.querySelector('[data-export="glossary-csv"]')).focus();
      });
      item.setAttribute("data-id", word.id);
      item.append(zh, " ", pinyin, " ", official, sentence, remove);
      listed.append(item);
    });
    empty.hidden = saved.length > 0;
    listed.hidden = saved.length === 0;
    panel.querySelectorAll('[data-export^="words"], .words-clear').forEach(function (button) {
      button.disabled = saved.length === 0;
    });
    status.textContent = saved.length === 1 ? labels.one : saved.length ? labels.count.replace("%s", saved.length) : "";
  }

  // ---- the files ----

  // A CSV field: quoted when it must be (RFC 4180), and a field that a
  // spreadsheet would run as a formula (=, +, -, @ first) starts with an
  // apostrophe instead, so a hostile pack cannot put a formula in a sheet.
  function csvField(value) {
    var field = String(value == null ? "" : value);
    if (/^[=+\-@\t\r]/.test(field)) field = "'" + field;
    return /[",\r\n]/.test(field) ? '"' + field.replace(/"/g, '""') + '"' : field;
  }
  function csv(rows) {
    var lines = [labels.columns].concat(rows).map(function (row) {
      return row.map(csvField).join(",");
    });
    // The byte-order mark makes spreadsheets read the file as UTF-8.
    return "\uFEFF" + lines.join("\r\n") + "\r\n";
  }
  function row(word) {
    var sentence = word.sentence || {};
    var title = word.title || {};
    return [word.zh, word.pinyin, word.official, word.gloss, word.gloss_zh, sentence.zh, sentence.en, title.en || title.zh, word.link];
  }

  function html(value) {
    return String(value == null ? "" : value)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/[\t\r\n]+/g, " ");
  }
  // Anki's text import: a tab between fields, HTML in them (escaped here),
  // the note type and deck named in the file's header lines.
  function anki(rows, deck) {
    var header = ["#separator:tab", "#html:true", "#notetype:Basic", "#deck:" + deck.replace(/[\t\r\n]+/g, " "), "#tags column:3", "#columns:Front\tBack\tTags"];
    var notes = rows.map(function (word) {
      var sentence = word.sentence || {};
      var title = word.title || {};
      var front = '<div lang="zh-Hans" style="font-size:1.6em">' + html(word.zh) + "</div><div>" + html(word.pinyin) + "</div>";
      var back = ["<b>" + html(word.official) + "</b>"];
      if (word.gloss) back.push(html(word.gloss));
      if (word.gloss_zh) back.push('<span lang="zh-Hans">' + html(word.gloss_zh) + "</span>");
      if (sentence.zh || sentence.en) {
        back.push("");
        if (sentence.zh) back.push('<span lang="zh-Hans">' + html(sentence.zh) + "</span>");
        if (sentence.en) back.push("<i>" + html(sentence.en) + "</i>");
      }
      back.push("");
      back.push('<a href="' + html(word.link) + '">' + html(title.en || title.zh) + "</a>");
      return [front, back.join("<br>"), "tifa"].join("\t");
    });
    return header.concat(notes).join("\n") + "\n";
  }

  function download(name, type, contents) {
    var url = URL.createObjectURL(new Blob([contents], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  }

  // Every entry of the pack, with the sentence of its first occurrence.
  function glossaryWords(found) {
    var link = new URL(location.href);
    var meta = (found.data.article && found.data.article.meta) || {};
    var title = { en: (meta.title && meta.title.en) || "", zh: (meta.title && meta.title.zh) || "" };
    return (found.data.glossary || []).map(function (entry) {
      var first = document.querySelector('.sentence .term[data-term="' + CSS.escape(String(entry.id)) + '"]');
      var sid = first ? first.closest(".sentence").getAttribute("data-sid") : "";
      var pair = found.sentences[sid] || {};
      link.hash = "term=" + entry.id;
      return {
        id: entry.id,
        zh: entry.zh,
        pinyin: entry.pinyin,
        official: entry.official,
        gloss: entry.gloss,
        gloss_zh: entry.gloss_zh,
        sid: sid,
        sentence: { zh: pair.zh || "", en: pair.en || "" },
        title: title,
        link: link.href,
      };
    });
  }

  function slug(text) {
    return String(text || "tifa").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "tifa";
  }
  function exportWords(which, format, rows) {
    if (!rows.length) {
      status.textContent = labels.nothing;
      return;
    }
    var title = (rows[0].title && (rows[0].title.en || rows[0].title.zh)) || "Tifa";
    var base = slug(title) + (which === "words" ? "-my-words" : "-glossary");
    var name = format === "csv" ? base + ".csv" : base + "-anki.txt";
    if (format === "csv") download(name, "text/csv;charset=utf-8", csv(rows.map(row)));
    else download(name, "text/plain;charset=utf-8", anki(rows, "Tifa::" + title));
    status.textContent = labels.exported.replace("%s", name);
  }

  panel.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-export], .words-clear");
    if (!button) return;
    if (button.classList.contains("words-clear")) {
      confirm.showModal();
      return;
    }
    var parts = button.getAttribute("data-export").split("-");
    if (parts[0] === "words") {
      exportWords("words", parts[1], words.list());
      return;
    }
    words.packData().then(
      function (found) {
        exportWords("glossary", parts[1], glossaryWords(found));
      },
      function () {
        status.textContent = labels.noPack;
      }
    );
  });
  confirm.addEventListener("close", function () {
    if (confirm.returnValue === "clear" && !words.clear()) status.textContent = labels.notKept;
    confirm.returnValue = "";
    panel.querySelector('[data-export="glossary-csv"]').focus();
  });

  window.tifaWordsPanel = { show: show, csv: csv, anki: anki };
})();
