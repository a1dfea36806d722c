//! Containment queries over many byte ranges in O(log n), so that a step asking "is this word
//! inside a quote?" or "which mentions lie in this claim?" once per word or claim stays linear
//! in the article's length (a 5 MB article has tens of thousands of each).

use std::ops::Range;

/// Ranges sorted by start, with the running maximum of their ends.
#[derive(Debug, Clone, Default)]
pub(crate) struct RangeIndex {
    /// (range, its index in the list given), by start.
    sorted: Vec<(Range<usize>, usize)>,
    /// `max_end[i]`: the largest end among `sorted[..=i]`.
    max_end: Vec<usize>,
}

impl RangeIndex {
    pub fn new<'r>(ranges: impl IntoIterator<Item = &'r Range<usize>>) -> Self {
        let mut sorted: Vec<(Range<usize>, usize)> = ranges
            .into_iter()
            .cloned()
            .enumerate()
            .map(|(i, r)| (r, i))
            .collect();
        sorted.sort_unstable_by_key(|(r, i)| (r.start, *i));
        let mut max_end = Vec::with_capacity(sorted.len());
        let mut m = 0;
        for (r, _) in &sorted {
            m = m.max(r.end);
            max_end.push(m);
        }
        RangeIndex { sorted, max_end }
    }

    /// Whether one of the ranges contains `r` (`q.start <= r.start && r.end <= q.end`).
    pub fn covers(&self, r: &Range<usize>) -> bool {
        let n = self.sorted.partition_point(|(q, _)| q.start <= r.start);
        n > 0 && self.max_end[n - 1] >= r.end
    }

    /// The indexes (in the order given, ascending) of the ranges that lie inside `within`.
    pub fn inside(&self, within: &Range<usize>) -> Vec<usize> {
        let from = self.sorted.partition_point(|(q, _)| q.start < within.start);
        let mut out: Vec<usize> = self.sorted[from..]
            .iter()
            .take_while(|(q, _)| q.start <= within.end)
            .filter(|(q, _)| q.end <= within.end)
            .map(|&(_, i)| i)
            .collect();
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_like_a_scan() {
        let ranges = vec![5..9, 0..3, 2..12, 6..7, 7..7, 20..25, 1..2];
        let index = RangeIndex::new(&ranges);
        for s in 0..27 {
            for e in s..27 {
                let r = s..e;
                let covers = ranges.iter().any(|q| q.start <= r.start && r.end <= q.end);
                assert_eq!(index.covers(&r), covers, "{r:?}");
                let inside: Vec<usize> = (0..ranges.len())
                    .filter(|&i| r.start <= ranges[i].start && ranges[i].end <= r.end)
                    .collect();
                assert_eq!(index.inside(&r), inside, "{r:?}");
            }
        }
        assert!(!RangeIndex::default().covers(&(0..0)));
    }
}
