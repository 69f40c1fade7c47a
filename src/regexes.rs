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

/// Where each of several regexes may match a text, from the literals every
/// match of each must begin with (`Mr`, `Ms`, `President` …): one
/// Aho-Corasick pass over the text instead of one regex search per pattern.
/// Knowing where a match may begin also spares the search for where it does:
/// an anchored search from each such place needs no reverse scan, which for
/// rules built of Unicode classes cost more than the forward one.
pub struct PrefixGate {
    automaton: Option<crate::skipscan::SmallSkipScan>,
    rules: LiteralRules,
}

impl PrefixGate {
    pub fn new(patterns: &[&str]) -> PrefixGate {
        let per_rule: Vec<Vec<Vec<u8>>> = patterns.iter().map(|re| prefixes(re)).collect();
        let (literals, rules) = LiteralRules::new(&per_rule, |a, b| a == b);
        let automaton =
            (!literals.is_empty()).then(|| crate::skipscan::SkipScan::small_anywhere(&literals));
        PrefixGate { automaton, rules }
    }

    /// For each pattern, where in `text` its matches may begin, in order:
    /// `None` for a pattern whose matches may begin anywhere.
    pub fn starts(&self, text: &str) -> Vec<Option<Vec<usize>>> {
        let mut out: Vec<Option<Vec<usize>>> = (0..self.rules.rules())
            .map(|r| (!self.rules.always[r]).then(Vec::new))
            .collect();
        let found = self.automaton.iter().flat_map(|ac| ac.overlapping(text));
        for (start, _, literal) in found {
            for &r in &self.rules.rules_of[literal] {
                if let Some(at) = &mut out[r] {
                    at.push(start);
                }
            }
        }
        for at in out.iter_mut().flatten() {
            at.sort_unstable();
            at.dedup();
        }
        out
    }
}

/// Every match of `re` in `haystack` that begins at one of `starts` (in
/// order), as `captures_iter` finds them when no match begins elsewhere: the
/// leftmost match begins at the first of those places where one does, and the
/// next search starts where it ends.
pub fn captures_from(
    re: &regex_automata::meta::Regex,
    haystack: &str,
    starts: &[usize],
) -> Vec<regex_automata::util::captures::Captures> {
    use regex_automata::{Anchored, Input};
    let mut found = Vec::new();
    let mut caps = re.create_captures();
    let mut from = 0;
    for &at in starts {
        if at < from {
            continue;
        }
        let input = Input::new(haystack).range(at..).anchored(Anchored::Yes);
        re.search_captures(&input, &mut caps);
        if let Some(m) = caps.get_match() {
            // Never empty: every match begins with a non-empty literal.
            from = m.end();
            found.push(caps.clone());
        }
    }
    found
}

/// The literals every match of `re` begins with; none if a match may begin
/// with anything (or with the empty string).
fn prefixes(re: &str) -> Vec<Vec<u8>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let Ok(hir) = regex_syntax::Parser::new().parse(re) else {
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

    const TITLED: &str = r"(?-u:\b)(?:Mr|Mrs|H\.E\.) (?P<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)";

    #[test]
    fn a_pattern_may_begin_only_where_one_of_its_prefixes_is() {
        let panel = r"[Rr]ound[- ]table \d";
        let anything = r"\p{Lu}\p{Ll}+ said";
        let gate = PrefixGate::new(&[TITLED, panel, anything]);
        assert_eq!(
            gate.starts("Mrs Robinson spoke"),
            vec![Some(vec![0]), Some(vec![]), None]
        );
        assert_eq!(
            gate.starts("at round-table 2"),
            vec![Some(vec![]), Some(vec![3]), None]
        );
        // Overlapping prefixes ("Mr" inside "Mrs") give one start.
        assert_eq!(gate.starts("H.E. Mrs Ogata")[0], Some(vec![0, 5]));
    }

    #[test]
    fn anchored_searches_from_the_starts_find_what_an_unanchored_search_does() {
        let unanchored = Regex::new(TITLED).unwrap();
        let anchored = regex_automata::meta::Regex::new(TITLED).unwrap();
        let gate = PrefixGate::new(&[TITLED]);
        for text in [
            "Mrs Robinson and Mr Kofi Annan met H.E. Mr Ban",
            // No word boundary before "Mr": the look-behind sees the text before the start.
            "AMr Smith, H.E. Mrs Ogata",
            "Mr Mr Mr Ali",
            "Mr Ábel Ñúñez",
            "",
        ] {
            let starts = gate.starts(text)[0].clone().unwrap();
            let found: Vec<_> = captures_from(&anchored, text, &starts)
                .iter()
                .map(|c| c.get_group_by_name("name").map(|s| &text[s.range()]))
                .collect();
            let expected: Vec<_> = unanchored
                .captures_iter(text)
                .map(|c| c.name("name").map(|m| m.as_str()))
                .collect();
            assert_eq!(found, expected, "{text}");
        }
    }
}
