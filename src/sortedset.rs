//! A set kept as a sorted vector, for the documents of a node and the
//! occurrences of an edge. Documents reach the graph in name order (the inputs
//! are sorted and each worker takes a run of them), so adding one is nearly
//! always a comparison with the last element and a push, where a `BTreeSet`
//! compares long, shared-prefix paths a dozen times per insert.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    pub fn insert(&mut self, x: T) {
        match self.0.last() {
            Some(last) if *last >= x => {
                if let Err(i) = self.0.binary_search(&x) {
                    self.0.insert(i, x);
                }
            }
            _ => self.0.push(x),
        }
    }

    /// Adds every element of `other` (the union of the two sets).
    pub fn extend(&mut self, other: SortedSet<T>) {
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

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut v: Vec<T> = iter.into_iter().collect();
        v.sort();
        v.dedup();
        SortedSet(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Inserts and unions in any order give the same elements as a `BTreeSet`.
    #[test]
    fn behaves_as_a_btreeset() {
        let runs: [&[u32]; 4] = [&[1, 2, 2, 5, 9], &[9, 3, 3, 0, 7], &[4, 4], &[]];
        let mut model = BTreeSet::new();
        let mut set = SortedSet::default();
        for run in runs {
            let mut part = SortedSet::default();
            for &x in run {
                part.insert(x);
                model.insert(x);
            }
            let again: SortedSet<u32> = run.iter().copied().collect();
            assert_eq!(part, again);
            set.extend(part);
        }
        assert_eq!(
            set.iter().copied().collect::<Vec<_>>(),
            model.iter().copied().collect::<Vec<_>>()
        );
        let mut behind: SortedSet<u32> = [8, 9].into_iter().collect();
        behind.extend([1, 8, 10].into_iter().collect());
        assert_eq!(
            behind.iter().copied().collect::<Vec<_>>(),
            vec![1, 8, 9, 10]
        );
        assert_eq!(behind.len(), 4);
    }
}
