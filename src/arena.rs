//! The mentions of one document while it is being extracted: a flat list where
//! a composite mention (`Minister of Labour of Finland`) adopts the mentions it
//! is built from (`Finland`), so rules see only the outermost ones.

use crate::masked::Masked;
use crate::model::{Mention, NodeType};

#[derive(Debug, Default)]
pub struct Arena {
    pub items: Vec<Mention>,
    pub parent: Vec<Option<usize>>,
    pub sentence: Vec<usize>,
    /// Mentions not in the text (the document itself, named by its header).
    pub virtual_: Vec<bool>,
    by_sentence: Vec<Vec<usize>>,
}

impl Masked for Arena {
    fn span(&self, i: usize) -> (usize, usize) {
        (self.items[i].start, self.items[i].end)
    }
    fn kind(&self, i: usize) -> NodeType {
        self.items[i].kind
    }
}

impl Arena {
    pub fn new(sentences: usize) -> Arena {
        Arena {
            by_sentence: vec![Vec::new(); sentences],
            ..Default::default()
        }
    }

    pub fn push(&mut self, m: Mention, sentence: usize) -> usize {
        let i = self.items.len();
        self.items.push(m);
        self.parent.push(None);
        self.sentence.push(sentence);
        self.virtual_.push(false);
        if sentence < self.by_sentence.len() {
            self.by_sentence[sentence].push(i);
        }
        i
    }

    /// A mention that stands for something the text does not spell out here.
    pub fn push_virtual(&mut self, m: Mention) -> usize {
        let i = self.push(m, usize::MAX);
        self.virtual_[i] = true;
        i
    }

    /// Outermost mentions of a sentence, by position.
    pub fn outermost(&self, sentence: usize) -> Vec<usize> {
        let mut v: Vec<usize> = self.by_sentence[sentence]
            .iter()
            .copied()
            .filter(|&i| self.parent[i].is_none())
            .collect();
        v.sort_by_key(|&i| (self.items[i].start, std::cmp::Reverse(self.items[i].end)));
        v
    }

    /// The outermost mentions lying within `start..end` of the text, by position,
    /// found through the sentences that overlap it.
    pub fn outermost_between(
        &self,
        sentences: &[crate::sentence::Sentence],
        start: usize,
        end: usize,
    ) -> Vec<usize> {
        let first = sentences.partition_point(|x| x.end <= start);
        let mut found = Vec::new();
        for (s, sent) in sentences.iter().enumerate().skip(first) {
            if sent.start >= end {
                break;
            }
            found.extend(self.outermost(s).into_iter().filter(|&k| {
                let m = &self.items[k];
                m.start >= start && m.end <= end && m.start < m.end
            }));
        }
        found.sort_by_key(|&k| (self.items[k].start, std::cmp::Reverse(self.items[k].end)));
        found
    }

    /// Adds a mention that covers others: every outermost mention of the
    /// sentence inside its span becomes its child.
    pub fn push_covering(&mut self, m: Mention, sentence: usize) -> usize {
        let (s, e) = (m.start, m.end);
        let inside: Vec<usize> = self
            .outermost(sentence)
            .into_iter()
            .filter(|&i| self.items[i].start >= s && self.items[i].end <= e)
            .collect();
        let p = self.push(m, sentence);
        for i in inside {
            self.parent[i] = Some(p);
        }
        p
    }

    /// Removes mention `i` from the output (it keeps its place so indices stay valid).
    pub fn erase(&mut self, i: usize) {
        self.items[i].end = self.items[i].start;
    }

    /// The mention that names `i` in full: the enclosing mentions of its type
    /// whose names are its name after one word, an ordinal ("first High-level
    /// Meeting of the Global Partnership …" around "High-level Meeting of the
    /// Global Partnership …"). A relation stated of `i` is a relation of that whole.
    pub fn named_whole(&self, i: usize) -> usize {
        let mut at = i;
        while let Some(p) = self.parent[at] {
            let (outer, inner) = (&self.items[p], &self.items[at]);
            let one_word_before = outer
                .name
                .strip_suffix(inner.name.as_str())
                .and_then(|head| head.strip_suffix(' '))
                .is_some_and(|word| !word.is_empty() && !word.contains(' '));
            if outer.kind != inner.kind || !one_word_before {
                break;
            }
            at = p;
        }
        at
    }

    /// The first mention of `kind` inside mention `i`, searching depth-first.
    /// A name's own head is not inside it: in "Council of Ministers of the
    /// European Community" the organization inside is the Community.
    pub fn inner(&self, i: usize, kind: NodeType) -> Option<usize> {
        let mut kids: Vec<usize> = (0..self.items.len())
            .filter(|&k| self.parent[k] == Some(i))
            .collect();
        kids.sort_by_key(|&k| self.items[k].start);
        let (outer_kind, outer_start) = (self.items[i].kind, self.items[i].start);
        for &k in &kids {
            // The piece a name opens with is its head ("Executive Council" of
            // "Executive Council of the African Union"), but a body's acronym that
            // opens its unit's name is that body ("ECLAC Division of …").
            let head = self.items[k].kind == outer_kind
                && self.items[k].start == outer_start
                && self.items[k].rule != "gazetteer-acronym";
            if self.items[k].kind == kind && !head {
                return Some(k);
            }
        }
        kids.into_iter().find_map(|k| self.inner(k, kind))
    }

    /// Does mention `i` overlap an outermost mention of its sentence other than itself?
    pub fn is_free(&self, sentence: usize, start: usize, end: usize) -> bool {
        self.by_sentence[sentence]
            .iter()
            .all(|&k| self.items[k].end <= start || self.items[k].start >= end)
    }
}
