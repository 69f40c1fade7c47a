//! Regex helpers shared by the matchers.

use regex::{CaptureMatches, Regex};

/// `re.captures_iter(haystack)`, after a cheaper `is_match` check. Most rules
/// match no sentence they are tried on; `is_match` answers from the forward
/// scan alone, while a captures search also allocates its slots and, on a
/// match, scans again to find where it starts.
pub fn captures<'r, 'h>(re: &'r Regex, haystack: &'h str) -> Option<CaptureMatches<'r, 'h>> {
    re.is_match(haystack).then(|| re.captures_iter(haystack))
}

/// Which rules a search for literals lets run: each rule lists literals (a
/// keyword, a prefix its matches begin with) and may run where one of them is
/// found; a rule that lists none always runs. The gates of the keyword filter
/// and of the entity rules both answer this way.
#[derive(Debug, Clone)]
pub struct LiteralRules {
    /// The rules each distinct literal lets run.
    rules_of: Vec<Vec<usize>>,
    /// The answer where no literal is found: the rules that list none.
    always: Vec<bool>,
}

impl LiteralRules {
    /// The index of `per_rule` (each rule's literals) and the distinct
    /// literals, numbered as `answer` takes them; `same` says when two
    /// literals are one (ignoring ASCII case, for keywords).
    pub fn new<L: Clone>(
        per_rule: &[Vec<L>],
        same: impl Fn(&L, &L) -> bool,
    ) -> (Vec<L>, LiteralRules) {
        let mut literals: Vec<L> = Vec::new();
        let mut rules_of: Vec<Vec<usize>> = Vec::new();
        for (r, lits) in per_rule.iter().enumerate() {
            for l in lits {
                let k = literals.iter().position(|x| same(x, l)).unwrap_or_else(|| {
                    literals.push(l.clone());
                    rules_of.push(Vec::new());
                    literals.len() - 1
                });
                // A literal listed twice by one rule lets it run once.
                if rules_of[k].last() != Some(&r) {
                    rules_of[k].push(r);
                }
            }
        }
        let always = per_rule.iter().map(Vec::is_empty).collect();
        (literals, LiteralRules { rules_of, always })
    }

    /// For each rule, whether it may run where the literals `found` are.
    pub fn answer(&self, found: impl IntoIterator<Item = usize>) -> Vec<bool> {
        let mut out = self.always.clone();
        for k in found {
            for &r in &self.rules_of[k] {
                out[r] = true;
            }
        }
        out
    }

    /// How many rules there are.
    pub fn rules(&self) -> usize {
        self.always.len()
    }
}

/// Which of several regexes may match a text, from the literals every match
/// of each must begin with (`Mr`, `Ms`, `President` …): one Aho-Corasick pass
/// over the text instead of one regex search per pattern. A pattern whose
/// matches may begin with anything always passes.
pub struct PrefixGate {
    automaton: Option<crate::skipscan::SmallSkipScan>,
    rules: LiteralRules,
}

impl PrefixGate {
    pub fn new(regexes: &[&Regex]) -> PrefixGate {
        let per_rule: Vec<Vec<Vec<u8>>> = regexes.iter().map(|re| prefixes(re)).collect();
        let (literals, rules) = LiteralRules::new(&per_rule, |a, b| a == b);
        let automaton =
            (!literals.is_empty()).then(|| crate::skipscan::SkipScan::small_anywhere(&literals));
        PrefixGate { automaton, rules }
    }

    /// For each pattern, whether it may match `text`.
    pub fn may_match(&self, text: &str) -> Vec<bool> {
        let found = self.automaton.iter().flat_map(|ac| ac.overlapping(text));
        self.rules.answer(found.map(|(_, _, literal)| literal))
    }
}

/// The literals every match of `re` begins with; none if a match may begin
/// with anything (or with the empty string).
fn prefixes(re: &Regex) -> Vec<Vec<u8>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let Ok(hir) = regex_syntax::Parser::new().parse(re.as_str()) else {
        return Vec::new();
    };
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    match seq.literals() {
        Some(lits) if !lits.is_empty() && lits.iter().all(|l| !l.is_empty()) => {
            lits.iter().map(|l| l.as_bytes().to_vec()).collect()
        }
        _ => Vec::new(),
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
