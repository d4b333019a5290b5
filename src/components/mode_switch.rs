use yew::prelude::*;

use crate::domain::labels::{label, mode_name, Label};
use crate::domain::language::{Lang, ReadingMode};

/// English / 中文 / Side by side as a native radio group: Tab reaches it, the
/// arrow keys move between the modes, and screen readers announce it as one
/// choice out of three, all without a line of key handling here. `onchange`
/// is called with the mode the reader chose; the legend is in `interface`.
pub fn mode_switch(current: ReadingMode, onchange: &Callback<ReadingMode>, interface: Lang) -> Html {
    html! {
        <fieldset class="mode-switch">
            <legend class="visually-hidden" lang={interface.bcp47()}>{ label(Label::ReadingMode, interface) }</legend>
            { for ReadingMode::ALL.into_iter().map(|mode| {
                let onchange = onchange.reform(move |_: Event| mode);
                html! {
                    <label class="mode-option">
                        <input
                            type="radio"
                            name="tifa-mode"
                            value={mode.param()}
                            checked={current == mode}
                            {onchange}
                        />
                        <span class="mode-name">
                            { for mode_name(mode).iter().enumerate().map(|(index, (text, lang))| html! {
                                <>
                                    if index > 0 { { " " } }
                                    <span lang={lang.bcp47()}>{ *text }</span>
                                </>
                            }) }
                        </span>
                    </label>
                }
            }) }
        </fieldset>
    }
}
