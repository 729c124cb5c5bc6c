//! `math.gamma` and `math.lgamma` the way CPython 3.11 computes them: its own Lanczos
//! approximation rather than the C library's, so results agree to the last bit.

use super::math_core::{MathError, MathResult};

const PI: f64 = std::f64::consts::PI;
/// ln(pi).
const LOG_PI: f64 = 1.1447298858494002;

/// The Lanczos parameter g and g - 1/2 (both exact in binary: 6.024680040776729583740234375).
const G: f64 = 6.02468004077673;
const G_MINUS_HALF: f64 = 5.52468004077673;

/// The rational function's numerator and denominator coefficients, constant term first;
/// the denominator is x(x+1)...(x+11) expanded.
const NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
const DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// The Lanczos sum at x > 0, evaluated in the direction that keeps it accurate: by
/// Horner from the top for small x, in powers of 1/x for large x.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in NUM.iter().zip(&DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in NUM.iter().zip(&DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// sin(pi * x) for finite x, reduced first so the result is exact at integers and
/// half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // Not -sin(pi * (y - 1)), which would give -0.0 at y == 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn domain() -> MathError {
    MathError::ValueError("math domain error".into())
}

fn range() -> MathError {
    MathError::OverflowError("math range error".into())
}

/// 0! through 22!: gamma of the integers 1..=23, exact as doubles.
fn integral_gamma(n: usize) -> f64 {
    (1..n).map(|k| k as f64).product()
}

pub fn gamma(x: f64) -> MathResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x == f64::NEG_INFINITY || x == 0.0 || (x == x.floor() && x < 0.0) {
        return Err(domain());
    }
    if x == x.floor() && x <= 23.0 {
        return Ok(integral_gamma(x as usize));
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(range()) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(range())
        };
    }
    let y = absx + G_MINUS_HALF;
    // The rounding error of y, subtracted in the order that loses nothing.
    let z = if absx > G_MINUS_HALF {
        (y - absx) - G_MINUS_HALF
    } else {
        (y - G_MINUS_HALF) - absx
    };
    let z = z * G / y;
    // y^(absx - 1/2), split in two square roots where one power would overflow.
    let apply_power = |r: f64, divide: bool| {
        if absx < 140.0 {
            let p = y.powf(absx - 0.5);
            if divide {
                r / p
            } else {
                r * p
            }
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            if divide {
                r / half / half
            } else {
                r * half * half
            }
        }
    };
    let r = if x < 0.0 {
        let r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        apply_power(r - z * r, true)
    } else {
        let r = lanczos_sum(absx) / y.exp();
        apply_power(r + z * r, false)
    };
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

pub fn lgamma(x: f64) -> MathResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(domain()) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - G;
    r += (absx - 0.5) * ((absx + G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}
