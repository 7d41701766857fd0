//! Kept matches of a query part in a compact form: about 3 bytes a match instead of 8.
//!
//! Why: at 100,000 documents the terms held by more than one document in fifty (about 130
//! in the synthetic set) have close to three million matches between them. Kept as they come
//! (a `u32` document number and an `f32` score) they take 23 MB, more than the whole budget
//! of kept matches; here they take about 9 MB, so the warm-up can keep every term whose
//! first query would be slow (see [`super::SearchIndex::warm`]). Document numbers are stored
//! as LEB128 gaps (a broad term's gaps are small: one byte each), scores as 16-bit steps
//! between the list's lowest and highest score. Scores only order hits, and 65,535 steps
//! over one term's range keep every order that matters: two hits closer than one step
//! (a few ten-thousandths of the range) become a tie, which the slug then breaks.

/// One document that matches a query part, and how well.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Posting {
    /// Position of the document in the index.
    pub doc: u32,
    /// Its text score for the part: higher is better.
    pub score: f32,
}

/// A query part's matches, by ascending document, in compact form.
#[derive(Debug, Default)]
pub(super) struct Postings {
    /// Each document's gap to the one before (the first one's to 0), LEB128.
    gaps: Box<[u8]>,
    /// Each score as a number of `step`s above `low`.
    scores: Box<[u16]>,
    low: f32,
    step: f32,
}

impl Postings {
    /// Encodes `list`, which must be sorted by document with no document twice.
    pub(super) fn encode(list: &[Posting]) -> Postings {
        let finite = |s: f32| if s.is_finite() { s } else { 0.0 };
        let low = list
            .iter()
            .map(|p| finite(p.score))
            .fold(f32::INFINITY, f32::min);
        let high = list
            .iter()
            .map(|p| finite(p.score))
            .fold(f32::NEG_INFINITY, f32::max);
        let step = if list.is_empty() || high <= low {
            0.0
        } else {
            (high - low) / f32::from(u16::MAX)
        };
        let mut gaps = Vec::with_capacity(list.len() + list.len() / 4);
        let mut previous = 0u32;
        let mut scores = Vec::with_capacity(list.len());
        for p in list {
            let mut gap = p.doc.wrapping_sub(previous);
            previous = p.doc;
            while gap >= 0x80 {
                gaps.push((gap as u8 & 0x7f) | 0x80);
                gap >>= 7;
            }
            gaps.push(gap as u8);
            let steps = if step > 0.0 {
                ((finite(p.score) - low) / step).round()
            } else {
                0.0
            };
            // In range by construction; `as` saturates anyway.
            scores.push(steps as u16);
        }
        Postings {
            gaps: gaps.into_boxed_slice(),
            scores: scores.into_boxed_slice(),
            low: if low.is_finite() { low } else { 0.0 },
            step,
        }
    }

    /// The memory this list takes, for the budget of kept matches.
    pub(super) fn bytes(&self) -> usize {
        std::mem::size_of::<Self>() + self.gaps.len() + 2 * self.scores.len()
    }

    /// Every match, by ascending document, decoded as it is read.
    pub(super) fn iter(&self) -> Iter<'_> {
        Iter {
            gaps: &self.gaps,
            scores: self.scores.iter(),
            at: 0,
            doc: 0,
            low: self.low,
            step: self.step,
        }
    }
}

/// The matches of one [`Postings`], in order.
#[derive(Debug, Clone)]
pub(super) struct Iter<'a> {
    gaps: &'a [u8],
    scores: std::slice::Iter<'a, u16>,
    at: usize,
    doc: u32,
    low: f32,
    step: f32,
}

impl Iterator for Iter<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        let steps = self.scores.next()?;
        let mut gap = 0u32;
        let mut shift = 0;
        while let Some(byte) = self.gaps.get(self.at) {
            self.at += 1;
            gap |= u32::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                break;
            }
        }
        self.doc = self.doc.wrapping_add(gap);
        Some(Posting {
            doc: self.doc,
            score: self.low + f32::from(*steps) * self.step,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.scores.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_come_back_exactly_and_scores_within_a_step() {
        let list: Vec<Posting> = [
            0u32,
            1,
            2,
            127,
            128,
            300,
            16_384,
            16_385,
            2_000_000,
            u32::MAX,
        ]
        .iter()
        .enumerate()
        .map(|(i, doc)| Posting {
            doc: *doc,
            score: 0.5 + (i as f32 * 1.37) % 7.0,
        })
        .collect();
        let compact = Postings::encode(&list);
        let back: Vec<Posting> = compact.iter().collect();
        let step = (list.iter().map(|p| p.score).fold(f32::MIN, f32::max) - 0.5) / 65535.0;
        for (a, b) in list.iter().zip(&back) {
            assert_eq!(a.doc, b.doc);
            assert!((a.score - b.score).abs() <= step, "{a:?} {b:?}");
        }
        // Distinct scores keep their order.
        for (i, a) in list.iter().enumerate() {
            for (j, b) in list.iter().enumerate() {
                if a.score < b.score {
                    assert!(back[i].score < back[j].score);
                }
            }
        }
    }

    #[test]
    fn a_broad_list_takes_about_three_bytes_a_match() {
        let list: Vec<Posting> = (0..50_000u32)
            .map(|i| Posting {
                doc: i * 2,
                score: (i % 97) as f32 / 10.0,
            })
            .collect();
        let compact = Postings::encode(&list);
        assert!(compact.bytes() < 3 * list.len() + 64, "{}", compact.bytes());
        assert_eq!(compact.iter().collect::<Vec<_>>().len(), list.len());
    }

    #[test]
    fn empty_equal_and_odd_scores_do_not_break_it() {
        assert!(Postings::encode(&[]).iter().next().is_none());
        let same = [
            Posting { doc: 3, score: 2.5 },
            Posting { doc: 9, score: 2.5 },
        ];
        assert_eq!(Postings::encode(&same).iter().collect::<Vec<_>>(), same);
        let odd = [
            Posting {
                doc: 1,
                score: f32::NAN,
            },
            Posting { doc: 2, score: 1.0 },
        ];
        let back: Vec<Posting> = Postings::encode(&odd).iter().collect();
        assert_eq!(back.iter().map(|p| p.doc).collect::<Vec<_>>(), [1, 2]);
        assert!(back.iter().all(|p| p.score.is_finite()));
    }
}
