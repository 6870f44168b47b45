//! The dict: insertion-ordered, keyed by Python hash and equality.
//!
//! Entries live in a vector in insertion order (deleted entries leave a hole
//! until the next compaction); a hash index maps hashes to entry positions.
//! A dict carries a *keys version*: a number that stays the same while the set
//! of keys is unchanged, handed out lazily and dropped (set to 0) whenever a
//! key is added or removed. Caches of global and attribute lookups key on it;
//! value-only updates keep it, which is why such caches still check the value.

use super::ops;
use super::value::Value;
use crate::eval::Vm;
use crate::runtime::PyResult;
use hashbrown::HashTable;
use std::cell::{Cell, Ref, RefCell};

pub struct Dict {
    inner: RefCell<DictInner>,
    keys_version: Cell<u32>,
}

#[derive(Default, Clone)]
struct DictInner {
    entries: Vec<Option<Entry>>,
    index: HashTable<u32>,
    len: usize,
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

thread_local! {
    static NEXT_KEYS_VERSION: Cell<u32> = const { Cell::new(1) };
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

impl Clone for Dict {
    fn clone(&self) -> Self {
        let mut inner = self.inner.borrow().clone();
        inner.compact();
        Dict {
            inner: RefCell::new(inner),
            keys_version: Cell::new(0),
        }
    }
}

/// Equality decided without running Python code, or `None` when a user
/// `__eq__` might be involved.
pub(crate) fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() == y.as_str()),
        (Value::Instance(_), _) | (_, Value::Instance(_)) => None,
        (Value::Tuple(x), Value::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !native_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        _ => ops::eq_builtin(a, b),
    }
}

impl DictInner {
    fn find_native(&self, key: &Value, hash: i64) -> (Option<usize>, bool) {
        let mut undecided = false;
        let found = self
            .index
            .find(hash as u64, |&i| match &self.entries[i as usize] {
                Some(e) if e.hash == hash => match native_eq(&e.key, key) {
                    Some(b) => b,
                    None => {
                        undecided = true;
                        false
                    }
                },
                _ => false,
            });
        (found.map(|&i| i as usize), undecided)
    }

    fn candidates(&self, hash: i64) -> Vec<usize> {
        self.index
            .iter_hash(hash as u64)
            .map(|&i| i as usize)
            .filter(|&i| matches!(&self.entries[i], Some(e) if e.hash == hash))
            .collect()
    }

    fn push(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index
            .insert_unique(hash as u64, idx, |&i| match &entries[i as usize] {
                Some(e) => e.hash as u64,
                None => 0,
            });
        self.len += 1;
    }

    fn remove_at(&mut self, pos: usize) -> Entry {
        let entry = self.entries[pos].take().expect("live entry");
        if let Ok(occ) = self
            .index
            .find_entry(entry.hash as u64, |&i| i as usize == pos)
        {
            occ.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        entry
    }

    fn compact(&mut self) {
        if self.len == self.entries.len() {
            return;
        }
        let entries: Vec<Option<Entry>> = self.entries.drain(..).filter(|e| e.is_some()).collect();
        self.index.clear();
        self.len = 0;
        for e in entries.into_iter().flatten() {
            self.push(e.hash, e.key, e.value);
        }
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            inner: RefCell::new(DictInner::default()),
            keys_version: Cell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys version for a cache to record (assigned on first request).
    pub fn keys_version(&self) -> u32 {
        let v = self.keys_version.get();
        if v != 0 {
            return v;
        }
        let v = NEXT_KEYS_VERSION.with(|n| {
            let v = n.get();
            n.set(v.wrapping_add(1).max(1));
            v
        });
        self.keys_version.set(v);
        v
    }

    /// The current keys version without assigning one (0 = none assigned).
    pub fn peek_keys_version(&self) -> u32 {
        self.keys_version.get()
    }

    fn keys_changed(&self) {
        self.keys_version.set(0);
    }

    /// Position of `key` in the entry vector, comparing with Python equality.
    fn position(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let (found, undecided) = self.inner.borrow().find_native(key, hash);
        if found.is_some() || !undecided {
            return Ok(found);
        }
        let candidates = self.inner.borrow().candidates(hash);
        for pos in candidates {
            let k = match &self.inner.borrow().entries.get(pos) {
                Some(Some(e)) => e.key.clone(),
                _ => continue,
            };
            if ops::eq(vm, &k, key)? {
                return Ok(Some(pos));
            }
        }
        Ok(None)
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self.position(vm, key, hash)?.and_then(|p| {
            self.inner.borrow().entries[p]
                .as_ref()
                .map(|e| e.value.clone())
        }))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(vm, key)?;
        Ok(self.position(vm, key, hash)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(vm, &key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.position(vm, &key, hash)? {
            Some(p) => {
                let old = {
                    let mut inner = self.inner.borrow_mut();
                    inner.entries[p]
                        .as_mut()
                        .map(|e| std::mem::replace(&mut e.value, value))
                };
                drop(old);
            }
            None => {
                self.inner.borrow_mut().push(hash, key, value);
                self.keys_changed();
            }
        }
        Ok(())
    }

    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(vm, key)?;
        match self.position(vm, key, hash)? {
            Some(p) => {
                let e = self.inner.borrow_mut().remove_at(p);
                self.keys_changed();
                Ok(Some(e.value))
            }
            None => Ok(None),
        }
    }

    /// Lookup by an interned or plain str without needing the VM: str keys
    /// never run Python code to compare.
    pub fn get_str(&self, name: &super::str::PyStr) -> Option<Value> {
        let hash = name.hash();
        let inner = self.inner.borrow();
        let found = inner
            .index
            .find(hash as u64, |&i| match &inner.entries[i as usize] {
                Some(e) => {
                    e.hash == hash && matches!(&e.key, Value::Str(k) if k.as_str() == name.as_str())
                }
                None => false,
            });
        found.and_then(|&i| inner.entries[i as usize].as_ref().map(|e| e.value.clone()))
    }

    /// Store under a str key without needing the VM.
    pub fn set_str(&self, name: super::str::Name, value: Value) {
        let hash = name.hash();
        let pos = {
            let inner = self.inner.borrow();
            inner
                .index
                .find(hash as u64, |&i| match &inner.entries[i as usize] {
                    Some(e) => {
                        e.hash == hash
                            && matches!(&e.key, Value::Str(k) if k.as_str() == name.as_str())
                    }
                    None => false,
                })
                .copied()
        };
        match pos {
            Some(p) => {
                let old = {
                    let mut inner = self.inner.borrow_mut();
                    inner.entries[p as usize]
                        .as_mut()
                        .map(|e| std::mem::replace(&mut e.value, value))
                };
                drop(old);
            }
            None => {
                self.inner.borrow_mut().push(hash, Value::Str(name), value);
                self.keys_changed();
            }
        }
    }

    /// Remove a str key without needing the VM.
    pub fn remove_str(&self, name: &super::str::PyStr) -> Option<Value> {
        let hash = name.hash();
        let pos = {
            let inner = self.inner.borrow();
            inner
                .index
                .find(hash as u64, |&i| match &inner.entries[i as usize] {
                    Some(e) => {
                        e.hash == hash
                            && matches!(&e.key, Value::Str(k) if k.as_str() == name.as_str())
                    }
                    None => false,
                })
                .copied()
        }?;
        let e = self.inner.borrow_mut().remove_at(pos as usize);
        self.keys_changed();
        Some(e.value)
    }

    /// The live entries in insertion order (a snapshot).
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    /// The entry at raw position `pos` (iterators walk positions so that they
    /// can notice mutation), or None for a hole. Returns the next live entry
    /// at or after `pos` with its position.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let inner = self.inner.borrow();
        inner.entries[pos.min(inner.entries.len())..]
            .iter()
            .enumerate()
            .find_map(|(i, e)| {
                e.as_ref()
                    .map(|e| (pos + i, e.key.clone(), e.value.clone()))
            })
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.inner.borrow_mut());
        self.keys_changed();
        drop(old);
    }

    /// Remove and return the last inserted entry.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let pos = {
            let inner = self.inner.borrow();
            inner.entries.iter().rposition(|e| e.is_some())?
        };
        let e = self.inner.borrow_mut().remove_at(pos);
        self.keys_changed();
        Some((e.key, e.value))
    }

    // ---- positional access, for the interpreter's inline caches ----
    //
    // An entry keeps its position until the dict is compacted or cleared;
    // both change the keys version or remove the entry, so a cache that
    // checks "the key at position p is `name`" (or the keys version) never
    // reads a stale slot.

    /// Position of the str key `name`, if present.
    pub fn position_str(&self, name: &super::str::PyStr) -> Option<usize> {
        let hash = name.hash();
        let inner = self.inner.borrow();
        inner
            .index
            .find(hash as u64, |&i| match &inner.entries[i as usize] {
                Some(e) => {
                    e.hash == hash && matches!(&e.key, Value::Str(k) if k.as_str() == name.as_str())
                }
                None => false,
            })
            .map(|&i| i as usize)
    }

    /// The value at position `pos` if its key is the str `name`.
    #[inline]
    pub fn value_at_if_key(&self, pos: usize, name: &super::str::PyStr) -> Option<Value> {
        let inner = self.inner.borrow();
        match inner.entries.get(pos) {
            Some(Some(e)) if key_is(&e.key, name) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// The value at position `pos`, whatever its key (for caches that
    /// checked the keys version, which pins every key's position).
    #[inline]
    pub fn value_at(&self, pos: usize) -> Option<Value> {
        let inner = self.inner.borrow();
        match inner.entries.get(pos) {
            Some(Some(e)) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// Replace the value at position `pos` if its key is the str `name`;
    /// gives `value` back otherwise. The keys version is unchanged, as for
    /// any value-only update.
    #[inline]
    pub fn replace_at_if_key(
        &self,
        pos: usize,
        name: &super::str::PyStr,
        value: Value,
    ) -> Result<(), Value> {
        let old = {
            let mut inner = self.inner.borrow_mut();
            match inner.entries.get_mut(pos) {
                Some(Some(e)) if key_is(&e.key, name) => std::mem::replace(&mut e.value, value),
                _ => return Err(value),
            }
        };
        // Dropped after the borrow ends: a value's drop never re-enters the
        // dict, but keep the borrow short anyway.
        drop(old);
        Ok(())
    }

    /// Whether no entry has been deleted since the last compaction (CPython
    /// would still keep such an instance's attributes as inline values).
    pub fn is_compact(&self) -> bool {
        let inner = self.inner.borrow();
        inner.len == inner.entries.len()
    }

    /// Borrow the entries for read-only iteration without cloning.
    pub fn with_entries<R>(&self, f: impl FnOnce(&mut dyn Iterator<Item = &Entry>) -> R) -> R {
        let inner: Ref<DictInner> = self.inner.borrow();
        let mut it = inner.entries.iter().flatten();
        f(&mut it)
    }
}

/// Whether a dict key is the str `name` (identity first: names are interned).
#[inline]
fn key_is(key: &Value, name: &super::str::PyStr) -> bool {
    match key {
        Value::Str(k) => std::ptr::eq(&**k, name) || k.as_str() == name.as_str(),
        _ => false,
    }
}
