#!/usr/bin/env python3
"""Writes a large, valid Tifa pack for testing the reader and validator at scale.

    python3 scripts/generate_long_pack.py --paragraphs 300 --entries 500 --out PATH

The text is synthetic but plausible-looking: official-register sentence
templates in Chinese and English, filled with synthetic terms. Terms are built
from fixed word lists (a modifier such as 绿色 "green" and a head such as 发展
"development"), so every term's pinyin comes from fixed per-word readings and
has one syllable per character. Every fifth term nests a shorter term inside a
longer one (绿色 + 数字体系 = 绿色数字体系), and every term is placed in the
text round-robin, so each occurs at least once in both languages on its own.

The output is deterministic: the same arguments always give the same bytes.
Before writing, the script checks the pack with a re-implementation of the
reader's matching rules (whole words, case-insensitive English, exact Chinese,
leftmost then longest), so a pack it writes passes the validator.

Standard library only.
"""

import argparse
import json
import re
import sys

# (Chinese, pinyin with one syllable per character, English).
MODIFIERS = [
    ("绿色", "lǜ sè", "green"),
    ("开放", "kāi fàng", "open"),
    ("协调", "xié tiáo", "coordinated"),
    ("共享", "gòng xiǎng", "shared"),
    ("智能", "zhì néng", "smart"),
    ("数字", "shù zì", "digital"),
    ("低碳", "dī tàn", "low-carbon"),
    ("海洋", "hǎi yáng", "marine"),
    ("城乡", "chéng xiāng", "urban-rural"),
    ("区域", "qū yù", "regional"),
    ("民生", "mín shēng", "livelihood"),
    ("文化", "wén huà", "cultural"),
    ("生态", "shēng tài", "ecological"),
    ("科技", "kē jì", "technology"),
    ("产业", "chǎn yè", "industrial"),
    ("金融", "jīn róng", "financial"),
    ("人才", "rén cái", "talent"),
    ("基层", "jī céng", "grassroots"),
    ("社区", "shè qū", "community"),
    ("乡村", "xiāng cūn", "rural"),
    ("港口", "gǎng kǒu", "port"),
    ("物流", "wù liú", "logistics"),
    ("能源", "néng yuán", "energy"),
    ("健康", "jiàn kāng", "health"),
    ("教育", "jiào yù", "education"),
    ("安全", "ān quán", "security"),
    ("法治", "fǎ zhì", "rule-of-law"),
    ("青年", "qīng nián", "youth"),
    ("养老", "yǎng lǎo", "elderly-care"),
    ("水利", "shuǐ lì", "water-conservancy"),
]

# (Chinese, pinyin, English, kind).
HEADS = [
    ("发展", "fā zhǎn", "development", "formulation"),
    ("体系", "tǐ xì", "system", "formulation"),
    ("格局", "gé jú", "pattern", "formulation"),
    ("理念", "lǐ niàn", "philosophy", "principle"),
    ("原则", "yuán zé", "principle", "principle"),
    ("方针", "fāng zhēn", "guideline", "principle"),
    ("工程", "gōng chéng", "project", "policy"),
    ("行动", "xíng dòng", "action", "policy"),
    ("试点", "shì diǎn", "pilot", "policy"),
    ("机制", "jī zhì", "mechanism", "policy"),
    ("示范区", "shì fàn qū", "demonstration zone", "place"),
    ("走廊", "zǒu láng", "corridor", "place"),
    ("委员会", "wěi yuán huì", "Committee", "institution"),
    ("中心", "zhōng xīn", "Center", "institution"),
    ("办公室", "bàn gōng shì", "Office", "institution"),
    ("专员", "zhuān yuán", "Commissioner", "office"),
    ("主任", "zhǔ rèn", "Director", "office"),
    ("联络员", "lián luò yuán", "Liaison Officer", "office"),
    ("周刊", "zhōu kān", "Weekly", "outlet"),
    ("在线", "zài xiàn", "Online", "outlet"),
]

# Synthetic people: (Chinese, pinyin, romanization without tones).
SURNAMES = [
    ("王", "Wáng", "Wang"), ("李", "Lǐ", "Li"), ("张", "Zhāng", "Zhang"), ("刘", "Liú", "Liu"),
    ("陈", "Chén", "Chen"), ("杨", "Yáng", "Yang"), ("赵", "Zhào", "Zhao"), ("黄", "Huáng", "Huang"),
    ("周", "Zhōu", "Zhou"), ("吴", "Wú", "Wu"),
]
GIVEN_NAMES = [
    ("建明", "Jiàn míng", "Jianming"), ("志远", "Zhì yuǎn", "Zhiyuan"), ("海涛", "Hǎi tāo", "Haitao"),
    ("春华", "Chūn huá", "Chunhua"), ("立新", "Lì xīn", "Lixin"), ("晓东", "Xiǎo dōng", "Xiaodong"),
    ("玉兰", "Yù lán", "Yulan"), ("国栋", "Guó dòng", "Guodong"), ("文静", "Wén jìng", "Wenjing"),
    ("振宇", "Zhèn yǔ", "Zhenyu"),
]

# Sentence templates (Chinese, English, reading aids); {a} and {b} are term
# slots, {A} is {a} at the start of an English sentence. People get their own
# templates. The reading aids are the Chinese word by word with its pinyin,
# written and checked by hand (为 wéi in 久久为功, 钉 dìng then dīng in
# 钉钉子, 要求 yāo, 长期 cháng; 一 and 不 in their citation tone, as the
# first article's); a slot's word is the term with its own pinyin.
TWO_TERM_TEMPLATES = [
    ("会议强调，要深入推进{a}，切实把{b}落到实处。",
     "The meeting stressed the need to advance {a} in depth and to put {b} into practice.",
     "会议 huì yì|强调 qiáng diào|，|要 yào|深入 shēn rù|推进 tuī jìn|{a}|，|切实 qiè shí|把 bǎ|{b}|落到实处 luò dào shí chù|。"),
    ("各级各部门要围绕{a}，进一步完善{b}。",
     "All levels and departments must focus on {a} and further improve {b}.",
     "各级 gè jí|各 gè|部门 bù mén|要 yào|围绕 wéi rào|{a}|，|进一步 jìn yī bù|完善 wán shàn|{b}|。"),
    ("{a}取得新进展，{b}不断深化。",
     "{A} made new progress, and {b} continued to deepen.",
     "{a}|取得 qǔ dé|新 xīn|进展 jìn zhǎn|，|{b}|不断 bù duàn|深化 shēn huà|。"),
    ("要坚持以{a}引领{b}，推动各项工作提质增效。",
     "We must let {a} guide {b} and make all work better and more efficient.",
     "要 yào|坚持 jiān chí|以 yǐ|{a}|引领 yǐn lǐng|{b}|，|推动 tuī dòng|各项 gè xiàng|工作 gōng zuò|提质增效 tí zhì zēng xiào|。"),
    ("会议听取了关于{a}的汇报，研究部署{b}有关工作。",
     "The meeting heard a report on {a} and made arrangements for work on {b}.",
     "会议 huì yì|听取 tīng qǔ|了 le|关于 guān yú|{a}|的 de|汇报 huì bào|，|研究 yán jiū|部署 bù shǔ|{b}|有关 yǒu guān|工作 gōng zuò|。"),
    ("要统筹推进{a}和{b}，形成工作合力。",
     "We must advance {a} and {b} in a coordinated way and pool our efforts.",
     "要 yào|统筹 tǒng chóu|推进 tuī jìn|{a}|和 hé|{b}|，|形成 xíng chéng|工作 gōng zuò|合力 hé lì|。"),
]
ONE_TERM_TEMPLATES = [
    ("“{a}”是一项长期任务，必须久久为功。",
     "\"{A}\" is a long-term task that calls for sustained effort.",
     "“|{a}|”|是 shì|一项 yī xiàng|长期 cháng qī|任务 rèn wu|，|必须 bì xū|久久为功 jiǔ jiǔ wéi gōng|。"),
    ("会议要求，以钉钉子精神抓好{a}。",
     "The meeting called for the perseverance of driving in a nail in carrying out {a}.",
     "会议 huì yì|要求 yāo qiú|，|以 yǐ|钉钉子 dìng dīng zi|精神 jīng shén|抓好 zhuā hǎo|{a}|。"),
]
PERSON_TEMPLATES = [
    ("{a}主持会议并讲话。", "{A} chaired the meeting and delivered a speech.",
     "{a}|主持 zhǔ chí|会议 huì yì|并 bìng|讲话 jiǎng huà|。"),
    ("{a}出席会议。", "{A} attended the meeting.", "{a}|出席 chū xí|会议 huì yì|。"),
]

KINDS_WITH_ARTICLE = {"institution", "office", "outlet"}


def syllables(pinyin):
    return pinyin.split()


def han_count(text):
    return sum(1 for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build_terms(count):
    """The synthetic terms, in glossary order; deterministic."""
    pairs = [(m, h) for h in range(len(HEADS)) for m in range(len(MODIFIERS))]
    # Spread heads (and so kinds) through the glossary instead of grouping them.
    pairs.sort(key=lambda mh: ((mh[0] * 7 + mh[1] * 3) % len(MODIFIERS), mh[1], mh[0]))
    people = [(s, g) for g in range(len(GIVEN_NAMES)) for s in range(len(SURNAMES))]
    terms = []
    used_zh = set()
    used_ids = set()
    next_pair = 0
    next_person = 0
    while len(terms) < count:
        index = len(terms)
        if index % 20 == 13 and next_person < len(people):
            s, g = people[next_person]
            next_person += 1
            surname, given = SURNAMES[s], GIVEN_NAMES[g]
            term = {
                "zh": surname[0] + given[0],
                "pinyin": f"{surname[1]} {given[1]}",
                "en": f"{surname[2]} {given[2]}",
                "kind": "person",
                "parts": [],
            }
        elif index % 5 == 4 and terms and terms[-1]["kind"] != "person" and len(terms[-1]["parts"]) == 2:
            # Nest the previous two-word term inside a longer one.
            inner = terms[-1]
            m = (inner["modifier"] + 11) % len(MODIFIERS)
            zh, py, en = MODIFIERS[m]
            term = {
                "zh": zh + inner["zh"],
                "pinyin": f"{py} {inner['pinyin']}",
                "en": f"{en} {inner['en']}",
                "kind": inner["kind"],
                "parts": [(zh, py, en), (inner["zh"], inner["pinyin"], inner["en"])],
                "modifier": m,
                "head": inner["head"],
                "inner": index - 1,
            }
        else:
            if next_pair >= len(pairs):
                raise SystemExit(f"at most {len(terms)} entries can be generated, not {count}")
            m, h = pairs[next_pair]
            next_pair += 1
            mzh, mpy, men = MODIFIERS[m]
            hzh, hpy, hen, kind = HEADS[h]
            term = {
                "zh": mzh + hzh,
                "pinyin": f"{mpy} {hpy}",
                "en": f"{men} {hen}",
                "kind": kind,
                "parts": [(mzh, mpy, men), (hzh, hpy, hen)],
                "modifier": m,
                "head": h,
            }
        term["id"] = slug(term["en"])
        if term["zh"] in used_zh or term["id"] in used_ids:
            raise SystemExit(f"internal error: term {term['zh']} ({term['id']}) generated twice")
        used_zh.add(term["zh"])
        used_ids.add(term["id"])
        terms.append(term)
    return terms


def official_name(term):
    en = term["en"]
    if term["kind"] in KINDS_WITH_ARTICLE | {"place"}:
        return " ".join(w[:1].upper() + w[1:] for w in en.split(" "))
    return en


def text_form(term):
    """The English form as the running text writes it."""
    if term["kind"] in KINDS_WITH_ARTICLE:
        return "the " + official_name(term)
    return official_name(term)


def build_entry(term, index, terms):
    kind = term["kind"]
    official = official_name(term)
    entry = {
        "id": term["id"],
        "zh": term["zh"],
        "pinyin": term["pinyin"],
        "kind": kind,
        "official": official,
    }
    if index % 3 == 0:
        entry["variants"] = [f"{official} initiative" if kind != "person" else f"Comrade {official}"]
    entry["gloss"] = f"Synthetic {kind} number {index + 1}, generated for testing long packs."
    entry["explanation"] = (
        f"{capitalize(official)} ({term['zh']}) is a synthetic term made up by scripts/generate_long_pack.py. "
        "It has no meaning beyond this test pack; its explanation is long enough to wrap in a pop-up, "
        "as real explanations do, and says nothing true or false about any real policy or person."
    )
    if index % 7 == 0:
        entry["origin"] = {"date": str(2000 + index % 24), "occasion": f"Synthetic meeting number {index + 1}"}
    elif index % 11 == 0:
        entry["origin"] = {
            "date": f"{2000 + index % 24}-{1 + index % 12:02d}-{1 + index % 28:02d}",
            "occasion": f"Synthetic conference number {index + 1}",
            "speaker": "A synthetic speaker",
        }
    if kind != "person" and index % 4 == 1:
        entry["parts"] = [{"zh": zh, "pinyin": py, "en": en} for zh, py, en in term["parts"]]
    related = []
    if "inner" in term:
        related.append(terms[term["inner"]]["id"])
    if index > 0 and terms[index - 1]["id"] not in related:
        related.append(terms[index - 1]["id"])
    if related:
        entry["related"] = related
    if index % 13 == 0:
        entry["translation_note"] = "A synthetic note on why renderings differ: there is only one rendering here."
    entry["match"] = {"en": [official], "zh": [term["zh"]]}
    return entry


def capitalize(text):
    return text[:1].upper() + text[1:]


def fill(template, terms):
    """A sentence pair and its reading aids from a template and the terms for
    its slots."""
    zh_template, en_template, ruby_template = template
    names = ("a", "b")[: len(terms)]
    slots = dict(zip(names, terms))
    zh = zh_template.format(**{name: t["zh"] for name, t in slots.items()})
    en_values = {name: text_form(t) for name, t in slots.items()}
    en_values["A"] = capitalize(en_values["a"])
    ruby = []
    for word in ruby_template.split("|"):
        if word.startswith("{"):
            term = slots[word.strip("{}")]
            ruby.append([term["zh"], term["pinyin"]])
        else:
            text, _, pinyin = word.partition(" ")
            ruby.append([text, pinyin])
    return en_template.format(**en_values), zh, ruby


def build_paragraphs(paragraph_count, terms):
    paragraphs = []
    slot = 0
    sentence_number = 0
    for p in range(paragraph_count):
        sentences = []
        for s in range(2 + (p * 7) % 3):
            first = terms[slot % len(terms)]
            second = terms[(slot + 1) % len(terms)]
            if first["kind"] == "person":
                en, zh, ruby = fill(PERSON_TEMPLATES[sentence_number % len(PERSON_TEMPLATES)], [first])
                slot += 1
            elif sentence_number % 4 == 3 or second["kind"] == "person" or len(terms) == 1:
                en, zh, ruby = fill(ONE_TERM_TEMPLATES[sentence_number % len(ONE_TERM_TEMPLATES)], [first])
                slot += 1
            else:
                en, zh, ruby = fill(TWO_TERM_TEMPLATES[sentence_number % len(TWO_TERM_TEMPLATES)], [first, second])
                slot += 2
            sentence_number += 1
            sentences.append({"id": f"p{p + 1}.s{s + 1}", "en": en, "zh": zh, "ruby": ruby})
        paragraphs.append({"id": f"p{p + 1}", "sentences": sentences})
    if slot < len(terms):
        raise SystemExit(
            f"{paragraph_count} paragraph{'s' if paragraph_count != 1 else ''} hold{'' if paragraph_count != 1 else 's'} "
            f"only {slot} term slots: "
            f"use more paragraphs or at most {slot} entries"
        )
    return paragraphs


# --- a re-implementation of the reader's matcher, to check the output --------


def is_word_char(c):
    return c.isalnum() or c == "-"


def find_terms(text, forms, whole_words):
    """forms: list of (pattern, entry); returns the chosen (start, end, entry)."""
    haystack = text.lower() if whole_words else text
    candidates = []
    for order, (form, entry) in enumerate(forms):
        needle = form.lower() if whole_words else form
        start = haystack.find(needle)
        while start != -1:
            end = start + len(needle)
            ok = True
            if whole_words:
                if is_word_char(form[0]) and start > 0 and is_word_char(text[start - 1]):
                    ok = False
                if is_word_char(form[-1]) and end < len(text) and is_word_char(text[end]):
                    ok = False
            if ok:
                candidates.append((start, -end, order, entry))
            start = haystack.find(needle, start + 1)
    candidates.sort()
    chosen = []
    last_end = 0
    for start, negative_end, _, entry in candidates:
        if start >= last_end:
            chosen.append((start, -negative_end, entry))
            last_end = -negative_end
    return chosen


def check(pack):
    """Raises if a form would not mark its own occurrence somewhere."""
    glossary = pack["glossary"]
    meta = pack["article"]["meta"]
    for lang in ("en", "zh"):
        forms = [(form, i) for i, entry in enumerate(glossary) for form in entry["match"][lang]]
        texts = [meta["title"][lang], meta["source"][lang]]
        texts += [s[lang] for p in pack["article"]["paragraphs"] for s in p["sentences"]]
        uses = [0] * len(glossary)
        for text in texts:
            for _, _, entry in find_terms(text, forms, whole_words=(lang == "en")):
                uses[entry] += 1
        for i, n in enumerate(uses):
            if n == 0:
                raise SystemExit(f"internal error: {glossary[i]['id']} never occurs in the {lang} text")
    for paragraph in pack["article"]["paragraphs"]:
        for sentence in paragraph["sentences"]:
            if "".join(text for text, _ in sentence["ruby"]) != sentence["zh"]:
                raise SystemExit(f"internal error: the reading aids of {sentence['id']} do not spell its Chinese")
            for text, py in sentence["ruby"]:
                if len(syllables(py)) != han_count(text):
                    raise SystemExit(f"internal error: pinyin {py!r} does not fit {text!r} in {sentence['id']}")
    for entry in glossary:
        for zh, py in [(entry["zh"], entry["pinyin"])] + [(p["zh"], p["pinyin"]) for p in entry.get("parts", [])]:
            if len(syllables(py)) != han_count(zh):
                raise SystemExit(f"internal error: pinyin {py!r} does not fit {zh!r}")


def build_pack(paragraph_count, entry_count):
    terms = build_terms(entry_count)
    glossary = [build_entry(term, i, terms) for i, term in enumerate(terms)]
    paragraphs = build_paragraphs(paragraph_count, terms)
    note = (
        f"Synthetic text generated by scripts/generate_long_pack.py "
        f"(--paragraphs {paragraph_count} --entries {entry_count}) for testing; not a real report."
    )
    return {
        "format": "tifa-pack",
        "version": 1,
        "article": {
            "meta": {
                "title": {
                    "en": f"Long test pack: {paragraph_count} paragraphs, {entry_count} terms",
                    "zh": f"长篇测试文本：{paragraph_count}段，{entry_count}个术语",
                },
                "source": {"en": "Tifa test generator", "zh": "Tifa 测试生成器"},
                "editor": {"en": "Generated", "zh": "自动生成"},
                "published": "2024-01-01T09:00+08:00",
                "event": {"date": "2023-12-31", "label": {"en": "Text generated", "zh": "文本生成"}},
                "provenance": {
                    "en": {"kind": "translation", "note": {"en": note, "zh": "由脚本生成的测试用英文文本，并非真实报道。"}},
                    "zh": {"kind": "original", "note": {"en": note, "zh": "由脚本生成的测试用中文文本，并非真实报道。"}},
                },
            },
            "paragraphs": paragraphs,
        },
        "glossary": glossary,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=300, help="number of paragraphs (default 300)")
    parser.add_argument("--entries", type=int, default=500, help="number of glossary entries (default 500)")
    parser.add_argument("--out", required=True, help="where to write the pack ('-' for standard output)")
    args = parser.parse_args(argv)
    if args.paragraphs < 1:
        parser.error("--paragraphs must be at least 1")
    if args.entries < 1:
        parser.error("--entries must be at least 1")
    pack = build_pack(args.paragraphs, args.entries)
    check(pack)
    text = json.dumps(pack, ensure_ascii=False, indent=1) + "\n"
    # Each sentence's reading aids on one line: a word a line would make the
    # file three times as long to read through.
    text = re.sub(
        r'^( *)"ruby": (\[\n.*?\n\1\])$',
        lambda m: m.group(1) + '"ruby": ' + json.dumps(json.loads(m.group(2)), ensure_ascii=False),
        text,
        flags=re.M | re.S,
    )
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)


if __name__ == "__main__":
    main()
