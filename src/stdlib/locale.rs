//! `_locale`: the C library's locale, which `locale.py` builds on. CPython sets
//! LC_CTYPE from the environment at startup; here that happens when `_locale` is
//! first imported, before a program can ask.

use std::ffi::{CStr, CString};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Once};

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::module::{namespace, set};
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, to_i64};

/// Whether the environment's LC_CTYPE was the C locale, in which CPython turns on its
/// UTF-8 mode: the preferred encoding is then UTF-8 whatever the locale says.
static UTF8_MODE: AtomicBool = AtomicBool::new(false);

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    static CTYPE: Once = Once::new();
    // SAFETY: an empty locale name asks for the environment's; the call only
    // changes the C library's global state, and its result is copied at once.
    CTYPE.call_once(|| unsafe {
        let p = libc::setlocale(libc::LC_CTYPE, c"".as_ptr());
        let name = (!p.is_null()).then(|| CStr::from_ptr(p).to_bytes().to_vec());
        let c_locale = matches!(name.as_deref(), None | Some(b"C" | b"POSIX"));
        UTF8_MODE.store(c_locale, Ordering::Relaxed);
    });
    let d = namespace(&[
        ("setlocale", setlocale),
        ("localeconv", localeconv),
        ("getencoding", getencoding),
        ("_utf8_mode", utf8_mode),
    ]);
    for (name, value) in [
        ("LC_CTYPE", libc::LC_CTYPE),
        ("LC_NUMERIC", libc::LC_NUMERIC),
        ("LC_TIME", libc::LC_TIME),
        ("LC_COLLATE", libc::LC_COLLATE),
        ("LC_MONETARY", libc::LC_MONETARY),
        ("LC_MESSAGES", libc::LC_MESSAGES),
        ("LC_ALL", libc::LC_ALL),
        ("CHAR_MAX", libc::c_int::from(libc::c_char::MAX)),
    ] {
        set(&d, name, Value::Int(i64::from(value)));
    }
    Ok(d)
}

/// `setlocale(category, locale=None)`: the locale's name, or None when the C library
/// refuses the setting (`locale.py` raises `locale.Error` then).
fn setlocale(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setlocale", &args, 1, 2)?;
    let category = libc::c_int::try_from(to_i64(vm, &args.pos[0])?)
        .map_err(|_| vm.value_error("invalid locale category"))?;
    let name = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            Some(CString::new(s.as_str()).map_err(|_| vm.value_error("embedded null character"))?)
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "setlocale() argument 2 must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    // SAFETY: `name` outlives the call; the result, when not null, is a C string the
    // library owns until the next setlocale, copied out at once.
    let result = unsafe {
        let p = libc::setlocale(
            category,
            name.as_ref().map_or(std::ptr::null(), |n| n.as_ptr()),
        );
        (!p.is_null()).then(|| CStr::from_ptr(p).to_string_lossy().into_owned())
    };
    Ok(result.map_or(Value::None, Value::str))
}

/// `_utf8_mode()`: whether the preferred encoding is UTF-8 whatever the locale.
fn utf8_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "_utf8_mode", &args, 0, 0)?;
    Ok(Value::from(UTF8_MODE.load(Ordering::Relaxed)))
}

/// `getencoding()`: the character set of the current LC_CTYPE (`ANSI_X3.4-1968` for
/// the C locale).
fn getencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getencoding", &args, 0, 0)?;
    // SAFETY: nl_langinfo returns a C string the library owns, copied out at once.
    let codeset = unsafe {
        let p = libc::nl_langinfo(libc::CODESET);
        (!p.is_null()).then(|| CStr::from_ptr(p).to_string_lossy().into_owned())
    };
    Ok(Value::str(codeset.unwrap_or_else(|| "UTF-8".into())))
}

/// `localeconv()`: the numeric and monetary conventions of the current locale.
fn localeconv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "localeconv", &args, 0, 0)?;
    let d = PyDict::new();
    // SAFETY: localeconv returns a struct the library owns, whose string fields are C
    // strings; everything is copied out before returning.
    unsafe {
        let lc = &*libc::localeconv();
        let text =
            |p: *const libc::c_char| Value::str(CStr::from_ptr(p).to_string_lossy().into_owned());
        // A grouping string lists group sizes, ended by 0 (repeat the last) or CHAR_MAX
        // (no more grouping), which the list keeps.
        let grouping = |p: *const libc::c_char| {
            let bytes = CStr::from_ptr(p).to_bytes();
            let mut out = Vec::new();
            for &b in bytes {
                out.push(Value::Int(i64::from(b)));
                if b as libc::c_char == libc::c_char::MAX {
                    break;
                }
            }
            if !out.is_empty() && !matches!(out.last(), Some(Value::Int(127))) {
                out.push(Value::Int(0));
            }
            Value::list(out)
        };
        let num = |c: libc::c_char| Value::Int(i64::from(c));
        for (name, v) in [
            ("int_curr_symbol", text(lc.int_curr_symbol)),
            ("currency_symbol", text(lc.currency_symbol)),
            ("mon_decimal_point", text(lc.mon_decimal_point)),
            ("mon_thousands_sep", text(lc.mon_thousands_sep)),
            ("mon_grouping", grouping(lc.mon_grouping)),
            ("positive_sign", text(lc.positive_sign)),
            ("negative_sign", text(lc.negative_sign)),
            ("int_frac_digits", num(lc.int_frac_digits)),
            ("frac_digits", num(lc.frac_digits)),
            ("p_cs_precedes", num(lc.p_cs_precedes)),
            ("p_sep_by_space", num(lc.p_sep_by_space)),
            ("n_cs_precedes", num(lc.n_cs_precedes)),
            ("n_sep_by_space", num(lc.n_sep_by_space)),
            ("p_sign_posn", num(lc.p_sign_posn)),
            ("n_sign_posn", num(lc.n_sign_posn)),
            ("decimal_point", text(lc.decimal_point)),
            ("thousands_sep", text(lc.thousands_sep)),
            ("grouping", grouping(lc.grouping)),
        ] {
            set(&d, name, v);
        }
    }
    Ok(Value::Dict(d))
}
