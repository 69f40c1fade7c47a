//! Aho-Corasick searches driven by hand so that, whenever no pattern is under
//! way, the automaton jumps to the next byte that can begin one instead of
//! stepping through every byte. For names and head words, which begin a word,
//! it jumps to the next word that can begin one: in prose, most bytes are skipped.
//! An empty pattern is never found (a full search would find it everywhere).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind};

pub struct SkipScan<A> {
    automaton: A,
    start: StateID,
    /// Bytes that begin some pattern.
    first_bytes: [bool; 256],
    /// The same bytes as a list.
    first_list: Vec<u8>,
    /// The first bytes of every pattern, up to four, hashed into bit sets:
    /// one for the patterns of each length k below four bytes and one for
    /// those of four bytes or more, each with the mask of its first k bytes. A position
    /// where none of them begins cannot begin a pattern. Without them every
    /// "the" and "of" in the text was a start ("the Gambia", "observer").
    prefixes: Vec<(u32, Box<PrefixBits>)>,
    /// Whether a match must begin a word (no letter or digit just before it).
    word_start: bool,
}

/// For a few hundred patterns: a DFA, one table look-up per byte.
pub type SmallSkipScan = SkipScan<aho_corasick::dfa::DFA>;
/// For thousands of patterns (the gazetteer): an NFA, a tenth of a DFA's memory.
pub type LargeSkipScan = SkipScan<aho_corasick::nfa::contiguous::NFA>;

impl SmallSkipScan {
    /// Matches anywhere.
    pub fn small_anywhere<P: AsRef<[u8]>>(patterns: &[P]) -> SmallSkipScan {
        let dfa = aho_corasick::dfa::DFA::builder()
            .match_kind(MatchKind::Standard)
            .build(patterns)
            .expect("patterns build an automaton");
        SkipScan::with(dfa, patterns, false)
    }
}

impl LargeSkipScan {
    /// Matches that begin a word.
    pub fn large<P: AsRef<[u8]>>(patterns: &[P]) -> LargeSkipScan {
        let nfa = aho_corasick::nfa::contiguous::NFA::builder()
            .match_kind(MatchKind::Standard)
            .build(patterns)
            .expect("patterns build an automaton");
        SkipScan::with(nfa, patterns, true)
    }
}

impl<A: Automaton> SkipScan<A> {
    fn with<P: AsRef<[u8]>>(automaton: A, patterns: &[P], word_start: bool) -> SkipScan<A> {
        let start = automaton
            .start_state(Anchored::No)
            .expect("an unanchored automaton");
        let mut first_bytes = [false; 256];
        let mut by_length: [Option<Box<PrefixBits>>; 4] = Default::default();
        for p in patterns {
            let p = p.as_ref();
            if let Some(&b) = p.first() {
                first_bytes[b as usize] = true;
                let k = p.len().min(4);
                let bits = by_length[k - 1].get_or_insert_with(|| Box::new([0; PREFIX_WORDS]));
                set_bit(bits, prefix_hash(word_at(p) & mask(k)));
            }
        }
        let prefixes = (1..=4)
            .zip(by_length)
            .filter_map(|(k, bits)| Some((mask(k), bits?)))
            .collect();
        SkipScan {
            automaton,
            start,
            first_list: (0..=255u8).filter(|&b| first_bytes[b as usize]).collect(),
            first_bytes,
            prefixes,
            word_start,
        }
    }

    /// The next position from `at` where a pattern may begin (a word).
    fn next_start(&self, text: &str, at: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        if !self.word_start {
            let mut at = at;
            loop {
                let i = at + self.first_byte_from(&bytes[at..])?;
                if self.may_begin(bytes, i) {
                    return Some(i);
                }
                at = i + 1;
            }
        }
        // Whether the byte before is an ASCII letter or digit: the common case
        // is settled by a table; after any other non-ASCII byte the char is decoded.
        let mut after_alnum = at > 0 && bytes[at - 1].is_ascii_alphanumeric();
        for (i, &b) in bytes.iter().enumerate().skip(at) {
            if self.first_bytes[b as usize]
                && !after_alnum
                && self.may_begin(bytes, i)
                && starts_word(text, i)
            {
                return Some(i);
            }
            after_alnum = b.is_ascii_alphanumeric();
        }
        None
    }

    /// The offset in `bytes` of the first byte that begins some pattern; with
    /// at most three such bytes, a vectorized search.
    fn first_byte_from(&self, bytes: &[u8]) -> Option<usize> {
        match *self.first_list.as_slice() {
            [a] => memchr::memchr(a, bytes),
            [a, b] => memchr::memchr2(a, b, bytes),
            [a, b, c] => memchr::memchr3(a, b, c, bytes),
            _ => bytes.iter().position(|&b| self.first_bytes[b as usize]),
        }
    }

    /// Whether the bytes at `i` begin like some pattern (up to its fourth byte).
    #[inline]
    fn may_begin(&self, bytes: &[u8], i: usize) -> bool {
        let word = word_at(&bytes[i..]);
        let left = bytes.len() - i;
        self.prefixes.iter().any(|(mask, bits)| {
            // A prefix of k bytes needs k bytes left.
            (left >= 4 || *mask >> (8 * left) == 0) && has_bit(bits, prefix_hash(word & mask))
        })
    }

    /// Every occurrence of a pattern (that begins a word, if so built), as
    /// (start, end, pattern number), in the order of an overlapping
    /// Aho-Corasick search: by end, and the longer first. Patterns inside one
    /// of those come too.
    pub fn overlapping(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        self.scan(text, |start, end, pattern| {
            found.push((start, end, pattern));
            false
        });
        found
    }

    /// Does a pattern occur in `text` (from the start of a word, if so built)?
    pub fn is_match(&self, text: &str) -> bool {
        let mut hit = false;
        self.scan(text, |start, _, _| {
            hit = !self.word_start || starts_word(text, start);
            hit
        });
        hit
    }

    /// Steps the automaton over `text` and calls `each(start, end, pattern)`
    /// on every occurrence it reaches, until `each` returns true.
    fn scan(&self, text: &str, mut each: impl FnMut(usize, usize, usize) -> bool) {
        let aut = &self.automaton;
        let bytes = text.as_bytes();
        let mut sid = self.start;
        let mut at = 0;
        while at < bytes.len() {
            if sid == self.start {
                match self.next_start(text, at) {
                    Some(i) => at = i,
                    None => return,
                }
            }
            sid = aut.next_state(Anchored::No, sid, bytes[at]);
            at += 1;
            if aut.is_match(sid) {
                for k in 0..aut.match_len(sid) {
                    let pattern = aut.match_pattern(sid, k);
                    if each(at - aut.pattern_len(pattern), at, pattern.as_usize()) {
                        return;
                    }
                }
            }
        }
    }
}

const PREFIX_BITS: u32 = 16;
const PREFIX_WORDS: usize = (1 << PREFIX_BITS) / 64;
type PrefixBits = [u64; PREFIX_WORDS];

fn set_bit(bits: &mut PrefixBits, h: usize) {
    bits[h / 64] |= 1 << (h % 64);
}

fn has_bit(bits: &PrefixBits, h: usize) -> bool {
    bits[h / 64] & (1 << (h % 64)) != 0
}

/// The first four bytes of `bytes` as a little-endian word, zeros past its end.
#[inline]
fn word_at(bytes: &[u8]) -> u32 {
    match bytes.first_chunk::<4>() {
        Some(four) => u32::from_le_bytes(*four),
        None => {
            let mut word = [0u8; 4];
            word[..bytes.len()].copy_from_slice(bytes);
            u32::from_le_bytes(word)
        }
    }
}

/// The mask of the first `k` bytes (one to four) of a word.
fn mask(k: usize) -> u32 {
    (u64::MAX >> (64 - 8 * k)) as u32
}

/// A hash of a word of up to four bytes into `PREFIX_BITS` bits.
#[inline]
fn prefix_hash(word: u32) -> usize {
    (word.wrapping_mul(0x9E37_79B1) >> (32 - PREFIX_BITS)) as usize
}

/// Is there a word boundary at byte `pos` (before a match when `before`):
/// no letter or digit just before it (or just after it)? A byte inside a char
/// is inside a word.
pub fn is_word_boundary(text: &str, pos: usize, before: bool) -> bool {
    let bytes = text.as_bytes();
    let near = if before {
        pos.checked_sub(1).map(|p| bytes[p])
    } else {
        bytes.get(pos).copied()
    };
    match near {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) if before => text
            .get(..pos)
            .is_some_and(|t| !t.chars().next_back().is_some_and(char::is_alphanumeric)),
        Some(_) => text
            .get(pos..)
            .is_some_and(|t| !t.chars().next().is_some_and(char::is_alphanumeric)),
    }
}

/// A match may begin at `pos`: a word boundary before it.
fn starts_word(text: &str, pos: usize) -> bool {
    is_word_boundary(text, pos, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_patterns_that_begin_a_word_as_a_full_search_does() {
        let patterns = [
            "United Nations",
            "Nations",
            "UN",
            "Council",
            "Security Council",
            "the Gambia",
            "g7+",
            "EU",
        ];
        // Prefixes of patterns that are not patterns ("the", "g7", "E") must not hide one.
        let text = "the United Nations Security Council, UNDP and the Council; reUN, «UN», \
                    the the Gambia, g7 g7+ E EU";
        let full = aho_corasick::AhoCorasick::new(patterns).unwrap();
        let want: Vec<_> = full
            .find_overlapping_iter(text)
            .filter(|m| starts_word(text, m.start()))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        let got: Vec<_> = SkipScan::large(&patterns)
            .overlapping(text)
            .into_iter()
            .filter(|m| starts_word(text, m.0))
            .collect();
        assert_eq!(got, want);
        let anywhere: Vec<_> = full
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        assert_eq!(
            SkipScan::small_anywhere(&patterns).overlapping(text),
            anywhere
        );
        assert!(SkipScan::small_anywhere(&["UN"]).is_match("reUN"));
        // Two or three first bytes take the vectorized search.
        let few = ["the Forum", "The Forum", "Forum"];
        let text = "Then the the Forum; theForum. The Forum";
        let full: Vec<_> = aho_corasick::AhoCorasick::new(few)
            .unwrap()
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        assert_eq!(full.len(), 5);
        assert_eq!(SkipScan::small_anywhere(&few).overlapping(text), full);
        let s = SkipScan::large(&["Forum", "Group"]);
        assert!(s.is_match("the Global Forum met"));
        assert!(s.is_match("(Group of 77)"));
        assert!(!s.is_match("a forum, a subgroup, UNForum"));
    }
}
