//! Tokens to AST, via the LALRPOP grammar in `lalrpop/grammar.lalrpop`.
//!
//! The grammar is LR(1) while CPython's is PEG, so a few things happen around it: the
//! parenthesized form of `with` is recognised on the token stream, targets are checked in
//! [`validate`], and parse failures are turned into CPython's messages in [`diagnose`].
pub mod ast;
pub mod error;

mod build;
mod diagnose;
mod fstring;
pub mod pattern;
mod validate;

#[cfg(test)]
mod tests;

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    grammar
);

use std::cell::{Cell, RefCell};

use ast::Suite;
use error::{CompileWarning, SyntaxError};

use crate::lexer::token::Tok;
use crate::lexer::Lexer;
use crate::source::Span;

type Spanned = (usize, Tok, usize);

/// Parses a whole module (a file or `-c` code). `warnings` receives the invalid escapes
/// of its string literals, also when parsing fails after some.
pub fn parse_module(
    source: &str,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Suite, SyntaxError> {
    let escapes = RefCell::new(Vec::new());
    let parsed = parse_shifted(source, 0, &escapes);
    let mut escapes = escapes.into_inner();
    // Literals warn in source order, those of one f-string in the order of its parts.
    escapes.sort_by_key(|(span, _)| span.start);
    warnings.extend(escapes.into_iter().map(|(span, msg)| CompileWarning {
        category: "DeprecationWarning",
        msg,
        span,
    }));
    parsed
}

/// Parses one interactive entry: a simple-statement line or one compound statement.
pub fn parse_interactive(
    source: &str,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Suite, SyntaxError> {
    let suite = parse_module(source, warnings)?;
    if let (Some(first), Some(last)) = (suite.first(), suite.last()) {
        let line = |offset: u32| source[..offset as usize].matches('\n').count();
        if line(first.span.start) != line(last.span.start) {
            return Err(SyntaxError::new(
                "multiple statements found while compiling a single statement",
                first.span.start as usize,
                first.span.start as usize + 1,
            ));
        }
    }
    Ok(suite)
}

/// Parses what `eval` accepts: one expression (leading spaces and tabs are allowed), as a
/// suite holding one expression statement. Anything else is "invalid syntax" at the first
/// token that cannot continue the expression, as CPython reports it.
pub fn parse_expression(
    source: &str,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Suite, SyntaxError> {
    let suite = parse_module(source, warnings)?;
    let boundary = match suite.as_slice() {
        // Unlike a statement, an expression cannot be a bare `yield`.
        [ast::Stmt {
            kind: ast::StmtKind::Expr(e),
            span,
        }] if matches!(
            e.kind,
            ast::ExprKind::Yield(_) | ast::ExprKind::YieldFrom(_)
        ) && span.start == e.span.start =>
        {
            e.span.start
        }
        [ast::Stmt {
            kind: ast::StmtKind::Expr(_),
            ..
        }] => return Ok(suite),
        [] => return Err(SyntaxError::new("invalid syntax", 0, 0)),
        [first, ..] => match &first.kind {
            ast::StmtKind::Expr(e)
            | ast::StmtKind::AugAssign { target: e, .. }
            | ast::StmtKind::AnnAssign { target: e, .. } => e.span.end,
            ast::StmtKind::Assign { targets, .. } => targets[0].span.end,
            _ => first.span.start,
        },
    };
    let offending = Lexer::new(source).flatten().find(|(l, t, _)| {
        *l >= boundary as usize && !matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent)
    });
    let (start, end) = offending.map_or((boundary as usize, boundary as usize), |(l, _, r)| (l, r));
    Err(SyntaxError::new("invalid syntax", start, end))
}

/// Whether `err` only says that `source` stopped early, so a REPL should read another line
/// instead of reporting it.
pub fn is_incomplete(source: &str, err: &SyntaxError) -> bool {
    let at_end = err.start >= source.trim_end().len();
    err.msg.ends_with("was never closed")
        || err.msg.starts_with("unterminated triple-quoted string")
        || err.msg == "unexpected EOF while parsing"
        || (at_end && err.msg.starts_with("expected an indented block"))
}

/// Parses `source` as a module whose text starts at byte `shift` of the real file, so that
/// f-string expressions get their true positions.
fn parse_shifted(
    source: &str,
    shift: usize,
    escapes: &RefCell<Vec<(Span, String)>>,
) -> Result<Suite, SyntaxError> {
    let mut tokens: Vec<Spanned> = Vec::new();
    let mut lex_error = None;
    let mut lexer = Lexer::new(source);
    for item in lexer.by_ref() {
        match item {
            Ok((l, t, r)) => tokens.push((l + shift, t, r + shift)),
            Err(mut e) => {
                e.start += shift;
                e.end += shift;
                lex_error = Some(e);
                break;
            }
        }
    }
    let found = lexer.escape_warnings().iter();
    let shifted = |s: &Span| Span::new(s.start as usize + shift, s.end as usize + shift);
    (escapes.borrow_mut()).extend(found.map(|(span, msg)| (shifted(span), msg.clone())));
    unparenthesize_with(&mut tokens);
    soft_keywords(&mut tokens);
    let pulled = Cell::new(0usize);
    let later_lex_error = lex_error.clone();
    let stream = tokens
        .iter()
        .cloned()
        .map(Ok)
        .chain(lex_error.map(Err))
        .inspect(|_| pulled.set(pulled.get() + 1));
    grammar::ModuleParser::new()
        .parse(escapes, stream)
        .map_err(|e| {
            let furthest = pulled.get().saturating_sub(1);
            let reached = tokens.get(furthest).map_or(usize::MAX, |t| t.0);
            let parse_error = diagnose::explain(e, &tokens, furthest, source, shift);
            prefer_tokenizer_error(parse_error, reached, later_lex_error, source, shift)
        })
}

/// CPython tokenizes the rest of the file after a parser error, and a tokenizer error found
/// there wins; an unclosed bracket wins only when it was opened on an earlier line than the
/// furthest token the parser had read (`reached`, a byte offset).
fn prefer_tokenizer_error(
    parse_error: SyntaxError,
    reached: usize,
    lex_error: Option<SyntaxError>,
    source: &str,
    shift: usize,
) -> SyntaxError {
    let Some(lex_error) = lex_error else {
        return parse_error;
    };
    if parse_error == lex_error {
        return parse_error;
    }
    let line = |offset: usize| {
        let end = offset.saturating_sub(shift).min(source.len());
        source[..end].matches('\n').count()
    };
    if lex_error.msg.ends_with("was never closed") && line(reached) <= line(lex_error.start) {
        return parse_error;
    }
    lex_error
}

/// `match` and `case` are keywords only where they begin a `match` statement or a case
/// clause: at the start of a line that has a `:` outside brackets (and no `lambda` before
/// it), when what follows could not continue a name (`match = 1`, `match.x`, `match: int`).
fn soft_keywords(tokens: &mut Vec<Spanned>) {
    let mut i = 0;
    while i < tokens.len() {
        i += 1;
        let i = i - 1;
        let keyword = match &tokens[i].1 {
            Tok::Name(n) if n == "match" => Tok::Match,
            Tok::Name(n) if n == "case" => Tok::Case,
            _ => continue,
        };
        let line_start =
            i == 0 || matches!(tokens[i - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent);
        let next = tokens.get(i + 1).map(|t| &t.1);
        let continues_name = match next {
            None | Some(Tok::Newline | Tok::Colon | Tok::Dot | Tok::Comma | Tok::Semi) => true,
            Some(Tok::Equal | Tok::ColonEqual | Tok::RPar | Tok::RSqb | Tok::RBrace) => true,
            Some(t) => matches!(
                t,
                Tok::PlusEqual
                    | Tok::MinusEqual
                    | Tok::StarEqual
                    | Tok::DoubleStarEqual
                    | Tok::SlashEqual
                    | Tok::DoubleSlashEqual
                    | Tok::PercentEqual
                    | Tok::AtEqual
                    | Tok::AmperEqual
                    | Tok::VbarEqual
                    | Tok::CircumflexEqual
                    | Tok::LeftShiftEqual
                    | Tok::RightShiftEqual
            ),
        };
        if !line_start || continues_name {
            continue;
        }
        let mut depth = 0usize;
        let mut header = false;
        for (_, t, _) in &tokens[i + 1..] {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                Tok::Lambda if depth == 0 => break,
                Tok::Colon if depth == 0 => {
                    header = true;
                    break;
                }
                Tok::Newline => break,
                _ => {}
            }
        }
        if header {
            if keyword == Tok::Case {
                rewrite_as_patterns(tokens, i);
            }
            tokens[i].1 = keyword;
        }
    }
}

/// An as-pattern `P as name` is not an expression, so the case line (from `case` at
/// `at`) is rewritten to the walrus `(name := P)`, which the pattern compiler reads as
/// one. `P` reaches back to the nearest `,`, `:`, `=` or open bracket of its own level.
fn rewrite_as_patterns(tokens: &mut Vec<Spanned>, at: usize) {
    loop {
        let mut depth = 0usize;
        let mut found = None;
        for (j, (_, t, _)) in tokens.iter().enumerate().skip(at + 1) {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                Tok::Colon | Tok::Newline | Tok::If if depth == 0 => break,
                Tok::As if matches!(tokens.get(j + 1), Some((_, Tok::Name(_), _))) => {
                    found = Some(j);
                    break;
                }
                _ => {}
            }
        }
        let Some(j) = found else {
            return;
        };
        let mut depth = 0usize;
        let mut start = at + 1;
        for k in (at + 1..j).rev() {
            match tokens[k].1 {
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                Tok::LPar | Tok::LSqb | Tok::LBrace if depth == 0 => {
                    start = k + 1;
                    break;
                }
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
                Tok::Comma | Tok::Colon | Tok::Equal if depth == 0 => {
                    start = k + 1;
                    break;
                }
                _ => {}
            }
        }
        let (as_l, _, as_r) = tokens[j].clone();
        let name = tokens[j + 1].clone();
        tokens.splice(j..j + 2, [(as_l, Tok::RPar, as_r)]);
        let l = tokens[start].0;
        tokens.splice(
            start..start,
            [(l, Tok::LPar, l), name, (l, Tok::ColonEqual, l)],
        );
    }
}

/// `with (a as b, c):` lists two context managers, while `with (a, b) as c:` uses one
/// tuple. An LR parser cannot tell the two apart at the `(`, so, as CPython's PEG grammar
/// does, the first reading wins whenever the parentheses are followed directly by `:`;
/// its parentheses (and a trailing comma) are then dropped.
fn unparenthesize_with(tokens: &mut Vec<Spanned>) {
    let mut i = 0;
    let mut drop = Vec::new();
    while i + 1 < tokens.len() {
        if tokens[i].1 == Tok::With && tokens[i + 1].1 == Tok::LPar {
            let open = i + 1;
            let mut depth = 0usize;
            let mut close = None;
            let mut plain_items = true;
            for (j, (_, t, _)) in tokens.iter().enumerate().skip(open) {
                match t {
                    // Only an expression can be a with-item, not a generator, walrus or yield.
                    Tok::For | Tok::ColonEqual | Tok::Yield if depth == 1 => plain_items = false,
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => {
                        depth -= 1;
                        if depth == 0 {
                            close = Some(j);
                            break;
                        }
                    }
                    Tok::Newline => break,
                    _ => {}
                }
            }
            if let Some(close) = close {
                let followed_by_colon = tokens.get(close + 1).map(|t| &t.1) == Some(&Tok::Colon);
                if followed_by_colon && plain_items && close > open + 1 {
                    drop.push(open);
                    if tokens[close - 1].1 == Tok::Comma && close - 1 > open + 1 {
                        drop.push(close - 1);
                    }
                    drop.push(close);
                }
            }
        }
        i += 1;
    }
    for &i in drop.iter().rev() {
        tokens.remove(i);
    }
}
