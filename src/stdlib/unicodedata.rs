//! `unicodedata`: character names, general categories, combining classes, numeric
//! values, East Asian widths and the normalization forms, from the Unicode tables of
//! the `unicode_names2`, `unicode-general-category`, `unicode-normalization` and
//! `unicode-width` crates.

use std::sync::Arc;

use unicode_general_category::{get_general_category, GeneralCategory};
use unicode_normalization::{is_nfc, is_nfd, is_nfkc, is_nfkd, UnicodeNormalization};

use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::function::Args;
use crate::objects::module::{namespace, set};
use crate::objects::types::exception_type;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::arity;

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    let d = namespace(&[
        ("name", name),
        ("lookup", lookup),
        ("category", category),
        ("combining", combining),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("east_asian_width", east_asian_width),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ]);
    // The Unicode version CPython 3.11 reports.
    set(&d, "unidata_version", Value::str("14.0.0"));
    Ok(d)
}

/// The one character a function takes as argument `n` (counted from 1).
fn one_char(vm: &Vm, func: &str, args: &Args, n: usize) -> PyResult<char> {
    let position = if n == 0 {
        String::new()
    } else {
        format!(" {n}")
    };
    let v = &args.pos[n.saturating_sub(1)];
    let mut chars = v.as_str().map(str::chars);
    match chars.as_mut().map(|c| (c.next(), c.next())) {
        Some((Some(c), None)) => Ok(c),
        _ => Err(vm.type_error(format!(
            "{func}() argument{position} must be a unicode character, not {}",
            v.type_name()
        ))),
    }
}

fn name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "name", &args, 1, 2)?;
    let c = one_char(vm, "name", &args, 1)?;
    match unicode_names2::name(c) {
        Some(n) => Ok(Value::str(n.to_string())),
        None => args
            .pos
            .get(1)
            .cloned()
            .ok_or_else(|| vm.value_error("no such name")),
    }
}

fn lookup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "lookup", &args, 1, 1)?;
    let Some(text) = args.pos[0].as_str() else {
        return Err(vm.type_error(format!(
            "lookup() argument must be str, not {}",
            args.pos[0].type_name()
        )));
    };
    match unicode_names2::character(text) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => Err(PyException::new(
            exception_type("KeyError"),
            vec![Value::str(format!("undefined character name '{text}'"))],
        )),
    }
}

fn category(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "category", &args, 1, 1)?;
    let c = one_char(vm, "category", &args, 0)?;
    use GeneralCategory::*;
    let code = match get_general_category(c) {
        UppercaseLetter => "Lu",
        LowercaseLetter => "Ll",
        TitlecaseLetter => "Lt",
        ModifierLetter => "Lm",
        OtherLetter => "Lo",
        NonspacingMark => "Mn",
        SpacingMark => "Mc",
        EnclosingMark => "Me",
        DecimalNumber => "Nd",
        LetterNumber => "Nl",
        OtherNumber => "No",
        ConnectorPunctuation => "Pc",
        DashPunctuation => "Pd",
        OpenPunctuation => "Ps",
        ClosePunctuation => "Pe",
        InitialPunctuation => "Pi",
        FinalPunctuation => "Pf",
        OtherPunctuation => "Po",
        MathSymbol => "Sm",
        CurrencySymbol => "Sc",
        ModifierSymbol => "Sk",
        OtherSymbol => "So",
        SpaceSeparator => "Zs",
        LineSeparator => "Zl",
        ParagraphSeparator => "Zp",
        Control => "Cc",
        Format => "Cf",
        Surrogate => "Cs",
        PrivateUse => "Co",
        // Unassigned, and any category a later Unicode adds.
        _ => "Cn",
    };
    Ok(Value::str(code))
}

fn combining(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "combining", &args, 1, 1)?;
    let c = one_char(vm, "combining", &args, 0)?;
    Ok(Value::Int(i64::from(
        unicode_normalization::char::canonical_combining_class(c),
    )))
}

/// The value of a decimal digit (category Nd): Unicode encodes each set of ten in
/// order, starting from its zero, so the value is the distance from the run's start.
fn decimal_value(c: char) -> Option<u32> {
    if get_general_category(c) != GeneralCategory::DecimalNumber {
        return None;
    }
    let mut start = c as u32;
    while let Some(prev) = start.checked_sub(1).and_then(char::from_u32) {
        if get_general_category(prev) != GeneralCategory::DecimalNumber {
            break;
        }
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// The compatibility form of a character that only decorates digits (`²`, `①`, `½`):
/// its digits, and the denominator after a fraction slash.
fn compat_number(c: char) -> Option<(u64, Option<u64>)> {
    let text: String = std::iter::once(c).nfkc().collect();
    let (num, den) = match text.split_once('\u{2044}') {
        Some((n, d)) => (n, Some(d)),
        None => (text.as_str(), None),
    };
    let digits = |s: &str| -> Option<u64> {
        let mut v: u64 = 0;
        for ch in s.chars() {
            v = v
                .checked_mul(10)?
                .checked_add(u64::from(decimal_value(ch)?))?;
        }
        (!s.is_empty()).then_some(v)
    };
    let n = digits(num)?;
    match den {
        Some(d) => Some((n, Some(digits(d)?))),
        None => Some((n, None)),
    }
}

/// `decimal`, `digit` and `numeric`: the value, else the default, else ValueError.
fn number_or_default(vm: &Vm, args: &Args, value: Option<Value>, what: &str) -> PyResult<Value> {
    match (value, args.pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.value_error(what.to_string())),
    }
}

fn decimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "decimal", &args, 1, 2)?;
    let c = one_char(vm, "decimal", &args, 1)?;
    let v = decimal_value(c).map(|d| Value::Int(i64::from(d)));
    number_or_default(vm, &args, v, "not a decimal")
}

fn digit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "digit", &args, 1, 2)?;
    let c = one_char(vm, "digit", &args, 1)?;
    let v = decimal_value(c)
        .map(u64::from)
        .or_else(|| match compat_number(c) {
            Some((d, None)) if d < 10 => Some(d),
            _ => None,
        })
        .map(|d| Value::Int(d as i64));
    number_or_default(vm, &args, v, "not a digit")
}

fn numeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "numeric", &args, 1, 2)?;
    let c = one_char(vm, "numeric", &args, 1)?;
    let v = compat_number(c).map(|(n, d)| Value::from(n as f64 / d.unwrap_or(1) as f64));
    number_or_default(vm, &args, v, "not a numeric character")
}

/// East Asian Width, from display widths: wide characters are W (F for the fullwidth
/// forms), ambiguous ones A, the halfwidth forms H, ASCII Na, the rest N.
fn east_asian_width(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use unicode_width::UnicodeWidthChar;
    arity(vm, "east_asian_width", &args, 1, 1)?;
    let c = one_char(vm, "east_asian_width", &args, 0)?;
    let cp = c as u32;
    let code = match (c.width(), c.width_cjk()) {
        _ if (0xff01..=0xff60).contains(&cp) || (0xffe0..=0xffe6).contains(&cp) => "F",
        _ if (0xff61..=0xffdc).contains(&cp) || (0xffe8..=0xffee).contains(&cp) => "H",
        (Some(2), _) => "W",
        (a, b) if a != b => "A",
        _ if (0x20..0x7f).contains(&cp)
            || matches!(cp, 0xa2 | 0xa3 | 0xa5 | 0xa6 | 0xac | 0xaf) =>
        {
            "Na"
        }
        _ => "N",
    };
    Ok(Value::str(code))
}

/// The text of `normalize(form, text)` and `is_normalized(form, text)`.
fn form_and_text<'a>(vm: &Vm, func: &str, args: &'a Args) -> PyResult<(&'a str, &'a str)> {
    let form = args.pos[0].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{func}() argument 1 must be str, not {}",
            args.pos[0].type_name()
        ))
    })?;
    let text = args.pos[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{func}() argument 2 must be str, not {}",
            args.pos[1].type_name()
        ))
    })?;
    if !matches!(form, "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    Ok((form, text))
}

fn normalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "normalize", &args, 2, 2)?;
    let (form, text) = form_and_text(vm, "normalize", &args)?;
    let out: String = match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    };
    Ok(Value::str(out))
}

fn is_normalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "is_normalized", &args, 2, 2)?;
    let (form, text) = form_and_text(vm, "is_normalized", &args)?;
    Ok(Value::from(match form {
        "NFC" => is_nfc(text),
        "NFD" => is_nfd(text),
        "NFKC" => is_nfkc(text),
        _ => is_nfkd(text),
    }))
}
