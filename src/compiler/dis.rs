//! A disassembler in the spirit of CPython's `dis`: one line per instruction with its
//! source line, offset, name and a readable operand.

use super::bytecode::{CodeObject, Instr};
use crate::objects::Value;

/// The listing of `code` and, after it, of every code object among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(code, &mut out);
    out
}

fn write_code(code: &CodeObject, out: &mut String) {
    let mut last_line = 0;
    for (ip, instr) in code.instrs.iter().enumerate() {
        let line = code.line_of(ip);
        let line_col = if line != last_line {
            if ip > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>4}")
        } else {
            String::new()
        };
        let (name, arg) = describe(code, instr);
        let row = format!("{line_col:>4} {ip:>6} {name:<20} {arg}");
        out.push_str(row.trim_end());
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

fn describe(code: &CodeObject, instr: &Instr) -> (String, String) {
    let debug = format!("{instr:?}");
    let name = debug.split('(').next().unwrap_or("").to_string();
    let arg = match *instr {
        Instr::LoadConst(i) => format!("{i} ({:?})", code.consts[i as usize]),
        Instr::LoadFast(i)
        | Instr::StoreFast(i)
        | Instr::DeleteFast(i)
        | Instr::LoadFastLoadConst(i)
        | Instr::LoadFastLoadFast(i)
        | Instr::LoadFastConstBinaryOp(i)
        | Instr::LoadFastConstCompareJump(i) => {
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
