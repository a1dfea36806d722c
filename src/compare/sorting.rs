//! Sorting through one shared sort of indexes.
//!
//! std's sort is generic over the element and the comparator, so every `sort_by` call site
//! adds its own copy of the algorithm to the `.wasm` (about 7 KB each). These methods sort a
//! permutation of indexes with one comparator type instead and then move the elements: the
//! algorithm is compiled once. Stable, like `sort_by`.

use std::cmp::Ordering;

/// Stable sorting that compiles the sort algorithm once.
pub(crate) trait SortSmall<T> {
    fn sort_small_by(&mut self, cmp: impl Fn(&T, &T) -> Ordering);

    fn sort_small_by_key<K: Ord>(&mut self, key: impl Fn(&T) -> K) {
        self.sort_small_by(|a, b| key(a).cmp(&key(b)));
    }

    fn sort_small(&mut self)
    where
        T: Ord,
    {
        self.sort_small_by(T::cmp);
    }
}

impl<T> SortSmall<T> for Vec<T> {
    fn sort_small_by(&mut self, cmp: impl Fn(&T, &T) -> Ordering) {
        let order = {
            let items: &[T] = self;
            permutation(items.len(), &|a, b| cmp(&items[a], &items[b]))
        };
        let mut slots: Vec<Option<T>> = self.drain(..).map(Some).collect();
        self.extend(
            order
                .into_iter()
                .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
        );
    }
}

/// The indexes `0..n` in the order `cmp` gives them.
fn permutation(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::SortSmall;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
        v.sort_small_by_key(|x| x.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
        let mut w = vec![3, 1, 2];
        w.sort_small();
        assert_eq!(w, [1, 2, 3]);
    }
}
