//! CPython 3.11's hash values for numbers and tuples.
//!
//! Numbers hash by their value modulo the Mersenne prime 2**61 - 1, so equal ints, floats and
//! bools hash alike; tuples combine item hashes with the xxHash64 round function.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;

const MODULUS_BITS: u32 = 61;
const MODULUS: u64 = (1 << MODULUS_BITS) - 1;
const INF_HASH: i64 = 314_159;

/// -1 is the C API's error marker, so no Python object may hash to it.
fn avoid_error_marker(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

fn signed(negative: bool, residue: u64) -> i64 {
    let h = residue as i64;
    avoid_error_marker(if negative { -h } else { h })
}

pub fn hash_i64(n: i64) -> i64 {
    signed(n < 0, n.unsigned_abs() % MODULUS)
}

pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(small) = n.to_i64() {
        return hash_i64(small);
    }
    let residue = (n.magnitude() % BigUint::from(MODULUS))
        .to_u64()
        .expect("a residue is below the modulus");
    signed(n.sign() == Sign::Minus, residue)
}

/// The hash of a float, equal to the hash of the rational number it represents. NaNs are
/// only equal to themselves, so they hash by object identity, which the caller supplies.
pub fn hash_f64(x: f64, nan_identity: i64) -> i64 {
    if x.is_nan() {
        return avoid_error_marker(nan_identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { INF_HASH } else { -INF_HASH };
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // 2**61 ≡ 1 (mod 2**61 - 1), so multiplying by 2**exp is a rotation by exp mod 61 bits,
    // and a negative exponent (an inverse power) is a rotation the other way.
    let rotation = exp.rem_euclid(MODULUS_BITS as i32) as u32;
    let residue = ((mantissa as u128) << rotation) % MODULUS as u128;
    signed(x < 0.0, residue as u64)
}

/// CPython 3.11's tuple hash: one xxHash64 round per item, seeded and finalised with the length.
pub fn hash_tuple(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for lane in item_hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31).wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(len as u64 ^ (PRIME_5 ^ 3_527_539));
    if acc as i64 == -1 {
        1_546_275_796
    } else {
        acc as i64
    }
}
