//! The raw logos scanner: everything that can be recognised without knowing about
//! lines, indentation or brackets. The indentation layer in `mod.rs` drives it.

use logos::Logos;

use super::token::Tok;
use super::{numbers, strings};
use crate::parser::error::SyntaxError;

/// Why the scanner stopped.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) enum LexError {
    /// Input no pattern matches; the indentation layer words the message from the character.
    #[default]
    Unrecognized,
    /// A located error, final as it stands.
    Syntax(SyntaxError),
    /// A string whose escapes do not decode. CPython reports these from the parser, at the
    /// first token after the literal, so the indentation layer fixes the position later.
    Escape(String),
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
// The invalid escapes of string literals: each literal's span, and the warning.
#[logos(extras = Vec<(crate::source::Span, String)>)]
#[logos(skip r"[ \t\x0C]+")]
// A comment runs to the end of its line, never further.
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub(super) enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// Backslash-newline: joins the next physical line to this logical line.
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*", |lex| word(lex.slice()))]
    #[regex(r"[0-9]|\.[0-9]", numbers::lex_number)]
    #[regex(
        r#"([bBfFrRuU]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#,
        strings::lex_string
    )]
    #[token("(", |_| Tok::LPar)]
    #[token(")", |_| Tok::RPar)]
    #[token("[", |_| Tok::LSqb)]
    #[token("]", |_| Tok::RSqb)]
    #[token("{", |_| Tok::LBrace)]
    #[token("}", |_| Tok::RBrace)]
    #[token(":", |_| Tok::Colon)]
    #[token(",", |_| Tok::Comma)]
    #[token(";", |_| Tok::Semi)]
    #[token(".", |_| Tok::Dot)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token("->", |_| Tok::Arrow)]
    #[token(":=", |_| Tok::ColonEqual)]
    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("/", |_| Tok::Slash)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("%", |_| Tok::Percent)]
    #[token("@", |_| Tok::At)]
    #[token("&", |_| Tok::Amper)]
    #[token("|", |_| Tok::Vbar)]
    #[token("^", |_| Tok::Circumflex)]
    #[token("~", |_| Tok::Tilde)]
    #[token("<<", |_| Tok::LeftShift)]
    #[token(">>", |_| Tok::RightShift)]
    #[token("<", |_| Tok::Less)]
    #[token(">", |_| Tok::Greater)]
    #[token("<=", |_| Tok::LessEqual)]
    #[token(">=", |_| Tok::GreaterEqual)]
    #[token("==", |_| Tok::EqEqual)]
    #[token("!=", |_| Tok::NotEqual)]
    #[token("=", |_| Tok::Equal)]
    #[token("+=", |_| Tok::PlusEqual)]
    #[token("-=", |_| Tok::MinusEqual)]
    #[token("*=", |_| Tok::StarEqual)]
    #[token("**=", |_| Tok::DoubleStarEqual)]
    #[token("/=", |_| Tok::SlashEqual)]
    #[token("//=", |_| Tok::DoubleSlashEqual)]
    #[token("%=", |_| Tok::PercentEqual)]
    #[token("@=", |_| Tok::AtEqual)]
    #[token("&=", |_| Tok::AmperEqual)]
    #[token("|=", |_| Tok::VbarEqual)]
    #[token("^=", |_| Tok::CircumflexEqual)]
    #[token("<<=", |_| Tok::LeftShiftEqual)]
    #[token(">>=", |_| Tok::RightShiftEqual)]
    Tok(Tok),
}

/// A hard keyword's token, or a name (soft keywords such as `match` stay names).
fn word(s: &str) -> Tok {
    match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => Tok::Name(s.to_owned()),
    }
}
