use yew::prelude::*;

use crate::domain::labels::{label, mode_name, Label};
use crate::domain::language::{Lang, ReadingMode};

/// Props of [`ModeSwitch`].
#[derive(Properties, PartialEq)]
pub struct ModeSwitchProps {
    /// The current mode.
    pub mode: ReadingMode,
    /// Called with the mode the reader chose.
    pub onchange: Callback<ReadingMode>,
    /// The language of the legend.
    pub interface: Lang,
}

/// English / 中文 / Side by side as a native radio group: Tab reaches it, the
/// arrow keys move between the modes, and screen readers announce it as one
/// choice out of three, all without a line of key handling here.
#[function_component]
pub fn ModeSwitch(props: &ModeSwitchProps) -> Html {
    html! {
        <fieldset class="mode-switch">
            <legend class="visually-hidden" lang={props.interface.bcp47()}>{ label(Label::ReadingMode, props.interface) }</legend>
            { for ReadingMode::ALL.into_iter().map(|mode| {
                let onchange = props.onchange.reform(move |_: Event| mode);
                html! {
                    <label class="mode-option">
                        <input
                            type="radio"
                            name="tifa-mode"
                            value={mode.param()}
                            checked={props.mode == mode}
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
