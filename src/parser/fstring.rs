//! Splits the undecoded text of an f-string into literal parts and replacement fields,
//! following CPython 3.11's `fstring_find_expr` rules; embedded expressions go through the
//! real lexer and module parser.

use super::ast::{Expr, ExprKind, FStringPart, StmtKind};
use super::build::{fail, PResult};
use lalrpop_util::ParseError;

/// Parses the content of one f-string. `offset` is where the content starts in the source
/// and `end` where the whole literal ends (CPython points its f-string errors there).
/// `warn` receives the warning for each literal part with an invalid escape.
pub fn parse(
    content: &str,
    raw: bool,
    offset: usize,
    end: usize,
    mut warn: impl FnMut(String),
) -> PResult<Vec<FStringPart>> {
    let mut p = FParser {
        text: content,
        pos: 0,
        raw,
        offset,
        end,
        warn: &mut warn,
    };
    p.parts(0)
}

/// Appends a part, merging adjacent literals and dropping empty ones, as CPython does.
pub fn push_part(parts: &mut Vec<FStringPart>, part: FStringPart) {
    if let FStringPart::Literal(s) = &part {
        if s.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
            prev.push_str(s);
            return;
        }
    }
    parts.push(part);
}

struct FParser<'a> {
    text: &'a str,
    pos: usize,
    raw: bool,
    offset: usize,
    end: usize,
    warn: &'a mut dyn FnMut(String),
}

impl FParser<'_> {
    fn err<T>(&self, msg: &str) -> PResult<T> {
        fail(msg, self.end, self.end)
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.text.as_bytes().get(self.pos + ahead).copied()
    }

    /// Literal text and fields up to the end, or (inside a format spec) up to its `}`.
    fn parts(&mut self, depth: usize) -> PResult<Vec<FStringPart>> {
        let mut parts = Vec::new();
        let mut literal_start = self.pos;
        while let Some(c) = self.peek() {
            match c {
                b'\\' if !self.raw && self.text[self.pos..].starts_with("\\N{") => {
                    // A named escape's braces are not a replacement field.
                    match self.text[self.pos..].find('}') {
                        Some(close) => self.pos += close + 1,
                        None => self.pos = self.text.len(),
                    }
                }
                b'{' | b'}' => {
                    let doubled = self.peek_at(1) == Some(c) && depth == 0;
                    if c == b'}' && !doubled && depth > 0 {
                        break;
                    }
                    self.push_literal(&mut parts, literal_start, self.pos);
                    if doubled {
                        // `{{` and `}}` stand for one brace.
                        self.pos += 1;
                        literal_start = self.pos;
                        self.pos += 1;
                        continue;
                    }
                    if c == b'}' {
                        return self.err("f-string: single '}' is not allowed");
                    }
                    self.pos += 1;
                    let field = self.field(depth)?;
                    push_part(&mut parts, field);
                    literal_start = self.pos;
                }
                _ => self.pos += 1,
            }
        }
        self.push_literal(&mut parts, literal_start, self.pos);
        Ok(parts)
    }

    fn push_literal(&mut self, parts: &mut Vec<FStringPart>, start: usize, end: usize) {
        let text = &self.text[start..end];
        let text = if self.raw {
            text.to_string()
        } else {
            // CPython decodes each literal part on its own, and warns about its first
            // invalid escape.
            if let Some(msg) = crate::lexer::strings::invalid_escape(text, false) {
                (self.warn)(msg);
            }
            decode_escapes(text)
        };
        push_part(parts, FStringPart::Literal(text));
    }

    /// A replacement field; `pos` is just past its `{`.
    fn field(&mut self, depth: usize) -> PResult<FStringPart> {
        if depth >= 2 {
            return self.err("f-string: expressions nested too deeply");
        }
        let start = self.pos;
        let expr_end = self.scan_expression()?;
        let source = &self.text[start..expr_end];
        if source.trim().is_empty() {
            return self.err("f-string: empty expression not allowed");
        }
        let mut debug_text = None;
        if self.peek() == Some(b'=') {
            self.pos += 1;
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
                self.pos += 1;
            }
            debug_text = Some(self.text[start..self.pos].to_string());
        }
        let mut conversion = None;
        if self.peek() == Some(b'!') {
            let c = self.peek_at(1);
            match c {
                Some(c @ (b's' | b'r' | b'a')) if matches!(self.peek_at(2), Some(b':' | b'}')) => {
                    conversion = Some(c as char);
                    self.pos += 2;
                }
                _ => {
                    return self
                        .err("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                }
            }
        }
        let mut format_spec = None;
        if self.peek() == Some(b':') {
            self.pos += 1;
            format_spec = Some(self.parts(depth + 1)?);
        }
        if self.peek() != Some(b'}') {
            return self.err("f-string: expecting '}'");
        }
        self.pos += 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            // `{x=}` shows the repr unless a conversion or format spec says otherwise.
            conversion = Some('r');
        }
        let value = self.expression(source, self.offset + start)?;
        Ok(FStringPart::Formatted {
            value: Box::new(value),
            conversion,
            format_spec,
            debug_text,
        })
    }

    /// Advances past the expression of a field, stopping at a top-level `=`, `!`, `:` or
    /// `}`, and returns where it ends.
    fn scan_expression(&mut self) -> PResult<usize> {
        let mut depth = 0usize;
        let mut quote: Option<&[u8]> = None;
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            let rest = &bytes[self.pos..];
            let c = rest[0];
            if c == b'\\' {
                return self.err("f-string expression part cannot include a backslash");
            }
            if let Some(q) = quote {
                if rest.starts_with(q) {
                    self.pos += q.len();
                    quote = None;
                } else {
                    self.pos += 1;
                }
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let q: &[u8] = if rest.starts_with(b"'''") {
                        b"'''"
                    } else if rest.starts_with(b"\"\"\"") {
                        b"\"\"\""
                    } else {
                        &rest[..1]
                    };
                    quote = Some(q);
                    self.pos += q.len();
                    continue;
                }
                b'#' => return self.err("f-string expression part cannot include '#'"),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                b'}' if depth == 0 => return Ok(self.pos),
                b'}' => depth -= 1,
                b'=' | b'!' | b'<' | b'>' if rest.get(1) == Some(&b'=') => {
                    self.pos += 2;
                    continue;
                }
                b'=' | b'!' | b':' if depth == 0 => return Ok(self.pos),
                _ => {}
            }
            self.pos += 1;
        }
        if quote.is_some() {
            return self.err("f-string: unterminated string");
        }
        self.err("f-string: expecting '}'")
    }

    /// Parses `source` (found at `at` in the file) as `(source)` with the module parser.
    fn expression(&self, source: &str, at: usize) -> PResult<Expr> {
        let wrapped = format!("({source})");
        let prefixed = |e: crate::parser::error::SyntaxError| ParseError::User {
            error: crate::parser::error::SyntaxError {
                msg: format!("f-string: {}", e.msg),
                ..e
            },
        };
        // The wrapper's `(` sits one byte before the expression's real position.
        let suite =
            super::parse_shifted(&wrapped, at - 1, &Default::default()).map_err(prefixed)?;
        match suite.into_iter().next().map(|s| s.kind) {
            Some(StmtKind::Expr(e)) if !matches!(e.kind, ExprKind::Starred(_)) => Ok(e),
            _ => self.err("f-string: invalid syntax"),
        }
    }
}

/// Decodes the backslash escapes of a non-raw literal part. Unknown escapes keep their
/// backslash, as Python does; `\N{...}` is kept as written since we carry no name table.
pub fn decode_escapes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(e),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.extend(char::from_u32(value));
            }
            'x' | 'u' | 'U' => {
                let width = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits: String = chars.clone().take(width).collect();
                match u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32)
                {
                    Some(ch) if digits.len() == width => {
                        out.push(ch);
                        for _ in 0..width {
                            chars.next();
                        }
                    }
                    _ => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    out
}
