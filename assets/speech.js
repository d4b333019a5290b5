// Read aloud, with the browser's own speech synthesis (the Web Speech API):
// a sentence and its twin, its paragraph, or on to the end, in Chinese,
// English or each Chinese sentence followed by its English; and a term from
// its pop-up. Loaded on first use by assets/listen.js. The sentence being
// read is marked (`is-speaking`, its twin `is-speaking-twin`); Escape or the
// bar's Stop button stops. Where the device has no voice for a language,
// the panel and the bar say so. Plain DOM and text only.
(function () {
  "use strict";
  var root = document.documentElement;
  var panel = document.getElementById("listen-dialog");
  var bar = document.getElementById("listen-bar");
  var barText = document.getElementById("listen-bar-text");
  var stopButton = document.getElementById("listen-stop");
  var status = document.getElementById("listen-status");
  var rate = document.getElementById("listen-rate");
  var rateShown = document.getElementById("listen-rate-shown");
  var voicePickers = { zh: document.getElementById("listen-voice-zh"), en: document.getElementById("listen-voice-en") };
  var voicesNote = document.getElementById("listen-voices");
  var from = document.getElementById("listen-from");
  var synth = window.speechSynthesis;
  var KEY = "tifa.speech";
  var LABELS = {
    en: {
      title: "Read aloud",
      from: "Starting from",
      beginning: "the beginning of the article",
      scope: "What",
      scopeSentence: "This sentence",
      scopeParagraph: "Its paragraph",
      scopeRest: "From here to the end",
      language: "Language",
      languageZh: "Chinese",
      languageEn: "English",
      languageBoth: "Chinese, then its English",
      rate: "Speed",
      voiceZh: "Chinese voice",
      voiceEn: "English voice",
      play: "Read aloud",
      close: "Close",
      stop: "Stop",
      dismiss: "OK",
      reading: "Reading aloud: Escape or Stop ends it.",
      done: "Finished reading.",
      stopped: "Stopped reading.",
      noSpeech: "This browser cannot read aloud.",
      noVoice: { zh: "No Chinese voice on this device: your system's speech settings can add one.", en: "No English voice on this device: your system's speech settings can add one." },
      onlyOther: { zh: "No Chinese voice on this device: reading the English only.", en: "No English voice on this device: reading the Chinese only." },
      failed: "The browser could not read this aloud.",
      noVoiceOption: "(none on this device)",
    },
    zh: {
      title: "朗读",
      from: "开始于",
      beginning: "文章开头",
      scope: "范围",
      scopeSentence: "本句",
      scopeParagraph: "本段",
      scopeRest: "从此处到文末",
      language: "语言",
      languageZh: "中文",
      languageEn: "英文",
      languageBoth: "先中文，后英文",
      rate: "语速",
      voiceZh: "中文语音",
      voiceEn: "英文语音",
      play: "朗读",
      close: "关闭",
      stop: "停止",
      dismiss: "知道了",
      reading: "正在朗读：按 Esc 键或“停止”结束。",
      done: "朗读完毕。",
      stopped: "已停止朗读。",
      noSpeech: "此浏览器不支持朗读。",
      noVoice: { zh: "此设备没有中文语音：可在系统的语音设置中添加。", en: "此设备没有英文语音：可在系统的语音设置中添加。" },
      onlyOther: { zh: "此设备没有中文语音：只朗读英文。", en: "此设备没有英文语音：只朗读中文。" },
      failed: "浏览器无法朗读这段文字。",
      noVoiceOption: "（此设备没有）",
    },
  };
  var labels = LABELS.en;
  // Each reading has a number: the callbacks of a reading that was stopped
  // (or replaced) see a newer number and do nothing.
  var reading = 0;
  var active = false;
  var marked = [];
  var prefs = loadPrefs();

  function loadPrefs() {
    var stored = null;
    try {
      stored = JSON.parse(localStorage.getItem(KEY));
    } catch (error) {
      stored = null;
    }
    var valid = stored !== null && typeof stored === "object";
    var speed = valid ? Number(stored.rate) : 1;
    return {
      rate: speed >= 0.5 && speed <= 1.5 ? speed : 1,
      zh: valid && typeof stored.zh === "string" ? stored.zh : "",
      en: valid && typeof stored.en === "string" ? stored.en : "",
    };
  }
  function savePrefs() {
    try {
      localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch (error) {
      // Refused storage: the choices last as long as the page.
    }
  }

  // The voices for Mandarin or English, best first: Mandarin of the
  // mainland, then of Taiwan, then other Chinese voices except Cantonese,
  // which would read the characters in another language.
  function voicesFor(lang) {
    if (!synth) return [];
    var all = synth.getVoices() || [];
    function code(voice) {
      return String(voice.lang || "").replace("_", "-").toLowerCase();
    }
    function rank(voice) {
      var tag = code(voice);
      if (lang === "en") return tag.indexOf("en") === 0 ? (voice["default"] ? 0 : 1) : -1;
      if (tag.indexOf("yue") === 0 || tag === "zh-hk" || tag.indexOf("zh-yue") === 0) return -1;
      if (tag === "zh-cn" || tag.indexOf("cmn") === 0 || tag.indexOf("zh-hans") === 0) return 0;
      if (tag === "zh-tw") return 1;
      return tag.indexOf("zh") === 0 ? 2 : -1;
    }
    return all
      .filter(function (voice) {
        return rank(voice) >= 0;
      })
      .sort(function (a, b) {
        return rank(a) - rank(b);
      });
  }
  function voiceFor(lang) {
    var voices = voicesFor(lang);
    for (var i = 0; i < voices.length; i++) if (voices[i].voiceURI === prefs[lang]) return voices[i];
    return voices[0] || null;
  }

  function showVoices() {
    var missing = [];
    ["zh", "en"].forEach(function (lang) {
      var picker = voicePickers[lang];
      var voices = voicesFor(lang);
      var chosen = voiceFor(lang);
      picker.textContent = "";
      voices.forEach(function (voice) {
        var option = document.createElement("option");
        option.value = voice.voiceURI;
        option.textContent = voice.name + " (" + voice.lang + ")";
        option.selected = voice === chosen;
        picker.append(option);
      });
      if (!voices.length) {
        var none = document.createElement("option");
        none.textContent = labels.noVoiceOption;
        picker.append(none);
        missing.push(labels.noVoice[lang]);
      }
      picker.disabled = !voices.length;
    });
    voicesNote.textContent = synth ? missing.join(" ") : labels.noSpeech;
  }

  // The sentence reading starts from: the one the reader last chose, if it
  // is still in the page, else the first.
  function startSentence() {
    var sid = window.tifaSpeechFrom;
    var chosen = sid && document.querySelector('.para[data-lang="zh"] .sentence[data-sid="' + CSS.escape(sid) + '"]');
    return chosen || document.querySelector('.para[data-lang="zh"] .sentence');
  }
  function sideOf(sid, lang) {
    return document.querySelector('.para[data-lang="' + lang + '"] .sentence[data-sid="' + CSS.escape(sid) + '"]');
  }
  // A sentence's own words: without its translator's note, and without the
  // pinyin (drawn by the stylesheet, so not in the text anyway).
  function textOf(sentence) {
    var copy = sentence.cloneNode(true);
    var extras = copy.querySelectorAll(".pair-note, rt");
    for (var i = 0; i < extras.length; i++) extras[i].remove();
    return copy.textContent.replace(/\s+/g, " ").trim();
  }
  function chosen(name) {
    var input = panel.querySelector('input[name="tifa-listen-' + name + '"]:checked');
    return input ? input.value : null;
  }
  function defaultLanguage() {
    var mode = root.getAttribute("data-mode");
    return mode === "zh" || mode === "en" ? mode : "both";
  }

  // What to read: the sentence ids of the scope, in order.
  function sentenceIds(start, scope) {
    var all = Array.prototype.map.call(document.querySelectorAll('.para[data-lang="zh"] .sentence'), function (sentence) {
      return sentence.getAttribute("data-sid");
    });
    var sid = start.getAttribute("data-sid");
    if (scope === "sentence") return [sid];
    if (scope === "paragraph") {
      return Array.prototype.map.call(start.closest(".para").querySelectorAll(".sentence"), function (sentence) {
        return sentence.getAttribute("data-sid");
      });
    }
    return all.slice(Math.max(0, all.indexOf(sid)));
  }

  function unmark() {
    marked.forEach(function (element) {
      element.classList.remove("is-speaking", "is-speaking-twin");
    });
    marked = [];
  }
  function mark(element, twin) {
    unmark();
    if (element) {
      element.classList.add("is-speaking");
      element.scrollIntoView({ block: "nearest" });
      marked.push(element);
    }
    if (twin) {
      twin.classList.add("is-speaking-twin");
      marked.push(twin);
    }
  }

  function say(message, polite) {
    bar.setAttribute("aria-label", labels.title);
    status.lang = bar.lang;
    status.textContent = message;
    barText.textContent = message;
    stopButton.textContent = polite ? labels.dismiss : labels.stop;
    bar.hidden = false;
  }
  function endBar(message) {
    status.lang = bar.lang;
    status.textContent = message;
    bar.hidden = true;
  }

  // Reads the items ({text, lang, element, twin}) one after another.
  function read(items, notice) {
    stop(true);
    var number = ++reading;
    active = true;
    labels = window.tifaPanel.label(bar, LABELS);
    say(notice || labels.reading, false);
    function next(index) {
      if (number !== reading) return;
      if (index >= items.length) {
        unmark();
        reading++;
        active = false;
        endBar(labels.done);
        return;
      }
      var item = items[index];
      var utterance = new SpeechSynthesisUtterance(item.text);
      utterance.lang = item.lang === "zh" ? "zh-CN" : "en-GB";
      var voice = voiceFor(item.lang);
      if (voice) {
        utterance.voice = voice;
        utterance.lang = voice.lang;
      }
      utterance.rate = prefs.rate;
      utterance.onstart = function () {
        if (number === reading) mark(item.element, item.twin);
      };
      utterance.onend = function () {
        next(index + 1);
      };
      utterance.onerror = function (event) {
        // Stopping a reading cancels its utterance: not a failure.
        if (number !== reading || event.error === "interrupted" || event.error === "canceled") return;
        unmark();
        reading++;
        active = false;
        say(labels.failed, true);
      };
      synth.speak(utterance);
    }
    next(0);
  }

  function stop(quiet) {
    var wasReading = active;
    reading++;
    active = false;
    unmark();
    if (synth) synth.cancel();
    if (!quiet && wasReading) endBar(labels.stopped);
  }

  // Reads what the panel's choices say.
  function play() {
    labels = window.tifaPanel.label(bar, LABELS);
    panel.hidePopover();
    if (!synth) return say(labels.noSpeech, true);
    var start = startSentence();
    if (!start) return;
    var language = chosen("language");
    var langs = language === "both" ? ["zh", "en"] : [language];
    var voiced = langs.filter(voiceFor);
    if (!voiced.length) return say(labels.noVoice[langs[0]], true);
    var notice = voiced.length < langs.length ? labels.onlyOther[langs.filter(function (lang) {
      return !voiceFor(lang);
    })[0]] : null;
    var items = [];
    sentenceIds(start, chosen("scope")).forEach(function (sid) {
      voiced.forEach(function (lang) {
        var element = sideOf(sid, lang);
        var twin = sideOf(sid, lang === "zh" ? "en" : "zh");
        var text = element ? textOf(element) : "";
        if (text) items.push({ text: text, lang: lang, element: element, twin: twin });
      });
    });
    read(items, notice);
  }

  // Reads the open pop-up's term: its Chinese, or its official English.
  function sayTerm(lang) {
    labels = window.tifaPanel.label(bar, LABELS);
    if (!synth) return say(labels.noSpeech, true);
    if (!voiceFor(lang)) return say(labels.noVoice[lang], true);
    var popup = document.getElementById("term-popup");
    var source = popup && popup.querySelector(lang === "zh" ? ".popup-zh" : '.popup-official [lang="en"]');
    var text = source ? source.textContent.trim() : "";
    if (text) read([{ text: text, lang: lang, element: null, twin: null }]);
  }

  // The panel, as it opens: its labels, where reading starts, the voices.
  function opened() {
    if (!panel.matches(":popover-open")) return;
    labels = window.tifaPanel.label(panel, LABELS);
    var start = startSentence();
    from.textContent = start ? textOf(start).slice(0, 40) + (textOf(start).length > 40 ? "…" : "") : labels.beginning;
    from.lang = start ? "zh-Hans" : panel.lang;
    var language = panel.querySelector('input[name="tifa-listen-language"][value="' + defaultLanguage() + '"]');
    if (language && !panel.dataset.chosen) language.checked = true;
    rate.value = String(prefs.rate);
    rateShown.textContent = prefs.rate.toFixed(1) + "×";
    showVoices();
    panel.querySelector("input:checked").focus();
  }

  panel.addEventListener("toggle", function (event) {
    if (event.newState === "open") opened();
  });
  panel.addEventListener("change", function (event) {
    if (event.target.name === "tifa-listen-language") panel.dataset.chosen = "1";
    if (event.target === voicePickers.zh || event.target === voicePickers.en) {
      prefs[event.target === voicePickers.zh ? "zh" : "en"] = event.target.value;
      savePrefs();
    }
  });
  rate.addEventListener("input", function () {
    prefs.rate = Number(rate.value);
    rateShown.textContent = prefs.rate.toFixed(1) + "×";
    savePrefs();
  });
  document.getElementById("listen-play").addEventListener("click", play);
  stopButton.addEventListener("click", function () {
    if (active) stop(false);
    else endBar("");
  });
  // Escape stops a reading wherever focus is (and only then: otherwise it
  // is the pop-ups' and panels' key).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || bar.hidden) return;
    if (active) stop(false);
    else endBar("");
  });
  // Voices arrive late in some browsers.
  if (synth && synth.addEventListener) synth.addEventListener("voiceschanged", function () {
    if (panel.matches(":popover-open")) showVoices();
  });

  window.tifaSpeech = { opened: opened, sayTerm: sayTerm, stop: stop };
})();
