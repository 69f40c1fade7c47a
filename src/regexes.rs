//! Regex helpers shared by the matchers.

use regex::{CaptureMatches, Regex};

/// `re.captures_iter(haystack)`, after a cheaper `is_match` check. Most rules
/// match no sentence they are tried on; `is_match` answers from the forward
/// scan alone, while a captures search also allocates its slots and, on a
/// match, scans again to find where it starts.
pub fn captures<'r, 'h>(re: &'r Regex, haystack: &'h str) -> Option<CaptureMatches<'r, 'h>> {
    re.is_match(haystack).then(|| re.captures_iter(haystack))
}

/// Which of several regexes may match a text, from the literals every match
/// of each must begin with (`Mr`, `Ms`, `President` …): one Aho-Corasick pass
/// over the text instead of one regex search per pattern. A pattern whose
/// matches may begin with anything always passes.
pub struct PrefixGate {
    automaton: Option<crate::skipscan::SmallSkipScan>,
    /// The pattern each literal of the automaton belongs to.
    owner: Vec<usize>,
    /// Patterns with no literal prefix.
    always: Vec<bool>,
}

impl PrefixGate {
    pub fn new(regexes: &[&Regex]) -> PrefixGate {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owner = Vec::new();
        let mut always = Vec::new();
        for (i, re) in regexes.iter().enumerate() {
            let prefixes = regex_syntax::Parser::new()
                .parse(re.as_str())
                .ok()
                .and_then(|hir| {
                    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
                    let lits = seq.literals()?;
                    (!lits.is_empty() && lits.iter().all(|l| !l.is_empty())).then(|| {
                        lits.iter()
                            .map(|l| l.as_bytes().to_vec())
                            .collect::<Vec<_>>()
                    })
                });
            always.push(prefixes.is_none());
            for l in prefixes.into_iter().flatten() {
                literals.push(l);
                owner.push(i);
            }
        }
        let automaton =
            (!literals.is_empty()).then(|| crate::skipscan::SkipScan::small_anywhere(&literals));
        PrefixGate {
            automaton,
            owner,
            always,
        }
    }

    /// For each pattern, whether it may match `text`.
    pub fn may_match(&self, text: &str) -> Vec<bool> {
        let mut out = self.always.clone();
        if let Some(ac) = &self.automaton {
            for (_, _, literal) in ac.overlapping(text) {
                out[self.owner[literal]] = true;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_passes_only_where_one_of_its_prefixes_is() {
        let titled = Regex::new(r"(?-u:\b)(?:Mr|Mrs|H\.E\.) (?P<name>\p{Lu}\p{Ll}+)").unwrap();
        let panel = Regex::new(r"[Rr]ound[- ]table \d").unwrap();
        let anything = Regex::new(r"\p{Lu}\p{Ll}+ said").unwrap();
        let gate = PrefixGate::new(&[&titled, &panel, &anything]);
        assert_eq!(
            gate.may_match("Mrs Robinson spoke"),
            vec![true, false, true]
        );
        assert_eq!(gate.may_match("at round-table 2"), vec![false, true, true]);
        assert_eq!(gate.may_match("nothing here"), vec![false, false, true]);
        // Overlapping prefixes ("Mr" inside "Mrs") are all seen.
        assert!(gate.may_match("H.E. Mrs")[0]);
    }
}
