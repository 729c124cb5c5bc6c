//! The tokens the parser sees: what the logos scanner produces, plus the NEWLINE,
//! INDENT and DEDENT tokens that the indentation layer inserts.

use num_bigint::BigInt;

/// An integer literal: small ones stay inline, the rest arrive as big integers.
#[derive(Clone, Debug, PartialEq)]
pub enum IntLit {
    Small(i64),
    Big(BigInt),
}

/// One string literal as written (adjacent literals are separate tokens; the parser joins them).
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    /// A plain or raw string, escapes already decoded.
    Str(String),
    /// A bytes literal, escapes already decoded.
    Bytes(Vec<u8>),
    /// An f-string: the text between the quotes, undecoded, and whether it was raw (`rf"..."`).
    /// `content_offset` is the byte offset of the first content character in the source, so
    /// the parser can give embedded expressions their real positions. Line breaks in
    /// `content` are normalized to `\n` (as CPython reads source), so in a file with `\r\n`
    /// endings, positions after a line break inside a triple-quoted f-string are off by
    /// one per line break.
    FString {
        content: String,
        raw: bool,
        content_offset: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(IntLit),
    Float(f64),
    /// `3j`, `1.5j`: the imaginary part.
    Imag(f64),
    Str(StrLit),

    Newline,
    Indent,
    Dedent,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// Soft keywords, made from names by the parser where a `match` statement stands.
    Match,
    Case,

    // Brackets.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,

    // Punctuation.
    Colon,
    Comma,
    Semi,
    Dot,
    Ellipsis,
    Arrow,
    ColonEqual,

    // Operators.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    Amper,
    Vbar,
    Circumflex,
    Tilde,
    LeftShift,
    RightShift,

    // Comparisons.
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,

    // Assignment.
    Equal,
    PlusEqual,
    MinusEqual,
    StarEqual,
    DoubleStarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
}

impl Tok {
    /// How CPython names the token in messages such as "invalid syntax" carets; used for
    /// parser error messages.
    pub fn describe(&self) -> String {
        match self {
            Tok::Name(n) => n.clone(),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => "number".into(),
            Tok::Str(_) => "string".into(),
            Tok::Newline => "NEWLINE".into(),
            Tok::Indent => "INDENT".into(),
            Tok::Dedent => "DEDENT".into(),
            other => format!("{other:?}"),
        }
    }
}
