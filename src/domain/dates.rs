//! The two date forms of the content format, checked by hand: a date parser
//! crate would weigh more in the wasm build than these few lines.

/// `YYYY-MM-DD` with a month and day that exist (February 29 only in leap years).
pub fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (number(&text[0..4]), number(&text[5..7]), number(&text[8..10])) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: for first uses known only to the year
/// or month.
pub fn is_partial_date(text: &str) -> bool {
    match text.len() {
        4 => number(text).is_some(),
        7 => text.as_bytes()[4] == b'-' && number(&text[..4]).is_some() && number(&text[5..]).is_some_and(|m| (1..=12).contains(&m)),
        _ => is_date(text),
    }
}

/// `YYYY-MM-DDTHH:MM`, optional `:SS`, then `Z` or `±HH:MM`.
pub fn is_timestamp(text: &str) -> bool {
    let Some((date, rest)) = text.split_once('T') else {
        return false;
    };
    if !is_date(date) {
        return false;
    }
    let (time, offset) = match rest.find(['Z', '+', '-']) {
        Some(at) => rest.split_at(at),
        None => return false,
    };
    let clock_ok = |t: &str, max_hour: u32| {
        let parts: Vec<_> = t.split(':').collect();
        parts.len() == 2
            && parts.iter().all(|p| p.len() == 2)
            && number(parts[0]).is_some_and(|h| h <= max_hour)
            && number(parts[1]).is_some_and(|m| m <= 59)
    };
    let time_ok = match time.len() {
        5 => clock_ok(time, 23),
        8 => clock_ok(&time[..5], 23) && time.as_bytes()[5] == b':' && number(&time[6..]).is_some_and(|s| s <= 59),
        _ => false,
    };
    let offset_ok = offset == "Z" || (offset.len() == 6 && clock_ok(&offset[1..], 14));
    time_ok && offset_ok
}

fn number(digits: &str) -> Option<u32> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// `2020-06-02T14:58+08:00` as a reader expects it: `2020-06-02 14:58 (UTC+08:00)`.
/// Anything that is not a valid timestamp is shown as it is.
pub fn display_timestamp(text: &str) -> String {
    // A date alone is shown as it is: no invented 00:00.
    if !is_timestamp(text) {
        return text.to_owned();
    }
    let (date, rest) = text.split_at(10);
    let time = &rest[1..6];
    let offset = rest.find(['Z', '+', '-']).map_or("", |at| &rest[at..]);
    let zone = if offset == "Z" { "UTC".to_owned() } else { format!("UTC{offset}") };
    format!("{date} {time} ({zone})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates() {
        assert!(is_partial_date("2016"));
        assert!(is_partial_date("2016-01"));
        assert!(is_partial_date("2016-01-29"));
        assert!(!is_partial_date("2016-13"));
        assert!(!is_partial_date("16"));
        assert!(!is_partial_date("2016-1"));
    }

    #[test]
    fn dates() {
        assert!(is_date("2020-05-26"));
        assert!(is_date("2020-02-29"));
        assert!(!is_date("2021-02-29"));
        assert!(!is_date("2020-13-01"));
        assert!(!is_date("2020-5-26"));
        assert!(!is_date("２０２０-05-26"));
    }

    #[test]
    fn timestamps_are_shown_with_their_zone() {
        assert_eq!(display_timestamp("2020-06-02T14:58+08:00"), "2020-06-02 14:58 (UTC+08:00)");
        assert_eq!(display_timestamp("2020-06-02T14:58:07Z"), "2020-06-02 14:58 (UTC)");
        assert_eq!(display_timestamp("yesterday"), "yesterday");
    }

    #[test]
    fn timestamps() {
        assert!(is_timestamp("2020-06-02T14:58+08:00"));
        assert!(is_timestamp("2020-06-02T14:58:07Z"));
        assert!(is_timestamp("2020-06-02T06:58-05:00"));
        assert!(!is_timestamp("2020-06-02 14:58"));
        assert!(!is_timestamp("2020-06-02T14:58"));
        assert!(!is_timestamp("2020-06-02T24:58+08:00"));
        assert!(!is_timestamp("2020-06-02T14:58+8"));
    }
}
