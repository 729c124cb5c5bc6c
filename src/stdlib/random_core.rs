//! The engine behind the `random` module: a Mersenne Twister (MT19937) with the
//! seeding, bit extraction and sampling recipes of CPython 3.11, so that a seeded
//! program prints exactly the numbers CPython prints.
//!
//! Everything here works on plain Rust values; the module glue converts Python
//! objects and raises the exceptions named by the errors returned.

use std::collections::HashSet;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use sha2::{Digest, Sha512};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// An exception the caller should raise, by class, with CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RandomError {
    ValueError(String),
    IndexError(String),
    TypeError(String),
    ZeroDivisionError(String),
}

fn float_div(a: f64, b: f64) -> Result<f64, RandomError> {
    if b == 0.0 {
        return Err(RandomError::ZeroDivisionError(
            "float division by zero".into(),
        ));
    }
    Ok(a / b)
}

/// Python's `float ** float` for the non-negative bases the variates produce.
fn float_pow(base: f64, exp: f64) -> Result<f64, RandomError> {
    if base == 0.0 && exp < 0.0 {
        return Err(RandomError::ZeroDivisionError(
            "0.0 cannot be raised to a negative power".into(),
        ));
    }
    Ok(base.powf(exp))
}

/// Python's float `%`: the result takes the divisor's sign.
fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right<T: PartialOrd<U>, U>(a: &[T], x: &U, hi: usize) -> usize {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a[mid] > *x {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// Running sums, as `itertools.accumulate` gives `choices` for plain weights.
pub fn accumulate(weights: &[f64]) -> Vec<f64> {
    let mut total = 0.0;
    let mut out = Vec::with_capacity(weights.len());
    for (i, &w) in weights.iter().enumerate() {
        // The first element is taken as is, not added to 0.0, so -0.0 survives.
        total = if i == 0 { w } else { total + w };
        out.push(total);
    }
    out
}

/// Mersenne Twister state plus the cached second value of `gauss`.
#[derive(Clone)]
pub struct Random {
    mt: Box<[u32; N]>,
    index: usize,
    gauss_next: Option<f64>,
}

impl std::fmt::Debug for Random {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Random")
            .field("index", &self.index)
            .finish()
    }
}

impl Default for Random {
    fn default() -> Self {
        Random::new_unseeded()
    }
}

impl Random {
    fn blank() -> Random {
        Random {
            mt: Box::new([0; N]),
            index: N,
            gauss_next: None,
        }
    }

    /// A generator seeded from OS entropy, like `random.seed()` with no argument.
    pub fn new_unseeded() -> Random {
        let mut r = Random::blank();
        r.seed_from_os();
        r
    }

    /// A generator seeded with an int, like `random.Random(n)`.
    pub fn with_seed(n: &BigInt) -> Random {
        let mut r = Random::blank();
        r.seed_int(n);
        r
    }

    /// `seed(None)`: CPython fills the whole key (624 words) from the OS.
    pub fn seed_from_os(&mut self) {
        let mut bytes = vec![0u8; N * 4];
        if !read_urandom(&mut bytes) {
            fallback_entropy(&mut bytes);
        }
        let key: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `getstate()`'s pieces: the 624 words, the position in them, the cached gauss value.
    pub fn state(&self) -> (&[u32], usize, Option<f64>) {
        (&self.mt[..], self.index, self.gauss_next)
    }

    /// `setstate()`: refuses what `getstate()` could not have produced, as CPython does.
    pub fn set_state(
        &mut self,
        words: &[u32],
        index: usize,
        gauss_next: Option<f64>,
    ) -> Result<(), RandomError> {
        if words.len() != N {
            return Err(RandomError::ValueError(
                "state vector is the wrong size".into(),
            ));
        }
        if index > N {
            return Err(RandomError::ValueError("invalid state".into()));
        }
        self.mt.copy_from_slice(words);
        self.index = index;
        self.gauss_next = gauss_next;
        Ok(())
    }

    /// `seed(int)`: the absolute value's 32-bit words, least significant first.
    pub fn seed_int(&mut self, n: &BigInt) {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `seed(str | bytes | bytearray)` with the default version 2; a str passes
    /// its UTF-8 encoding.
    pub fn seed_bytes(&mut self, b: &[u8]) {
        let mut all = b.to_vec();
        all.extend_from_slice(&Sha512::digest(b));
        let n = BigInt::from_bytes_be(Sign::Plus, &all);
        self.seed_int(&n);
    }

    /// Seeds of other hashable types (floats): CPython reinterprets the hash as
    /// an unsigned machine word rather than taking its absolute value.
    pub fn seed_hash(&mut self, hash: i64) {
        self.seed_int(&BigInt::from(hash as u64));
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.mt;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // Guarantees a non-zero state whatever the key.
        mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mt = &mut self.mt;
        for k in 0..N {
            let y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            let mag = if y & 1 != 0 { MATRIX_A } else { 0 };
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next raw 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 27 + 26 bits make a 53-bit fraction in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// The words of `getrandbits(k)`, least significant first; a partial top
    /// word keeps the high bits of its output, as CPython does.
    fn random_words(&mut self, k: u64) -> Vec<u32> {
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        words
    }

    /// `getrandbits(k)`; negative k is the caller's ValueError
    /// ("number of bits must be non-negative").
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.getrandbits_u64(k as u32));
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(self.random_words(k)))
    }

    /// `getrandbits(k)` for k <= 64 without allocating.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        debug_assert!(k <= 64);
        match k {
            0 => 0,
            1..=32 => (self.next_u32() >> (32 - k)) as u64,
            _ => {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            }
        }
    }

    /// `randbytes(n)`: the bytes of `getrandbits(8 * n)`, little-endian.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let mut out: Vec<u8> = self
            .random_words(8 * n as u64)
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect();
        out.truncate(n);
        out
    }

    /// `_randbelow(n)` for n > 0: rejection sampling on `n.bit_length()` bits.
    /// Returns 0 without drawing for n <= 0, where CPython would never call it.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if r < *n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for machine-sized n; returns 0 for n == 0.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow_u64(n as u64) as usize
    }

    /// `randrange(start[, stop[, step]])`; `Err` is a ValueError message.
    ///
    /// With `stop == None` the step is ignored: the caller raises CPython's
    /// TypeError "Missing a non-None stop argument" when one was given.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: &BigInt,
    ) -> Result<BigInt, String> {
        let Some(stop) = stop else {
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err("empty range for randrange()".into());
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            ));
        }
        let n = if step.is_positive() {
            (&width + step - BigInt::one()).div_floor(step)
        } else if step.is_negative() {
            (&width + step + BigInt::one()).div_floor(step)
        } else {
            return Err("zero step for randrange()".into());
        };
        if !n.is_positive() {
            return Err("empty range for randrange()".into());
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, String> {
        let stop = b + 1;
        self.randrange(a, Some(&stop), &BigInt::one())
    }

    /// The index `choice` picks; `None` means IndexError
    /// "Cannot choose from an empty sequence".
    pub fn choice_index(&mut self, n: usize) -> Option<usize> {
        if n == 0 {
            return None;
        }
        Some(self.randbelow_usize(n))
    }

    /// `shuffle(x)` in place: from the end, swapping each slot with one at or
    /// below it.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_usize(i + 1);
            items.swap(i, j);
        }
    }

    /// The swaps `shuffle` would make on a sequence of length n, in order, for
    /// callers that cannot hand over a slice.
    pub fn shuffle_swaps(&mut self, n: usize) -> Vec<(usize, usize)> {
        (1..n)
            .rev()
            .map(|i| (i, self.randbelow_usize(i + 1)))
            .collect()
    }

    /// `sample(range(n), k)`: the chosen indices in selection order. A negative
    /// k is the caller's ValueError with the same message as here.
    pub fn sample_indices(&mut self, n: usize, k: usize) -> Result<Vec<usize>, String> {
        if k > n {
            return Err("Sample larger than population or is negative".into());
        }
        // CPython compares the population to the memory a set of k entries
        // would need; this decides which of two draw sequences is used.
        let mut setsize: u128 = 21;
        if k > 5 {
            let exp = ((k.saturating_mul(3) as f64).ln() / 4.0f64.ln()).ceil() as u32;
            setsize = setsize.saturating_add(4u128.checked_pow(exp).unwrap_or(u128::MAX));
        }
        let mut result = Vec::with_capacity(k);
        if n as u128 <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_usize(n - i);
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_usize(n);
                while selected.contains(&j) {
                    j = self.randbelow_usize(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `sample(population, k, counts=counts)` over a population of length n:
    /// indices into the population. Non-int counts are the caller's TypeError
    /// "Counts must be integers".
    pub fn sample_counts_indices(
        &mut self,
        n: usize,
        counts: &[BigInt],
        k: usize,
    ) -> Result<Vec<usize>, RandomError> {
        if counts.len() != n {
            return Err(RandomError::ValueError(
                "The number of counts does not match the population".into(),
            ));
        }
        let mut cum: Vec<BigInt> = Vec::with_capacity(n);
        let mut total = BigInt::zero();
        for c in counts {
            total += c;
            cum.push(total.clone());
        }
        let Some(total) = cum.pop() else {
            return Err(RandomError::IndexError("pop from empty list".into()));
        };
        if !total.is_positive() {
            return Err(RandomError::ValueError(
                "Total of counts must be greater than zero".into(),
            ));
        }
        // len(range(total)) must fit a machine word in CPython too.
        let total = total.to_usize().ok_or_else(|| {
            RandomError::ValueError("Sample larger than population or is negative".into())
        })?;
        let picks = self
            .sample_indices(total, k)
            .map_err(RandomError::ValueError)?;
        Ok(picks
            .into_iter()
            .map(|s| bisect_right(&cum, &BigInt::from(s), cum.len()))
            .collect())
    }

    /// `choices(population, cum_weights=..., k=k)` over a population of length
    /// n; plain `weights` go through [`accumulate`] first. With both weight
    /// arguments given the caller raises TypeError itself.
    pub fn choices_indices(
        &mut self,
        n: usize,
        cum_weights: Option<&[f64]>,
        k: usize,
    ) -> Result<Vec<usize>, RandomError> {
        let Some(cum) = cum_weights else {
            let nf = n as f64;
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = (self.random() * nf).floor() as usize;
                if i >= n {
                    return Err(RandomError::IndexError("list index out of range".into()));
                }
                out.push(i);
            }
            return Ok(out);
        };
        if cum.len() != n {
            return Err(RandomError::ValueError(
                "The number of weights does not match the population".into(),
            ));
        }
        let Some(&last) = cum.last() else {
            return Err(RandomError::IndexError("list index out of range".into()));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(RandomError::ValueError(
                "Total of weights must be greater than zero".into(),
            ));
        }
        if !total.is_finite() {
            return Err(RandomError::ValueError(
                "Total of weights must be finite".into(),
            ));
        }
        let hi = n - 1;
        Ok((0..k)
            .map(|_| {
                let x = self.random() * total;
                bisect_right(cum, &x, hi)
            })
            .collect())
    }

    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            // CPython catches the ZeroDivisionError and returns low.
            Some(_) if high - low == 0.0 => return low,
            Some(m) => (m - low) / (high - low),
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// Kinderman and Monahan's ratio method, as CPython draws it.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// Box-Muller, caching the second value until the next call or reseed.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * (2.0 * std::f64::consts::PI);
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, RandomError> {
        let r = self.random();
        float_div(-(1.0 - r).ln(), lambd)
    }

    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        let two_pi = 2.0 * std::f64::consts::PI;
        if kappa <= 1e-6 {
            return two_pi * self.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        if u3 > 0.5 {
            float_mod(mu + f.acos(), two_pi)
        } else {
            float_mod(mu - f.acos(), two_pi)
        }
    }

    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        // Written so that NaN parameters pass, as they do in CPython.
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RandomError::ValueError(
                "gammavariate: alpha and beta must be > 0.0".into(),
            ));
        }
        if alpha > 1.0 {
            // Cheng's rejection algorithm GB.
            let log4 = 4.0f64.ln();
            let sg_magic = 1.0 + 4.5f64.ln();
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - log4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            // Ahrens and Dieter's algorithm GS for alpha < 1.
            let e = std::f64::consts::E;
            let x = loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    float_pow(p, 1.0 / alpha)?
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= float_pow(x, alpha - 1.0)? {
                        break x;
                    }
                } else if u1 <= (-x).exp() {
                    break x;
                }
            };
            Ok(x * beta)
        }
    }

    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let other = self.gammavariate(beta, 1.0)?;
            return float_div(y, y + other);
        }
        Ok(0.0)
    }

    pub fn paretovariate(&mut self, alpha: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        float_pow(u, float_div(-1.0, alpha)?)
    }

    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        Ok(alpha * float_pow(-u.ln(), float_div(1.0, beta)?)?)
    }
}

fn read_urandom(buf: &mut [u8]) -> bool {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(buf))
        .is_ok()
}

/// Without /dev/urandom, mix the process's randomized hasher keys with the
/// clock so that unseeded generators still differ between runs.
fn fallback_entropy(buf: &mut [u8]) {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    for (i, chunk) in buf.chunks_mut(8).enumerate() {
        let mut h = RandomState::new().build_hasher();
        h.write_u128(now);
        h.write_usize(i);
        let bytes = h.finish().to_le_bytes();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
}

#[cfg(test)]
#[path = "random_core_tests.rs"]
mod tests;
