//! A hello world that hydrates its server-rendered markup: what any Yew
//! hydration app costs before it does anything of its own.

use yew::prelude::*;

#[function_component]
fn Hello() -> Html {
    let clicks = use_state(|| 0_u32);
    let onclick = {
        let clicks = clicks.clone();
        Callback::from(move |_: MouseEvent| clicks.set(*clicks + 1))
    };
    html! { <main><p>{ "Hello" }</p><button {onclick}>{ *clicks }</button></main> }
}

fn main() {
    let root = gloo_root();
    yew::Renderer::<Hello>::with_root(root).hydrate();
}

fn gloo_root() -> web_sys::Element {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")).expect("#app")
}
