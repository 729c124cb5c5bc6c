//! Tokens from source text: a logos scanner plus an indentation layer.
//!
//! The scanner (`scanner.rs`) knows nothing about lines; this layer turns its newlines into
//! NEWLINE tokens only where a logical line ends, measures each logical line's indentation
//! into INDENT/DEDENT tokens, and tracks brackets (inside which line breaks mean nothing).

mod indent;
mod names;
mod numbers;
mod scanner;
pub(crate) mod strings;
#[cfg(test)]
mod tests;
pub mod token;

use std::collections::VecDeque;

use logos::Logos;

use crate::parser::error::{SyntaxError, SyntaxErrorKind};
/// Python's keywords (`keyword.kwlist`), which cannot be names.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

use indent::{Change, Fault, Indents, Width};
use scanner::{LexError, Raw};
use token::Tok;

/// CPython's limit on bracket nesting.
const MAX_NESTING: usize = 200;

type Spanned = (usize, Tok, usize);

/// Turns source text into the `(start, token, end)` triples the LALRPOP parser consumes.
pub struct Lexer<'a> {
    src: &'a str,
    raw: logos::Lexer<'a, Raw>,
    indents: Indents,
    /// Open brackets, innermost last, with their offsets.
    brackets: Vec<(char, usize)>,
    /// Produced but not yet handed out; an error, once queued, is the last item.
    pending: VecDeque<Result<Spanned, SyntaxError>>,
    /// No token yet on the current logical line, so a line break here ends a blank line.
    at_line_start: bool,
    /// Where the current physical line began.
    line_start: usize,
    /// End of the last token handed out, so NEWLINE can start at a trailing comment as
    /// CPython's does.
    last_end: usize,
    done: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        let mut raw = Raw::lexer(src);
        let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
        raw.bump(bom);
        Lexer {
            src,
            raw,
            indents: Indents::new(),
            brackets: Vec::new(),
            pending: VecDeque::new(),
            at_line_start: true,
            line_start: bom,
            last_end: bom,
            done: false,
        }
    }

    /// The invalid escapes of the string literals scanned so far, in order: each
    /// literal's span, and CPython's warning.
    pub fn escape_warnings(&self) -> &[(crate::source::Span, String)] {
        &self.raw.extras
    }

    fn push(&mut self, start: usize, tok: Tok, end: usize) {
        self.pending.push_back(Ok((start, tok, end)));
        self.last_end = end;
    }

    /// Scans until at least one item is pending or the input is exhausted.
    fn advance(&mut self) -> Result<(), SyntaxError> {
        let Some(item) = self.raw.next() else {
            return self.finish();
        };
        let span = self.raw.span();
        match item {
            Ok(Raw::Newline) => {
                if !self.at_line_start && self.brackets.is_empty() {
                    let start = self.comment_start(self.last_end, span.start);
                    self.push(start, Tok::Newline, span.end);
                    self.at_line_start = true;
                }
                self.line_start = span.end;
                Ok(())
            }
            // CPython appends a missing final newline, so only a backslash-newline right at
            // the end of input leaves the logical line without an end.
            Ok(Raw::Continuation) if self.raw.remainder().is_empty() => Err(SyntaxError::new(
                "unexpected EOF while parsing",
                span.start + 1,
                span.start + 2,
            )),
            Ok(Raw::Continuation) => Ok(()),
            Ok(Raw::Tok(tok)) => self.token(tok, span.start, span.end),
            Err(LexError::Syntax(e)) => Err(e),
            Err(LexError::Escape(msg)) => Err(self.escape_error(msg)),
            Err(LexError::Unrecognized) => Err(self.unrecognized(span.start)),
        }
    }

    fn token(&mut self, tok: Tok, start: usize, end: usize) -> Result<(), SyntaxError> {
        if self.at_line_start {
            self.at_line_start = false;
            self.indentation(start)?;
        }
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.brackets.len() >= MAX_NESTING {
                    return Err(SyntaxError::new("too many nested parentheses", start, end));
                }
                self.brackets.push((bracket_char(&tok), start));
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => self.close_bracket(bracket_char(&tok), start)?,
            _ => {}
        }
        self.push(start, tok, end);
        Ok(())
    }

    /// Compares the indentation of the logical line whose first token starts at `first`
    /// with the open blocks.
    fn indentation(&mut self, first: usize) -> Result<(), SyntaxError> {
        let width = Width::measure(&self.src[self.line_start..first]);
        match self.indents.update(width) {
            Ok(Change::Same) => {}
            Ok(Change::Indent) => self.push(self.line_start, Tok::Indent, first),
            Ok(Change::Dedent(n)) => {
                for _ in 0..n {
                    self.push(first, Tok::Dedent, first);
                }
            }
            // CPython reports this with the caret at the end of the line.
            Err(Fault::Unindent) => {
                let eol = self.src[first..]
                    .find(['\r', '\n'])
                    .map_or(self.src.len(), |i| first + i);
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    eol,
                    eol,
                ));
            }
            // CPython shows no caret here; one placed in the indentation is not drawn.
            Err(Fault::Inconsistent) => {
                return Err(SyntaxError {
                    kind: SyntaxErrorKind::TabError,
                    ..SyntaxError::new(
                        "inconsistent use of tabs and spaces in indentation",
                        self.line_start,
                        self.line_start,
                    )
                })
            }
        }
        Ok(())
    }

    fn close_bracket(&mut self, close: char, at: usize) -> Result<(), SyntaxError> {
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(SyntaxError::new(format!("unmatched '{close}'"), at, at + 1));
        };
        if matches!((open, close), ('(', ')') | ('[', ']') | ('{', '}')) {
            return Ok(());
        }
        let mut msg =
            format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'");
        let open_line = line_number(self.src, open_at);
        if open_line != line_number(self.src, at) {
            msg.push_str(&format!(" on line {open_line}"));
        }
        Err(SyntaxError::new(msg, at, at + 1))
    }

    /// End of input: close the last logical line and every open block.
    fn finish(&mut self) -> Result<(), SyntaxError> {
        if let Some(&(open, at)) = self.brackets.last() {
            return Err(SyntaxError::new(
                format!("'{open}' was never closed"),
                at,
                at + 1,
            ));
        }
        let len = self.src.len();
        if !self.at_line_start {
            let start = self.comment_start(self.last_end, len);
            self.push(start, Tok::Newline, len);
            self.at_line_start = true;
        }
        for _ in 0..self.indents.close_all() {
            self.push(len, Tok::Dedent, len);
        }
        self.done = true;
        Ok(())
    }

    /// Where a trailing comment between `from` and the line break at `newline` starts, or
    /// `newline` if there is none.
    fn comment_start(&self, from: usize, newline: usize) -> usize {
        let gap = &self.src[from.min(newline)..newline];
        match gap.trim_start_matches([' ', '\t', '\x0c']) {
            rest if rest.starts_with('#') => newline - rest.len(),
            _ => newline,
        }
    }

    /// CPython reports a bad escape only once the parser has seen the token after the string
    /// literals it belongs with; find that token for the caret.
    fn escape_error(&mut self, msg: String) -> SyntaxError {
        let mut last_end = self.raw.span().end;
        let (start, end) = loop {
            let Some(item) = self.raw.next() else {
                break (self.src.len(), self.src.len());
            };
            let span = self.raw.span();
            match item {
                Ok(Raw::Tok(Tok::Str(_)) | Raw::Continuation) | Err(LexError::Escape(_)) => {}
                Ok(Raw::Newline) if !self.brackets.is_empty() => {}
                Ok(Raw::Newline) => break (self.comment_start(last_end, span.start), span.end),
                _ => break (span.start, span.start + 1),
            }
            last_end = span.end;
        };
        SyntaxError::new(msg, start, end)
    }

    /// The error for input the scanner has no pattern for.
    fn unrecognized(&self, at: usize) -> SyntaxError {
        let c = self.src[at..].chars().next().unwrap_or('\0');
        let end = at + c.len_utf8();
        let msg = match c {
            '\\' if end == self.src.len() => "unexpected EOF while parsing".to_owned(),
            '\\' => "unexpected character after line continuation character".to_owned(),
            // CPython shows the line but no caret, as it does for errors at end of input.
            '\0' => {
                return SyntaxError {
                    line_override: Some(line_number(self.src, at)),
                    ..SyntaxError::new(
                        "source code cannot contain null bytes",
                        self.src.len(),
                        self.src.len(),
                    )
                }
            }
            // `$`, `?`, `!` and the backtick are tokens to CPython's tokenizer, which its
            // parser then rejects.
            _ if c.is_ascii() => "invalid syntax".to_owned(),
            _ if is_printable(c) => format!("invalid character '{c}' (U+{:04X})", c as u32),
            _ => format!("invalid non-printable character U+{:04X}", c as u32),
        };
        if c == '\\' {
            // The caret goes on the character after the backslash.
            return SyntaxError::new(msg, end, end + 1);
        }
        SyntaxError::new(msg, at, end)
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<(usize, Tok, usize), SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                if item.is_err() {
                    self.done = true;
                    self.pending.clear();
                }
                return Some(item);
            }
            if self.done {
                return None;
            }
            if let Err(e) = self.advance() {
                self.pending.push_back(Err(e));
            }
        }
    }
}

fn bracket_char(tok: &Tok) -> char {
    match tok {
        Tok::LPar => '(',
        Tok::RPar => ')',
        Tok::LSqb => '[',
        Tok::RSqb => ']',
        Tok::LBrace => '{',
        _ => '}',
    }
}

/// 1-based line of `offset`, counting `\r\n`, `\r` and `\n` each as one line break, as
/// CPython does.
fn line_number(src: &str, offset: usize) -> usize {
    let bytes = &src.as_bytes()[..offset.min(src.len())];
    let breaks = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && src.as_bytes().get(i + 1) != Some(&b'\n')))
        .count();
    breaks + 1
}

/// Python's `str.isprintable` for one character, approximated without the Unicode tables:
/// controls, separators and the common format characters are not printable.
fn is_printable(c: char) -> bool {
    let format = matches!(
        c as u32,
        0xad | 0x600..=0x605
            | 0x61c
            | 0x6dd
            | 0x70f
            | 0x180e
            | 0x200b..=0x200f
            | 0x202a..=0x202e
            | 0x2060..=0x206f
            | 0xfeff
            | 0xfff9..=0xfffb
            | 0xe000..=0xf8ff
            | 0xe0001..=0xe007f
            | 0xf0000..
    );
    !(c.is_control() || c.is_whitespace() || format)
}
