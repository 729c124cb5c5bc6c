//! `_binascii`: the byte loops under `binascii` and `base64` (base64 both ways and
//! CRC-32). Decoding errors come back as a message string, which `binascii.py` raises as
//! `binascii.Error`, a class defined in Python.

use std::sync::Arc;

use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::namespace;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

use super::modutil::{arity, to_bigint};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The bytes of argument `i`, which the Python layer has already checked.
fn data(vm: &Vm, args: &Args, i: usize) -> PyResult<Vec<u8>> {
    args.pos[i]
        .with_byte_content(|b| b.to_vec())
        .ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                args.pos[i].type_name()
            ))
        })
}

/// `b2a_base64(data, newline)`.
fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "b2a_base64", &args, 2, 2)?;
    let input = data(vm, &args, 0)?;
    let mut out = Vec::with_capacity(input.len().div_ceil(3) * 4 + 1);
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if vm.is_true(&args.pos[1])? {
        out.push(b'\n');
    }
    Ok(Value::bytes(out))
}

fn sextet(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// `a2b_base64(data, strict)`: the decoded bytes, or the error message. Outside strict
/// mode characters outside the alphabet are skipped and data ends at complete padding.
fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "a2b_base64", &args, 2, 2)?;
    let input = data(vm, &args, 0)?;
    let strict = vm.is_true(&args.pos[1])?;
    let fail = |msg: &str| Ok(Value::str(msg));
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let (mut quad, mut acc, mut pads) = (0u32, 0u32, 0u32);
    let mut padding_started = false;
    for (i, &c) in input.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad == 0 {
                return fail(if i == 0 {
                    "Leading padding not allowed"
                } else {
                    "Excess padding not allowed"
                });
            }
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                if strict && i + 1 < input.len() {
                    return fail("Excess data after padding");
                }
                quad = 0;
                break;
            }
            continue;
        }
        let Some(v) = sextet(c) else {
            if strict {
                return fail("Only base64 data is allowed");
            }
            continue;
        };
        if strict && padding_started {
            return fail("Discontinuous padding not allowed");
        }
        pads = 0;
        acc = acc << 6 | v;
        quad += 1;
        if quad > 1 {
            let bits = 6 * quad - 8 * (quad - 1);
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
        if quad == 4 {
            quad = 0;
            acc = 0;
        }
    }
    match quad {
        0 => Ok(Value::bytes(out)),
        1 => fail(&format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => fail("Incorrect padding"),
    }
}

/// `crc32(data, crc)`: the CRC-32 of zlib, continuing from `crc`.
fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(vm, "crc32", &args, 2, 2)?;
    let input = data(vm, &args, 0)?;
    let start = to_bigint(vm, &args.pos[1])? & num_bigint::BigInt::from(u32::MAX);
    let mut crc = !u32::try_from(start).unwrap_or(0);
    for &b in &input {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                crc >> 1 ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    Ok(Value::Int(!crc as i64))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("b2a_base64", b2a_base64),
    ("a2b_base64", a2b_base64),
    ("crc32", crc32),
];

pub fn init(_vm: &mut Vm) -> PyResult<Arc<PyDict>> {
    Ok(namespace(FUNCTIONS))
}
