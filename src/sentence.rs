//! Sentence splitting that survives UN abbreviations (`Mr.`, `para.`, `No.`,
//! `a.i.`, `H.E.`, `e.g.`, `i.e.`, `et al.`) and symbols with periods (`Rev.1`,
//! `Add.2`, `A/C.2/61/L.12`). Sentences never cross a unit (a normalized line),
//! so a heading or a labelled line is never glued to the next paragraph.

use crate::normalize::Unit;
use rustc_hash::FxHashSet as HashSet;

/// A sentence as a byte range of the normalized text, with the unit it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub unit: usize,
}

/// The index of the sentence that holds byte `at`, if any (sentences are in
/// text order and do not overlap).
pub fn sentence_at(sentences: &[Sentence], at: usize) -> Option<usize> {
    let s = sentences.partition_point(|x| x.end <= at);
    sentences.get(s).filter(|x| x.start <= at).map(|_| s)
}

/// Splits text into sentences; built once from the abbreviation list.
#[derive(Debug, Clone)]
pub struct SentenceSplitter {
    abbreviations: HashSet<String>,
}

impl SentenceSplitter {
    pub fn new<'a>(abbreviations: impl IntoIterator<Item = &'a str>) -> Self {
        SentenceSplitter {
            abbreviations: abbreviations.into_iter().map(str::to_string).collect(),
        }
    }

    /// Sentences of every unit, in text order.
    pub fn split(&self, text: &str, units: &[Unit]) -> Vec<Sentence> {
        let mut out = Vec::new();
        for (i, u) in units.iter().enumerate() {
            for (s, e) in self.split_range(text, u.start, u.end) {
                for (s, e) in cap_length(text, s, e) {
                    out.push(Sentence {
                        start: s,
                        end: e,
                        unit: i,
                    });
                }
            }
        }
        out
    }

    /// Sentence boundaries inside `text[start..end]`.
    pub fn split_range(&self, text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
        let slice = &text[start..end];
        let bytes = slice.as_bytes();
        let mut out = Vec::new();
        let mut sent_start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if matches!(b, b'.' | b'!' | b'?') {
                // Closing quotes and brackets belong to the sentence they close.
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'"' | b')' | b'\'') {
                    j += 1;
                }
                for closer in ["”", "’"] {
                    if slice[j..].starts_with(closer) {
                        j += closer.len();
                    }
                }
                if j < bytes.len() && bytes[j] == b' ' && self.is_boundary(slice, i, j + 1) {
                    push_trimmed(&mut out, slice, start, sent_start, j);
                    sent_start = j + 1;
                    i = j + 1;
                    continue;
                }
            }
            i += 1;
        }
        push_trimmed(&mut out, slice, start, sent_start, bytes.len());
        out
    }

    /// Is the period at `dot` a sentence end, given that the next sentence would start at `next`?
    fn is_boundary(&self, s: &str, dot: usize, next: usize) -> bool {
        let rest = &s[next..];
        let Some(first) = rest.chars().next() else {
            return false;
        };
        if !(first.is_uppercase()
            || first.is_ascii_digit()
            || matches!(first, '"' | '“' | '‘' | '(' | '['))
        {
            return false;
        }
        if s.as_bytes()[dot] != b'.' {
            return true;
        }
        // The word before the period, back to the previous space.
        let before = &s[..dot];
        let word_start = before.rfind(' ').map(|p| p + 1).unwrap_or(0);
        let word = before[word_start..].trim_start_matches(['(', '"', '“', '[']);
        if word.is_empty() {
            return true;
        }
        if self.abbreviations.contains(word) {
            return false;
        }
        // "et al." is two words.
        if word == "al" && before[..word_start].trim_end().ends_with("et") {
            return false;
        }
        // A single capital letter is an initial (`J. Smith`), unless it closes a
        // parenthesis-free sentence like "… Annex A." followed by a number: rare.
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if c.is_uppercase() {
                return false;
            }
        }
        // Dotted abbreviations such as `U.S.` or `a.i.` not in the list.
        if word.len() <= 6
            && word.contains('.')
            && word.chars().all(|c| c.is_alphabetic() || c == '.')
        {
            return false;
        }
        true
    }
}

/// The longest sentence, in bytes. Real sentences stay far below it; text
/// with no sentence ends (a 50 MB line with no period) is cut at spaces, since
/// every later stage works per sentence and evidence is a whole sentence.
pub const MAX_SENTENCE: usize = 4096;

/// `text[s..e]` in pieces of at most [`MAX_SENTENCE`] bytes, cut after a space
/// where there is one (else at a char boundary).
fn cap_length(text: &str, mut s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    while e - s > MAX_SENTENCE {
        let mut cut = s + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(sp) = text[s..cut].rfind(' ') {
            if sp > 0 {
                cut = s + sp;
            }
        }
        out.push((s, cut));
        s = cut;
        while s < e && text.as_bytes()[s] == b' ' {
            s += 1;
        }
    }
    if e > s {
        out.push((s, e));
    }
    out
}

fn push_trimmed(out: &mut Vec<(usize, usize)>, slice: &str, base: usize, s: usize, e: usize) {
    let part = &slice[s..e];
    let lead = part.len() - part.trim_start().len();
    let trail = part.len() - part.trim_end().len();
    if e - s > lead + trail {
        out.push((base + s + lead, base + e - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn sentences(text: &str) -> Vec<String> {
        let rules = RuleSet::default_rules();
        let sp = SentenceSplitter::new(rules.abbreviations.iter().map(String::as_str));
        sp.split_range(text, 0, text.len())
            .into_iter()
            .map(|(s, e)| text[s..e].to_string())
            .collect()
    }

    #[test]
    fn survives_un_abbreviations() {
        let cases: Vec<(&str, Vec<&str>)> = vec![
            (
                "The Secretary-General appointed Mr. Peter Sutherland. He accepted.",
                vec!["The Secretary-General appointed Mr. Peter Sutherland.", "He accepted."],
            ),
            (
                "See para. 2 of the report (A/C.2/61/L.12/Rev.1). Then Add.2 was issued.",
                vec!["See para. 2 of the report (A/C.2/61/L.12/Rev.1).", "Then Add.2 was issued."],
            ),
            (
                "A letter from H.E. Masood Khan, Chargé d'affaires a.i. of the Permanent Mission. It arrived.",
                vec!["A letter from H.E. Masood Khan, Chargé d'affaires a.i. of the Permanent Mission.", "It arrived."],
            ),
            (
                "Some bodies, e.g. IOM, i.e. the Organization, and others (Smith et al. 2005) met. No. 5 was read.",
                vec!["Some bodies, e.g. IOM, i.e. the Organization, and others (Smith et al. 2005) met.", "No. 5 was read."],
            ),
            (
                "It was adopted in resolution No. 60/227. “The forum,” she said.",
                vec!["It was adopted in resolution No. 60/227.", "“The forum,” she said."],
            ),
            (
                "Delegates met in the U.S. Mission in New York. They left.",
                vec!["Delegates met in the U.S. Mission in New York.", "They left."],
            ),
            ("Participants agreed (see annex.) Then left.", vec!["Participants agreed (see annex.)", "Then left."]),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), expected, "{text}");
        }
    }

    #[test]
    fn never_crosses_a_unit() {
        let text = "Date: 9-10 February 2006\nVenue: Cotonou, Benin";
        let n = crate::normalize::normalize(text);
        let sp = SentenceSplitter::new(["Mr"]);
        let got = sp.split(&n.text, &n.units);
        assert_eq!(got.len(), 2);
        assert_eq!(&n.text[got[1].start..got[1].end], "Venue: Cotonou, Benin");
    }
}
