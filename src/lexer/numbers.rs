//! Numeric literals. The scan mirrors CPython's tokenizer step by step (including where it
//! backs up before reporting), because its error messages and caret positions depend on
//! exactly how far it has read.

use num_bigint::BigInt;

use super::scanner::{LexError, Raw};
use super::token::{IntLit, Tok};
use crate::parser::error::SyntaxError;

/// Logos callback: the regex matched the first digit (or `.digit`); scan the rest by hand.
pub(super) fn lex_number(lex: &mut logos::Lexer<Raw>) -> Result<Tok, LexError> {
    let start = lex.span().start;
    let text = &lex.source()[start..];
    let mut cur = Cursor {
        s: text.as_bytes(),
        pos: 0,
    };
    match scan(&mut cur) {
        Ok(tok) => {
            lex.bump(cur.pos - lex.slice().len());
            Ok(tok)
        }
        Err(Fault { msg, from, to }) => Err(LexError::Syntax(SyntaxError::new(
            msg,
            start + from,
            start + to,
        ))),
    }
}

/// A malformed literal, with its caret range relative to the literal's start.
struct Fault {
    msg: String,
    from: usize,
    to: usize,
}

/// Reads like CPython's `tok_nextc`/`tok_backup`: end of input reads as 0 and never moves.
struct Cursor<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> u8 {
        match self.s.get(self.pos) {
            Some(&c) => {
                self.pos += 1;
                c
            }
            None => 0,
        }
    }

    fn back(&mut self, c: u8) {
        if c != 0 {
            self.pos -= 1;
        }
    }

    /// CPython puts the caret on the last character it consumed.
    fn fault(&self, msg: impl Into<String>) -> Fault {
        let at = self.pos.saturating_sub(1);
        Fault {
            msg: msg.into(),
            from: at,
            to: at + 1,
        }
    }

    fn lookahead(&mut self, rest: &str) -> bool {
        let start = self.pos;
        let ok = rest.bytes().all(|b| self.next() == b);
        self.pos = start;
        ok
    }

    /// Digits with single underscores between them; returns the first character after.
    fn decimal_tail(&mut self) -> Result<u8, Fault> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                self.back(c);
                return Err(self.fault("invalid decimal literal"));
            }
        }
    }

    /// A literal may run straight into `and`, `else`, `for`, `if`, `in`, `is`, `not`, `or`
    /// (CPython only warns), but not into any other identifier character.
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), Fault> {
        let keyword = match c {
            b'a' => self.lookahead("nd"),
            b'e' => self.lookahead("lse"),
            b'f' => self.lookahead("or"),
            b'i' => matches!(self.s.get(self.pos), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead("r"),
            b'n' => self.lookahead("ot"),
            _ => false,
        };
        if !keyword && (c.is_ascii_alphanumeric() || c == b'_') {
            self.back(c);
            return Err(self.fault(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

fn scan(cur: &mut Cursor) -> Result<Tok, Fault> {
    let first = cur.next();
    let c = match first {
        b'.' => b'.',
        b'0' => {
            let c = cur.next();
            match c {
                b'x' | b'X' => return radix(cur, 16, "hexadecimal"),
                b'o' | b'O' => return radix(cur, 8, "octal"),
                b'b' | b'B' => return radix(cur, 2, "binary"),
                _ => return leading_zero(cur, c),
            }
        }
        _ => cur.decimal_tail()?,
    };
    fraction_exponent(cur, c)
}

/// A literal starting with `0` that has no radix prefix: `0`, `00`, `0.5`, `0e1`, `0j` are
/// fine, `012` is not.
fn leading_zero(cur: &mut Cursor, mut c: u8) -> Result<Tok, Fault> {
    loop {
        if c == b'_' {
            c = cur.next();
            if !c.is_ascii_digit() {
                cur.back(c);
                return Err(cur.fault("invalid decimal literal"));
            }
        }
        if c != b'0' {
            break;
        }
        c = cur.next();
    }
    let zeros_end = cur.pos.saturating_sub(1);
    let nonzero = c.is_ascii_digit();
    if nonzero {
        c = cur.decimal_tail()?;
    }
    if matches!(c, b'.' | b'e' | b'E' | b'j' | b'J') {
        return fraction_exponent(cur, c);
    }
    if nonzero {
        return Err(Fault {
            msg: "leading zeros in decimal integer literals are not permitted; \
                  use an 0o prefix for octal integers"
                .into(),
            from: 0,
            to: zeros_end,
        });
    }
    cur.verify_end(c, "decimal")?;
    cur.back(c);
    Ok(int(&cur.s[..cur.pos], 10))
}

/// Everything after the integer part of a decimal literal; `c` is the character following it.
fn fraction_exponent(cur: &mut Cursor, mut c: u8) -> Result<Tok, Fault> {
    if c == b'.' {
        c = cur.next();
        if c.is_ascii_digit() {
            c = cur.decimal_tail()?;
        }
    }
    if c == b'e' || c == b'E' {
        let e = c;
        c = cur.next();
        if c == b'+' || c == b'-' {
            c = cur.next();
            if !c.is_ascii_digit() {
                cur.back(c);
                return Err(cur.fault("invalid decimal literal"));
            }
        } else if !c.is_ascii_digit() {
            // `1else`: the `e` starts a keyword, not an exponent.
            cur.back(c);
            cur.verify_end(e, "decimal")?;
            cur.back(e);
            return Ok(decimal(&cur.s[..cur.pos]));
        }
        c = cur.decimal_tail()?;
    }
    if c == b'j' || c == b'J' {
        c = cur.next();
        cur.verify_end(c, "imaginary")?;
        cur.back(c);
        let text = &cur.s[..cur.pos - 1];
        return Ok(Tok::Imag(float(text)));
    }
    cur.verify_end(c, "decimal")?;
    cur.back(c);
    Ok(decimal(&cur.s[..cur.pos]))
}

/// The digits after `0x`, `0o` or `0b`.
fn radix(cur: &mut Cursor, radix: u32, kind: &str) -> Result<Tok, Fault> {
    let is_digit = |c: u8| (c as char).is_digit(radix);
    let mut c = cur.next();
    loop {
        if c == b'_' {
            c = cur.next();
        }
        if !is_digit(c) {
            if radix != 16 && c.is_ascii_digit() {
                return Err(cur.fault(format!("invalid digit '{}' in {kind} literal", c as char)));
            }
            cur.back(c);
            return Err(cur.fault(format!("invalid {kind} literal")));
        }
        c = cur.next();
        while is_digit(c) {
            c = cur.next();
        }
        if c != b'_' {
            break;
        }
    }
    if radix != 16 && c.is_ascii_digit() {
        return Err(cur.fault(format!("invalid digit '{}' in {kind} literal", c as char)));
    }
    cur.verify_end(c, kind)?;
    cur.back(c);
    Ok(int(&cur.s[2..cur.pos], radix))
}

fn digits(text: &[u8]) -> String {
    text.iter()
        .filter(|&&b| b != b'_')
        .map(|&b| b as char)
        .collect()
}

fn decimal(text: &[u8]) -> Tok {
    if text.iter().any(|b| matches!(b, b'.' | b'e' | b'E')) {
        Tok::Float(float(text))
    } else {
        int(text, 10)
    }
}

fn float(text: &[u8]) -> f64 {
    // The scan has already validated the syntax, which Rust's parser accepts as is
    // (and rounds correctly, as CPython does).
    digits(text).parse().unwrap_or(f64::NAN)
}

fn int(text: &[u8], radix: u32) -> Tok {
    let digits = digits(text);
    Tok::Int(match i64::from_str_radix(&digits, radix) {
        Ok(n) => IntLit::Small(n),
        Err(_) => IntLit::Big(BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()),
    })
}
