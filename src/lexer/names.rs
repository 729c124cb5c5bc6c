//! The character names `\N{...}` accepts. The full Unicode name table is large, so this
//! covers the names programs commonly spell out plus the systematic families (Latin and
//! Greek letters, digits, CJK ideographs); any other name is reported as unknown.

/// Sorted by name, for binary search.
const NAMED: &[(&str, char)] = &[
    ("ALMOST EQUAL TO", '\u{2248}'),
    ("BALLOT X", '\u{2717}'),
    ("BLACK HEART SUIT", '\u{2665}'),
    ("BLACK STAR", '\u{2605}'),
    ("BULLET", '\u{2022}'),
    ("BYTE ORDER MARK", '\u{feff}'),
    ("CARRIAGE RETURN", '\u{d}'),
    ("CENT SIGN", '\u{a2}'),
    ("CHARACTER TABULATION", '\u{9}'),
    ("CHECK MARK", '\u{2713}'),
    ("COPYRIGHT SIGN", '\u{a9}'),
    ("DEGREE SIGN", '\u{b0}'),
    ("DELETE", '\u{7f}'),
    ("DIVISION SIGN", '\u{f7}'),
    ("DOLLAR SIGN", '\u{24}'),
    ("DOWNWARDS ARROW", '\u{2193}'),
    ("ELEMENT OF", '\u{2208}'),
    ("EM DASH", '\u{2014}'),
    ("EMPTY SET", '\u{2205}'),
    ("EN DASH", '\u{2013}'),
    ("ESCAPE", '\u{1b}'),
    ("EURO SIGN", '\u{20ac}'),
    ("GREATER-THAN OR EQUAL TO", '\u{2265}'),
    ("GRINNING FACE", '\u{1f600}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("HYPHEN", '\u{2010}'),
    ("INFINITY", '\u{221e}'),
    ("INTEGRAL", '\u{222b}'),
    ("LATIN CAPITAL LETTER A WITH DIAERESIS", '\u{c4}'),
    ("LATIN CAPITAL LETTER O WITH DIAERESIS", '\u{d6}'),
    ("LATIN CAPITAL LETTER U WITH DIAERESIS", '\u{dc}'),
    ("LATIN SMALL LETTER A WITH DIAERESIS", '\u{e4}'),
    ("LATIN SMALL LETTER A WITH GRAVE", '\u{e0}'),
    ("LATIN SMALL LETTER C WITH CEDILLA", '\u{e7}'),
    ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
    ("LATIN SMALL LETTER N WITH TILDE", '\u{f1}'),
    ("LATIN SMALL LETTER O WITH DIAERESIS", '\u{f6}'),
    ("LATIN SMALL LETTER SHARP S", '\u{df}'),
    ("LATIN SMALL LETTER U WITH DIAERESIS", '\u{fc}'),
    ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
    ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{ab}'),
    ("LEFTWARDS ARROW", '\u{2190}'),
    ("LESS-THAN OR EQUAL TO", '\u{2264}'),
    ("LINE FEED", '\u{a}'),
    ("MICRO SIGN", '\u{b5}'),
    ("MIDDLE DOT", '\u{b7}'),
    ("MINUS SIGN", '\u{2212}'),
    ("MULTIPLICATION SIGN", '\u{d7}'),
    ("N-ARY SUMMATION", '\u{2211}'),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("NOT EQUAL TO", '\u{2260}'),
    ("NULL", '\u{0}'),
    ("PILCROW SIGN", '\u{b6}'),
    ("PILE OF POO", '\u{1f4a9}'),
    ("PLUS-MINUS SIGN", '\u{b1}'),
    ("POUND SIGN", '\u{a3}'),
    ("REGISTERED SIGN", '\u{ae}'),
    ("REPLACEMENT CHARACTER", '\u{fffd}'),
    ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
    ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{bb}'),
    ("RIGHTWARDS ARROW", '\u{2192}'),
    ("SECTION SIGN", '\u{a7}'),
    ("SNAKE", '\u{1f40d}'),
    ("SNOWMAN", '\u{2603}'),
    ("SPACE", '\u{20}'),
    ("SQUARE ROOT", '\u{221a}'),
    ("THUMBS UP SIGN", '\u{1f44d}'),
    ("TRADE MARK SIGN", '\u{2122}'),
    ("UPWARDS ARROW", '\u{2191}'),
    ("WHITE STAR", '\u{2606}'),
    ("YEN SIGN", '\u{a5}'),
    ("ZERO WIDTH NO-BREAK SPACE", '\u{feff}'),
    ("ZERO WIDTH SPACE", '\u{200b}'),
];

/// Greek letter names in alphabetical order; code points follow it except that each case
/// skips one slot after RHO (final sigma in lower case, a reserved slot in upper case).
const GREEK: [&str; 24] = [
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA",
    "MU", "NU", "XI", "OMICRON", "PI", "RHO", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI",
    "OMEGA",
];

const DIGITS: [&str; 10] = [
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
];

/// The character called `name`, matched case-insensitively as CPython does.
pub(super) fn lookup(name: &str) -> Option<char> {
    let name = name.to_ascii_uppercase();
    if let Ok(i) = NAMED.binary_search_by(|(n, _)| n.cmp(&name.as_str())) {
        return Some(NAMED[i].1);
    }
    let single_letter = |rest: &str| match rest.as_bytes() {
        [c] if c.is_ascii_uppercase() => Some(*c),
        _ => None,
    };
    if let Some(c) = name
        .strip_prefix("LATIN CAPITAL LETTER ")
        .and_then(single_letter)
    {
        return Some(c as char);
    }
    if let Some(c) = name
        .strip_prefix("LATIN SMALL LETTER ")
        .and_then(single_letter)
    {
        return Some(c.to_ascii_lowercase() as char);
    }
    if let Some(d) = name.strip_prefix("DIGIT ") {
        let i = DIGITS.iter().position(|&n| n == d)?;
        return char::from_digit(i as u32, 10);
    }
    let greek = |rest: &str, base: u32| {
        let i = GREEK.iter().position(|&n| n == rest)? as u32;
        char::from_u32(base + i + u32::from(i > 16))
    };
    if let Some(rest) = name.strip_prefix("GREEK SMALL LETTER ") {
        return greek(rest, 0x3b1);
    }
    if let Some(rest) = name.strip_prefix("GREEK CAPITAL LETTER ") {
        return greek(rest, 0x391);
    }
    let hex = name.strip_prefix("CJK UNIFIED IDEOGRAPH-")?;
    let code = u32::from_str_radix(hex, 16).ok()?;
    let ideograph = matches!(code, 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0x20000..=0x2a6df);
    if ideograph && (4..=5).contains(&hex.len()) {
        char::from_u32(code)
    } else {
        None
    }
}
