//! A set kept as a sorted vector, for the documents of a node and the
//! occurrences of an edge. Documents reach a graph builder mostly in order
//! (the inputs are sorted by path and each worker takes a run of them), and a
//! document adds itself to a node again for each of its relations, so an
//! insert is nearly always a comparison with the last element: equal, or a
//! push. A `BTreeSet` compared long, shared-prefix names a dozen times per
//! insert. Out of order (a name is the file name, so the files of nested
//! folders interleave), an insert is a binary search and a shift.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    pub fn insert(&mut self, x: T) {
        match self.0.last().map(|last| last.cmp(&x)) {
            None | Some(std::cmp::Ordering::Less) => self.0.push(x),
            Some(std::cmp::Ordering::Equal) => {}
            Some(std::cmp::Ordering::Greater) => {
                if let Err(i) = self.0.binary_search(&x) {
                    self.0.insert(i, x);
                }
            }
        }
    }

    /// Adds every element of `other`: the union of the two sets.
    pub fn union_with(&mut self, other: SortedSet<T>) {
        let ahead = match (self.0.last(), other.0.first()) {
            (Some(last), Some(first)) => last < first,
            _ => true,
        };
        if ahead {
            self.0.extend(other.0);
            return;
        }
        let mine = std::mem::take(&mut self.0);
        let mut merged = Vec::with_capacity(mine.len() + other.0.len());
        let (mut a, mut b) = (mine.into_iter().peekable(), other.0.into_iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) => match x.cmp(y) {
                    std::cmp::Ordering::Less => a.next(),
                    std::cmp::Ordering::Greater => b.next(),
                    std::cmp::Ordering::Equal => {
                        b.next();
                        a.next()
                    }
                },
                (Some(_), None) => a.next(),
                (None, Some(_)) => b.next(),
                (None, None) => break,
            };
            merged.extend(next);
        }
        self.0 = merged;
    }
}

impl<T> SortedSet<T> {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn of(xs: &[u32]) -> SortedSet<u32> {
        let mut set = SortedSet::default();
        for &x in xs {
            set.insert(x);
        }
        set
    }

    /// Inserts and unions in any order give the elements of a `BTreeSet`, in its order.
    #[test]
    fn behaves_as_a_btreeset() {
        let runs: [&[u32]; 4] = [&[1, 2, 2, 5, 9], &[9, 3, 3, 0, 7], &[4, 4], &[]];
        let mut model = BTreeSet::new();
        let mut set = SortedSet::default();
        for run in runs {
            model.extend(run.iter().copied());
            set.union_with(of(run));
        }
        let items = |s: &SortedSet<u32>| s.iter().copied().collect::<Vec<_>>();
        assert_eq!(items(&set), model.into_iter().collect::<Vec<_>>());
        assert_eq!(items(&of(&[9, 3, 3, 0, 7])), vec![0, 3, 7, 9]);
        // A union that is not simply appended: shared and interleaved elements.
        let mut behind = of(&[8, 9]);
        behind.union_with(of(&[1, 8, 10]));
        assert_eq!(items(&behind), vec![1, 8, 9, 10]);
        assert_eq!(behind.len(), 4);
    }
}
