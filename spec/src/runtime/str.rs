//! The str payload and interned names.
//!
//! Python strings are sequences of code points. We keep UTF-8 plus the number
//! of code points, so that ASCII strings (the common case) index in O(1), and
//! cache the hash, which CPython computes as SipHash-1-3 over its internal
//! Latin-1/UCS-2/UCS-4 representation: we hash the same bytes so that
//! `hash()` and set order agree under PYTHONHASHSEED=0.

use std::cell::{Cell, RefCell};
// The interner is looked up on every special-method lookup: hashbrown's
// default hasher (foldhash) instead of std's SipHash, which callgrind showed
// at ~5% of an attribute-heavy benchmark.
use hashbrown::HashMap;
use std::hash::Hasher;
use std::rc::Rc;

pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
}

/// "Not computed yet": CPython never returns -1 as a hash.
const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            char_len: count_chars(s),
            s: s.into(),
            hash: Cell::new(NO_HASH),
        }
    }

    pub fn from_string(s: String) -> PyStr {
        PyStr {
            char_len: count_chars(&s),
            s: s.into_boxed_str(),
            hash: Cell::new(NO_HASH),
        }
    }

    /// The text, taking ownership (for in-place concatenation).
    pub fn into_string(self) -> String {
        self.s.into_string()
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point `i` (i may equal len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// CPython's str hash under PYTHONHASHSEED=0.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(h);
        h
    }
}

fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// SipHash-1-3 with a zero key over the code points in CPython's compact
/// representation (1, 2 or 4 bytes per code point, little-endian).
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut h = siphasher::sip::SipHasher13::new_with_keys(0, 0);
    if max < 0x100 {
        if s.is_ascii() {
            h.write(s.as_bytes());
        } else {
            let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
            h.write(&bytes);
        }
    } else if max < 0x10000 {
        let bytes: Vec<u8> = s
            .chars()
            .flat_map(|c| (c as u32 as u16).to_le_bytes())
            .collect();
        h.write(&bytes);
    } else {
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        h.write(&bytes);
    }
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

/// An interned attribute or variable name. Equal names are the same object,
/// so name comparison in dicts and caches is a pointer comparison.
pub type Name = Rc<PyStr>;

thread_local! {
    static INTERNED: RefCell<HashMap<Box<str>, Name>> = RefCell::new(HashMap::new());
}

/// The interned string for `s`.
pub fn intern(s: &str) -> Name {
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(n) = t.get(s) {
            return n.clone();
        }
        let n = Rc::new(PyStr::new(s));
        t.insert(s.into(), n.clone());
        n
    })
}
