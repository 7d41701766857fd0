//! Sets of positions in an in-memory index, one bit each: filtering and counting over
//! tens of thousands of items become a few thousand word operations.

/// A set of positions (of documents, of initiatives), one bit each.
pub(crate) type DocSet = Vec<u64>;

/// An empty set able to hold `len` documents.
pub(crate) fn empty_set(len: usize) -> DocSet {
    vec![0; len.div_ceil(64)]
}

/// Puts the document at `doc` in `set`.
pub(crate) fn insert(set: &mut [u64], doc: u32) {
    if let Some(word) = set.get_mut(doc as usize / 64) {
        *word |= 1 << (doc % 64);
    }
}

/// Takes the document at `doc` out of `set`.
pub(crate) fn remove(set: &mut [u64], doc: u32) {
    if let Some(word) = set.get_mut(doc as usize / 64) {
        *word &= !(1 << (doc % 64));
    }
}

/// Whether the document at `doc` is in `set`.
pub(crate) fn contains(set: &[u64], doc: u32) -> bool {
    set.get(doc as usize / 64)
        .is_some_and(|w| w & (1 << (doc % 64)) != 0)
}

/// How many documents `a` and `b` have in common.
pub(crate) fn count_common(a: &[u64], b: &[u64]) -> u64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| u64::from((x & y).count_ones()))
        .sum()
}

/// The positions in every one of `sets`; `None` when there are no sets (no restriction).
pub(crate) fn intersection(sets: &[&DocSet]) -> Option<DocSet> {
    let (first, rest) = sets.split_first()?;
    let mut common = (*first).clone();
    for set in rest {
        for (a, b) in common.iter_mut().zip(set.iter()) {
            *a &= b;
        }
    }
    Some(common)
}
