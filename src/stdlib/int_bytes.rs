//! `int.to_bytes` and `int.from_bytes`: ints as fixed-width byte strings.

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use crate::objects::function::Args;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{bind, to_i64};

/// Whether `byteorder` is `'little'`, or the ValueError for anything but 'little'/'big'.
fn little_endian(vm: &mut Vm, byteorder: Option<&Value>) -> PyResult<bool> {
    match byteorder {
        None => Ok(false),
        Some(Value::Str(s)) if s.as_str() == "little" => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "big" => Ok(false),
        Some(Value::Str(_)) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        Some(other) => Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            other.type_name()
        ))),
    }
}

fn flag(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(v) => vm.is_true(v),
        None => Ok(false),
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n: BigInt = match args.pos.first() {
        Some(Value::Int(i)) => BigInt::from(*i),
        Some(Value::Bool(b)) => BigInt::from(*b as i64),
        Some(Value::BigInt(b)) => (**b).clone(),
        other => return Err(vm.descriptor_error("int", "to_bytes", other)),
    };
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let p = bind(
        vm,
        "to_bytes",
        &rest,
        &["length", "byteorder"],
        0,
        &["signed"],
        0,
    )?;
    let length = match &p[0] {
        Some(v) => to_i64(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = little_endian(vm, p[1].as_ref())?;
    let signed = flag(vm, p[2].as_ref())?;
    if !signed && n.is_negative() {
        return Err(vm.new_error("OverflowError", "can't convert negative int to unsigned"));
    }
    // Least significant byte first, without redundant high bytes (none at all for 0).
    let mut bytes = if signed {
        let mut b = n.to_signed_bytes_le();
        let fill = if n.is_negative() { 0xff } else { 0 };
        while b.len() > 1 && b[b.len() - 1] == fill && (b[b.len() - 2] & 0x80) == (fill & 0x80) {
            b.pop();
        }
        b
    } else {
        n.to_bytes_le().1
    };
    if bytes == [0] {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(vm.new_error("OverflowError", "int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    if rest.pos.is_empty() && !rest.kw.iter().any(|(k, _)| k.as_str() == "bytes") {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    }
    let p = bind(
        vm,
        "from_bytes",
        &rest,
        &["bytes", "byteorder"],
        1,
        &["signed"],
        0,
    )?;
    let source = p[0].clone().unwrap_or(Value::None);
    let mut data = match source.as_bytes() {
        Some(b) => b.to_vec(),
        None => {
            let mut out = Vec::new();
            for item in vm.collect_iterable(&source)? {
                match to_i64(vm, &item)? {
                    b @ 0..=255 => out.push(b as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let little = little_endian(vm, p[1].as_ref())?;
    let signed = flag(vm, p[2].as_ref())?;
    if !little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(Value::from_bigint(n))
}
