//! Turns LALRPOP's "unexpected token" into the message CPython 3.11 would give. CPython
//! gets these from `invalid_*` rules of its PEG grammar; here the same situations are
//! recognised by looking at the tokens around the failure.

use lalrpop_util::ParseError;

use super::ast::{Constant, ExprKind, StmtKind};
use super::error::SyntaxError;
use super::validate::expr_name;
use super::{grammar, Spanned};
use crate::lexer::token::Tok;

pub fn explain(
    err: ParseError<usize, Tok, SyntaxError>,
    tokens: &[Spanned],
    pulled: usize,
    source: &str,
    shift: usize,
) -> SyntaxError {
    let cx = Cx {
        tokens,
        source,
        shift,
    };
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", location, location + 1)
        }
        ParseError::ExtraToken { token: (l, _, r) } => SyntaxError::new("invalid syntax", l, r),
        ParseError::UnrecognizedEof { expected, .. } => {
            if only_indent(&expected) {
                cx.expected_block(tokens.len())
            } else if expects_handler(&expected) {
                cx.at_eof(SyntaxError::new(NO_HANDLER, 0, 0))
            } else {
                cx.at_eof(SyntaxError::new("unexpected EOF while parsing", 0, 0))
            }
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            // The failing token is the last one the parser pulled; fall back to a search
            // should the stream have been consumed differently.
            let idx = match tokens.get(pulled) {
                Some(t) if t.0 == l && t.1 == tok => pulled,
                _ => tokens
                    .iter()
                    .position(|t| t.0 == l && t.1 == tok)
                    .unwrap_or(tokens.len()),
            };
            if only_indent(&expected) {
                return cx.expected_block(idx);
            }
            if expects_handler(&expected) {
                return SyntaxError::new(NO_HANDLER, l, r);
            }
            cx.unexpected(idx, l, tok, r)
        }
    }
}

const NO_HANDLER: &str = "expected 'except' or 'finally' block";

/// Whether the parser has just finished a `try` body.
fn expects_handler(expected: &[String]) -> bool {
    let has = |t: &str| expected.iter().any(|e| e == t);
    has("\"except\"") && has("\"finally\"")
}

fn only_indent(expected: &[String]) -> bool {
    !expected.is_empty() && expected.iter().all(|e| e == "\"INDENT\"")
}

struct Cx<'a> {
    tokens: &'a [Spanned],
    source: &'a str,
    shift: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// CPython's `bitwise_or`: stops at comparisons and boolean operators.
    BitwiseOr,
    /// A whole expression without a top-level comma.
    Expression,
    /// A comma-separated list of expressions.
    Expressions,
}

impl Cx<'_> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.tokens.get(i).map(|t| &t.1)
    }

    fn line_of(&self, pos: usize) -> usize {
        let pos = pos.saturating_sub(self.shift).min(self.source.len());
        self.source[..pos].matches('\n').count() + 1
    }

    /// CPython reports errors at end of input on the last line, without a caret.
    fn at_eof(&self, mut e: SyntaxError) -> SyntaxError {
        let lines = self.source.matches('\n').count();
        let last_line = if self.source.ends_with('\n') {
            lines.max(1)
        } else {
            lines + 1
        };
        e.start = self.shift + self.source.len();
        e.end = e.start;
        e.line_override = Some(last_line);
        e
    }

    /// Index of the first token of the logical line containing token `idx`.
    fn line_start(&self, idx: usize) -> usize {
        let mut s = idx.min(self.tokens.len());
        while s > 0
            && !matches!(
                self.tok(s - 1),
                Some(Tok::Newline | Tok::Indent | Tok::Dedent)
            )
        {
            s -= 1;
        }
        s
    }

    fn expected_block(&self, idx: usize) -> SyntaxError {
        // `idx - 1` is the NEWLINE ending the header.
        let mut s = self.line_start(idx.saturating_sub(1));
        if self.tok(s) == Some(&Tok::Async) {
            s += 1;
        }
        let what = match self.tok(s) {
            Some(Tok::Def) => "function definition".to_string(),
            Some(Tok::Class) => "class definition".to_string(),
            Some(t) => match keyword(t) {
                Some(kw) => format!("'{kw}' statement"),
                None => return self.plain(idx),
            },
            None => return self.plain(idx),
        };
        let line = self.line_of(self.tokens[s].0);
        let msg = format!("expected an indented block after {what} on line {line}");
        let next = self.tokens[idx.min(self.tokens.len())..]
            .iter()
            .find(|t| !matches!(t.1, Tok::Newline | Tok::Dedent));
        match next {
            Some(&(l, _, r)) => SyntaxError::indentation(msg, l, r),
            None => self.at_eof(SyntaxError::indentation(msg, 0, 0)),
        }
    }

    fn plain(&self, idx: usize) -> SyntaxError {
        match self.tokens.get(idx) {
            Some(&(l, _, r)) => SyntaxError::new("invalid syntax", l, r),
            None => self.at_eof(SyntaxError::new("invalid syntax", 0, 0)),
        }
    }

    fn unexpected(&self, idx: usize, l: usize, tok: Tok, r: usize) -> SyntaxError {
        let prev = idx.checked_sub(1).and_then(|i| self.tok(i));
        if tok == Tok::Indent {
            // CPython shows the indented line without a caret.
            let next = self.tokens.get(idx + 1).map_or(r, |t| t.0);
            let line_start = self.source[..next.saturating_sub(self.shift)]
                .rfind('\n')
                .map_or(0, |n| n + 1);
            let at = line_start + self.shift;
            return SyntaxError::indentation("unexpected indent", at, at);
        }
        let s = self.line_start(idx);
        let header = match self.tok(s) {
            Some(Tok::Async) => self.tok(s + 1),
            t => t,
        };
        if tok == Tok::Newline {
            let is_header =
                matches!(header, Some(Tok::Def | Tok::Class)) || header.and_then(keyword).is_some();
            if is_header && !self.has_top_level_colon(s, idx) {
                return SyntaxError::new("expected ':'", l, l);
            }
        }
        if tok != Tok::LPar
            && idx >= 2
            && self.tok(idx - 2) == Some(&Tok::Def)
            && matches!(prev, Some(Tok::Name(_)))
        {
            return SyntaxError::new("expected '('", l, r);
        }
        if let Some(Tok::Name(n)) = prev {
            let attribute = idx >= 2 && self.tok(idx - 2) == Some(&Tok::Dot);
            if (n == "print" || n == "exec") && !attribute && tok != Tok::LPar && starts_expr(&tok)
            {
                if let Some(end) = self.scan_forward(idx, Mode::Expressions) {
                    let msg =
                        format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
                    return SyntaxError::new(msg, self.tokens[idx - 1].0, self.tokens[end - 1].2);
                }
            }
        }
        if let Some(e) = self.missing_else(idx, &tok) {
            return e;
        }
        if let Some(e) = self.missing_dict_colon(idx) {
            return e;
        }
        if let Some(e) = self.bad_dict_value(idx, &tok) {
            return e;
        }
        if tok == Tok::Equal {
            if let Some(e) = self.misplaced_equal(idx) {
                return e;
            }
        }
        if starts_expr(&tok) && prev.is_some_and(ends_expr) && self.depth_at(idx) > 0 {
            if let Some(e) = self.missing_comma(idx) {
                return e;
            }
        }
        SyntaxError::new("invalid syntax", l, r)
    }

    fn has_top_level_colon(&self, from: usize, to: usize) -> bool {
        let mut depth = 0i32;
        for (_, t, _) in &self.tokens[from..to] {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                Tok::Colon if depth == 0 => return true,
                _ => {}
            }
        }
        false
    }

    fn depth_at(&self, idx: usize) -> i32 {
        let mut depth = 0;
        for (_, t, _) in &self.tokens[..idx.min(self.tokens.len())] {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                _ => {}
            }
        }
        depth
    }

    /// `a if b` not followed by `else`: CPython's `invalid_expression`, which spans `a if b`.
    fn missing_else(&self, idx: usize, tok: &Tok) -> Option<SyntaxError> {
        if matches!(tok, Tok::Else | Tok::Colon) {
            return None;
        }
        let b = self.scan_back(idx, Mode::Expression);
        if b == idx || b == 0 || self.tok(b - 1) != Some(&Tok::If) {
            return None;
        }
        let a = self.scan_back(b - 1, Mode::Expression);
        // A comprehension's `if` filter follows its iterable; a statement's `if` follows
        // no expression.
        if a == b - 1 || (a > 0 && self.tok(a - 1) == Some(&Tok::In) && self.after_for(a - 1)) {
            return None;
        }
        if self.scan_forward(a, Mode::Expression) != Some(b - 1)
            || self.scan_forward(b, Mode::Expression) != Some(idx)
        {
            return None;
        }
        Some(SyntaxError::new(
            "expected 'else' after 'if' expression",
            self.tokens[a].0,
            self.tokens[idx - 1].2,
        ))
    }

    /// `{1: 2, 3}`: an item after a key/value pair that is not one itself. CPython points
    /// at the key's last character and gives no end.
    fn missing_dict_colon(&self, idx: usize) -> Option<SyntaxError> {
        let key = self.scan_back(idx, Mode::Expression);
        if key == idx || key < 2 || self.tok(key - 1) != Some(&Tok::Comma) {
            return None;
        }
        if self.scan_forward(key, Mode::Expression) != Some(idx) {
            return None;
        }
        let open = self.enclosing_open(key)?;
        if self.tok(open) != Some(&Tok::LBrace) {
            return None;
        }
        let first = self.scan_forward(open + 1, Mode::Expression);
        let is_dict = self.tok(open + 1) == Some(&Tok::DoubleStar)
            || first.is_some_and(|f| self.tok(f) == Some(&Tok::Colon));
        if !is_dict {
            return None;
        }
        let end = self.tokens[idx - 1].2;
        let last = self.source[..end.saturating_sub(self.shift)]
            .chars()
            .next_back()
            .map_or(1, char::len_utf8);
        Some(SyntaxError::new(
            "':' expected after dictionary key",
            end - last,
            end - last - 1,
        ))
    }

    /// `if x = 1:` and friends: CPython's `invalid_named_expression`.
    fn misplaced_equal(&self, idx: usize) -> Option<SyntaxError> {
        let start = self.scan_back(idx, Mode::BitwiseOr);
        let end = self.scan_forward(idx + 1, Mode::BitwiseOr)?;
        if start == idx || matches!(self.tok(end), Some(Tok::Equal | Tok::ColonEqual)) {
            return None;
        }
        // Only where CPython expects a `named_expression`: conditions and bracket contents.
        let before = start.checked_sub(1).and_then(|i| self.tok(i));
        let named_position = match before {
            Some(Tok::If | Tok::Elif | Tok::While | Tok::LPar | Tok::LSqb | Tok::LBrace) => true,
            Some(Tok::Comma) => self.depth_at(start) > 0,
            _ => false,
        };
        if !named_position {
            return None;
        }
        let target = self.reparse(start, idx)?;
        let (msg, span) = match &target.kind {
            ExprKind::Name(_) => (
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string(),
                (self.tokens[start].0, self.tokens[end - 1].2),
            ),
            ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::None | Constant::Bool(_)) => return None,
            _ => (
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(&target)
                ),
                (target.span.start as usize, target.span.end as usize),
            ),
        };
        Some(SyntaxError::new(msg, span.0, span.1))
    }

    /// `[a b]`: CPython's "Perhaps you forgot a comma?", which it gives only inside brackets.
    fn missing_comma(&self, idx: usize) -> Option<SyntaxError> {
        let start = self.scan_back(idx, Mode::Expression);
        // A comprehension's iterable and filters are `disjunction`s, where CPython gives no
        // hint, and parameter lists hold no expressions.
        let before = start.checked_sub(1).and_then(|i| self.tok(i));
        if start == idx
            || before == Some(&Tok::In)
            || (before == Some(&Tok::If) && self.after_for(start - 1))
        {
            return None;
        }
        let open = self.scan_back(start, Mode::Expressions).checked_sub(1);
        if open.is_some_and(|o| o >= 2 && self.tok(o - 2) == Some(&Tok::Def)) {
            return None;
        }
        match (self.tok(start), self.tok(start + 1)) {
            (Some(Tok::Name(_)), Some(Tok::Str(_))) => return None,
            (Some(Tok::Name(n)), _) if n == "match" || n == "case" || n == "_" => return None,
            _ => {}
        }
        let end = self.scan_forward(idx, Mode::Expression)?;
        Some(SyntaxError::new(
            "invalid syntax. Perhaps you forgot a comma?",
            self.tokens[start].0,
            self.tokens[end - 1].2,
        ))
    }

    /// `{1:}` and `{1: *a}`: CPython's `invalid_double_starred_kvpairs`.
    fn bad_dict_value(&self, idx: usize, tok: &Tok) -> Option<SyntaxError> {
        let colon = idx.checked_sub(1)?;
        if self.tok(colon) != Some(&Tok::Colon)
            || self.enclosing_open(colon).and_then(|o| self.tok(o)) != Some(&Tok::LBrace)
        {
            return None;
        }
        match tok {
            Tok::RBrace | Tok::Comma => {
                let (l, _, r) = self.tokens[colon];
                Some(SyntaxError::new(
                    "expression expected after dictionary key and ':'",
                    l,
                    r,
                ))
            }
            Tok::Star => {
                let end = self.scan_forward(idx + 1, Mode::BitwiseOr)?;
                Some(SyntaxError::new(
                    "cannot use a starred expression in a dictionary value",
                    self.tokens[idx].0,
                    self.tokens[end - 1].2,
                ))
            }
            _ => None,
        }
    }

    /// Index of the bracket that token `idx` is inside.
    fn enclosing_open(&self, idx: usize) -> Option<usize> {
        let mut depth = 0usize;
        for k in (0..idx).rev() {
            match &self.tokens[k].1 {
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                Tok::LPar | Tok::LSqb | Tok::LBrace if depth == 0 => return Some(k),
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
                _ => {}
            }
        }
        None
    }

    /// Parses tokens `from..to` alone as a parenthesized expression.
    fn reparse(&self, from: usize, to: usize) -> Option<super::ast::Expr> {
        let (l, r) = (self.tokens[from].0, self.tokens[to - 1].2);
        let mut toks = vec![(l, Tok::LPar, l)];
        toks.extend(self.tokens[from..to].iter().cloned());
        toks.push((r, Tok::RPar, r));
        toks.push((r, Tok::Newline, r));
        let suite = grammar::ModuleParser::new()
            .parse(
                &Default::default(),
                toks.into_iter().map(Ok::<_, SyntaxError>),
            )
            .ok()?;
        match suite.into_iter().next()?.kind {
            StmtKind::Expr(e) => Some(e),
            _ => None,
        }
    }

    /// Index one past the end of the expression starting at token `i`, if one starts there.
    fn scan_forward(&self, mut i: usize, mode: Mode) -> Option<usize> {
        let mut want_operand = true;
        let mut last = None;
        while let Some(t) = self.tok(i) {
            if want_operand {
                match t {
                    Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Await => i += 1,
                    Tok::Not if mode != Mode::BitwiseOr => i += 1,
                    Tok::Star if mode == Mode::Expressions => i += 1,
                    t if is_atom(t) => {
                        i += 1;
                        want_operand = false;
                        last = Some(i);
                    }
                    Tok::LPar | Tok::LSqb | Tok::LBrace => {
                        i = self.matching(i)? + 1;
                        want_operand = false;
                        last = Some(i);
                    }
                    _ => break,
                }
                continue;
            }
            match t {
                Tok::Str(_) if matches!(self.tok(i - 1), Some(Tok::Str(_))) => i += 1,
                Tok::Dot if matches!(self.tok(i + 1), Some(Tok::Name(_))) => i += 2,
                Tok::LPar | Tok::LSqb => i = self.matching(i)? + 1,
                Tok::Not if mode != Mode::BitwiseOr && self.tok(i + 1) == Some(&Tok::In) => {
                    i += 2;
                    want_operand = true;
                    continue;
                }
                Tok::Is if mode != Mode::BitwiseOr && self.tok(i + 1) == Some(&Tok::Not) => {
                    i += 2;
                    want_operand = true;
                    continue;
                }
                t if is_binary(t) || (mode != Mode::BitwiseOr && is_comparison_or_bool(t)) => {
                    i += 1;
                    want_operand = true;
                    continue;
                }
                Tok::Comma if mode == Mode::Expressions => {
                    i += 1;
                    want_operand = true;
                    continue;
                }
                _ => break,
            }
            last = Some(i);
        }
        last
    }

    fn matching(&self, open: usize) -> Option<usize> {
        let mut depth = 0usize;
        for (j, (_, t, _)) in self.tokens.iter().enumerate().skip(open) {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Index of the first token of the expression ending just before token `idx`.
    fn scan_back(&self, idx: usize, mode: Mode) -> usize {
        let mut j = idx;
        let mut depth = 0usize;
        while j > 0 {
            let t = &self.tokens[j - 1].1;
            match t {
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                Tok::LPar | Tok::LSqb | Tok::LBrace => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                _ if depth > 0 => {}
                Tok::In if mode != Mode::BitwiseOr && self.after_for(j - 1) => break,
                Tok::Comma if mode == Mode::Expressions => {}
                Tok::Not | Tok::Is | Tok::In if mode == Mode::BitwiseOr => break,
                t if mode == Mode::BitwiseOr && is_comparison_or_bool(t) => break,
                t if !is_atom(t)
                    && !is_binary(t)
                    && !is_comparison_or_bool(t)
                    && !matches!(t, Tok::Dot | Tok::Not | Tok::Await | Tok::Tilde) =>
                {
                    break
                }
                _ => {}
            }
            j -= 1;
        }
        j
    }

    /// Whether the `in` at `i` belongs to a comprehension's `for` in the same bracket.
    fn after_for(&self, i: usize) -> bool {
        let mut depth = 0usize;
        for k in (0..i).rev() {
            match &self.tokens[k].1 {
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                Tok::LPar | Tok::LSqb | Tok::LBrace => {
                    if depth == 0 {
                        return false;
                    }
                    depth -= 1;
                }
                Tok::For if depth == 0 => return true,
                Tok::Newline => return false,
                _ => {}
            }
        }
        false
    }
}

/// Compound-statement keywords as CPython names them in "expected an indented block".
fn keyword(t: &Tok) -> Option<&'static str> {
    Some(match t {
        Tok::If => "if",
        Tok::Elif => "elif",
        Tok::Else => "else",
        Tok::While => "while",
        Tok::For => "for",
        Tok::With => "with",
        Tok::Try => "try",
        Tok::Except => "except",
        Tok::Finally => "finally",
        Tok::Match => "match",
        Tok::Case => "case",
        _ => return None,
    })
}

fn is_atom(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

fn starts_expr(t: &Tok) -> bool {
    is_atom(t)
        || matches!(
            t,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::Tilde | Tok::Lambda | Tok::Not | Tok::Await
        )
}

fn ends_expr(t: &Tok) -> bool {
    is_atom(t) || matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

fn is_binary(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::Amper
            | Tok::Vbar
            | Tok::Circumflex
            | Tok::LeftShift
            | Tok::RightShift
    )
}

fn is_comparison_or_bool(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::In
            | Tok::Is
            | Tok::And
            | Tok::Or
    )
}
