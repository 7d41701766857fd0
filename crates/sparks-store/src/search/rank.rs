//! Combining the matches of a query's parts, counting facets and keeping the best hits.
//!
//! A broad query at 100,000 documents has tens of thousands of hits. They are walked once,
//! in document order, into a bit set and a small heap of the best; facets are then counted
//! by intersecting that set with each value's set (a few thousand word operations each),
//! not hit by hit.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::index::{DocSet, Posting, SearchIndex, contains, count_common, empty_set, insert};
use std::sync::Arc;

use super::postings::Postings;

/// One hit of the page: where it is in the index, its text score and whether the query is
/// its acronym.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Ranked {
    pub doc: u32,
    pub score: f64,
    pub exact: bool,
}

/// What one pass over the hits found.
#[derive(Debug, Default)]
pub(super) struct Tally {
    /// Hits passing the filter.
    pub total: u64,
    /// Of those, the ones with every part.
    pub complete: u64,
    /// Hits per position in `DocType::ALL`.
    pub types: Vec<u64>,
    /// Hits per facet value id.
    pub values: Vec<u64>,
    /// The best `keep` hits, best first.
    pub best: Vec<Ranked>,
}

/// How many decoded matches a thread keeps room for per list between searches (a broad
/// word at 100,000 documents has about 50,000).
const DECODED_KEPT_AT_MOST: usize = 1 << 16;

/// How many lists of each kind a thread keeps room for: a query of many words, or a word of
/// many terms, must not leave each thread holding megabytes after it.
const LISTS_KEPT_AT_MOST: usize = 4;

/// Room for decoded matches, kept by each thread from one search to the next.
#[derive(Default)]
struct Room {
    /// Each part's matches.
    parts: Vec<Vec<Posting>>,
    /// The matches of each term of a part of several terms, before they are summed.
    terms: Vec<Vec<Posting>>,
}

thread_local! {
    /// Decoding into new vectors made and freed 400 KB per broad word and search, and under
    /// load the allocator kept that churn as memory (at 100,000 initiatives the server's
    /// peak rose by 16 MB while searches ran). Walking the compact lists directly, without
    /// decoding them, cost a third of the searches per second.
    static ROOM: RefCell<Room> = RefCell::new(Room::default());
}

/// Decodes each part's lists into the thread's room, summing the scores of a part of several
/// lists (see [`SearchIndex::part_lists`]), and [`tally_lists`] them.
pub(super) fn tally(
    index: &SearchIndex,
    parts: &[(&[Arc<Postings>], i64)],
    exact: &[u32],
    allowed: Option<&DocSet>,
    keep: usize,
) -> Tally {
    ROOM.with(|room| {
        // Never borrowed twice (a tally does not call itself); if it were, fresh room.
        let mut fresh = Room::default();
        let mut kept = room.try_borrow_mut();
        let room = match kept.as_mut() {
            Ok(kept) => &mut **kept,
            Err(_) => &mut fresh,
        };
        if room.parts.len() < parts.len() {
            room.parts.resize_with(parts.len(), Vec::new);
        }
        for (decoded, (lists, _)) in room.parts.iter_mut().zip(parts) {
            decoded.clear();
            if let [one] = lists {
                decoded.extend(one.iter());
                continue;
            }
            if room.terms.len() < lists.len() {
                room.terms.resize_with(lists.len(), Vec::new);
            }
            for (term, list) in room.terms.iter_mut().zip(lists.iter()) {
                term.clear();
                term.extend(list.iter());
            }
            let terms: Vec<(&[Posting], i64)> = room.terms[..lists.len()]
                .iter()
                .map(|t| (&t[..], 0))
                .collect();
            merge_many(&terms, &mut |doc, _, score| {
                decoded.push(Posting {
                    doc,
                    score: score as f32,
                })
            });
        }
        let lists: Vec<(&[Posting], i64)> = room
            .parts
            .iter()
            .zip(parts)
            .map(|(decoded, (_, weight))| (&decoded[..], *weight))
            .collect();
        let tally = tally_lists(index, &lists, exact, allowed, keep);
        room.parts.truncate(LISTS_KEPT_AT_MOST);
        room.terms.truncate(LISTS_KEPT_AT_MOST);
        for list in room.parts.iter_mut().chain(room.terms.iter_mut()) {
            list.clear();
            list.shrink_to(DECODED_KEPT_AT_MOST);
        }
        tally
    })
}

/// Walks the union of `parts` (each sorted by document, with its weight), keeps the hits
/// in `allowed` (all when `None`), counts them, and keeps the best `keep` by: exact acronym
/// (`exact`, sorted), then summed weight of the parts held, then summed text score, then
/// slug.
fn tally_lists(
    index: &SearchIndex,
    parts: &[(&[Posting], i64)],
    exact: &[u32],
    allowed: Option<&DocSet>,
    keep: usize,
) -> Tally {
    let full: i64 = parts.iter().map(|(_, w)| w).sum();
    let mut hits = empty_set(index.len());
    let mut tally = Tally::default();
    let mut best: BinaryHeap<Reverse<(u128, u32)>> = BinaryHeap::with_capacity(keep + 1);
    // The key a hit must beat to enter a full heap.
    let mut bar = 0u128;
    let mut visit = |doc: u32, matched: i64, score: f64| {
        if allowed.is_some_and(|a| !contains(a, doc)) {
            return;
        }
        insert(&mut hits, doc);
        tally.complete += u64::from(matched == full);
        if keep == 0 {
            return;
        }
        let key = rank_key(
            exact.binary_search(&doc).is_ok(),
            matched,
            score,
            index.slug_rank[doc as usize],
        );
        if best.len() < keep {
            best.push(Reverse((key, doc)));
        } else if key > bar {
            best.pop();
            best.push(Reverse((key, doc)));
        } else {
            return;
        }
        if best.len() == keep {
            bar = best.peek().map_or(0, |Reverse((k, _))| *k);
        }
    };
    match parts {
        [(list, weight)] => {
            for p in *list {
                visit(p.doc, *weight, f64::from(p.score));
            }
        }
        [(a, wa), (b, wb)] => merge_two(a, *wa, b, *wb, &mut visit),
        _ => merge_many(parts, &mut visit),
    }
    tally.total = hits.iter().map(|w| u64::from(w.count_ones())).sum();
    tally.types = index
        .type_docs
        .iter()
        .map(|set| count_common(set, &hits))
        .collect();
    tally.values = index
        .value_docs
        .iter()
        .map(|set| count_common(set, &hits))
        .collect();
    let mut best: Vec<(u128, u32)> = best.into_iter().map(|Reverse(e)| e).collect();
    best.sort_unstable_by_key(|e| Reverse(e.0));
    tally.best = best
        .into_iter()
        .map(|(key, doc)| Ranked {
            doc,
            score: score_of(key),
            exact: key >> 127 == 1,
        })
        .collect();
    tally
}

/// Calls `visit` with every document of `a` or `b`, in order, with the summed weights and
/// scores of the lists holding it: the common case of a two-word query, without the
/// bookkeeping of [`merge_many`].
fn merge_two(
    a: &[Posting],
    wa: i64,
    b: &[Posting],
    wb: i64,
    visit: &mut impl FnMut(u32, i64, f64),
) {
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        if x.doc < y.doc {
            visit(x.doc, wa, f64::from(x.score));
            i += 1;
        } else if y.doc < x.doc {
            visit(y.doc, wb, f64::from(y.score));
            j += 1;
        } else {
            visit(x.doc, wa + wb, f64::from(x.score) + f64::from(y.score));
            i += 1;
            j += 1;
        }
    }
    for x in &a[i.min(a.len())..] {
        visit(x.doc, wa, f64::from(x.score));
    }
    for y in &b[j.min(b.len())..] {
        visit(y.doc, wb, f64::from(y.score));
    }
}

/// Calls `visit` with every document of any list, in order, with the summed weights and
/// scores of the lists holding it.
fn merge_many(parts: &[(&[Posting], i64)], visit: &mut impl FnMut(u32, i64, f64)) {
    let mut cursors = vec![0usize; parts.len()];
    while let Some(doc) = parts
        .iter()
        .zip(&cursors)
        .filter_map(|((list, _), at)| list.get(*at).map(|p| p.doc))
        .min()
    {
        let mut matched = 0i64;
        let mut score = 0f64;
        for ((list, weight), at) in parts.iter().zip(cursors.iter_mut()) {
            if let Some(p) = list.get(*at)
                && p.doc == doc
            {
                matched += weight;
                score += f64::from(p.score);
                *at += 1;
            }
        }
        visit(doc, matched, score);
    }
}

/// A hit's place in the order as one number, higher first: exact acronym, then summed
/// weight of the parts held, then text score, then slug ascending (so that equal scores
/// always come in the same order). One integer comparison instead of four.
fn rank_key(exact: bool, matched: i64, score: f64, slug_rank: u32) -> u128 {
    // An f64 as an unsigned integer of the same order.
    let bits = score.to_bits();
    let score = if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    };
    let matched = u32::try_from(matched.clamp(0, i64::from(i32::MAX))).unwrap_or(0);
    (u128::from(exact) << 127)
        | (u128::from(matched) << 96)
        | (u128::from(score) << 32)
        | u128::from(u32::MAX - slug_rank)
}

/// The score put into a key by [`rank_key`].
fn score_of(key: u128) -> f64 {
    let bits = (key >> 32) as u64;
    f64::from_bits(if bits >> 63 == 1 {
        bits & !(1 << 63)
    } else {
        !bits
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_order_like_the_fields_they_pack() {
        let k = |exact, matched, score, slug| rank_key(exact, matched, score, slug);
        assert!(k(true, 0, -5.0, 9) > k(false, 900, 50.0, 0));
        assert!(k(false, 2, -1.0, 9) > k(false, 1, 80.0, 0));
        assert!(k(false, 1, 2.5, 9) > k(false, 1, 2.4, 0));
        assert!(k(false, 1, -2.4, 9) > k(false, 1, -2.5, 0));
        assert!(k(false, 1, 0.0, 3) > k(false, 1, 0.0, 4));
        for score in [-3.25, -0.0, 0.0, 1e-9, 17.5, 1e300] {
            assert_eq!(score_of(k(false, 7, score, 1)), score);
        }
    }

    #[test]
    fn the_two_list_merge_agrees_with_the_general_one() {
        let list = |docs: &[u32], score: f32| -> Vec<Posting> {
            docs.iter().map(|d| Posting { doc: *d, score }).collect()
        };
        let a = list(&[1, 3, 4, 9, 12], 1.5);
        let b = list(&[0, 3, 9, 10, 30, 31], 0.25);
        for (x, y) in [(&a, &b), (&b, &a), (&a, &a), (&a, &Vec::new())] {
            let mut two = Vec::new();
            merge_two(x, 7, y, 5, &mut |d, m, s| two.push((d, m, s)));
            let mut many = Vec::new();
            merge_many(&[(&x[..], 7), (&y[..], 5)], &mut |d, m, s| {
                many.push((d, m, s))
            });
            assert_eq!(two, many);
        }
        let mut two = Vec::new();
        merge_two(&a, 7, &b, 5, &mut |d, m, _| two.push((d, m)));
        assert_eq!(
            two,
            [
                (0, 5),
                (1, 7),
                (3, 12),
                (4, 7),
                (9, 12),
                (10, 5),
                (12, 7),
                (30, 5),
                (31, 5)
            ]
        );
    }
}
