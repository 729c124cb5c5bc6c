//! Compile-time errors, reported the way CPython reports them:
//!
//! ```text
//!   File "x.py", line 1
//!     print("hi"
//!          ^
//! SyntaxError: '(' was never closed
//! ```

use crate::source::{SourceFile, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error located by byte offsets into the source; line and caret are derived
/// when it is displayed.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// Byte offset of the first caret.
    pub start: usize,
    /// Byte offset just past the last caret (`== start` or `start + 1` for a single caret);
    /// below `start` when CPython gives the error no end column (`end_offset` 0).
    pub end: usize,
    /// Set when the error is about a line other than the one `start` is on, or when no
    /// source line should be shown (CPython omits it for errors at end of file).
    pub line_override: Option<usize>,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end,
            line_override: None,
        }
    }

    pub fn indentation(msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            ..SyntaxError::new(msg, start, end)
        }
    }

    /// Renders the error exactly as CPython 3.11 prints it to stderr (without a
    /// "Traceback" header, which CPython does not print for compile errors of the main file).
    pub fn render(&self, file: &SourceFile) -> String {
        let start = self.start.min(file.text.len());
        let line = self
            .line_override
            .unwrap_or_else(|| file.line_of(start as u32));
        let mut out = format!("  File \"{}\", line {}\n", file.name, line);
        let text = file.line_text(line);
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        // CPython shows the line (even a blank one) whenever the file has it, with its
        // indentation removed but trailing spaces kept.
        if !text.is_empty() || file.line_start(line) < file.text.len() {
            let indent_chars = text.chars().count() - stripped.chars().count();
            out.push_str("    ");
            out.push_str(stripped);
            out.push('\n');
            let line_start = file.line_start(line);
            let line_end = line_start + text.len();
            let col = if start >= line_start {
                file.text[line_start..start.min(line_end)].chars().count()
            } else {
                0
            };
            // CPython prints no caret when it would point into the indentation (as for
            // "unexpected indent") or past the end of input on an overridden line.
            let at_eof = self.line_override.is_some() && self.start >= file.text.len();
            if col >= indent_chars && !at_eof && !stripped.is_empty() {
                let end = self.end.max(start + 1).min(line_end);
                let end_col = if end > start {
                    col + file.text[start..end].chars().count()
                } else {
                    col + 1
                };
                // Indentation errors always get a single caret.
                let width = match self.kind {
                    SyntaxErrorKind::SyntaxError => end_col.saturating_sub(col).max(1),
                    _ => 1,
                };
                out.push_str("    ");
                out.push_str(&" ".repeat(col - indent_chars));
                out.push_str(&"^".repeat(width));
                out.push('\n');
            }
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

/// A warning found while parsing or compiling: CPython's `DeprecationWarning`s about
/// invalid escapes and `SyntaxWarning`s about code that cannot be what was meant. They are
/// only collected, in the order CPython finds them; whoever compiles issues them through
/// `warnings` before the code runs, as CPython does while compiling.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileWarning {
    /// The warning class's name.
    pub category: &'static str,
    pub msg: String,
    pub span: Span,
}
