//! Entity matching, second layer: composite entities built from the ones
//! already found, by the `[[composite]]` rules of `patterns.toml` run over masked
//! sentences (`Minister of Labour of <L3>` → a Role; `first meeting of <O5>` →
//! a Conference; `Government of <L2>` → the Location itself), and the
//! `[[rename]]` rules that give canonical names their UN form.

use crate::arena::Arena;
use crate::entity::gazetteer::Gazetteer;
use crate::error::Error;
use crate::masked::{tokens_in, MaskedSentence, SlotPattern};
use crate::model::{Mention, NodeKey, NodeType, RelType};
use crate::rules::Patterns;
use crate::sentence::Sentence;
use regex::{Captures, Regex};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    New,
    Absorb,
    PartOf,
    Retype,
}

pub struct CompositeRule {
    name: &'static str,
    action: Action,
    kind: Option<NodeType>,
    pattern: SlotPattern,
    canonical: Option<String>,
    span: Option<String>,
    unless: BTreeMap<String, Vec<String>>,
    require: Vec<(String, Regex)>,
    forbid: Vec<(String, Regex)>,
    emit: Vec<(String, RelType, String)>,
}

/// One match of a rule: slot mentions, the text span, and rendered groups.
type Match = (
    BTreeMap<String, Vec<usize>>,
    (usize, usize),
    BTreeMap<String, String>,
);

/// What composite rules consult to name what they build.
pub struct Naming<'a> {
    pub renamer: &'a Renamer,
    pub gaz: &'a Gazetteer,
}

pub struct Renamer {
    rules: Vec<(NodeType, Regex, String)>,
    /// Words that end a personal name ("Your Majesties" is no one).
    person_words: crate::entity::pattern::PersonWords,
}

/// A relation a composite rule states by building an entity, with the mentions it joins.
#[derive(Debug, Clone)]
pub struct Stated {
    pub subject: usize,
    pub kind: RelType,
    pub object: usize,
    pub sentence: usize,
    pub rule: &'static str,
}

fn bad(rule: &str, msg: impl std::fmt::Display) -> Error {
    Error::Rules {
        file: "patterns.toml".into(),
        message: format!("rule {rule}: {msg}"),
    }
}

pub fn parse_emit(
    rule: &str,
    emit: &[[String; 3]],
) -> Result<Vec<(String, RelType, String)>, Error> {
    emit.iter()
        .map(|[s, t, o]| {
            RelType::from_name(t)
                .map(|t| (s.clone(), t, o.clone()))
                .ok_or_else(|| bad(rule, format!("unknown relation type {t:?}")))
        })
        .collect()
}

impl CompositeRule {
    pub fn compile_all(p: &Patterns) -> Result<Vec<CompositeRule>, Error> {
        p.composite
            .iter()
            .map(|r| {
                let action = match r.action.as_deref() {
                    None | Some("new") => Action::New,
                    Some("absorb") => Action::Absorb,
                    Some("part-of") => Action::PartOf,
                    Some("retype") => Action::Retype,
                    Some(a) => return Err(bad(&r.name, format!("unknown action {a:?}"))),
                };
                let kind = match &r.kind {
                    Some(k) => Some(
                        NodeType::from_label(k)
                            .ok_or_else(|| bad(&r.name, format!("unknown type {k:?}")))?,
                    ),
                    None => None,
                };
                if matches!(action, Action::New | Action::Retype) && kind.is_none() {
                    return Err(bad(&r.name, "a new entity needs a type"));
                }
                let require = crate::masked::slot_conditions(&r.name, &r.require, p)?;
                let forbid = crate::masked::slot_conditions(&r.name, &r.forbid, p)?;
                Ok(CompositeRule {
                    name: Box::leak(r.name.clone().into_boxed_str()),
                    action,
                    kind,
                    pattern: SlotPattern::compile(&r.name, &r.pattern, p)?,
                    canonical: r.canonical.clone(),
                    span: r.span.clone(),
                    unless: r.unless.clone(),
                    require,
                    forbid,
                    emit: parse_emit(&r.name, &r.emit)?,
                })
            })
            .collect()
    }

    /// Applies every rule, in order, to every sentence of the document. A
    /// sentence is masked once and masked again only after a rule changed it.
    pub fn apply_all(
        rules: &[CompositeRule],
        keywords: &mut crate::masked::SentenceKeywords,
        arena: &mut Arena,
        text: &str,
        sentences: &[Sentence],
        naming: &Naming,
        stated: &mut Vec<Stated>,
    ) {
        for (s, sent) in sentences.iter().enumerate() {
            let mask = |arena: &Arena| {
                let ids = arena.outermost(s);
                MaskedSentence::new(text, sent.start, sent.end, &ids, arena)
            };
            let mut masked = mask(arena);
            if masked.codes == 0 {
                continue;
            }
            let candidates = keywords.composites(s);
            for (rule, _) in rules.iter().zip(candidates).filter(|(_, &c)| c) {
                if rule.apply(arena, text, s, &masked, naming, stated) {
                    masked = mask(arena);
                }
            }
        }
    }

    /// Applies the rule to one masked sentence; true if it changed the mentions.
    fn apply(
        &self,
        arena: &mut Arena,
        text: &str,
        s: usize,
        masked: &MaskedSentence,
        naming: &Naming,
        stated: &mut Vec<Stated>,
    ) -> bool {
        if !self.pattern.may_match(masked.codes) {
            return false;
        }
        let matches: Vec<Match> = self
            .pattern
            .captures(&masked.text)
            .into_iter()
            .flatten()
            .filter_map(|c| self.read(&c, masked, arena, text, naming.gaz))
            .collect();
        let changed = !matches.is_empty();
        for (slots, span, groups) in matches {
            self.build(arena, s, slots, span, groups, naming, stated);
        }
        changed
    }

    /// Slot mentions, the text span and rendered groups of one match, if the rule's conditions hold.
    fn read(
        &self,
        c: &Captures,
        masked: &MaskedSentence,
        arena: &Arena,
        text: &str,
        gaz: &Gazetteer,
    ) -> Option<Match> {
        let mut slots = BTreeMap::new();
        for name in &self.pattern.slots {
            if let Some(m) = c.name(name) {
                let mut ids = tokens_in(m.as_str());
                if let Some(t) = self.pattern.inner.get(name) {
                    ids = ids.into_iter().filter_map(|i| arena.inner(i, *t)).collect();
                }
                if !ids.is_empty() {
                    slots.insert(name.clone(), ids);
                }
            }
        }
        // "the Prime Minister of the Haitian Government" is no post of a place
        // called "Haitian Government": who acts for a country names nothing new.
        if matches!(self.action, Action::New)
            && slots.values().any(|ids| {
                ids.iter()
                    .any(|&i| arena.items[i].rule == "gazetteer-agent")
            })
        {
            return None;
        }
        for (slot, names) in &self.unless {
            if let Some(ids) = slots.get(slot) {
                if names.iter().any(|n| *n == arena.items[ids[0]].name) {
                    return None;
                }
            }
        }
        for (slot, re) in &self.require {
            match slots.get(slot) {
                Some(ids) if re.is_match(&arena.items[ids[0]].name) => {}
                _ => return None,
            }
        }
        for (slot, re) in &self.forbid {
            // A slot's mention by its name; a plain group by its text.
            let forbidden = match slots.get(slot) {
                Some(ids) => re.is_match(&arena.items[ids[0]].name),
                None => c.name(slot).is_some_and(|g| re.is_match(g.as_str())),
            };
            if forbidden {
                return None;
            }
        }
        let whole = c.get(0).unwrap();
        let m = match &self.span {
            Some(g) if g != "all" => c.name(g)?,
            _ => whole,
        };
        let span = (
            masked.to_text(m.start(), true),
            masked.to_text(m.end(), false),
        );
        let mut groups = BTreeMap::new();
        for name in self.pattern.regex.capture_names().flatten() {
            if let Some(g) = c.name(name) {
                let (s, e) = (
                    masked.to_text(g.start(), true),
                    masked.to_text(g.end(), false),
                );
                let rendered = if let Some(ids) = slots.get(name) {
                    arena.items[ids[0]].name.clone()
                } else {
                    render_group(&text[s..e], g.as_str(), arena)
                };
                groups.insert(name.to_string(), rendered);
            }
        }
        // "President of the United States" keeps the article the text gives the
        // country, but "of the Republic of Uganda" is "of Uganda".
        if let Some(&l) = slots.get("L").and_then(|v| v.first()) {
            let m = &arena.items[l];
            let surface = &text[m.start..m.end];
            if surface.starts_with("the ") || surface.starts_with("The ") {
                // The mention took the article: "President of the United States".
                groups.insert("the".into(), "the ".into());
            } else if surface.len() > m.name.len() && !starts_with_word(surface, &m.name) {
                // An official long form: "President of the Republic of Uganda", "of
                // the French Republic" (but "of the United States of America" keeps it).
                groups.insert("the".into(), String::new());
            }
            // A country the rules know is named one way, whatever the text does:
            // "Head of State of Philippines" is the Head of State of the Philippines.
            if let Some(the) = gaz.takes_article(&m.name) {
                groups.insert("the".into(), if the { "the " } else { "" }.into());
            }
        }
        Some((slots, span, groups))
    }

    #[allow(clippy::too_many_arguments)]
    fn build(
        &self,
        arena: &mut Arena,
        s: usize,
        slots: BTreeMap<String, Vec<usize>>,
        span: (usize, usize),
        groups: BTreeMap<String, String>,
        naming: &Naming,
        stated: &mut Vec<Stated>,
    ) {
        let (renamer, gaz) = (naming.renamer, naming.gaz);
        let this = match self.action {
            Action::New => {
                let kind = self.kind.unwrap();
                let template = self.canonical.as_deref().unwrap_or("{0}");
                let mut name = renamer.rename(kind, &fill_template(template, &groups));
                // A built name the gazetteer knows takes its canonical form
                // ("Council of the International Organization for Migration" → "IOM Council").
                // "fourth World Conference on Women" is the gazetteer's "Fourth …".
                let known = gaz
                    .lookup(&name)
                    .or_else(|| gaz.lookup(&capitalize_first(&name)))
                    .filter(|t| t.kind == kind);
                if let Some(t) = known {
                    name = t.canonical.clone();
                }
                if name.trim().is_empty() || span.0 >= span.1 {
                    return;
                }
                // The span must not cut through a mention.
                let crossing = arena.outermost(s).into_iter().any(|k| {
                    let m = &arena.items[k];
                    m.start < span.1 && m.end > span.0 && !(m.start >= span.0 && m.end <= span.1)
                });
                if crossing {
                    return;
                }
                Some(arena.push_covering(
                    Mention {
                        kind,
                        start: span.0,
                        end: span.1,
                        name,
                        rule: self.name,
                    },
                    s,
                ))
            }
            Action::Absorb => {
                let Some(x) = slots.get("X").filter(|v| v.len() == 1).map(|v| v[0]) else {
                    return;
                };
                let m = arena.items[x].clone();
                Some(arena.push_covering(
                    Mention {
                        start: span.0,
                        end: span.1,
                        rule: self.name,
                        ..m
                    },
                    s,
                ))
            }
            Action::Retype => {
                for &x in slots.get("X").into_iter().flatten() {
                    arena.items[x].kind = self.kind.unwrap();
                }
                None
            }
            Action::PartOf => {
                let (Some(x), Some(y)) =
                    (slots.get("X").map(|v| v[0]), slots.get("Y").map(|v| v[0]))
                else {
                    return;
                };
                if !arena.items[x].rule.starts_with("gazetteer") {
                    let name = format!("{} of the {}", arena.items[x].name, arena.items[y].name);
                    arena.items[x].name = name;
                }
                None
            }
        };
        for (a, kind, b) in &self.emit {
            let pick = |slot: &str| -> Vec<usize> {
                if slot == "SELF" {
                    this.into_iter().collect()
                } else {
                    slots.get(slot).cloned().unwrap_or_default()
                }
            };
            for &subject in &pick(a) {
                for &object in &pick(b) {
                    stated.push(Stated {
                        subject,
                        kind: *kind,
                        object,
                        sentence: s,
                        rule: self.name,
                    });
                }
            }
        }
    }
}

/// `text` begins with the words of `name` ("Mongolia" does not begin
/// "Mongolian People's Republic").
fn starts_with_word(text: &str, name: &str) -> bool {
    text.strip_prefix(name)
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
}

fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Masked text of a group with tokens replaced by the canonical names.
fn render_group(plain: &str, masked: &str, arena: &Arena) -> String {
    if !masked.contains('<') {
        return plain.to_string();
    }
    let mut out = String::new();
    let mut rest = masked;
    for id in tokens_in(masked) {
        let tok = format!("<{}{}>", arena.items[id].kind.code(), id);
        if let Some(p) = rest.find(&tok) {
            out.push_str(&rest[..p]);
            out.push_str(&arena.items[id].name);
            rest = &rest[p + tok.len()..];
        }
    }
    out.push_str(rest);
    out
}

/// `{group}` inserts a group or slot; `[[ to the {O}]]` is left out when a
/// placeholder inside it is empty.
pub fn fill_template(template: &str, groups: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find("[[") {
        out.push_str(&fill_simple(&rest[..open], groups));
        let Some(close) = rest[open..].find("]]") else {
            break;
        };
        let inner = &rest[open + 2..open + close];
        let all_present = placeholders(inner)
            .iter()
            .all(|k| groups.get(k).is_some_and(|v| !v.is_empty()));
        if all_present {
            out.push_str(&fill_simple(inner, groups));
        }
        rest = &rest[open + close + 2..];
    }
    out.push_str(&fill_simple(rest, groups));
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn placeholders(s: &str) -> Vec<String> {
    let mut v = Vec::new();
    let mut rest = s;
    while let Some(o) = rest.find('{') {
        if let Some(c) = rest[o..].find('}') {
            v.push(rest[o + 1..o + c].to_string());
            rest = &rest[o + c + 1..];
        } else {
            break;
        }
    }
    v
}

fn fill_simple(s: &str, groups: &BTreeMap<String, String>) -> String {
    crate::entity::pattern::fill(s, |k| groups.get(k).cloned())
}

impl Renamer {
    pub fn new(p: &Patterns) -> Result<Renamer, Error> {
        let mut rules = Vec::new();
        for r in &p.rename {
            let kind = NodeType::from_label(&r.kind)
                .ok_or_else(|| bad("rename", format!("unknown type {:?}", r.kind)))?;
            rules.push((
                kind,
                Regex::new(&crate::entity::pattern::expand(&r.from, p))
                    .map_err(|e| bad("rename", e))?,
                r.to.clone(),
            ));
        }
        Ok(Renamer {
            rules,
            person_words: crate::entity::pattern::PersonWords::new(p),
        })
    }

    pub fn rename(&self, kind: NodeType, name: &str) -> String {
        let mut n = name.trim().to_string();
        if kind == NodeType::Person {
            n = title_case_capitals(&self.person_words.clean(&n));
        }
        for (k, re, to) in &self.rules {
            if *k == kind {
                n = re.replace_all(&n, to.as_str()).into_owned();
            }
        }
        trim_title(&n)
    }

    /// Renames every mention of the arena.
    pub fn apply(&self, arena: &mut Arena) {
        for m in arena.items.iter_mut() {
            let n = self.rename(m.kind, &m.name);
            if n != m.name && !n.is_empty() {
                m.name = n;
            }
        }
    }
}

/// A family name written in capitals is written in title case: "Volkan BOZKIR" is
/// Volkan Bozkir, "LEE Jong-wook" Lee Jong-wook (but "John Smith III" keeps its numeral).
fn title_case_capitals(name: &str) -> String {
    let capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '\'' || c == '’')
            && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    };
    if !name.split(' ').any(capitals) {
        return name.to_string();
    }
    let recase = |w: &str| {
        let mut out = String::new();
        let mut start = true;
        for c in w.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = c == '-';
        }
        out
    };
    let words: Vec<String> = name
        .split(' ')
        .map(|w| {
            if capitals(w) {
                recase(w)
            } else {
                w.to_string()
            }
        })
        .collect();
    words.join(" ")
}

/// Drops connectors left dangling at the end of a name.
fn trim_title(s: &str) -> String {
    let mut t = s.trim().trim_end_matches([',', ';', ':']).to_string();
    loop {
        let before = t.clone();
        for w in [
            " and", " of", " the", " on", " for", " in", " to", " with", " all",
        ] {
            if let Some(x) = t.strip_suffix(w) {
                t = x.trim_end().to_string();
            }
        }
        if t == before {
            break;
        }
    }
    t
}

/// The key of a mention, for relations.
pub fn key(arena: &Arena, i: usize) -> NodeKey {
    arena.items[i].key()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_and_drop_optional_parts() {
        let mut g = BTreeMap::new();
        g.insert("title".to_string(), "Permanent Representative".to_string());
        g.insert("L".to_string(), "Benin".to_string());
        assert_eq!(
            fill_template("{title} of {L}[[ to the {O}]]", &g),
            "Permanent Representative of Benin"
        );
        g.insert("O".to_string(), "United Nations".to_string());
        assert_eq!(
            fill_template("{title} of {L}[[ to the {O}]]", &g),
            "Permanent Representative of Benin to the United Nations"
        );
    }

    #[test]
    fn titles_lose_dangling_connectors() {
        assert_eq!(
            trim_title("Special Rapporteur on the human rights of"),
            "Special Rapporteur on the human rights"
        );
        assert_eq!(trim_title("Migration and"), "Migration");
    }
}
