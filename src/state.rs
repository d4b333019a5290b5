//! The reader's state and the actions that change it: one reducer, plain data.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::language::ReadingMode;

/// What the reader shows right now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReaderState {
    /// English, Chinese or both.
    pub mode: ReadingMode,
    /// The sentence pair under the pointer or focus, whose twins are highlighted.
    pub highlighted: Option<Rc<str>>,
}

/// A change to the reader's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReaderAction {
    /// Show the article in this mode.
    SetMode(ReadingMode),
    /// Highlight this sentence pair, or none.
    Highlight(Option<Rc<str>>),
}

impl Reducible for ReaderState {
    type Action = ReaderAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let next = match action {
            ReaderAction::SetMode(mode) => ReaderState {
                mode,
                ..(*self).clone()
            },
            ReaderAction::Highlight(highlighted) => ReaderState {
                highlighted,
                ..(*self).clone()
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_mode_keeps_the_highlight() {
        let state = Rc::new(ReaderState {
            mode: ReadingMode::English,
            highlighted: Some("p1.s1".into()),
        });
        let next = state.reduce(ReaderAction::SetMode(ReadingMode::Chinese));
        assert_eq!(next.mode, ReadingMode::Chinese);
        assert_eq!(next.highlighted.as_deref(), Some("p1.s1"));
    }

    #[test]
    fn an_unchanged_state_is_the_same_allocation() {
        let state = Rc::new(ReaderState::default());
        let next = Rc::clone(&state).reduce(ReaderAction::Highlight(None));
        assert!(Rc::ptr_eq(&state, &next));
    }
}
