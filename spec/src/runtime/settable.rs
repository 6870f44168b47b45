//! CPython 3.11's set hash table (`Objects/setobject.c`), independent of
//! interpreter values.
//!
//! A set's iteration order is its table order, so printing a set like
//! CPython does (under `PYTHONHASHSEED=0`) needs the same table: the same
//! sizes (8 slots inline, then powers of two), the same probe sequence
//! (up to `LINEAR_PROBES` neighbouring slots, then the perturbed
//! `i*5 + 1 + perturb` jump), dummy slots left by deletions and reused by
//! later insertions, the same `fill`/`used` accounting and resize points,
//! and the same order in which the bulk operations (merge, copy,
//! intersection, difference, symmetric difference) visit and insert entries.
//!
//! Keys are opaque (`K`); the caller supplies each key's hash and an
//! equality callback `eq(existing, probe)`. As in CPython the callback runs
//! only for an active slot whose stored hash equals the probe's hash; the
//! identity shortcut (`startkey == key`) and the exact-str shortcut are the
//! callback's business (check identity first, then compare). The callback
//! may fail (a Python `__eq__` that raises): the error is returned and the
//! table is left consistent — a bulk operation that fails midway keeps
//! what it had done so far, like CPython.
//!
//! The callback cannot mutate the table (it is borrowed), so CPython's
//! "restart the lookup if the comparison changed the table" path has no
//! counterpart here; a caller whose `__eq__` can reach the set must work on
//! a snapshot.

/// Slots inspected linearly from each probe position before jumping.
const LINEAR_PROBES: usize = 9;
/// Bits of the hash folded into each jump.
const PERTURB_SHIFT: u32 = 5;
/// Size of the inline table (`PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;

/// One slot of the table.
#[derive(Clone, Debug)]
pub enum Slot<K> {
    /// Never used since the last rebuild (`key == NULL`).
    Empty,
    /// Held a key that was removed (`key == dummy`, `hash == -1`).
    Dummy,
    Active {
        hash: i64,
        key: K,
    },
}

/// What a probe for a key found.
enum Lookup {
    /// An active slot holding an equal key.
    Found(usize),
    /// The key is absent; `empty` is the first never-used slot of the
    /// probe sequence and `dummy` the last dummy passed before it.
    Absent { empty: usize, dummy: Option<usize> },
}

/// A set's hash table, laid out exactly like CPython 3.11's.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots (the set's length).
    used: usize,
    /// Table size minus one.
    mask: usize,
    /// Where `pop` starts searching. Survives `clear` and
    /// [`SetTable::replace_contents`], like CPython's `so->finger`.
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// `_shuffle_bits` of CPython's frozenset hash.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython's `frozenset.__hash__` for a frozenset whose active entries have
/// the given hashes (in any order) and whose length is `len`.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    // CPython xors the shuffled hash of every slot and then cancels the
    // empty and dummy slots out again; that equals xoring the active ones.
    let mut hash = hashes.fold(0u64, |acc, h| acc ^ shuffle_bits(h as u64));
    hash ^= (len as u64).wrapping_add(1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// The table size CPython's `set_table_resize` picks for `minused`: the
/// smallest power of two, at least 8, that is greater than `minused`.
fn size_for(minused: usize) -> usize {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    size
}

/// The argument CPython passes to `set_table_resize` after growth.
fn growth_target(used: usize) -> usize {
    if used > 50000 {
        used * 2
    } else {
        used * 4
    }
}

/// The start of a probe: slot index and perturbation.
#[inline]
fn probe_start(hash: i64, mask: usize) -> (usize, u64) {
    ((hash as u64 as usize) & mask, hash as u64)
}

/// The next jump of a probe.
#[inline]
fn probe_jump(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

fn empty_slots<K>(n: usize) -> Vec<Slot<K>> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || Slot::Empty);
    v
}

/// `set_insert_clean`: place a key known to be absent into a table known
/// to hold no dummies, at the first empty slot of its probe sequence.
fn insert_clean<K>(slots: &mut [Slot<K>], mask: usize, hash: i64, key: K) {
    let (mut i, mut perturb) = probe_start(hash, mask);
    loop {
        let run = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = slots[i..=i + run]
            .iter_mut()
            .find(|s| matches!(s, Slot::Empty))
        {
            *slot = Slot::Active { hash, key };
            return;
        }
        i = probe_jump(i, &mut perturb, mask);
    }
}

impl<K> SetTable<K> {
    /// An empty set: 8 empty slots.
    pub fn new() -> Self {
        SetTable {
            slots: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            mask: MIN_SIZE - 1,
            finger: 0,
        }
    }

    /// An empty table presized the way `set.update(d)` presizes for a dict
    /// of `n` keys (and `set_merge` for a set of `n` keys).
    pub fn with_capacity_like_cpython(n: usize) -> Self {
        let mut t = Self::new();
        t.presize_for_bulk_insert(n);
        t
    }

    /// Number of keys (`so->used`).
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active plus dummy slots (`so->fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Table size minus one (`so->mask`).
    pub fn mask(&self) -> usize {
        self.mask
    }

    /// The raw slots, in table order.
    pub fn slots(&self) -> &[Slot<K>] {
        &self.slots
    }

    /// `set_next`: the first active slot at index `pos` or later, as
    /// `(index, hash, key)`. A set iterator keeps `index + 1` as its next
    /// position (and checks `len()` against the length it started with).
    pub fn next_active(&self, pos: usize) -> Option<(usize, i64, &K)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active { hash, key } => Some((i, *hash, key)),
                _ => None,
            })
    }

    /// Entries in table order, which is CPython's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// Keys in table order.
    pub fn keys(&self) -> impl Iterator<Item = &K> + '_ {
        self.iter().map(|(_, k)| k)
    }

    /// `set_clear_internal`: back to 8 empty slots. The pop finger stays.
    pub fn clear(&mut self) {
        self.slots = empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
        self.mask = MIN_SIZE - 1;
    }

    /// Replace the contents with `other`'s, keeping this table's pop finger:
    /// what `set_swap_bodies` does for `intersection_update` and `&=`.
    pub fn replace_contents(&mut self, other: SetTable<K>) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// `frozenset.__hash__` of this table's keys.
    pub fn frozenset_hash(&self) -> i64 {
        frozenset_hash(self.iter().map(|(h, _)| h), self.used)
    }

    /// `set_table_resize`: rebuild into the smallest table (at least 8
    /// slots) larger than `minused`, dropping dummies; keys are reinserted
    /// in old table order.
    fn resize(&mut self, minused: usize) {
        let newsize = size_for(minused);
        if newsize == MIN_SIZE && self.mask == MIN_SIZE - 1 && self.fill == self.used {
            // Already the inline table, and no dummies to purge.
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.mask = newsize - 1;
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                insert_clean(&mut self.slots, self.mask, hash, key);
            }
        }
    }

    /// The presizing `set_merge` and the dict path of `set_update_internal`
    /// do before inserting `n` keys.
    pub fn presize_for_bulk_insert(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// The end of `set_difference_update_internal`: rebuild when more than
    /// a quarter of the slots are dummies. Call it after a series of
    /// removals that implements `difference_update` / `-=` over an
    /// arbitrary iterable (the table-to-table helpers call it themselves).
    pub fn shrink_after_difference_update(&mut self) {
        if self.fill - self.used > self.mask / 4 {
            self.resize(growth_target(self.used));
        }
    }

    /// `set_pop`: remove and return the first active entry at or after the
    /// finger (wrapping around), leaving a dummy; the finger moves past it.
    pub fn pop_entry(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask;
        while !matches!(self.slots[i], Slot::Active { .. }) {
            i += 1;
            if i > self.mask {
                i = 0;
            }
        }
        let slot = std::mem::replace(&mut self.slots[i], Slot::Dummy);
        self.used -= 1;
        self.finger = i + 1;
        match slot {
            Slot::Active { hash, key } => Some((hash, key)),
            _ => unreachable!("pop found an active slot"),
        }
    }

    /// `set.pop()`.
    pub fn pop(&mut self) -> Option<K> {
        self.pop_entry().map(|(_, k)| k)
    }

    /// `set_lookkey`, extended to report where an insertion would go.
    fn lookup<E, F>(&self, hash: i64, key: &K, eq: &mut F) -> Result<Lookup, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mask = self.mask;
        let (mut i, mut perturb) = probe_start(hash, mask);
        let mut dummy = None;
        loop {
            let run = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + run {
                match &self.slots[j] {
                    Slot::Empty => return Ok(Lookup::Absent { empty: j, dummy }),
                    Slot::Dummy => dummy = Some(j),
                    Slot::Active { hash: h, key: k } => {
                        if *h == hash && eq(k, key)? {
                            return Ok(Lookup::Found(j));
                        }
                    }
                }
            }
            i = probe_jump(i, &mut perturb, mask);
        }
    }

    /// `key in set` (`set_contains_entry`).
    pub fn contains<E, F>(&self, hash: i64, key: &K, mut eq: F) -> Result<bool, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        Ok(matches!(self.lookup(hash, key, &mut eq)?, Lookup::Found(_)))
    }

    /// The stored key equal to `key`, if any.
    pub fn get<E, F>(&self, hash: i64, key: &K, mut eq: F) -> Result<Option<&K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        Ok(match self.lookup(hash, key, &mut eq)? {
            Lookup::Found(i) => match &self.slots[i] {
                Slot::Active { key, .. } => Some(key),
                _ => None,
            },
            Lookup::Absent { .. } => None,
        })
    }

    /// `set_add_entry`: add `key` unless an equal key is present (the
    /// stored key is kept). Returns whether the key was added. A new key
    /// goes into the last dummy slot passed on the probe, else into the
    /// empty slot that ended it, and only the latter can grow the table.
    pub fn insert<E, F>(&mut self, hash: i64, key: K, mut eq: F) -> Result<bool, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        self.insert_with(hash, key, &mut eq)
    }

    fn insert_with<E, F>(&mut self, hash: i64, key: K, eq: &mut F) -> Result<bool, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        match self.lookup(hash, &key, eq)? {
            Lookup::Found(_) => Ok(false),
            Lookup::Absent {
                dummy: Some(slot), ..
            } => {
                self.slots[slot] = Slot::Active { hash, key };
                self.used += 1;
                Ok(true)
            }
            Lookup::Absent { empty, dummy: None } => {
                self.slots[empty] = Slot::Active { hash, key };
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= self.mask * 3 {
                    self.resize(growth_target(self.used));
                }
                Ok(true)
            }
        }
    }

    /// `set_discard_entry`: remove the key equal to `key`, leaving a dummy,
    /// and return the stored key.
    pub fn remove<E, F>(&mut self, hash: i64, key: &K, mut eq: F) -> Result<Option<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        self.remove_with(hash, key, &mut eq)
    }

    fn remove_with<E, F>(&mut self, hash: i64, key: &K, eq: &mut F) -> Result<Option<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        match self.lookup(hash, key, eq)? {
            Lookup::Found(i) => {
                let slot = std::mem::replace(&mut self.slots[i], Slot::Dummy);
                self.used -= 1;
                match slot {
                    Slot::Active { key, .. } => Ok(Some(key)),
                    _ => unreachable!("lookup found an active slot"),
                }
            }
            Lookup::Absent { .. } => Ok(None),
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// Entries `(hash, key)` in table order.
    pub fn entries_snapshot(&self) -> Vec<(i64, K)> {
        self.iter().map(|(h, k)| (h, k.clone())).collect()
    }

    /// `set_merge`: `self.update(other)` / `self |= other` for a set or
    /// frozenset `other` that is not `self` (that case is a no-op: the
    /// caller skips it). Presizes once; into an empty table of the same
    /// size as a dummy-free `other` it copies slot by slot; into another
    /// empty table it reinserts cleanly in `other`'s order; otherwise it
    /// adds `other`'s keys in table order.
    pub fn update_from_table<E, F>(&mut self, other: &SetTable<K>, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if other.used == 0 {
            return Ok(());
        }
        self.presize_for_bulk_insert(other.used);
        if self.fill == 0 && self.mask == other.mask && other.fill == other.used {
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.iter() {
                insert_clean(&mut self.slots, self.mask, hash, key.clone());
            }
            return Ok(());
        }
        for (hash, key) in other.iter() {
            self.insert_with(hash, key.clone(), &mut eq)?;
        }
        Ok(())
    }

    /// `set_update_internal` for an exact dict: presize for `entries.len()`
    /// keys, then add the dict's `(hash, key)` entries in dict order.
    pub fn update_from_dict_entries<E, F>(
        &mut self,
        entries: &[(i64, K)],
        mut eq: F,
    ) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        self.presize_for_bulk_insert(entries.len());
        for (hash, key) in entries {
            self.insert_with(*hash, key.clone(), &mut eq)?;
        }
        Ok(())
    }

    /// `set_update_internal` for any other iterable (list, tuple, generator,
    /// comprehension loop, `set(iterable)`): plain adds in iteration order.
    pub fn update_from_entries<E, F, I>(&mut self, entries: I, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        I: IntoIterator<Item = (i64, K)>,
    {
        for (hash, key) in entries {
            self.insert_with(hash, key, &mut eq)?;
        }
        Ok(())
    }

    /// `set(s)`, `s.copy()`, `frozenset(s)` for a set or frozenset `s`: an
    /// empty table merged with this one. (A copy of a table that is at least
    /// 60% full may be larger than the original and order keys differently.)
    pub fn copy(&self) -> Self {
        let mut t = Self::new();
        t.update_from_table(self, |_: &K, _: &K| {
            Ok::<bool, std::convert::Infallible>(false)
        })
        .unwrap_or_else(|e| match e {});
        t
    }

    /// `a | b` / `a.union(b)` for sets: a copy of `a` merged with `b`
    /// (skipped when `same` says `b` is `a`).
    pub fn union<E, F>(&self, other: &SetTable<K>, same: bool, eq: F) -> Result<Self, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mut result = self.copy();
        if !same && !std::ptr::eq(self, other) {
            result.update_from_table(other, eq)?;
        }
        Ok(result)
    }

    /// `set_intersection` for two sets (`a & b`, `a.intersection(b)`): a
    /// copy when they are the same object; otherwise walks the smaller one
    /// (`other` on a tie) in table order, adding each key found in the
    /// larger. `eq(existing, probe)` gets a key of the searched set first.
    pub fn intersection<E, F>(&self, other: &SetTable<K>, same: bool, mut eq: F) -> Result<Self, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if same || std::ptr::eq(self, other) {
            return Ok(self.copy());
        }
        let (searched, walked) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = Self::new();
        for (hash, key) in walked.iter() {
            if matches!(searched.lookup(hash, key, &mut eq)?, Lookup::Found(_)) {
                result.insert_with(hash, key.clone(), &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `set_intersection` for a non-set iterable, given as its `(hash, key)`
    /// items in iteration order: keeps each item found in `self` (the item,
    /// not the stored key), stopping once the result is as large as `self`.
    pub fn intersection_with_entries<E, F, I>(&self, items: I, mut eq: F) -> Result<Self, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        I: IntoIterator<Item = (i64, K)>,
    {
        let mut result = Self::new();
        for (hash, key) in items {
            if matches!(self.lookup(hash, &key, &mut eq)?, Lookup::Found(_)) {
                result.insert_with(hash, key, &mut eq)?;
                if result.used >= self.used {
                    break;
                }
            }
        }
        Ok(result)
    }

    /// `set_difference_update_internal` with a set (`a -= b`,
    /// `a.difference_update(b)`), `b` not being `a` (that case is
    /// [`SetTable::clear`]): removes `b`'s keys in table order (walking
    /// `a & b` instead when `b` is more than 8 times larger), then purges
    /// dummies if they exceed a quarter of the table.
    pub fn difference_update_table<E, F>(&mut self, other: &SetTable<K>, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if (other.used >> 3) > self.used {
            let common = self.intersection(other, false, &mut eq)?;
            for (hash, key) in common.iter() {
                self.remove_with(hash, key, &mut eq)?;
            }
        } else {
            for (hash, key) in other.iter() {
                self.remove_with(hash, key, &mut eq)?;
            }
        }
        self.shrink_after_difference_update();
        Ok(())
    }

    /// `set_difference_update_internal` with a non-set iterable given as its
    /// `(hash, key)` items: removes each, then purges excess dummies.
    pub fn difference_update_entries<E, F, I>(&mut self, items: I, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        I: IntoIterator<Item = (i64, K)>,
    {
        for (hash, key) in items {
            self.remove_with(hash, &key, &mut eq)?;
        }
        self.shrink_after_difference_update();
        Ok(())
    }

    /// `set_difference` with a set (`a - b`, `a.difference(b)`; pass
    /// `same` when `b` is `a`): when `a` has more than four times as many
    /// keys as `b`, a copy of `a` with `b` removed; otherwise a new table
    /// with `a`'s keys not in `b`, added in `a`'s table order.
    pub fn difference<E, F>(&self, other: &SetTable<K>, same: bool, mut eq: F) -> Result<Self, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if (self.used >> 2) > other.used {
            let mut result = self.copy();
            if same || std::ptr::eq(self, other) {
                result.clear();
            } else {
                result.difference_update_table(other, &mut eq)?;
            }
            return Ok(result);
        }
        let mut result = Self::new();
        for (hash, key) in self.iter() {
            if !matches!(other.lookup(hash, key, &mut eq)?, Lookup::Found(_)) {
                result.insert_with(hash, key.clone(), &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `set_difference` with an exact dict of `other_len` keys: when `a` has
    /// more than four times as many keys, the caller must instead copy `a`
    /// and call [`SetTable::difference_update_entries`] with the dict's
    /// entries; otherwise this builds the result from `a`'s keys for which
    /// `in_other(hash, key)` is false. Returns `None` in the first case.
    pub fn difference_with_lookup<E, F, G>(
        &self,
        other_len: usize,
        mut in_other: G,
        mut eq: F,
    ) -> Result<Option<Self>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        G: FnMut(i64, &K) -> Result<bool, E>,
    {
        if (self.used >> 2) > other_len {
            return Ok(None);
        }
        let mut result = Self::new();
        for (hash, key) in self.iter() {
            if !in_other(hash, key)? {
                result.insert_with(hash, key.clone(), &mut eq)?;
            }
        }
        Ok(Some(result))
    }

    /// `set_symmetric_difference_update` body: for each `(hash, key)` of the
    /// other operand (a set's table order, a dict's order, or the table
    /// order of `set(iterable)` for any other iterable), remove it if
    /// present, else add it. (`a ^= a` is [`SetTable::clear`].)
    pub fn symmetric_difference_update_entries<E, F, I>(
        &mut self,
        items: I,
        mut eq: F,
    ) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        I: IntoIterator<Item = (i64, K)>,
    {
        for (hash, key) in items {
            if self.remove_with(hash, &key, &mut eq)?.is_none() {
                self.insert_with(hash, key, &mut eq)?;
            }
        }
        Ok(())
    }

    /// `a ^= b` / `a.symmetric_difference_update(b)` for a set `b` that is
    /// not `a`.
    pub fn symmetric_difference_update_table<E, F>(
        &mut self,
        other: &SetTable<K>,
        eq: F,
    ) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        self.symmetric_difference_update_entries(other.entries_snapshot(), eq)
    }

    /// `a ^ b` / `a.symmetric_difference(b)` for sets: a copy of `b`, then
    /// `a`'s keys toggled in `a`'s table order. (When `b` is `a` this is a
    /// set emptied key by key: pass the same table twice.)
    pub fn symmetric_difference<E, F>(&self, other: &SetTable<K>, eq: F) -> Result<Self, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mut result = other.copy();
        result.symmetric_difference_update_table(self, eq)?;
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eq(a: &i64, b: &i64) -> Result<bool, ()> {
        Ok(a == b)
    }

    #[test]
    fn small_ints_iterate_in_slot_order() {
        let mut t = SetTable::new();
        for k in [5i64, 3, 1, 7, 2] {
            t.insert(k, k, eq).unwrap();
        }
        // 5 keys fill 8 slots past 60%: resize to 32 slots.
        assert_eq!(t.mask(), 31);
        assert_eq!(t.keys().copied().collect::<Vec<_>>(), vec![1, 2, 3, 5, 7]);
    }

    #[test]
    fn eq_error_leaves_table_usable() {
        let mut t = SetTable::new();
        t.insert(1, 10i64, eq).unwrap();
        let r = t.insert(1, 11, |_: &i64, _: &i64| Err::<bool, &str>("boom"));
        assert_eq!(r, Err("boom"));
        assert_eq!(t.len(), 1);
        assert!(t.contains(1, &10, eq).unwrap());
    }

    #[test]
    fn frozenset_hash_of_empty() {
        // hash(frozenset()) under CPython 3.11.
        assert_eq!(frozenset_hash(std::iter::empty(), 0), 133146708735736);
    }
}
