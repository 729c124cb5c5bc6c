//! `str`: immutable text with its length in characters and a lazily cached hash.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

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

    /// The hash `PyStr::new(s).hash()` would compute, without allocating.
    pub fn hash_str(s: &str) -> i64 {
        Self::hash_bytes(s.as_bytes())
    }

    /// Also the hash of `bytes`, which CPython keeps equal to that of an ASCII str.
    pub fn hash_bytes(s: &[u8]) -> i64 {
        let mut x: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in s {
            x ^= b as u64;
            x = x.wrapping_mul(0x0100_0000_01b3);
        }
        let h = (x >> 1) as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// A string hash; CPython randomises str hashes per process, so only stability within one
    /// run matters. FNV-1a is short and good enough for identifier-sized keys.
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
