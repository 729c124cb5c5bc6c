//! String and bytes literals: finding where they end, and decoding their escapes.
//! f-strings are only delimited here; the parser splits their content.

use std::borrow::Cow;

use super::scanner::{LexError, Raw};
use super::token::{StrLit, Tok};
use super::{line_number, names};
use crate::parser::error::SyntaxError;

/// Logos callback: the regex matched the prefix and the first quote.
pub(super) fn lex_string(lex: &mut logos::Lexer<Raw>) -> Result<Tok, LexError> {
    let src = lex.source();
    let start = lex.span().start;
    let opener = lex.slice();
    let quote = opener.as_bytes()[opener.len() - 1];
    let prefix = opener[..opener.len() - 1].to_ascii_lowercase();
    let triple = lex.remainder().as_bytes().starts_with(&[quote, quote]);
    if triple {
        lex.bump(2);
    }
    let body_start = lex.span().end;
    let len = match closing_quote(lex.remainder().as_bytes(), quote, triple) {
        Ok(len) => len,
        Err(detected_at) => {
            let what = if triple {
                "triple-quoted string literal"
            } else {
                "string literal"
            };
            let line = line_number(src, (body_start + detected_at).min(src.len().max(1) - 1));
            let msg = format!("unterminated {what} (detected at line {line})");
            return Err(LexError::Syntax(SyntaxError::new(msg, start, start + 1)));
        }
    };
    lex.bump(len);
    let end = lex.span().end;
    let quotes = if triple { 3 } else { 1 };
    // CPython reads source with universal newlines, so a literal line break is always "\n".
    let body = normalize_newlines(&src[body_start..end - quotes]);
    let raw = prefix.contains('r');
    if !raw && !prefix.contains('f') {
        if let Some(msg) = invalid_escape(&body, prefix.contains('b')) {
            lex.extras.push((crate::source::Span::new(start, end), msg));
        }
    }
    let lit = if prefix.contains('f') {
        StrLit::FString {
            content: body.into_owned(),
            raw,
            content_offset: body_start,
        }
    } else if prefix.contains('b') {
        if !body.is_ascii() {
            let msg = "bytes can only contain ASCII literal characters";
            return Err(LexError::Syntax(SyntaxError::new(msg, start, end)));
        }
        StrLit::Bytes(if raw {
            body.into_owned().into_bytes()
        } else {
            decode_bytes(&body).map_err(LexError::Escape)?
        })
    } else {
        StrLit::Str(if raw {
            body.into_owned()
        } else {
            decode_str(&body).map_err(LexError::Escape)?
        })
    };
    Ok(Tok::Str(lit))
}

/// Length up to and including the closing quote(s) in `rest`, or where the literal was found
/// to be unterminated (the offending line break, or the end of input).
fn closing_quote(rest: &[u8], quote: u8, triple: bool) -> Result<usize, usize> {
    let needed = if triple { 3 } else { 1 };
    let (mut i, mut seen) = (0, 0);
    while seen < needed {
        let Some(&c) = rest.get(i) else {
            return Err(rest.len());
        };
        if !triple && (c == b'\n' || c == b'\r') {
            return Err(i);
        }
        i += 1;
        if c == quote {
            seen += 1;
        } else {
            seen = 0;
            if c == b'\\' {
                // Whatever follows is escaped, including a whole "\r\n".
                i += if rest[i..].starts_with(b"\r\n") { 2 } else { 1 };
            }
        }
    }
    Ok(i)
}

fn normalize_newlines(s: &str) -> Cow<'_, str> {
    if s.contains('\r') {
        Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The escapes `str` and `bytes` share; `None` for the ones that need more characters.
fn simple_escape(c: char) -> Option<Option<char>> {
    Some(Some(match c {
        '\n' => return Some(None),
        '\\' | '\'' | '"' => c,
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        _ => return None,
    }))
}

/// Up to two more octal digits after the first.
fn octal(first: char, chars: &mut std::iter::Peekable<std::str::CharIndices>) -> u32 {
    let mut value = first.to_digit(8).unwrap_or(0);
    for _ in 0..2 {
        match chars.peek().and_then(|&(_, c)| c.to_digit(8)) {
            Some(d) => {
                value = value * 8 + d;
                chars.next();
            }
            None => break,
        }
    }
    value
}

/// CPython's warning for the first escape of a literal's `body` that means nothing (so
/// `"\d"` keeps its backslash) or is an octal escape above `\377`. `bytes` literals have
/// no `\u`, `\U` or `\N`.
pub(crate) fn invalid_escape(body: &str, bytes: bool) -> Option<String> {
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            continue;
        }
        let (_, e) = chars.next()?;
        match e {
            '0'..='7' if octal(e, &mut chars) > 0o377 => {
                return Some(format!(
                    "invalid octal escape sequence '\\{}'",
                    &body[at + 1..at + 4]
                ))
            }
            '0'..='7' | 'x' => {}
            'u' | 'U' | 'N' if !bytes => {}
            // CPython decodes a backslash before a non-ASCII character as a backslash.
            _ if !e.is_ascii() || simple_escape(e).is_some() => {}
            _ => return Some(format!("invalid escape sequence '\\{e}'")),
        }
    }
    None
}

fn decode_str(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        if let Some(simple) = simple_escape(e) {
            out.extend(simple);
            continue;
        }
        let fail = |msg: &str, stop: usize| Err(unicode_error(body, at, stop, msg));
        match e {
            '0'..='7' => out.push(char::from_u32(octal(e, &mut chars)).unwrap_or('\u{fffd}')),
            'x' | 'u' | 'U' => {
                let (count, msg) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                for _ in 0..count {
                    match chars.peek().copied() {
                        Some((_, d)) if d.is_ascii_hexdigit() => {
                            value = value * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                        }
                        Some((stop, _)) => return fail(msg, stop),
                        None => return fail(msg, body.len()),
                    }
                }
                let stop = chars.peek().map_or(body.len(), |&(i, _)| i);
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    // Surrogates are legal in CPython's str but not in a Rust String.
                    None if value <= 0x10ffff => out.push('\u{fffd}'),
                    None => return fail("illegal Unicode character", stop),
                }
            }
            'N' => {
                let malformed = "malformed \\N character escape";
                match chars.peek().copied() {
                    Some((open, '{')) => {
                        let name_start = open + 1;
                        let Some(len) = body[name_start..].find('}') else {
                            return fail(malformed, body.len());
                        };
                        if len == 0 {
                            return fail(malformed, name_start);
                        }
                        let close = name_start + len;
                        while chars.next_if(|&(i, _)| i <= close).is_some() {}
                        match names::lookup(&body[name_start..close]) {
                            Some(ch) => out.push(ch),
                            None => return fail("unknown Unicode character name", close + 1),
                        }
                    }
                    Some((stop, _)) => return fail(malformed, stop),
                    None => return fail(malformed, body.len()),
                }
            }
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// CPython's message for a bad escape in `body[start..stop]`. It decodes a copy of the literal
/// in which every non-ASCII character became a 10-byte `\UXXXXXXXX` escape (and a backslash
/// before one became `\u005c`), so positions are counted in that copy.
fn unicode_error(body: &str, start: usize, stop: usize, reason: &str) -> String {
    let position = |limit: usize| {
        let mut pos = 0;
        let mut chars = body[..limit].chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' {
                pos += 1;
                match chars.peek() {
                    Some(next) if next.is_ascii() => {
                        pos += 1;
                        chars.next();
                    }
                    _ => pos += 5,
                }
            } else {
                pos += if c.is_ascii() { 1 } else { 10 };
            }
        }
        pos
    };
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {reason}",
        position(start),
        position(stop) - 1
    )
}

fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push(b'\\');
            break;
        };
        if let Some(simple) = simple_escape(e) {
            out.extend(simple.map(|c| c as u8));
            continue;
        }
        match e {
            // CPython keeps only the low byte of `\777`.
            '0'..='7' => out.push(octal(e, &mut chars) as u8),
            'x' => {
                let hex = body
                    .get(at + 2..at + 4)
                    .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        chars.next();
                        chars.next();
                    }
                    None => {
                        return Err(format!("(value error) invalid \\x escape at position {at}"))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                out.push(e as u8);
            }
        }
    }
    Ok(out)
}
