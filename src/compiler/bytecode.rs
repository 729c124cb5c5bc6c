//! The instruction set and the code object the compiler produces and the VM runs.
//!
//! A stack machine in the spirit of CPython's: each instruction is one enum value with its
//! operand inline (8 bytes), and a parallel table keeps the source span each instruction
//! came from, which tracebacks turn into line numbers and `~~~^^^` markers.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;

use crate::objects::attr_cache::AttrCache;
use crate::objects::str::PyStr;
use crate::objects::Value;
use crate::parser::ast::{BinOp, CmpOp};
use crate::source::{SourceFile, Span};

/// Stack effects are written `before -> after`, top of stack rightmost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    /// `x ->`
    PopTop,
    /// `x ->`, at the top level of an interactive entry: shows `repr(x)` unless `x` is
    /// None and keeps `x` in `builtins._` (CPython's `sys.displayhook`).
    PrintExpr,
    /// `x -> x x`
    DupTop,
    /// `a b -> a b a b`
    DupTopTwo,
    /// `a b -> b a`
    RotTwo,
    /// `a b c -> c a b`
    RotThree,
    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> locals[i]`; UnboundLocalError if unset.
    LoadFast(u32),
    /// `x ->`, into `locals[i]`.
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells are numbered cellvars first, then freevars.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// `-> cell` itself, to build a closure.
    LoadClosure(u32),
    /// `-> globals[names[i]]` or `builtins[names[i]]`.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class bodies: `-> namespace[names[i]]`, else globals, else builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `-> __build_class__`, which a call then gives the class body function, the name,
    /// the bases and the class keywords.
    LoadBuildClass,
    /// `obj -> obj.names[i]`
    LoadAttr(u32),
    /// `obj -> method obj` when `obj.names[i]` is a function or builtin of obj's class,
    /// so the call that follows passes `obj` first and no bound method is made;
    /// otherwise `obj -> <unbound> obj.names[i]`, which the call skips.
    LoadMethod(u32),
    /// `value obj ->`, sets `obj.names[i] = value`.
    StoreAttr(u32),
    DeleteAttr(u32),
    /// `obj key -> obj[key]`
    BinarySubscr,
    /// `value obj key ->`
    StoreSubscr,
    /// `obj key ->`
    DeleteSubscr,
    /// `lower upper -> slice` or `lower upper step -> slice`.
    BuildSlice(u32),
    /// `a b -> a op b`
    BinaryOp(BinOp),
    /// `a b -> a op= b` (in place where the type supports it).
    InplaceOp(BinOp),
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    UnaryNot,
    /// `a b -> a op b`
    CompareOp(CmpOp),
    /// Absolute jump target.
    Jump(u32),
    /// `x ->`, jumps if falsy.
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// `x -> x` and jump if falsy, else `x ->`: for `and`.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `iterable -> iterator`
    GetIter,
    /// `iter -> iter next`, or `iter ->` and jump when exhausted.
    ForIter(u32),
    /// `f a1..an -> f(a1..an)`
    Call(u32),
    /// `f a1..an kwnames -> f(...)`: the last `len(kwnames)` args are keywords.
    CallKw(u32),
    /// `f args_tuple -> f(*args)` or `f args_tuple kwargs_dict -> f(*args, **kwargs)`.
    CallEx(bool),
    /// `defaults? kwdefaults? closure? code qualname -> function`; the operand is a set of
    /// [`make_function`] flags saying which optional parts are on the stack.
    MakeFunction(u32),
    /// `x ->` and leave the frame.
    ReturnValue,
    /// `x ->` and suspend the generator's frame; it resumes at the next instruction.
    YieldValue,
    /// `iterable -> iterator` for `yield from`: a generator stays itself.
    GetYieldFromIter,
    /// `receiver v -> receiver yielded`: sends `v` into the receiver of a `yield from`;
    /// when it finishes instead, `receiver v -> returned` and jumps.
    Send(u32),
    /// `sent -> sent`: where a generator resumes (its first instruction and after each
    /// `YieldValue`); raises instead the exception `throw()` passed in.
    Resume,
    /// `x -> wrapped x`: marks what an async generator yields, apart from what the
    /// awaits in it yield to the event loop.
    AsyncGenWrap,
    /// `x -> iterator` for `await x`; the operand ([`awaited`]) names what produced `x`
    /// in the error for a non-awaitable.
    GetAwaitable(u32),
    /// `cm -> aexit aenter_result` for `async with`.
    BeforeAsyncWith,
    /// `aexit -> awaitable`: the body of an `async with` finished; calls
    /// `aexit(None, None, None)`.
    AsyncWithExit,
    /// `aexit exc -> exc awaitable`: calls `aexit(type, exc, tb)`.
    AsyncWithExcept,
    /// `exc result ->`: a true result of `__exit__`/`__aexit__` swallows the exception
    /// (and the handled exception ends), otherwise it is raised again.
    WithExceptResult,
    /// `aiter -> aiter awaitable` for `async for`: calls `aiter.__anext__()`.
    GetANext,
    /// `aiterable -> aiter` for `async for`: calls `__aiter__`.
    GetAIter,
    /// `aiter exc ->`: ends an `async for` on StopAsyncIteration, raises anything else.
    EndAsyncFor,
    BuildTuple(u32),
    /// `iterable -> tuple(iterable)`, for `*args` in calls; the operand says it is the
    /// only positional argument, right above the callee (which errors then name).
    BuildTupleFrom(bool),
    /// `t1..tn -> t1+..+tn`
    TupleConcat(u32),
    /// `m1..mn -> merged dict` for `**kwargs` in calls; a repeated key is a TypeError.
    KwargsMerge(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `list it1..itn-1 iterable -> list it1..itn-1`: extends the list `n` slots down
    /// (starred items in displays).
    ListExtend(u32),
    /// `list -> tuple(list)`
    ListToTuple,
    /// `set it1..itn-1 value -> set it1..itn-1`
    SetAdd(u32),
    /// `set it1..itn-1 iterable -> set it1..itn-1`
    SetUpdate(u32),
    /// `dict it1..itn-1 mapping -> dict it1..itn-1` for `**m` in dict displays.
    DictUpdate(u32),
    /// `list it1..itn-1 value -> list it1..itn-1`: appends to the list `n` slots down
    /// (comprehensions).
    ListAppend(u32),
    /// `dict it1..itn-1 key value -> dict it1..itn-1`
    MapAdd(u32),
    /// `k1 v1 .. kn vn -> dict`
    BuildMap(u32),
    /// `s1..sn -> s1+..+sn` for f-strings.
    BuildString(u32),
    /// `seq -> items[n-1] .. items[0]` (first item on top), checking the length.
    UnpackSequence(u32),
    /// `seq -> items` for a starred target: the operand is `before | after << 16`, the
    /// counts of targets around the star, which receives a list of the rest.
    UnpackEx(u32),
    /// `x -> format(x, spec)` with flags from [`format_value`].
    FormatValue(u32),
    /// `exc ->` raise; `exc cause ->` raise from (operand 2); operand 0 re-raises.
    Raise(u32),
    /// Pushes an `AssertionError` class.
    LoadAssertionError,
    /// `-> module`: imports the (dotted) module `names[i]`.
    ImportName(u32),
    /// `module -> module value`: `from module import names[i]`.
    ImportFrom(u32),
    /// `module ->`: `from module import *` into the current namespace.
    ImportStar,
    /// Registers an exception handler at the target for the following instructions: when
    /// one raises, the stack is cut back to its height here, the exception is pushed, it
    /// becomes the exception being handled, and execution jumps to the target.
    SetupHandler(u32),
    /// Unregisters the innermost handler.
    PopBlock,
    /// Ends an `except` clause: the exception is no longer the one being handled.
    PopExcept,
    /// `exc class -> bool`: does the exception match the `except` clause? (The compiler
    /// duplicates the exception first.)
    CheckExcMatch,
    /// `rest class -> rest match` for an `except*` clause: `match` is the part of the
    /// exception `rest` that `class` matches (None if none does, and then the exception
    /// being handled stays), `rest` what is still left (None when nothing is).
    CheckEgMatch,
    /// `orig raised -> exc`: the exception a `try`/`except*` ends with (or None), from
    /// the one its clauses received and the list of what they raised, ended by what is
    /// left unhandled.
    PrepReraiseStar,
    /// `exc ->`: raises `exc` again, keeping its traceback.
    Reraise,
    /// `cm -> exit enter_result`, and registers a handler at the target.
    SetupWith(u32),
    /// `exit ->`: the body finished; calls `exit(None, None, None)`.
    WithExit,
    /// `exit exc -> exc result`: calls `exit(type, exc, tb)`.
    WithExcept,
    /// Records the frame's globals and locals for the builtin called next (`globals()`,
    /// `locals()`, `exec`, ...), which has no other way to see its caller's frame.
    SnapshotFrame,
    /// Records the frames of the running loop for the builtin called next
    /// (`sys._getframe`), which has no other way to see them.
    SnapshotStack,

    // Superinstructions, written by [`fuse`] over the first of a pair of instructions. The
    // second instruction stays in place (it supplies the operand the fused one needs, and
    // still works as a jump target); the fused instruction runs both and skips it.
    /// `LoadFast(i)` then the `LoadConst` that follows.
    LoadFastLoadConst(u32),
    /// `LoadFast(i)` then the `LoadFast` that follows.
    LoadFastLoadFast(u32),
    /// `CompareOp(op)` then the `PopJumpIfFalse` that follows.
    CompareOpJumpIfFalse(CmpOp),
    /// `LoadFast(i)`, then the `LoadConst` and `BinaryOp` that follow: `n - 1`.
    LoadFastConstBinaryOp(u32),
    /// `LoadFast(i)`, then the `LoadConst`, `CompareOp` and `PopJumpIfFalse` that follow:
    /// `if n < 2:`.
    LoadFastConstCompareJump(u32),
    /// `LoadFast(i)` then the `LoadAttr` that follows: `self.x` reads the attribute of
    /// the local in place, without a reference of its own to the object.
    LoadFastAttr(u32),
    /// `LoadFast(i)` then the `StoreAttr` that follows: `self.x = v`.
    StoreFastAttr(u32),
    /// `LoadFast(i)` then the `LoadMethod` that follows: `self.f(...)`.
    LoadFastMethod(u32),
    /// `LoadFast(i)` then the `ReturnValue` that follows: `return x` moves the local out of
    /// the dying frame instead of taking a reference that the frame's end drops again.
    ReturnFast(u32),
}

/// Rewrites hot pairs of instructions into superinstructions, in place: positions, spans
/// and jump targets are unchanged.
pub fn fuse(instrs: &mut [Instr]) {
    let mut k = 0;
    while k + 1 < instrs.len() {
        let next2 = instrs.get(k + 2).copied();
        let next3 = instrs.get(k + 3).copied();
        let fused = match (instrs[k], instrs[k + 1]) {
            (Instr::LoadFast(i), Instr::LoadConst(_))
                if matches!(next2, Some(Instr::BinaryOp(_))) =>
            {
                instrs[k] = Instr::LoadFastConstBinaryOp(i);
                k += 3;
                continue;
            }
            (Instr::LoadFast(i), Instr::LoadConst(_))
                if matches!(next2, Some(Instr::CompareOp(_)))
                    && matches!(next3, Some(Instr::PopJumpIfFalse(_))) =>
            {
                instrs[k] = Instr::LoadFastConstCompareJump(i);
                k += 4;
                continue;
            }
            (Instr::LoadFast(i), Instr::LoadConst(_)) => Instr::LoadFastLoadConst(i),
            (Instr::LoadFast(i), Instr::LoadAttr(_)) => Instr::LoadFastAttr(i),
            (Instr::LoadFast(i), Instr::StoreAttr(_)) => Instr::StoreFastAttr(i),
            (Instr::LoadFast(i), Instr::LoadMethod(_)) => Instr::LoadFastMethod(i),
            (Instr::LoadFast(i), Instr::ReturnValue) => Instr::ReturnFast(i),
            // The second load belongs to an attribute access: `v` of `self.x = v`.
            (Instr::LoadFast(_), Instr::LoadFast(_))
                if matches!(
                    next2,
                    Some(Instr::LoadAttr(_) | Instr::StoreAttr(_) | Instr::LoadMethod(_))
                ) =>
            {
                k += 1;
                continue;
            }
            (Instr::LoadFast(i), Instr::LoadFast(_)) => Instr::LoadFastLoadFast(i),
            (Instr::CompareOp(op), Instr::PopJumpIfFalse(_)) => Instr::CompareOpJumpIfFalse(op),
            _ => {
                k += 1;
                continue;
            }
        };
        instrs[k] = fused;
        k += 2;
    }
}

/// Flags of `MakeFunction`.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const CLOSURE: u32 = 4;
    /// A dict of parameter (and `return`) annotations, below the closure.
    pub const ANNOTATIONS: u32 = 8;
}

/// Flags of `FormatValue`: the conversion in the low bits, then whether a spec is on the stack.
pub mod format_value {
    pub const CONV_MASK: u32 = 3;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 4;
}

/// Code flags, as in CPython's `co_flags`.
pub mod code_flags {
    /// A function's code: its locals are slots, not a namespace dict.
    pub const OPTIMIZED: u32 = 0x01;
    pub const VARARGS: u32 = 0x04;
    pub const VARKEYWORDS: u32 = 0x08;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
}

/// What produced the value a `GetAwaitable` receives, for its error message.
pub mod awaited {
    pub const AWAIT: u32 = 0;
    pub const AENTER: u32 = 1;
    pub const AEXIT: u32 = 2;
    pub const ANEXT: u32 = 3;
}

pub struct CodeObject {
    pub name: Arc<PyStr>,
    pub qualname: String,
    pub source: Arc<SourceFile>,
    pub first_line: usize,
    pub instrs: Vec<Instr>,
    /// The span each instruction came from, for tracebacks.
    pub spans: Vec<Span>,
    pub consts: Vec<Value>,
    /// Global, attribute and import names.
    pub names: Vec<Arc<PyStr>>,
    /// Local variable names; parameters first.
    pub varnames: Vec<Arc<PyStr>>,
    pub cellvars: Vec<Arc<PyStr>>,
    pub freevars: Vec<Arc<PyStr>>,
    /// For each cellvar that is also a parameter, its local slot (copied into the cell at entry).
    pub cell_args: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// One [`GlobalCache`] per entry of `names`, for `LoadGlobal`/`StoreGlobal`.
    pub global_cache: Box<[GlobalCache]>,
    /// One [`AttrCache`] per entry of `names`, for attribute loads, stores and method calls.
    pub attr_cache: Box<[AttrCache]>,
    /// The function's docstring, its `__doc__`.
    pub doc: Option<Arc<PyStr>>,
}

/// Where a global name was last found, shared by every thread running the code.
///
/// Only positions are cached, never values: the value is always read from the dict under
/// its lock, so rebinding or deleting a global (from any thread) is seen at once. Each
/// field is checked on use, so a reader that sees fields from two different fills is
/// still correct:
/// - `globals_index`: the entry of the name in the globals dict, valid if the key at that
///   index is still the name;
/// - `absent_tag`: the key-set tag the globals dict had when the name was absent from it
///   (tags are globally unique; see `DictMap`); while the tag is unchanged the name is
///   still absent and the builtins entry `builtins_index` (checked the same way) applies.
pub struct GlobalCache {
    globals_index: AtomicU32,
    builtins_index: AtomicU32,
    absent_tag: AtomicU64,
}

impl GlobalCache {
    const NONE: u32 = u32::MAX;

    pub fn table(n: usize) -> Box<[GlobalCache]> {
        (0..n)
            .map(|_| GlobalCache {
                globals_index: AtomicU32::new(Self::NONE),
                builtins_index: AtomicU32::new(Self::NONE),
                absent_tag: AtomicU64::new(u64::MAX),
            })
            .collect()
    }

    #[inline]
    pub fn globals_index(&self) -> Option<usize> {
        match self.globals_index.load(Ordering::Relaxed) {
            Self::NONE => None,
            i => Some(i as usize),
        }
    }

    /// The builtins entry to use if the globals dict's tag is `globals_tag`.
    #[inline]
    pub fn builtins_index(&self, globals_tag: u64) -> Option<usize> {
        if self.absent_tag.load(Ordering::Relaxed) != globals_tag {
            return None;
        }
        match self.builtins_index.load(Ordering::Relaxed) {
            Self::NONE => None,
            i => Some(i as usize),
        }
    }

    pub fn set_globals_index(&self, i: usize) {
        if let Ok(i) = u32::try_from(i) {
            if i != Self::NONE {
                self.globals_index.store(i, Ordering::Relaxed);
            }
        }
    }

    pub fn set_builtins(&self, absent_tag: u64, i: usize) {
        if let Ok(i) = u32::try_from(i) {
            if i != Self::NONE {
                self.builtins_index.store(i, Ordering::Relaxed);
                self.absent_tag.store(absent_tag, Ordering::Relaxed);
            }
        }
    }
}

impl CodeObject {
    /// 1-based source line of instruction `ip`.
    pub fn line_of(&self, ip: usize) -> usize {
        self.spans
            .get(ip)
            .map_or(self.first_line, |s| self.source.line_of(s.start))
    }

    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    pub fn has_varargs(&self) -> bool {
        self.flags & code_flags::VARARGS != 0
    }

    pub fn is_generator(&self) -> bool {
        self.flags & code_flags::GENERATOR != 0
    }

    pub fn is_coroutine(&self) -> bool {
        self.flags & code_flags::COROUTINE != 0
    }

    pub fn has_varkeywords(&self) -> bool {
        self.flags & code_flags::VARKEYWORDS != 0
    }

    /// Only positional-or-keyword parameters, and not a generator: a call with `argcount`
    /// positional arguments binds them in order and runs the body.
    #[inline]
    pub fn simple_positional(&self) -> bool {
        self.kwonlyargcount == 0
            && self.flags
                & (code_flags::VARARGS
                    | code_flags::VARKEYWORDS
                    | code_flags::GENERATOR
                    | code_flags::COROUTINE)
                == 0
    }

    /// Total number of parameter slots (positional, keyword-only, *args, **kwargs).
    pub fn total_params(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + self.has_varargs() as usize
            + self.has_varkeywords() as usize
    }
}
