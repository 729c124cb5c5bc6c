//! `str`: immutable text with its length in characters and a lazily cached hash.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, OnceLock};

pub struct PyStr {
    /// A `String` rather than a `Box<str>` so that `s += t` on a string nobody else
    /// references can append in place, as CPython does.
    s: String,
    /// Length in characters; equal to the byte length for ASCII text, which makes indexing O(1).
    char_len: usize,
    /// -1 until computed (no Python hash is ever -1).
    hash: AtomicI64,
}

impl PyStr {
    pub fn new(s: impl Into<String>) -> Arc<PyStr> {
        // Taken as built: shrinking it to fit would cost a reallocation per new string.
        let s = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        Arc::new(PyStr {
            s,
            char_len,
            hash: AtomicI64::new(-1),
        })
    }

    /// The one-character string `c`; ASCII ones are made once and shared, as CPython
    /// shares its one-character strings, so `s[i]` and iterating a string do not allocate.
    pub fn from_char(c: char) -> Arc<PyStr> {
        static ASCII: OnceLock<Vec<Arc<PyStr>>> = OnceLock::new();
        if c.is_ascii() {
            let table = ASCII.get_or_init(|| {
                (0..128u8)
                    .map(|b| PyStr::new((b as char).to_string()))
                    .collect()
            });
            return table[c as usize].clone();
        }
        PyStr::new(c.to_string())
    }

    /// The process-wide `PyStr` for an identifier, so that a name compiled in one module
    /// and the same name stored as a key elsewhere (a built-in type's method, a class
    /// attribute) compare on the pointer, as CPython's interned identifiers do. Names
    /// are kept for the life of the process; long ones, and any past a bound that
    /// generated code could otherwise grow without limit, stay unshared.
    pub fn intern(s: &Arc<PyStr>) -> Arc<PyStr> {
        const MAX_NAME: usize = 64;
        const MAX_NAMES: usize = 1 << 17;
        static TABLE: OnceLock<parking_lot::Mutex<HashMap<Box<str>, Arc<PyStr>>>> = OnceLock::new();
        if s.s.len() > MAX_NAME {
            return s.clone();
        }
        let mut table = TABLE.get_or_init(Default::default).lock();
        if let Some(shared) = table.get(s.as_str()) {
            return shared.clone();
        }
        if table.len() < MAX_NAMES {
            table.insert(s.as_str().into(), s.clone());
        }
        s.clone()
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Appends to a string held by one reference only (see `Arc::get_mut`).
    pub fn append(&mut self, t: &PyStr) {
        self.s.push_str(&t.s);
        self.char_len += t.char_len;
        *self.hash.get_mut() = -1;
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The character at a non-negative index, if in range.
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(index).map(|&b| b as char)
        } else {
            self.s.chars().nth(index)
        }
    }

    /// Characters `start..end` (clamped indices in characters).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        if self.is_ascii() {
            return &self.s[start..end];
        }
        let mut idx = self.s.char_indices().map(|(i, _)| i);
        let from = idx.nth(start).unwrap_or(self.s.len());
        let to = self
            .s
            .char_indices()
            .map(|(i, _)| i)
            .nth(end)
            .unwrap_or(self.s.len());
        &self.s[from..to]
    }

    /// The hash `PyStr::new(s).hash()` would compute, without allocating: CPython's, over
    /// the code units of its compact representation (1, 2 or 4 bytes a character).
    pub fn hash_str(s: &str) -> i64 {
        if s.is_ascii() {
            return Self::hash_bytes(s.as_bytes());
        }
        let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
        let units: Vec<u8> = if widest < 0x100 {
            s.chars().map(|c| c as u8).collect()
        } else if widest < 0x10000 {
            s.encode_utf16().flat_map(u16::to_le_bytes).collect()
        } else {
            s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
        };
        Self::hash_bytes(&units)
    }

    /// Also the hash of `bytes`, which CPython keeps equal to that of an ASCII str.
    pub fn hash_bytes(s: &[u8]) -> i64 {
        if s.is_empty() {
            return 0;
        }
        match siphash13(s) as i64 {
            -1 => -2,
            h => h,
        }
    }

    /// A string hash: CPython's with `PYTHONHASHSEED=0`, so that sets of strings iterate in
    /// the order CPython shows when run that way.
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = Self::hash_str(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.s == other.s
    }
}

/// `repr()` of a str, with CPython's choice of quotes and escapes.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character: controls, separators other
/// than space, and unassigned/format characters are escaped by `repr`.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f {
        return u >= 0x20;
    }
    if (0x7f..0xa0).contains(&u) || u == 0xad {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    !matches!(u, 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff | 0xd800..=0xdfff | 0xe000..=0xf8ff | 0xfff0..=0xfffb)
}

/// SipHash-1-3 with a zero key: CPython's string hash when `PYTHONHASHSEED=0`.
fn siphash13(data: &[u8]) -> u64 {
    let mut v = [
        0x736f_6d65_7073_6575u64,
        0x646f_7261_6e64_6f6du64,
        0x6c79_6765_6e65_7261u64,
        0x7465_6462_7974_6573u64,
    ];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[2] = v[2].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[1]);
        v[0] = v[0].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].rotate_left(32);
    }
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(tail);
    v[3] ^= b;
    round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    for _ in 0..3 {
        round(&mut v);
    }
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}
