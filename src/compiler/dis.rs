//! A disassembler in the spirit of CPython's `dis`: one line per instruction with its
//! source line, offset, name and a readable operand.

use super::bytecode::{CodeObject, Instr};
use crate::objects::Value;

/// One instruction as the listing shows it.
pub struct Row {
    /// The source line, on the first instruction of each line only.
    pub starts_line: Option<usize>,
    pub offset: usize,
    /// CPython's spelling: `LOAD_FAST`.
    pub opname: String,
    /// The operand made readable: `0 (counter)`, `(+)`, `to 12`.
    pub argrepr: String,
}

/// The listing of `code` and, after it, of every code object among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(code, &mut out);
    out
}

/// The instructions of `code` alone (not of the code objects among its constants).
pub fn rows(code: &CodeObject) -> Vec<Row> {
    let mut last_line = 0;
    let mut rows = Vec::with_capacity(code.instrs.len());
    for (ip, instr) in code.instrs.iter().enumerate() {
        let line = code.line_of(ip);
        let starts_line = (line != last_line).then_some(line);
        last_line = line;
        let (opname, argrepr) = describe(code, instr);
        rows.push(Row {
            starts_line,
            offset: ip,
            opname,
            argrepr,
        });
    }
    rows
}

fn write_code(code: &CodeObject, out: &mut String) {
    for row in rows(code) {
        let line_col = match row.starts_line {
            Some(line) => {
                if row.offset > 0 {
                    out.push('\n');
                }
                line.to_string()
            }
            None => String::new(),
        };
        let text = format!(
            "{line_col:>4} {:>6} {:<20} {}",
            row.offset, row.opname, row.argrepr
        );
        out.push_str(text.trim_end());
        out.push('\n');
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push_str(&format!(
                "\nDisassembly of <code object {}>:\n",
                inner.name.as_str()
            ));
            write_code(inner, out);
        }
    }
}

/// A constant as the listing shows it: folded tuples with their items.
fn const_text(v: &Value) -> String {
    match v {
        Value::Tuple(t) if t.items.len() == 1 => format!("({},)", const_text(&t.items[0])),
        Value::Tuple(t) => {
            let items: Vec<String> = t.items.iter().map(const_text).collect();
            format!("({})", items.join(", "))
        }
        other => format!("{other:?}"),
    }
}

fn describe(code: &CodeObject, instr: &Instr) -> (String, String) {
    let debug = format!("{instr:?}");
    let name = debug.split('(').next().unwrap_or("").to_string();
    let arg = match *instr {
        Instr::LoadConst(i) => format!("{i} ({})", const_text(&code.consts[i as usize])),
        Instr::LoadFast(i)
        | Instr::StoreFast(i)
        | Instr::DeleteFast(i)
        | Instr::LoadFastLoadConst(i)
        | Instr::LoadFastLoadFast(i)
        | Instr::LoadFastConstBinaryOp(i)
        | Instr::LoadFastConstCompareJump(i)
        | Instr::LoadFastAttr(i)
        | Instr::StoreFastAttr(i)
        | Instr::LoadFastMethod(i)
        | Instr::ReturnFast(i) => {
            format!("{i} ({})", code.varnames[i as usize].as_str())
        }
        Instr::LoadGlobal(i)
        | Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::StoreGlobal(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadAttr(i)
        | Instr::LoadMethod(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i) => format!("{i} ({})", code.names[i as usize].as_str()),
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i) => {
            let i = i as usize;
            let name = code
                .cellvars
                .get(i)
                .or_else(|| code.freevars.get(i - code.cellvars.len().min(i)))
                .map_or("?", |n| n.as_str());
            format!("{i} ({name})")
        }
        Instr::BinaryOp(op) | Instr::InplaceOp(op) => format!("({})", op.symbol()),
        Instr::CompareOp(op) | Instr::CompareOpJumpIfFalse(op) => format!("({})", op.symbol()),
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::Send(t)
        | Instr::SetupHandler(t)
        | Instr::SetupWith(t) => format!("to {t}"),
        _ => match debug.split_once('(') {
            Some((_, rest)) => rest.trim_end_matches(')').to_string(),
            None => String::new(),
        },
    };
    (to_snake_upper(&name), arg)
}

/// `LoadConst` → `LOAD_CONST`, as CPython spells opcode names.
fn to_snake_upper(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}
