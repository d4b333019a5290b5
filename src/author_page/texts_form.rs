//! Step 1: the two texts (pasted or opened from a file) and what the pack
//! says about them.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::effects::read_text_file;
use crate::authoring::session::{Action, MetaField, Session};
use crate::domain::article::OriginKind;
use crate::domain::language::Lang;

/// Properties of [`TextsForm`].
#[derive(Properties, PartialEq)]
pub struct TextsFormProps {
    /// The session.
    pub session: Rc<Session>,
    /// Sends an action.
    pub act: Callback<Action>,
    /// Whether the term base has arrived (or failed): aligning waits for it.
    pub termbase_ready: bool,
}

/// The texts and the metadata, and the button that aligns them.
#[function_component]
pub fn TextsForm(props: &TextsFormProps) -> Html {
    let file_problem = use_state_eq(|| None::<String>);
    let session = &props.session;
    let text_area = |lang: Lang, label: &'static str, hint: &'static str| {
        let act = props.act.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            act.emit(Action::SetText(lang, area.value()));
        });
        let onchange = {
            let act = props.act.clone();
            let file_problem = file_problem.clone();
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
                let act = act.clone();
                let file_problem = file_problem.clone();
                read_text_file(
                    file,
                    Callback::from(move |read: Result<String, String>| match read {
                        Ok(text) => {
                            file_problem.set(None);
                            act.emit(Action::SetText(lang, text));
                        }
                        Err(problem) => file_problem.set(Some(problem)),
                    }),
                );
            })
        };
        let code = lang.code();
        let value = match lang {
            Lang::Zh => session.zh_text.clone(),
            Lang::En => session.en_text.clone(),
        };
        html! {
            <div class={classes!("text-field", format!("text-{code}"))}>
                <label for={format!("text-{code}")}>{ label }</label>
                <p class="hint" id={format!("text-{code}-hint")}>{ hint }</p>
                <textarea id={format!("text-{code}")} lang={lang.bcp47()} rows="12" spellcheck="false"
                    aria-describedby={format!("text-{code}-hint")} {value} {oninput} />
                <label class="file-open">
                    { "Open a .txt file… " }
                    <input type="file" accept=".txt,text/plain" id={format!("file-{code}")} {onchange} />
                </label>
            </div>
        }
    };
    let field = |field: MetaField, id: &'static str, label: &'static str, lang: Option<&'static str>, kind: &'static str, hint: &'static str| {
        let act = props.act.clone();
        let value = match field {
            MetaField::TitleZh => session.meta.title_zh.clone(),
            MetaField::TitleEn => session.meta.title_en.clone(),
            MetaField::SourceZh => session.meta.source_zh.clone(),
            MetaField::SourceEn => session.meta.source_en.clone(),
            MetaField::Url => session.meta.url.clone(),
            MetaField::Published => session.meta.published.clone(),
        };
        let oninput = Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            act.emit(Action::SetMeta(field, input.value()));
        });
        html! {
            <div class="meta-field">
                <label for={id}>{ label }</label>
                <input {id} type={kind} {lang} {value} {oninput} placeholder={hint} />
            </div>
        }
    };
    let kind_select = |lang: Lang, id: &'static str, label: &'static str| {
        let act = props.act.clone();
        let current = match lang {
            Lang::Zh => session.meta.zh_kind,
            Lang::En => session.meta.en_kind,
        };
        let onchange = Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let kind = match select.value().as_str() {
                "translation" => OriginKind::Translation,
                "rendering" => OriginKind::Rendering,
                _ => OriginKind::Original,
            };
            act.emit(Action::SetKind(lang, kind));
        });
        let option = |value: &'static str, kind: OriginKind, text: &'static str| {
            html! { <option {value} selected={current == kind}>{ text }</option> }
        };
        html! {
            <div class="meta-field">
                <label for={id}>{ label }</label>
                <select {id} {onchange}>
                    { option("original", OriginKind::Original, "the original, as published") }
                    { option("translation", OriginKind::Translation, "a published translation") }
                    { option("rendering", OriginKind::Rendering, "written for this reader (not the source)") }
                </select>
            </div>
        }
    };
    let on_excerpt = {
        let act = props.act.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            act.emit(Action::SetExcerpt(input.checked()));
        })
    };
    let on_align = {
        let act = props.act.clone();
        Callback::from(move |_: MouseEvent| act.emit(Action::Align))
    };
    let realign = session.draft.is_some();
    html! {
        <section class="step" aria-labelledby="step-texts">
            <h2 id="step-texts">{ "1 · The two texts" }</h2>
            <p class="hint">{ "Plain text, paragraphs separated by a blank line. Unless you give a title below, each text's first paragraph is its title." }</p>
            <div class="texts">
                { text_area(Lang::Zh, "Chinese text · 中文", "The Chinese original (or the Chinese version).") }
                { text_area(Lang::En, "English text", "Its English translation, paragraph for paragraph as published.") }
            </div>
            if let Some(problem) = &*file_problem {
                <p class="problem" role="alert">{ problem.clone() }</p>
            }
            <fieldset class="meta">
                <legend>{ "About the texts" }</legend>
                { field(MetaField::TitleZh, "title-zh", "Chinese title", Some("zh-Hans"), "text", "the first paragraph") }
                { field(MetaField::TitleEn, "title-en", "English title", Some("en"), "text", "the first paragraph") }
                { field(MetaField::SourceZh, "source-zh", "Chinese source (outlet or publisher)", Some("zh-Hans"), "text", "来源未注明") }
                { field(MetaField::SourceEn, "source-en", "English source", Some("en"), "text", "Source not given") }
                { field(MetaField::Url, "source-url", "Source address (http or https)", None, "url", "https://…") }
                { field(MetaField::Published, "published", "Published on", None, "date", "2024-03-05") }
                { kind_select(Lang::Zh, "zh-kind", "The Chinese text is") }
                { kind_select(Lang::En, "en-kind", "The English text is") }
                <div class="meta-field check">
                    <input type="checkbox" id="excerpt" checked={session.meta.excerpt} onchange={on_excerpt} />
                    <label for="excerpt">{ "An excerpt of a longer text" }</label>
                </div>
            </fieldset>
            <p class="actions">
                <button type="button" id="align" class="primary" onclick={on_align} disabled={!props.termbase_ready}>
                    { if realign { "Align again (forgets your changes to the pairs)" } else { "Align the texts" } }
                </button>
            </p>
            if !session.align_problems.is_empty() {
                <ul class="problems" role="alert">
                    { for session.align_problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                </ul>
            }
        </section>
    }
}
