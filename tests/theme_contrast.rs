//! Every colour pair the stylesheet uses for text passes WCAG 2.2 AA (4.5:1)
//! in every theme, and non-text cues (focus ring, term underline) reach 3:1.
//! The themes are read from styles/variables.css itself.

const VARIABLES: &str = include_str!("../styles/variables.css");

/// (foreground, background, minimum ratio, what it is).
const PAIRS: &[(&str, &str, f64, &str)] = &[
    ("ink", "paper", 4.5, "body text"),
    ("ink", "paper-raised", 4.5, "pop-up and index text"),
    ("ink-muted", "paper", 4.5, "labels and pinyin"),
    ("ink-muted", "paper-raised", 4.5, "muted text in the pop-up"),
    ("accent", "paper", 4.5, "brand and links"),
    ("accent", "paper-raised", 4.5, "kind label in the pop-up"),
    ("accent-ink", "accent", 4.5, "the selected mode"),
    ("rendering-ink", "rendering-paper", 4.5, "the rendering badge"),
    ("ink", "highlight", 4.5, "a highlighted sentence"),
    ("ink", "term-active", 4.5, "an active term"),
    ("rendering-ink", "paper", 4.5, "a warning on the authoring page"),
    ("rendering-ink", "highlight", 4.5, "a warning in the chosen pair (authoring page)"),
    ("ink-muted", "highlight", 4.5, "an empty side in the chosen pair (authoring page)"),
    ("tone-red", "paper", 4.5, "a tone colour in the text"),
    ("tone-red", "highlight", 4.5, "a tone colour in a highlighted sentence"),
    ("tone-red", "term-active", 4.5, "a tone colour in an active term"),
    ("tone-orange", "paper", 4.5, "a tone colour in the text"),
    ("tone-orange", "highlight", 4.5, "a tone colour in a highlighted sentence"),
    ("tone-orange", "term-active", 4.5, "a tone colour in an active term"),
    ("tone-green", "paper", 4.5, "a tone colour in the text"),
    ("tone-green", "highlight", 4.5, "a tone colour in a highlighted sentence"),
    ("tone-green", "term-active", 4.5, "a tone colour in an active term"),
    ("tone-blue", "paper", 4.5, "a tone colour in the text"),
    ("tone-blue", "highlight", 4.5, "a tone colour in a highlighted sentence"),
    ("tone-blue", "term-active", 4.5, "a tone colour in an active term"),
    ("tone-purple", "paper", 4.5, "a tone colour in the text"),
    ("tone-purple", "highlight", 4.5, "a tone colour in a highlighted sentence"),
    ("tone-purple", "term-active", 4.5, "a tone colour in an active term"),
    ("focus", "paper", 3.0, "the focus ring"),
    ("term-line", "paper", 3.0, "the term underline"),
];

/// The custom properties of each theme block, in file order: light, the
/// system's dark, the chosen dark, more contrast, and the system's and the
/// chosen more-contrast dark. Later blocks override earlier ones.
fn themes() -> Vec<(String, Vec<(String, String)>)> {
    let mut themes = Vec::new();
    let mut current: Option<(String, Vec<(String, String)>)> = None;
    let mut condition = String::from("light");
    for line in VARIABLES.lines() {
        let line = line.trim();
        if line.starts_with("@media") {
            condition = line.trim_end_matches('{').trim().to_owned();
        } else if line.starts_with(":root") {
            // A rule on one line (the chosen light theme's color-scheme)
            // sets no colours.
            if !line.ends_with('}') {
                current = Some((condition.clone(), Vec::new()));
            }
        } else if let Some((name, value)) = line.strip_prefix("--tifa-").and_then(|rest| rest.split_once(':')) {
            if let Some((_, vars)) = current.as_mut() {
                vars.push((name.trim().to_owned(), value.trim().trim_end_matches(';').to_owned()));
            }
        } else if line == "}" {
            if let Some(theme) = current.take() {
                themes.push(theme);
            }
        }
    }
    // Each theme inherits what it does not set from the light theme.
    let base = themes[0].1.clone();
    themes
        .into_iter()
        .map(|(name, vars)| {
            let mut merged = base.clone();
            for (key, value) in vars {
                match merged.iter_mut().find(|(k, _)| *k == key) {
                    Some(slot) => slot.1 = value,
                    None => merged.push((key, value)),
                }
            }
            (name, merged)
        })
        .collect()
}

fn hex(value: &str) -> [f64; 3] {
    let digits = value.trim_start_matches('#');
    assert_eq!(digits.len(), 6, "colour {value} is not #rrggbb");
    [0, 2, 4].map(|i| f64::from(u8::from_str_radix(&digits[i..i + 2], 16).unwrap()) / 255.0)
}

fn luminance(rgb: [f64; 3]) -> f64 {
    let linear = rgb.map(|c| if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) });
    0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(hex(a)), luminance(hex(b)));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn every_theme_passes_wcag_aa() {
    let themes = themes();
    assert_eq!(themes.len(), 6, "expected light, two darks, more contrast and two more-contrast darks");
    let mut failures = Vec::new();
    for (name, vars) in &themes {
        let get = |key: &str| vars.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap();
        for (fg, bg, minimum, what) in PAIRS {
            let ratio = contrast(get(fg), get(bg));
            if ratio < *minimum {
                failures.push(format!("{name}: {what} ({fg} on {bg}) is {ratio:.2}:1, needs {minimum}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The dark themes chosen in the reading settings are copies of the
/// system's (CSS cannot name one block from two selectors across media
/// queries): a colour changed in one must be changed in the other.
#[test]
fn the_chosen_dark_themes_are_the_systems() {
    let themes = themes();
    let names: Vec<&str> = themes.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "light",
            "@media screen and (prefers-color-scheme: dark)",
            "@media screen",
            "@media (prefers-contrast: more)",
            "@media screen and (prefers-contrast: more) and (prefers-color-scheme: dark)",
            "@media screen and (prefers-contrast: more)",
        ]
    );
    assert_eq!(themes[1].1, themes[2].1, "the chosen dark theme differs from the system's");
    assert_eq!(themes[4].1, themes[5].1, "the chosen more-contrast dark theme differs from the system's");
}

#[test]
fn the_contrast_formula_is_right() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
}
