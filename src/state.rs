//! The reader's state and the actions that change it: one reducer, plain data.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::language::{Lang, ReadingMode};

/// One occurrence of a term in the page: its language and its number among
/// that language's occurrences (see `domain::annotation::occurrence_id`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Occurrence {
    /// The language of the text it is in.
    pub lang: Lang,
    /// Its 0-based number in that language.
    pub index: usize,
}

/// How a pop-up was opened, which decides whether it takes focus and whether
/// moving the pointer away closes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenedBy {
    /// Click, tap, Enter or Space on a term, or a choice in the index or the
    /// pop-up itself: focus moves into the pop-up.
    Activation,
    /// The mouse resting on a term: focus stays where it is, and the pop-up
    /// closes when the pointer leaves both the term and the pop-up.
    Hover,
    /// A `#term=` link, or a command from the page embedding the reader:
    /// the pop-up opens next to its term but focus stays where it is.
    Link,
}

/// The glossary entry shown in the pop-up and the occurrence it points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenTerm {
    /// Index of the glossary entry.
    pub entry: usize,
    /// The occurrence the pop-up stands next to.
    pub anchor: Occurrence,
    /// How it was opened.
    pub opened_by: OpenedBy,
}

/// What the reader shows right now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReaderState {
    /// English, Chinese or both.
    pub mode: ReadingMode,
    /// The sentence pair under the pointer or focus, whose twins are highlighted.
    pub highlighted: Option<Rc<str>>,
    /// The term whose pop-up is open.
    pub open_term: Option<OpenTerm>,
    /// The entry under the mouse, highlighted in both languages at once.
    pub hovered_entry: Option<usize>,
    /// The entry whose pop-up the reader just closed while the mouse may still
    /// rest on it: hovering does not reopen it until the pointer moves away.
    pub dismissed_entry: Option<usize>,
}

impl ReaderState {
    /// The entry whose occurrences are highlighted: the hovered one, else the
    /// open one.
    pub fn active_entry(&self) -> Option<usize> {
        self.hovered_entry.or(self.open_term.map(|open| open.entry))
    }
}

/// A change to the reader's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReaderAction {
    /// Show the article in this mode.
    SetMode(ReadingMode),
    /// Highlight this sentence pair, or none.
    Highlight(Option<Rc<str>>),
    /// Open the pop-up of a term.
    OpenTerm(OpenTerm),
    /// Close the pop-up, however it was opened.
    CloseTerm,
    /// Close the pop-up if the mouse opened it (the pointer has left).
    CloseHoverTerm,
    /// The mouse is over a term of this entry, or over none.
    HoverEntry(Option<usize>),
}

impl Reducible for ReaderState {
    type Action = ReaderAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ReaderAction::SetMode(mode) => {
                next.mode = mode;
                // A pop-up cannot stand next to a term that is no longer shown.
                if next.open_term.is_some_and(|open| !mode.shows(open.anchor.lang)) {
                    next.open_term = None;
                }
            }
            ReaderAction::Highlight(highlighted) => next.highlighted = highlighted,
            ReaderAction::OpenTerm(open) => {
                // A hover never replaces a pop-up the reader opened on purpose
                // (by click, keyboard or link: it stays until they dismiss it,
                // however the pointer wanders), nor reopens one they just closed.
                let hover = open.opened_by == OpenedBy::Hover;
                let over_a_chosen_one = self.open_term.is_some_and(|current| hover && current.opened_by != OpenedBy::Hover);
                let dismissed = hover && self.dismissed_entry == Some(open.entry);
                if !over_a_chosen_one && !dismissed {
                    next.open_term = Some(open);
                    next.dismissed_entry = None;
                }
            }
            ReaderAction::CloseTerm => {
                next.dismissed_entry = next.open_term.map(|open| open.entry).or(next.dismissed_entry);
                next.open_term = None;
            }
            ReaderAction::CloseHoverTerm => {
                if next.open_term.is_some_and(|open| open.opened_by == OpenedBy::Hover) {
                    next.open_term = None;
                }
            }
            ReaderAction::HoverEntry(entry) => {
                next.hovered_entry = entry;
                if entry != self.dismissed_entry {
                    next.dismissed_entry = None;
                }
            }
        }
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

    fn open(entry: usize, lang: Lang, opened_by: OpenedBy) -> OpenTerm {
        OpenTerm {
            entry,
            anchor: Occurrence { lang, index: 0 },
            opened_by,
        }
    }

    #[test]
    fn set_mode_keeps_the_highlight() {
        let state = Rc::new(ReaderState {
            mode: ReadingMode::English,
            highlighted: Some("p1.s1".into()),
            ..Default::default()
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

    #[test]
    fn hiding_the_anchor_language_closes_the_pop_up() {
        let state = Rc::new(ReaderState::default()).reduce(ReaderAction::OpenTerm(open(3, Lang::Zh, OpenedBy::Activation)));
        let state = state.reduce(ReaderAction::SetMode(ReadingMode::Chinese));
        assert!(state.open_term.is_some());
        let state = state.reduce(ReaderAction::SetMode(ReadingMode::English));
        assert_eq!(state.open_term, None);
    }

    #[test]
    fn leaving_the_pointer_closes_only_a_hover_pop_up() {
        let hovered = Rc::new(ReaderState::default()).reduce(ReaderAction::OpenTerm(open(1, Lang::En, OpenedBy::Hover)));
        assert_eq!(hovered.clone().reduce(ReaderAction::CloseHoverTerm).open_term, None);
        let clicked = Rc::new(ReaderState::default()).reduce(ReaderAction::OpenTerm(open(1, Lang::En, OpenedBy::Activation)));
        assert!(clicked.clone().reduce(ReaderAction::CloseHoverTerm).open_term.is_some());
        // Hovering the same term does not turn a clicked pop-up into a hover one.
        let still = clicked.reduce(ReaderAction::OpenTerm(open(1, Lang::En, OpenedBy::Hover)));
        assert_eq!(still.open_term.unwrap().opened_by, OpenedBy::Activation);
    }

    #[test]
    fn hovering_another_term_leaves_a_pop_up_opened_on_purpose() {
        for opened_by in [OpenedBy::Activation, OpenedBy::Link] {
            let state = Rc::new(ReaderState::default()).reduce(ReaderAction::OpenTerm(open(1, Lang::En, opened_by)));
            let state = state.reduce(ReaderAction::OpenTerm(open(4, Lang::En, OpenedBy::Hover)));
            assert_eq!(state.open_term.map(|open| (open.entry, open.opened_by)), Some((1, opened_by)));
        }
        // A hover pop-up gives way to the next hover, and to a click.
        let state = Rc::new(ReaderState::default()).reduce(ReaderAction::OpenTerm(open(1, Lang::En, OpenedBy::Hover)));
        let state = state.reduce(ReaderAction::OpenTerm(open(4, Lang::En, OpenedBy::Hover)));
        assert_eq!(state.open_term.map(|open| open.entry), Some(4));
        let state = state.reduce(ReaderAction::OpenTerm(open(2, Lang::En, OpenedBy::Activation)));
        assert_eq!(state.open_term.map(|open| (open.entry, open.opened_by)), Some((2, OpenedBy::Activation)));
    }

    #[test]
    fn a_closed_pop_up_is_not_reopened_by_the_resting_pointer() {
        let state = Rc::new(ReaderState::default())
            .reduce(ReaderAction::HoverEntry(Some(2)))
            .reduce(ReaderAction::OpenTerm(open(2, Lang::En, OpenedBy::Activation)))
            .reduce(ReaderAction::CloseTerm);
        let state = state.reduce(ReaderAction::OpenTerm(open(2, Lang::En, OpenedBy::Hover)));
        assert_eq!(state.open_term, None);
        // Still on the same term: still dismissed. A click reopens it.
        let state = state.reduce(ReaderAction::HoverEntry(Some(2)));
        assert_eq!(state.clone().reduce(ReaderAction::OpenTerm(open(2, Lang::En, OpenedBy::Hover))).open_term, None);
        assert!(state.clone().reduce(ReaderAction::OpenTerm(open(2, Lang::En, OpenedBy::Activation))).open_term.is_some());
        // Once the pointer has moved away, hovering opens it again.
        let state = state.reduce(ReaderAction::HoverEntry(None));
        assert!(state.reduce(ReaderAction::OpenTerm(open(2, Lang::En, OpenedBy::Hover))).open_term.is_some());
    }

    #[test]
    fn the_hovered_entry_wins_the_highlight() {
        let state = Rc::new(ReaderState::default()).reduce(ReaderAction::OpenTerm(open(1, Lang::En, OpenedBy::Activation)));
        assert_eq!(state.active_entry(), Some(1));
        let state = state.reduce(ReaderAction::HoverEntry(Some(4)));
        assert_eq!(state.active_entry(), Some(4));
    }
}
