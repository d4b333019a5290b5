// The reader's "Reading settings" panel (#settings-dialog in index.html,
// opened by the toolbar's "Aa" button): text size, theme, which terms are
// marked, pinyin over the Chinese and tone colours; and the toolbar's
// "Pinyin" toggle, a shortcut to the pinyin setting. The choices themselves, their check and their storage are in
// boot.js (window.tifaSettings), which applies them before the first paint;
// this file only offers them. Plain DOM and text only.
(function () {
  "use strict";
  var dialog = document.getElementById("settings-dialog");
  var settings = window.tifaSettings;
  var panel = window.tifaPanel;
  if (!dialog || !settings || !panel) return;
  var status = document.getElementById("settings-status");
  var LABELS = {
    en: {
      title: "Reading settings",
      size: "Text size",
      size90: "Small",
      size100: "Normal",
      size115: "Large",
      size130: "Larger",
      size150: "Largest",
      theme: "Theme",
      themeSystem: "As the system",
      themeLight: "Light",
      themeDark: "Dark",
      marks: "Terms marked in the text",
      marksAll: "All terms",
      marksFormulations: "Formulations only",
      marksNone: "None",
      marksHint: "An unmarked term still opens its note when clicked or on Enter.",
      pinyin: "Pinyin over the Chinese",
      pinyinOff: "Off",
      pinyinOn: "On",
      tones: "Tone colours",
      tonesNone: "None",
      tonesPleco: "Red, green, blue, purple",
      tonesMdbg: "Red, orange, green, blue",
      tonesHint: "Colours for the first to fourth tones, in the Chinese text; the neutral tone is grey.",
      close: "Close",
      notKept: "This browser does not let the page keep settings: they last until the page is closed.",
    },
    zh: {
      title: "阅读设置",
      size: "字号",
      size90: "小",
      size100: "标准",
      size115: "大",
      size130: "较大",
      size150: "最大",
      theme: "主题",
      themeSystem: "跟随系统",
      themeLight: "浅色",
      themeDark: "深色",
      marks: "文中标出的术语",
      marksAll: "全部术语",
      marksFormulations: "仅提法",
      marksNone: "不标出",
      marksHint: "未标出的术语仍可点击或按回车键打开注释。",
      pinyin: "汉字上方显示拼音",
      pinyinOff: "关",
      pinyinOn: "开",
      tones: "声调颜色",
      tonesNone: "无",
      tonesPleco: "红、绿、蓝、紫",
      tonesMdbg: "红、橙、绿、蓝",
      tonesHint: "中文正文中第一至第四声的颜色；轻声为灰色。",
      close: "关闭",
      notKept: "此浏览器不允许本页保存设置：设置仅在关闭本页前有效。",
    },
  };
  var labels = LABELS.en;

  function show() {
    labels = panel.label(dialog, LABELS);
    var inputs = dialog.querySelectorAll("input[type=radio]");
    for (var i = 0; i < inputs.length; i++) {
      inputs[i].checked = settings.current[inputs[i].name.replace("tifa-setting-", "")] === inputs[i].value;
    }
    status.textContent = settings.refused() ? labels.notKept : "";
  }

  // The toggle's state follows the setting. The app renders the button
  // (again when it opens another pack, after which it sets data-ready), so
  // the state is put on whichever buttons are in the page then.
  function showPinyinState() {
    var on = settings.current.pinyin === "on";
    var buttons = document.querySelectorAll(".pinyin-button");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
  }
  showPinyinState();
  new MutationObserver(showPinyinState).observe(document.documentElement, { attributes: true, attributeFilter: ["data-ready"] });
  document.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest(".pinyin-button")) return;
    settings.apply("pinyin", settings.current.pinyin === "on" ? "off" : "on");
    settings.save();
    showPinyinState();
  });

  dialog.addEventListener("beforetoggle", function (event) {
    if (event.newState === "open") show();
  });
  // Focus goes to the first group's chosen option: the arrow keys then move
  // through its choices, and Tab to the next group.
  dialog.addEventListener("toggle", function (event) {
    if (event.newState === "open") dialog.querySelector("input:checked").focus();
  });
  dialog.addEventListener("change", function (event) {
    var name = event.target.name.replace("tifa-setting-", "");
    settings.apply(name, event.target.value);
    status.textContent = settings.save() ? "" : labels.notKept;
    showPinyinState();
  });
  // A choice made in another tab of the same reader is taken here too.
  addEventListener("storage", function (event) {
    if (event.key !== settings.key) return;
    var stored = null;
    try {
      stored = JSON.parse(event.newValue);
    } catch (error) {
      stored = null;
    }
    settings.load(stored);
    show();
    showPinyinState();
  });
})();
