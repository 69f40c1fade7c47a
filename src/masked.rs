//! Masked sentences: the sentence text with every outermost mention replaced by
//! a token such as `<O3>` (type letter, mention number). Composite and relation
//! rules are regexes over this string, written with slots like `{S:OL}` that
//! match one token of the given types, or `{S+:OL}` for a list of them.

use crate::error::Error;
use crate::model::NodeType;
use crate::rules::Patterns;
use crate::sentence::Sentence;
use regex::{Captures, Regex};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::sync::OnceLock;

/// A mention as the masker sees it.
pub trait Masked {
    fn span(&self, i: usize) -> (usize, usize);
    fn kind(&self, i: usize) -> NodeType;
}

/// One masked sentence with the map back to the text.
#[derive(Debug, Clone)]
pub struct MaskedSentence {
    pub text: String,
    segs: Vec<Seg>,
    /// Type letters present, to skip rules that cannot match.
    pub codes: u32,
}

#[derive(Debug, Clone)]
struct Seg {
    m_start: usize,
    m_end: usize,
    t_start: usize,
    token: Option<usize>,
    t_end: usize,
}

pub fn code_bit(c: char) -> u32 {
    1 << (c as u32 - 'A' as u32)
}

impl MaskedSentence {
    /// Masks `text[start..end]`, replacing the mentions `ids` (sorted, non-overlapping).
    pub fn new(
        text: &str,
        start: usize,
        end: usize,
        ids: &[usize],
        arena: &impl Masked,
    ) -> MaskedSentence {
        let mut out = String::with_capacity(end - start);
        let mut segs = Vec::new();
        let mut codes = 0;
        let mut pos = start;
        let push_plain = |out: &mut String, segs: &mut Vec<Seg>, a: usize, b: usize| {
            if a >= b {
                return;
            }
            let m_start = out.len();
            let plain = &text[a..b];
            if plain.bytes().any(|b| b == b'<' || b == b'>') {
                out.extend(plain.chars().map(|c| match c {
                    '<' => '[',
                    '>' => ']',
                    c => c,
                }));
            } else {
                out.push_str(plain);
            }
            segs.push(Seg {
                m_start,
                m_end: out.len(),
                t_start: a,
                token: None,
                t_end: b,
            });
        };
        for &i in ids {
            let (s, e) = arena.span(i);
            if s < pos || e > end {
                continue;
            }
            push_plain(&mut out, &mut segs, pos, s);
            let code = arena.kind(i).code();
            codes |= code_bit(code);
            let m_start = out.len();
            out.push('<');
            out.push(code);
            let _ = write!(out, "{i}>");
            segs.push(Seg {
                m_start,
                m_end: out.len(),
                t_start: s,
                token: Some(i),
                t_end: e,
            });
            pos = e;
        }
        push_plain(&mut out, &mut segs, pos, end);
        MaskedSentence {
            text: out,
            segs,
            codes,
        }
    }

    /// The text offset of masked offset `pos` (a start when `start`, else an end).
    pub fn to_text(&self, pos: usize, start: bool) -> usize {
        for s in &self.segs {
            if start && pos >= s.m_start && pos < s.m_end
                || !start && pos > s.m_start && pos <= s.m_end
            {
                return match s.token {
                    Some(_) => {
                        if start {
                            s.t_start
                        } else {
                            s.t_end
                        }
                    }
                    None => s.t_start + (pos - s.m_start),
                };
            }
        }
        self.segs.last().map(|s| s.t_end).unwrap_or(0)
    }
}

/// Which rules may match a sentence, from the keywords each rule needs (any
/// of them, case-insensitive): one Aho-Corasick pass instead of one regex
/// search per rule.
#[derive(Debug, Clone)]
pub struct KeywordFilter {
    automaton: Option<aho_corasick::AhoCorasick>,
    rules: crate::regexes::LiteralRules,
}

impl KeywordFilter {
    pub fn new(rule_keywords: &[&[String]]) -> KeywordFilter {
        let per_rule: Vec<Vec<String>> = rule_keywords.iter().map(|k| k.to_vec()).collect();
        let (words, rules) =
            crate::regexes::LiteralRules::new(&per_rule, |a, b| a.eq_ignore_ascii_case(b));
        let automaton = (!words.is_empty()).then(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                // A few hundred keywords make a small DFA, which halves the
                // time of this pass over every sentence against the default NFA.
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&words)
                .expect("keywords build an automaton")
        });
        KeywordFilter { automaton, rules }
    }

    /// For each rule, whether it may match `text`.
    pub fn candidates(&self, text: &str) -> Vec<bool> {
        let found = self
            .automaton
            .iter()
            .flat_map(|ac| ac.find_overlapping_iter(text));
        self.rules.answer(found.map(|m| m.pattern().as_usize()))
    }
}

/// The keywords of the composite rules and of the relation rules in one
/// filter, so that one pass over a sentence answers for both families.
#[derive(Debug, Clone)]
pub struct RuleKeywords {
    filter: KeywordFilter,
    composites: usize,
}

impl RuleKeywords {
    /// The keywords of every `[[composite]]` and `[[relation]]` rule.
    pub fn from_patterns(p: &Patterns) -> RuleKeywords {
        let composites: Vec<&[String]> =
            p.composite.iter().map(|r| r.keywords.as_slice()).collect();
        let relations: Vec<&[String]> = p.relation.iter().map(|r| r.keywords.as_slice()).collect();
        RuleKeywords::new(&composites, &relations)
    }

    pub fn new(composites: &[&[String]], relations: &[&[String]]) -> RuleKeywords {
        let all: Vec<&[String]> = composites.iter().chain(relations).copied().collect();
        RuleKeywords {
            filter: KeywordFilter::new(&all),
            composites: composites.len(),
        }
    }

    /// The same rules with no keywords, so every rule is tried on every
    /// sentence (to test that keywords hide no match).
    pub fn ignored(&self) -> RuleKeywords {
        let none: Vec<&[String]> = vec![&[]; self.filter.rules.rules()];
        RuleKeywords::new(&none[..self.composites], &none[self.composites..])
    }

    fn candidates(&self, text: &str) -> Vec<bool> {
        self.filter.candidates(text)
    }

    /// The answers for the sentences of one document, each computed when first asked for.
    pub fn for_sentences<'a>(
        &'a self,
        text: &'a str,
        sentences: &'a [Sentence],
    ) -> SentenceKeywords<'a> {
        SentenceKeywords {
            keywords: self,
            text,
            sentences,
            cache: vec![None; sentences.len()],
        }
    }
}

/// Which rules may match each sentence of a document. The keywords are read
/// from the plain sentence: rules run on the masked one, but masking only
/// replaces names with tokens such as `<O3>`, which no keyword can match, so a
/// keyword present in the masked sentence is present in the plain one.
pub struct SentenceKeywords<'a> {
    keywords: &'a RuleKeywords,
    text: &'a str,
    sentences: &'a [Sentence],
    cache: Vec<Option<Vec<bool>>>,
}

impl SentenceKeywords<'_> {
    fn all(&mut self, s: usize) -> &[bool] {
        let (text, sentence) = (self.text, &self.sentences[s]);
        let keywords = self.keywords;
        self.cache[s]
            .get_or_insert_with(|| keywords.candidates(&text[sentence.start..sentence.end]))
    }

    /// For each composite rule, whether it may match sentence `s`.
    pub fn composites(&mut self, s: usize) -> &[bool] {
        let n = self.keywords.composites;
        &self.all(s)[..n]
    }

    /// For each relation rule, whether it may match sentence `s`.
    pub fn relations(&mut self, s: usize) -> &[bool] {
        let n = self.keywords.composites;
        &self.all(s)[n..]
    }

    /// For each relation rule, whether it may match `text`, a sentence with more
    /// than its own words (the author line, which names the document too).
    pub fn relations_in(&self, text: &str) -> Vec<bool> {
        self.keywords.candidates(text)[self.keywords.composites..].to_vec()
    }
}

/// Mention numbers of the tokens in a piece of masked text: `<L0>, <O12>` → 0, 12.
pub fn tokens_in(s: &str) -> Vec<usize> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < b.len() {
        if b[i] == b'<' && b[i + 1].is_ascii_uppercase() && b[i + 2].is_ascii_digit() {
            let digits = b[i + 2..].iter().take_while(|c| c.is_ascii_digit()).count();
            let end = i + 2 + digits;
            if b.get(end) == Some(&b'>') {
                if let Ok(n) = s[i + 2..end].parse() {
                    out.push(n);
                }
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Compiles a rule's `require.SLOT` or `forbid.SLOT` regexes, which test the
/// canonical name of the mention in a slot. `{{MACROS}}` expand as in patterns,
/// so one word list can serve a pattern and a condition.
pub fn slot_conditions(
    rule: &str,
    conditions: &BTreeMap<String, String>,
    p: &Patterns,
) -> Result<Vec<(String, Regex)>, Error> {
    conditions
        .iter()
        .map(|(slot, re)| {
            Regex::new(&crate::entity::pattern::expand(re, p))
                .map(|re| (slot.clone(), re))
                .map_err(|e| Error::Rules {
                    file: "patterns.toml".into(),
                    message: format!("rule {rule}: {e}"),
                })
        })
        .collect()
}

/// The named groups that take part in every match of `hir`: those outside
/// any alternative or optional repetition (or in every branch of an alternative).
fn required_groups(hir: &regex_syntax::hir::Hir) -> BTreeSet<String> {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Capture(c) => {
            let mut names = required_groups(&c.sub);
            if let Some(name) = &c.name {
                names.insert(name.to_string());
            }
            names
        }
        HirKind::Concat(parts) => parts.iter().flat_map(required_groups).collect(),
        HirKind::Alternation(branches) => {
            let mut sets = branches.iter().map(required_groups);
            let first = sets.next().unwrap_or_default();
            sets.fold(first, |acc, s| acc.intersection(&s).cloned().collect())
        }
        HirKind::Repetition(r) if r.min > 0 => required_groups(&r.sub),
        _ => BTreeSet::new(),
    }
}

/// `hir` with every repetition bounded above `LONG_GAP` made unbounded, if it has one.
fn unbounded(hir: &regex_syntax::hir::Hir) -> Option<regex_syntax::hir::Hir> {
    use regex_syntax::hir::{Capture, Hir, HirKind, Repetition};
    const LONG_GAP: u32 = 8;
    let many = |hirs: &[Hir]| {
        let relaxed: Vec<Option<Hir>> = hirs.iter().map(unbounded).collect();
        relaxed.iter().any(Option::is_some).then(|| {
            relaxed
                .into_iter()
                .zip(hirs)
                .map(|(r, h)| r.unwrap_or_else(|| h.clone()))
                .collect::<Vec<_>>()
        })
    };
    match hir.kind() {
        HirKind::Repetition(r) => {
            let sub = unbounded(&r.sub);
            let long = r.max.is_some_and(|m| m > LONG_GAP);
            (long || sub.is_some()).then(|| {
                Hir::repetition(Repetition {
                    max: if long { None } else { r.max },
                    sub: Box::new(sub.unwrap_or_else(|| (*r.sub).clone())),
                    ..r.clone()
                })
            })
        }
        HirKind::Capture(c) => unbounded(&c.sub).map(|sub| {
            Hir::capture(Capture {
                sub: Box::new(sub),
                ..c.clone()
            })
        }),
        HirKind::Concat(parts) => many(parts).map(Hir::concat),
        HirKind::Alternation(branches) => many(branches).map(Hir::alternation),
        _ => None,
    }
}

/// Lazy DFA cache per slot pattern and thread, twice the regex crate's
/// default: rules with bounded gaps (`[^<>;]{0,80}?`) need more states than
/// the default holds, and a full cache is cleared and rebuilt again and again
/// (6% of all instructions on the UNGD corpus).
const SLOT_PATTERN_DFA_BYTES: usize = 4 << 20;

/// A compiled masked pattern: the regex and, per slot, the type it takes from
/// inside a token (`{S:R>L}` takes the Location inside a Role).
#[derive(Debug, Clone)]
pub struct SlotPattern {
    pub regex: Regex,
    /// The pattern with its long bounded gaps (`[^<>;]{0,80}?`) unbounded: it
    /// matches wherever the pattern does, and its lazy DFA needs a few states
    /// where the pattern's needs one per position in the gap, so it is the
    /// cheap first test.
    relaxed: Option<Regex>,
    pub inner: BTreeMap<String, NodeType>,
    /// Type letters each slot accepts; a sentence must hold one of each.
    pub needs: Vec<u32>,
    pub slots: Vec<String>,
}

impl SlotPattern {
    pub fn compile(rule: &str, pattern: &str, p: &Patterns) -> Result<SlotPattern, Error> {
        static SLOT: OnceLock<Regex> = OnceLock::new();
        let slot_re = SLOT.get_or_init(|| {
            Regex::new(r"\{([A-Z][A-Z0-9]*)(\+)?:([A-Z*]+)(?:>([A-Z]))?\}").unwrap()
        });
        let and = p
            .macros
            .get("AND")
            .cloned()
            .unwrap_or_else(|| "(?:,? and |, )".into());
        let expanded = crate::entity::pattern::expand(pattern, p);
        let mut inner = BTreeMap::new();
        let mut needs = Vec::new();
        let mut slots = Vec::new();
        let mut bad = None;
        let re_text = slot_re.replace_all(&expanded, |c: &Captures| {
            let name = &c[1];
            let types = &c[3];
            let class = if types == "*" {
                "[A-Z]".to_string()
            } else {
                format!("[{types}]")
            };
            if let Some(sub) = c.get(4) {
                match NodeType::from_code(sub.as_str().chars().next().unwrap()) {
                    Some(t) => {
                        inner.insert(name.to_string(), t);
                    }
                    None => bad = Some(format!("unknown type letter in {}", &c[0])),
                }
            }
            if types != "*" {
                for ch in types.chars() {
                    if NodeType::from_code(ch).is_none() {
                        bad = Some(format!("unknown type letter {ch} in {}", &c[0]));
                    }
                }
                needs.push((
                    name.to_string(),
                    types.chars().map(code_bit).fold(0, |a, b| a | b),
                ));
            }
            slots.push(name.to_string());
            let tok = format!("<{class}[0-9]+>");
            if c.get(2).is_some() {
                format!("(?P<{name}>{tok}(?:{and}(?:the )?{tok})*)")
            } else {
                format!("(?P<{name}>{tok})")
            }
        });
        if let Some(b) = bad {
            return Err(Error::Rules {
                file: "patterns.toml".into(),
                message: format!("rule {rule}: {b}"),
            });
        }
        let regex = regex::RegexBuilder::new(&re_text)
            .dfa_size_limit(SLOT_PATTERN_DFA_BYTES)
            .build()
            .map_err(|e| Error::Rules {
                file: "patterns.toml".into(),
                message: format!("rule {rule}: {e}"),
            })?;
        let hir = regex_syntax::Parser::new().parse(&re_text).ok();
        // Only a slot that every match fills says which types a sentence must hold.
        let required = hir.as_ref().map(required_groups).unwrap_or_default();
        let relaxed = hir
            .and_then(|h| unbounded(&h))
            .and_then(|h| Regex::new(&h.to_string()).ok());
        Ok(SlotPattern {
            regex,
            relaxed,
            inner,
            needs: needs
                .into_iter()
                .filter(|(name, _)| required.contains(name.as_str()))
                .map(|(_, bits)| bits)
                .collect(),
            slots,
        })
    }

    /// The pattern's matches in `haystack`, if it has any.
    pub fn captures<'r, 'h>(&'r self, haystack: &'h str) -> Option<regex::CaptureMatches<'r, 'h>> {
        if self.relaxed.as_ref().is_some_and(|r| !r.is_match(haystack)) {
            return None;
        }
        crate::regexes::captures(&self.regex, haystack)
    }

    /// Could this pattern match a sentence holding these type letters?
    pub fn may_match(&self, codes: u32) -> bool {
        self.needs.iter().all(|n| n & codes != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake(Vec<(usize, usize, NodeType)>);
    impl Masked for Fake {
        fn span(&self, i: usize) -> (usize, usize) {
            (self.0[i].0, self.0[i].1)
        }
        fn kind(&self, i: usize) -> NodeType {
            self.0[i].2
        }
    }

    #[test]
    fn masks_and_maps_back() {
        let text = "The Government of Belgium offered to host the first meeting <x>.";
        let arena = Fake(vec![
            (18, 25, NodeType::Location),
            (46, 59, NodeType::Conference),
        ]);
        let m = MaskedSentence::new(text, 0, text.len(), &[0, 1], &arena);
        assert_eq!(
            m.text,
            "The Government of <L0> offered to host the <C1> [x]."
        );
        let at = m.text.find("<C1>").unwrap();
        assert_eq!(m.to_text(at, true), 46);
        assert_eq!(m.to_text(at + 4, false), 59);
        assert_eq!(m.to_text(4, true), 4);
        assert_eq!(tokens_in("<L0> and <O12>"), vec![0, 12]);
        assert_eq!(tokens_in("<O> <o3> <C4 <D5>'s"), vec![5]);
    }

    #[test]
    fn keywords_select_the_rules_that_may_match() {
        let kws = [
            vec!["host".to_string()],
            vec![],
            vec!["chaired by".to_string(), "presided".to_string()],
        ];
        let refs: Vec<&[String]> = kws.iter().map(|k| k.as_slice()).collect();
        let f = KeywordFilter::new(&refs);
        assert_eq!(
            f.candidates("<L0> offered to HOST <C1>"),
            vec![true, true, false]
        );
        assert_eq!(
            f.candidates("<C1> was presided over by <P2>"),
            vec![false, true, true]
        );
    }

    #[test]
    fn one_pass_answers_for_composites_and_relations() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let composites = [words(&["summit"]), words(&["board"])];
        let relations = [words(&["hosted"]), words(&["("])];
        fn refs(v: &[Vec<String>]) -> Vec<&[String]> {
            v.iter().map(|k| k.as_slice()).collect()
        }
        let rk = RuleKeywords::new(&refs(&composites), &refs(&relations));
        let text = "Kenya hosted the Summit. The Board met.";
        let sentences = [
            Sentence {
                start: 0,
                end: 24,
                unit: 0,
            },
            Sentence {
                start: 25,
                end: 39,
                unit: 0,
            },
        ];
        let mut sk = rk.for_sentences(text, &sentences);
        assert_eq!(sk.composites(0), [true, false]);
        assert_eq!(sk.relations(0), [true, false]);
        assert_eq!(sk.composites(1), [false, true]);
        assert_eq!(sk.relations(1), [false, false]);
        // The author line gains a "(" the plain sentence does not have.
        assert_eq!(sk.relations_in("The Board met. (<D3>)"), vec![false, true]);
    }

    #[test]
    fn slot_conditions_expand_macros() {
        let mut p = Patterns::default();
        p.macros.insert("ORGAN".into(), "Council|Bureau".into());
        let conds = BTreeMap::from([("X".to_string(), "^(?:{{ORGAN}}) of ".to_string())]);
        let c = slot_conditions("t", &conds, &p).unwrap();
        assert_eq!(c[0].0, "X");
        assert!(c[0].1.is_match("Bureau of the Conference"));
        assert!(!c[0].1.is_match("Office of the Conference"));
        let bad = BTreeMap::from([("X".to_string(), "(".to_string())]);
        assert!(slot_conditions("t", &bad, &p).is_err());
    }

    #[test]
    fn slots_compile_to_token_groups() {
        let p = Patterns::default();
        let sp = SlotPattern::compile("t", r"{S+:LO} host {O:C}", &p).unwrap();
        let c = sp
            .regex
            .captures("<L0>, <L1> and the <O2> host <C3>")
            .unwrap();
        assert_eq!(&c["S"], "<L0>, <L1> and the <O2>");
        assert_eq!(&c["O"], "<C3>");
        assert!(sp.may_match(code_bit('L') | code_bit('C')));
        assert!(!sp.may_match(code_bit('L')));
        assert!(SlotPattern::compile("t", "{S:Q}", &p).is_err());
    }

    #[test]
    fn long_gaps_are_tested_unbounded_first() {
        let p = Patterns::default();
        let sp = SlotPattern::compile("t", r"{S:O}[^<>;]{0,20}?\bhosted\b {O:C}", &p).unwrap();
        let relaxed = sp.relaxed.as_ref().expect("a long gap is relaxed");
        let near = "<O1> in its capital hosted <C2>";
        let far = format!("<O1> {} hosted <C2>", "x".repeat(30));
        assert!(sp.regex.is_match(near) && relaxed.is_match(near));
        // The relaxed test lets the far one through; the pattern itself decides.
        assert!(relaxed.is_match(&far) && !sp.regex.is_match(&far));
        assert!(sp.captures(&far).is_none());
        assert_eq!(sp.captures(near).unwrap().count(), 1);
        let short = SlotPattern::compile("t", r"{S:O}(?: [a-z]+){0,3} hosted {O:C}", &p).unwrap();
        assert!(short.relaxed.is_none());
    }

    #[test]
    fn only_slots_every_match_fills_are_needed() {
        let p = Patterns::default();
        let needs = |pattern: &str| SlotPattern::compile("t", pattern, &p).unwrap().needs;
        let (o, l, r) = (code_bit('O'), code_bit('L'), code_bit('R'));
        // An alternative before the slots does not make them optional.
        assert_eq!(needs(r"(?:^|, )by {A:O}, {B:R}"), vec![o, r]);
        assert_eq!(needs(r"{A:O}(?: in {B:L})?"), vec![o]);
        assert_eq!(needs(r"(?:{A:O}|{B:L}) met"), Vec::<u32>::new());
        assert_eq!(needs(r"{A:*} of {B:OL}"), vec![o | l]);
        let sp = SlotPattern::compile("t", r"{A:O}(?: in {B:L})?", &p).unwrap();
        assert!(sp.may_match(o) && !sp.may_match(l));
    }
}
