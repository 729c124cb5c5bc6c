//! The abstract syntax tree. Shapes follow CPython's `ast` module so its documentation
//! doubles as ours; every statement and expression carries the span it was parsed from.

use crate::lexer::token::IntLit;
use crate::source::Span;

pub type Suite = Vec<Stmt>;

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: every target gets the value, left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 3` (the annotation is evaluated only at module and class level, like CPython).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    If {
        test: Expr,
        body: Suite,
        orelse: Suite,
    },
    While {
        test: Expr,
        body: Suite,
        orelse: Suite,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Suite,
        orelse: Suite,
        is_async: bool,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from ..a.b import x as y`; `names` is a single `*` alias for a star import.
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Suite,
        handlers: Vec<ExceptHandler>,
        orelse: Suite,
        finalbody: Suite,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    With {
        items: Vec<WithItem>,
        body: Suite,
        is_async: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub params: Parameters,
    pub body: Suite,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Suite,
    pub decorators: Vec<Expr>,
}

/// A parameter list: `def f(a, /, b=1, *args, c, d=2, **kw)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parameters {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub span: Span,
    pub name: String,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub span: Span,
    /// Dotted name for `import`, plain name (or `*`) for `from … import`.
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub span: Span,
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Suite,
    /// `except* E:`, which handles the matching part of an exception group.
    pub is_star: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// A keyword argument in a call or class definition; `arg == None` is `**mapping`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub span: Span,
    pub arg: Option<String>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(String),
    Constant(Constant),
    /// An f-string (or a run of adjacent literals containing one).
    JoinedStr(Vec<FStringPart>),
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c`: two or more values.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// Positional arguments may be `Starred`; keywords with `arg == None` are `**kw`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    /// `value[index]`; a slice index is a `Slice` expression, `a[1:2, 3]` a `Tuple` of them.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `*x` in a call, a display or an assignment target.
    Starred(Box<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **m}`: a `None` key marks `**m` (its value is `m`).
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Lambda {
        params: Box<Parameters>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `target := value`
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(IntLit),
    Float(f64),
    /// An imaginary literal such as `2j`.
    Complex(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    /// `{value!conversion:format_spec}`; `debug_text` holds `"value="` (with its spaces) for
    /// the `{value=}` form, which prints that text before the value.
    Formatted {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Vec<FStringPart>>,
        debug_text: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    /// The operator as Python spells it, for messages like
    /// "unsupported operand type(s) for +: 'int' and 'str'".
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
