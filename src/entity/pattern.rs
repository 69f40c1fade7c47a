//! Regex entity rules from `patterns.toml` (`[[entity]]`): people with titles
//! (`Mr. Peter Sutherland`, `H.E. Masood Khan`), round tables and panels.

use crate::error::Error;
use crate::model::{Mention, NodeType};
use crate::rules::{EntityRule, Patterns};
use regex_automata::meta::Regex;
use rustc_hash::FxHashSet as HashSet;

pub struct EntityPattern {
    name: &'static str,
    kind: NodeType,
    regex: Regex,
    canonical: Option<String>,
    span: Option<String>,
    not_after: String,
}

pub struct PatternMatcher {
    rules: Vec<EntityPattern>,
    gate: crate::regexes::PrefixGate,
    person_words: PersonWords,
    not_person: HashSet<String>,
}

/// The words that bound a personal name: titles, posts and sentence openers
/// that end it (`person_stop_words`, the title stop words: "Following Hurricane
/// Maria, the Secretary-General …") and ranks that may open it (`honorifics`).
/// The entity rules, the composites and the family-name merge share one set.
#[derive(Debug, Clone)]
pub struct PersonWords {
    stop: HashSet<String>,
    ranks: HashSet<String>,
    /// Ranks that are also given names, dropped before two names or more.
    full_name_ranks: HashSet<String>,
}

impl PersonWords {
    pub fn new(p: &Patterns) -> PersonWords {
        PersonWords {
            stop: p
                .person_stop_words
                .iter()
                .chain(&p.titles.stop_words)
                .cloned()
                .collect(),
            ranks: p.honorifics.iter().cloned().collect(),
            full_name_ranks: p.full_name_honorifics.iter().cloned().collect(),
        }
    }

    /// A personal name without the ranks that open it, up to the first title
    /// or post word or a possessive.
    pub fn clean(&self, name: &str) -> String {
        cut_person_name(self.drop_ranks(name), &self.stop)
    }

    /// Whether a name opens with a title or a rank ("Lieutenant-General …"):
    /// not a fuller form of a person's name.
    pub fn opens_with_title(&self, name: &str) -> bool {
        name.split([' ', '-'])
            .next()
            .is_some_and(|w| self.stop.contains(w) || self.ranks.contains(w))
    }

    /// A personal name without the ranks that open it: "Lieutenant-General Ali
    /// Abdullah Saleh" is Ali Abdullah Saleh ("Lieutenant-General": a rank, then
    /// any title word). The last word always stays.
    fn drop_ranks<'n>(&self, name: &'n str) -> &'n str {
        let mut name = name;
        while let Some((first, rest)) = name.split_once(' ') {
            let mut parts = first.split('-');
            let rank = parts.next().is_some_and(|w| self.ranks.contains(w))
                && parts.all(|w| self.ranks.contains(w) || self.stop.contains(w));
            // "Don Antonio Guzman" is Antonio Guzman; "Don MacKay" is Don MacKay.
            let full_name_rank = self.full_name_ranks.contains(first) && rest.contains(' ');
            if !rank && !full_name_rank {
                break;
            }
            name = rest;
        }
        name
    }
}

/// Expands `{{MACRO}}` and turns `\b` into an ASCII word boundary, which keeps
/// the regex engine on its fast path.
pub fn expand(pattern: &str, p: &Patterns) -> String {
    let mut s = pattern.to_string();
    for _ in 0..4 {
        let before = s.clone();
        for (k, v) in &p.macros {
            s = s.replace(&format!("{{{{{k}}}}}"), v);
        }
        if s == before {
            break;
        }
    }
    s.replace(r"\b", r"(?-u:\b)")
}

/// Fills `{group}` placeholders of a template from regex captures.
pub fn fill(template: &str, get: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &rest[open + 1..open + close];
        out.push_str(&get(key).unwrap_or_default());
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

impl PatternMatcher {
    pub fn new(p: &Patterns) -> Result<PatternMatcher, Error> {
        let expanded: Vec<String> = p.entity.iter().map(|r| expand(&r.pattern, p)).collect();
        let mut rules = Vec::new();
        for (r, pattern) in p.entity.iter().zip(&expanded) {
            rules.push(compile(r, pattern)?);
        }
        let gate = crate::regexes::PrefixGate::new(
            &expanded.iter().map(String::as_str).collect::<Vec<_>>(),
        );
        Ok(PatternMatcher {
            rules,
            gate,
            person_words: PersonWords::new(p),
            not_person: p.not_person_words.iter().cloned().collect(),
        })
    }

    pub fn find(&self, sentence: &str, offset: usize) -> Vec<Mention> {
        let mut out = Vec::new();
        for (rule, starts) in self.rules.iter().zip(self.gate.starts(sentence)) {
            let found = match starts {
                Some(starts) => crate::regexes::captures_from(&rule.regex, sentence, &starts),
                None => rule.regex.captures_iter(sentence).collect(),
            };
            for c in found {
                let Some(all) = c.get_match() else { continue };
                let group = |k: &str| c.get_group_by_name(k).map(|s| &sentence[s.range()]);
                if sentence[..all.start()]
                    .chars()
                    .next_back()
                    .is_some_and(|ch| rule.not_after.contains(ch))
                {
                    continue;
                }
                let mut name = match &rule.canonical {
                    Some(t) => fill(t, |k| group(k).map(str::to_string)),
                    None => sentence[all.range()].to_string(),
                };
                let (mut start, mut end) = match rule.span.as_deref() {
                    Some("all") | None => (all.start(), all.end()),
                    Some(g) => match c.get_group_by_name(g) {
                        Some(m) => (m.start, m.end),
                        None => continue,
                    },
                };
                if rule.kind == NodeType::Person {
                    let kept = self.trim_person(&name);
                    if kept.is_empty() {
                        continue;
                    }
                    if kept.len() < name.len() {
                        // The span ends where the kept name ends.
                        if let Some(pos) = sentence[start..end].rfind(kept.as_str()) {
                            end = start + pos + kept.len();
                        }
                    }
                    name = family_name_in_capitals(&kept);
                    if start > end {
                        start = end;
                    }
                }
                if start == end {
                    continue;
                }
                out.push(Mention {
                    kind: rule.kind,
                    start: offset + start,
                    end: offset + end,
                    name,
                    rule: rule.name,
                });
            }
        }
        out
    }

    /// A personal name cleaned by [`PersonWords::clean`], or nothing where a
    /// word shows it names a thing ("the King David Hotel").
    pub fn trim_person(&self, name: &str) -> String {
        if name.split(' ').any(|w| self.not_person.contains(w)) {
            return String::new();
        }
        let kept = self.person_words.clean(name);
        // Initials alone name no one: "submitted by Mr. A. The State party …".
        let initial = |w: &str| w.ends_with('.') && w.chars().all(|c| c == '.' || c.is_uppercase());
        if kept.split(' ').all(initial) {
            return String::new();
        }
        kept
    }
}

/// A personal name up to the first title or post word (`stop`), or up to a
/// possessive: "Sol Bloom's proposal" and "Reagan's Administration" name Bloom
/// and Reagan.
fn cut_person_name(name: &str, stop: &HashSet<String>) -> String {
    let mut words = Vec::new();
    for w in name.split(' ') {
        if stop.contains(w) {
            break;
        }
        // "Sol Bloom's", and "Dulles’" with only the apostrophe after an s.
        let bare_s = || {
            w.strip_suffix('\'')
                .or_else(|| w.strip_suffix('’'))
                .filter(|stem| stem.ends_with('s'))
        };
        if let Some(stem) = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .or_else(bare_s)
        {
            words.push(stem);
            break;
        }
        words.push(w);
    }
    words.join(" ")
}

/// Compiles one entity rule whose pattern has its macros expanded.
fn compile(r: &EntityRule, pattern: &str) -> Result<EntityPattern, Error> {
    let kind = NodeType::from_label(&r.kind).ok_or_else(|| Error::Rules {
        file: "patterns.toml".into(),
        message: format!("entity rule {}: unknown type {:?}", r.name, r.kind),
    })?;
    let regex = Regex::new(pattern).map_err(|e| Error::Rules {
        file: "patterns.toml".into(),
        message: format!("entity rule {}: {e}", r.name),
    })?;
    Ok(EntityPattern {
        name: Box::leak(r.name.clone().into_boxed_str()),
        kind,
        regex,
        canonical: r.canonical.clone(),
        span: r.span.clone(),
        not_after: r.not_after.clone(),
    })
}

/// "Reaz RAHMAN", as letters are signed: the family name in capitals is
/// written as in the rest of the text, "Reaz Rahman". A name all in capitals
/// is left as it is (a heading, not a signature).
fn family_name_in_capitals(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() > 1
            && w.chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '\'' || c == '’')
    };
    // "Benigno Aquino III": a regnal number after a name, not a family name.
    let numeral = |i: usize, w: &str| {
        i + 1 == words.len()
            && i > 0
            && !capitals(words[i - 1])
            && matches!(
                w,
                "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X"
            )
    };
    let in_capitals = |i: usize, w: &str| capitals(w) && !numeral(i, w);
    if !words.iter().enumerate().any(|(i, w)| in_capitals(i, w))
        || words.iter().all(|w| capitals(w))
    {
        return name.to_string();
    }
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if in_capitals(i, w) {
                title_case(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "CAMACHO-OMISTE" → "Camacho-Omiste", "O'BRIEN" → "O'Brien".
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'' | '’');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    #[test]
    fn a_family_name_in_capitals_is_written_as_in_the_text() {
        for (signed, name) in [
            ("Reaz RAHMAN", "Reaz Rahman"),
            ("Edgar CAMACHO-OMISTE", "Edgar Camacho-Omiste"),
            ("Sean O'BRIEN", "Sean O'Brien"),
            ("Wei LI", "Wei Li"),
            ("Benigno Aquino III", "Benigno Aquino III"),
            ("KOFI ANNAN", "KOFI ANNAN"),
            ("Kofi Annan", "Kofi Annan"),
        ] {
            assert_eq!(family_name_in_capitals(signed), name);
        }
    }

    #[test]
    fn people_lose_their_titles() {
        let r = RuleSet::default_rules();
        let m = PatternMatcher::new(&r.patterns).unwrap();
        let cases = [
            (
                "appointed Mr. Peter Sutherland as his Special Representative",
                vec!["Peter Sutherland"],
            ),
            (
                "a letter from H.E. Masood Khan, Ambassador and Permanent Representative",
                vec!["Masood Khan"],
            ),
            ("(Signed) Masood Khan Ambassador", vec!["Masood Khan"]),
            (
                "Mrs. Arbour transmitted the terms of reference",
                vec!["Arbour"],
            ),
            (
                "the Forum's Chair-in-Office (Ambassador Eduard Gnesa of Switzerland)",
                vec!["Eduard Gnesa"],
            ),
            ("Round table 1 focused on", vec!["Round table 1"]),
            // Ranks are no part of a name; a bare possessive apostrophe is not either.
            (
                "during President Lieutenant-General Ali Abdullah Saleh’s visit",
                vec!["Ali Abdullah Saleh"],
            ),
            ("as Mr. Dulles’ proposal showed", vec!["Dulles"]),
            // An honorific that is also a given name goes only before a full name.
            ("we thank Mr. Don Julio Acosta for", vec!["Julio Acosta"]),
            ("we thank Mr. Don MacKay for", vec!["Don MacKay"]),
        ];
        for (text, want) in cases {
            let mut got: Vec<String> = m.find(text, 0).into_iter().map(|x| x.name).collect();
            got.dedup();
            assert_eq!(got, want, "{text}");
        }
    }
}
