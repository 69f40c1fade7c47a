//! Alias resolution within one document, recorded as aliases and never silent:
//! - an acronym in parentheses binds to the name before it
//!   (`International Organization for Migration (IOM)`), and a later bare `IOM`
//!   resolves to the same entity;
//! - a quoted title before a symbol names that document (`"…" (ESA/P/WP.197)`);
//! - a definite description resolves to the last entity so named
//!   (`the Forum` → the forum last named; `the Assembly` → General Assembly);
//! - a short form resolves to the full title it begins (`High-level Dialogue`);
//! - a family name alone resolves to the person (`Mrs. Arbour` → Louise Arbour);
//! - a long name given in capitals and again in lower case is one entity;
//! - a name shortened by an acronym is spelled out (`UNEP Governing Council`).

use crate::arena::Arena;
use crate::entity::gazetteer::Gazetteer;
use crate::model::{Mention, NodeKey, NodeType};
use crate::sentence::Sentence;
use regex::Regex;
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Extra names for an entity that are not mentions of their own.
pub type Aliases = Vec<(NodeKey, String)>;

fn acronym_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r#"^ ?\((?:([A-Z][A-Za-z0-9&.\-]{1,14})|["“]([^"”()]{2,60})["”])\)"#).unwrap()
    })
}

/// `Co-Chair`, `Vice-Chair`: words, each a capital and lower-case letters, a
/// role in brackets ("Maldives (Co-Chair)"), not an acronym (`UN-Women` is one).
fn title_case_words(s: &str) -> bool {
    s.split('-').all(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_uppercase()) && cs.all(|c| c.is_lowercase())
    })
}

/// Binds `Name (ACR)` and finds later bare uses of document-local acronyms.
pub fn bind_acronyms(arena: &mut Arena, text: &str, sentences: &[Sentence], gaz: &Gazetteer) {
    let mut local: BTreeMap<String, (NodeType, String)> = BTreeMap::new();
    for s in 0..sentences.len() {
        for i in arena.outermost(s) {
            let m = arena.items[i].clone();
            if matches!(m.kind, NodeType::Date | NodeType::Person) {
                continue;
            }
            let Some(c) = acronym_re().captures(&text[m.end..sentences[s].end]) else {
                continue;
            };
            // An acronym, or a quoted informal name: `("Colombo Process")`.
            let quoted = c.get(1).is_none();
            let acr = c.get(1).or(c.get(2)).unwrap();
            let acr_text = acr.as_str().trim_end_matches('.');
            if !quoted
                && (acr_text.chars().filter(|c| c.is_ascii_uppercase()).count() < 2
                    || title_case_words(acr_text))
            {
                continue;
            }
            let (a_start, a_end) = (m.end + acr.start(), m.end + acr.start() + acr_text.len());
            let paren_end = m.end + c.get(0).unwrap().end();
            let known = if quoted {
                gaz.lookup(acr_text).cloned()
            } else {
                gaz.acronym(acr_text).cloned()
            };
            let from_gazetteer = m.rule.starts_with("gazetteer");
            // The gazetteer's meaning of the acronym wins over the name before it,
            // unless that name is itself a known body of the same type, or its
            // initials spell the acronym (`Inter-agency Global Migration Facility (GMF)`
            // is not the German Marshall Fund).
            let own_expansion =
                spells(&m.name, acr_text) || spells(&text[m.start..m.end], acr_text);
            let (kind, name) = match known {
                // "Council of the International Organization for Migration (IOM)":
                // the acronym names the body inside the known name, not the name.
                Some(t) if from_gazetteer && t.canonical != m.name && t.kind == m.kind => continue,
                // "Director-General of the International Organization for Migration (IOM)".
                Some(t) if m.name != t.canonical && m.name.contains(t.canonical.as_str()) => {
                    continue
                }
                Some(t) if t.kind != m.kind => (t.kind, t.canonical),
                Some(t) if !from_gazetteer && !own_expansion => (t.kind, t.canonical),
                _ => (m.kind, m.name.clone()),
            };
            // A document or a place is not renamed by the acronym after it:
            // "the African National Congress of South Africa (ANC)" names the
            // movement, whose name the matchers did not read whole.
            if matches!(m.kind, NodeType::Document | NodeType::Location) && kind != m.kind {
                continue;
            }
            // The name and its acronym become one mention covering both.
            let covering = Mention {
                kind,
                start: m.start,
                end: paren_end,
                name: name.clone(),
                rule: m.rule,
            };
            arena.items[i].kind = kind;
            arena.items[i].name = name.clone();
            let p = arena.push_covering(covering, s);
            let acr_mention = Mention {
                kind,
                start: a_start,
                end: a_end,
                name: name.clone(),
                rule: "acronym",
            };
            let a = arena.push(acr_mention, s);
            arena.parent[a] = Some(p);
            // Drop any first-layer mention of the acronym itself: it is inside now.
            for k in 0..arena.items.len() {
                if k != a && arena.sentence[k] == s && arena.parent[k].is_none() && k != p {
                    let it = &arena.items[k];
                    if it.start >= a_start && it.end <= a_end {
                        arena.parent[k] = Some(p);
                    }
                }
            }
            if !quoted && gaz.acronym(acr_text).is_none_or(|t| t.canonical != name) {
                local.insert(acr_text.to_string(), (kind, name));
            }
        }
    }
    if local.is_empty() {
        return;
    }
    // Within this document a locally defined acronym overrides the gazetteer's.
    for k in 0..arena.items.len() {
        if arena.items[k].rule == "gazetteer-acronym" {
            let surface = &text[arena.items[k].start..arena.items[k].end];
            if let Some((kind, name)) = local.get(surface) {
                arena.items[k].kind = *kind;
                arena.items[k].name = name.clone();
            }
        }
    }
    // Later bare uses of a local acronym.
    for (acr, (kind, name)) in &local {
        for (s, sent) in sentences.iter().enumerate() {
            let slice = &text[sent.start..sent.end];
            for (pos, _) in slice.match_indices(acr.as_str()) {
                let (st, en) = (sent.start + pos, sent.start + pos + acr.len());
                if !crate::skipscan::is_word_boundary(text, st, true)
                    || !crate::skipscan::is_word_boundary(text, en, false)
                    || !arena.is_free(s, st, en)
                {
                    continue;
                }
                arena.push(
                    Mention {
                        kind: *kind,
                        start: st,
                        end: en,
                        name: name.clone(),
                        rule: "acronym",
                    },
                    s,
                );
            }
        }
    }
}

/// Do the initials of `name` spell `acronym` (in order, allowing skipped words)?
fn spells(name: &str, acronym: &str) -> bool {
    let initials: Vec<char> = name
        .split([' ', '-', '/'])
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            if w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()) {
                w.chars().collect::<Vec<_>>()
            } else {
                w.chars().next().into_iter().collect()
            }
        })
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let mut it = initials.iter();
    let letters: Vec<char> = acronym
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    letters.len() >= 2 && letters.iter().all(|c| it.any(|x| x == c))
}

/// `resolution 1559 (2004)` is `S/RES/1559`, which the Council's own documents
/// also write with its year, `S/RES/1559 (2004)`: that form is an alias.
pub fn resolution_years(arena: &Arena, text: &str, aliases: &mut Aliases) {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| Regex::new(r"^ ?\((?P<y>(?:19|20)[0-9]{2})\)").unwrap());
    for m in &arena.items {
        if m.kind != NodeType::Resolution || !m.name.starts_with("S/RES/") {
            continue;
        }
        if let Some(c) = text.get(m.end..).and_then(|rest| re.captures(rest)) {
            aliases.push((m.key(), format!("{} ({})", m.name, &c["y"])));
        }
    }
}

/// `"International Migration and Development: Implications for Africa" (ECA/SDD/06/01)`
/// names the document of the symbol; `a report entitled "…"` names a document.
/// A quoted title, after an intro word (`report “…”`) or before a symbol (`“…” (A/60/1)`).
const QUOTED_TITLE: &str = r#"(?:(?P<intro>\b(?:entitled|titled|paper|report|study|declaration|publication|document)) )?[“"](?P<title>[^”"]{6,})[”"],? ?(?:\((?:see )?(?P<sym>[A-Z][^()\s]*/[^()\s]+)\))?"#;

fn quoted_title_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(QUOTED_TITLE).unwrap())
}

/// A quoted title is at most this many characters long.
const MAX_QUOTED_TITLE: usize = 200;

/// The matches of the quoted-title regex as if its title were `{6,200}`
/// characters: the regex says `{6,}`, whose automaton is a small fraction of
/// the bounded one's, and a longer title is refused here the way the bounded
/// regex refuses it, by searching again from the next character.
fn quoted_matches<'h>(re: &Regex, slice: &'h str) -> Vec<regex::Captures<'h>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at <= slice.len() {
        let Some(c) = re.captures_at(slice, at) else {
            break;
        };
        let whole = c.get(0).unwrap();
        if c["title"].chars().count() > MAX_QUOTED_TITLE {
            let first = slice[whole.start()..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            at = whole.start() + first;
            continue;
        }
        // A match holds two quotes, so it is never empty.
        at = whole.end();
        out.push(c);
    }
    out
}

pub fn quoted_titles(arena: &mut Arena, text: &str, sentences: &[Sentence], aliases: &mut Aliases) {
    let re = quoted_title_re();
    for (s, sent) in sentences.iter().enumerate() {
        let slice = &text[sent.start..sent.end];
        // Two one-char searches run on memchr; a char-set search decodes every char.
        if !slice.contains('"') && !slice.contains('“') {
            continue;
        }
        for c in quoted_matches(re, slice) {
            let title = c.name("title").unwrap();
            let title_text = title.as_str().trim().trim_end_matches([',', '.']);
            if let Some(sym) = c.name("sym") {
                let (ss, se) = (sent.start + sym.start(), sent.start + sym.end());
                let owner = (0..arena.items.len()).find(|&k| {
                    arena.sentence[k] == s
                        && arena.items[k].start <= ss
                        && arena.items[k].end >= se
                        && arena.items[k].kind == NodeType::Document
                });
                if let Some(k) = owner {
                    aliases.push((arena.items[k].key(), title_text.to_string()));
                    // The quoted title and its symbol are one mention of the document.
                    let open = slice[..title.start()]
                        .chars()
                        .next_back()
                        .map_or(0, char::len_utf8);
                    let start = sent.start + title.start() - open;
                    let end = (se + 1).min(sent.end);
                    let m = arena.items[k].clone();
                    if only_inner(arena, s, start, end) {
                        arena.push_covering(
                            Mention {
                                start,
                                end,
                                rule: "quoted-title",
                                ..m
                            },
                            s,
                        );
                    }
                }
                continue;
            }
            if c.name("intro").is_none() || !title_text.starts_with(char::is_uppercase) {
                continue;
            }
            let (ts, te) = (
                sent.start + title.start(),
                sent.start + title.start() + title_text.len(),
            );
            if !arena.is_free(s, ts, te) && !only_inner(arena, s, ts, te) {
                continue;
            }
            arena.push_covering(
                Mention {
                    kind: NodeType::Document,
                    start: ts,
                    end: te,
                    name: title_text.to_string(),
                    rule: "quoted-title",
                },
                s,
            );
        }
    }
}

/// Are all mentions overlapping `start..end` inside it?
fn only_inner(arena: &Arena, s: usize, start: usize, end: usize) -> bool {
    arena.outermost(s).into_iter().all(|k| {
        let m = &arena.items[k];
        m.end <= start || m.start >= end || (m.start >= start && m.end <= end)
    })
}

/// The compiled regexes of alias resolution, built once from the patterns.
pub struct AliasRules {
    definite: Regex,
    /// "the" and a head of `definite`, to pass over a sentence without one in one cheap search.
    definite_heads: crate::skipscan::SmallSkipScan,
    elliptic: Regex,
    named_event: Regex,
    pub defaults: BTreeMap<String, String>,
    /// `[definite.short_forms]` by squashed short name: (type, full name).
    pub short_forms: BTreeMap<String, (String, String)>,
    /// `[definite.acronym_words]`: squashed acronym → the compare words it stands for.
    pub acronym_words: BTreeMap<String, Vec<String>>,
    /// Titles and ranks, which open no fuller form of a person's name:
    /// "Lieutenant General Ali Abdullah Saleh" is no fuller name of Ali Abdullah Saleh.
    pub person_words: crate::entity::pattern::PersonWords,
    /// A family name written alone after a title ("Mr. Illueca"), with and
    /// without diacritics, and the known person it names (`persons.tsv`).
    pub family_names: BTreeMap<String, String>,
    /// An organ after its body's acronym: "UNEP Governing Council".
    acronym_organ: Regex,
    /// "the panel discussion", "the workshop": an event described earlier.
    described_event: Regex,
}

impl AliasRules {
    pub fn new(
        p: &crate::rules::Patterns,
        persons: &[crate::rules::KnownPerson],
    ) -> Result<AliasRules, crate::error::Error> {
        let bad = |e: regex::Error| crate::error::Error::Rules {
            file: "patterns.toml".into(),
            message: format!("[definite]: {e}"),
        };
        let mut heads = p.definite.heads.clone();
        heads.sort_by_key(|h| std::cmp::Reverse(h.len()));
        let alt = heads
            .iter()
            .map(|h| regex::escape(h))
            .collect::<Vec<_>>()
            .join("|");
        let ordinal = p
            .macros
            .get("ORDINAL")
            .map(String::as_str)
            .unwrap_or("[Ff]irst|[Ss]econd|[Tt]hird");
        Ok(AliasRules {
            definite: Regex::new(&format!(r"(?-u:\b)[Tt]he ({alt})(?-u:\b)")).map_err(bad)?,
            // The article with the head, as the regex needs it: "Council" alone
            // is in every sentence that names the Security Council.
            definite_heads: crate::skipscan::SkipScan::small_anywhere(
                &heads
                    .iter()
                    .flat_map(|h| [format!("the {h}"), format!("The {h}")])
                    .collect::<Vec<_>>(),
            ),
            elliptic: Regex::new(&format!(
                r"(?-u:\b)[Tt]he (?:(?P<ord>{ordinal}) )?(?P<noun>meeting|session|summit|conference)(?-u:\b)"
            ))
            .map_err(bad)?,
            named_event: Regex::new(r"^\S+ (meeting|session|summit|conference) of the (.+)$").map_err(bad)?,
            defaults: p.definite.defaults.clone(),
            short_forms: p
                .definite
                .short_forms
                .iter()
                .filter_map(|(k, v)| {
                    let (t, n) = v.split_once(':')?;
                    Some((squash(k), (t.to_string(), n.to_string())))
                })
                .collect(),
            acronym_words: p
                .definite
                .acronym_words
                .iter()
                .map(|(k, v)| (squash(k), compare_words(v)))
                .collect(),
            person_words: crate::entity::pattern::PersonWords::new(p),
            family_names: family_names(persons),
            acronym_organ: Regex::new(&format!(
                r"^(?P<acronym>[A-Z][A-Za-z-]*[A-Z]) (?P<organ>{}|Bureau|Secretariat)$",
                p.macros.get("NAMED_ORGAN").ok_or_else(|| crate::error::Error::Rules {
                    file: "patterns.toml".into(),
                    message: "[macros] NAMED_ORGAN is missing".into(),
                })?
            ))
            .map_err(bad)?,
            // The kinds of event that described-working-event names.
            described_event: Regex::new(&crate::entity::pattern::expand(
                r"(?-u:\b)[Tt]he ({{WORKING_EVENT}})(?-u:\b)",
                p,
            ))
            .map_err(bad)?,
        })
    }
}

/// Names the text shortens with an acronym, spelled out as the schema names them:
/// "UN Commission for Social Development" is the Commission for Social Development,
/// "UN Ocean Conference" the United Nations Ocean Conference, and "UNEP Governing
/// Council" the Governing Council of the United Nations Environment Programme.
/// Known names are left as the gazetteer gives them.
pub fn spell_out_acronyms(arena: &mut Arena, gaz: &Gazetteer, rules: &AliasRules) {
    for m in arena.items.iter_mut() {
        let named = matches!(
            m.kind,
            NodeType::Organization | NodeType::Conference | NodeType::Document
        );
        if !named || m.rule.starts_with("gazetteer") {
            continue;
        }
        let known = |name: &str| gaz.lookup(name).filter(|t| t.kind == m.kind);
        if let Some(rest) = m.name.strip_prefix("UN ") {
            let full = format!("United Nations {rest}");
            m.name = match known(&full).or_else(|| known(rest)) {
                Some(t) => t.canonical.clone(),
                None => full,
            };
        } else if let Some(c) = rules.acronym_organ.captures(&m.name) {
            let body = gaz
                .acronym(&c["acronym"])
                .filter(|t| t.kind == NodeType::Organization);
            if let Some(body) = body {
                m.name = format!("{} of the {}", &c["organ"], body.canonical);
            }
        }
    }
}

/// `the Forum`, `the Assembly`, `the High Commissioner`: the last entity so named.
pub fn definite_descriptions(
    arena: &mut Arena,
    text: &str,
    sentences: &[Sentence],
    rules: &AliasRules,
) {
    let re = &rules.definite;
    // Possible antecedents, latest first; the ones this pass adds are checked too.
    let mut by_start: Vec<usize> = (0..arena.items.len())
        .filter(|&k| !arena.virtual_[k] && can_be_antecedent(arena.items[k].kind))
        .collect();
    by_start.sort_by_key(|&k| (std::cmp::Reverse(arena.items[k].start), k));
    let before = by_start.len();
    for (s, sent) in sentences.iter().enumerate() {
        let slice = &text[sent.start..sent.end];
        if !rules.definite_heads.is_match(slice) {
            continue;
        }
        for c in re.captures_iter(slice) {
            let m = c.get(0).unwrap();
            let head = &c[1];
            let (st, en) = (sent.start + m.start(), sent.start + m.end());
            // Part of a longer name: "the Forum on Forests", "the Group of Eight".
            let after = &text[en..sent.end];
            if after.starts_with(" of ")
                || after.starts_with(" on ")
                || after.starts_with(" for ")
                || after.starts_with('-')
                || after
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(char::is_uppercase))
            {
                continue;
            }
            if !arena.is_free(s, st, en) {
                continue;
            }
            let Some((kind, name)) =
                antecedent(arena, &by_start[..before], &by_start[before..], st, head).or_else(
                    || {
                        rules.defaults.get(head).and_then(|v| {
                            let (t, n) = v.split_once(':')?;
                            Some((NodeType::from_label(t)?, n.to_string()))
                        })
                    },
                )
            else {
                continue;
            };
            let added = arena.push(
                Mention {
                    kind,
                    start: st,
                    end: en,
                    name,
                    rule: "definite",
                },
                s,
            );
            if can_be_antecedent(kind) {
                by_start.push(added);
            }
        }
    }
}

fn can_be_antecedent(kind: NodeType) -> bool {
    matches!(
        kind,
        NodeType::Organization | NodeType::Conference | NodeType::Document | NodeType::Role
    )
}

/// The last entity before `pos` named by `head`: the word stands in the part of
/// the name before its complement ("the Forum" is the Global Forum on Migration
/// and Development, not the Steering Group of the Forum nor the first meeting
/// of the Global Forum).
fn antecedent(
    arena: &Arena,
    latest_first: &[usize],
    added: &[usize],
    pos: usize,
    head: &str,
) -> Option<(NodeType, String)> {
    let named = |k: &usize| names_by_head(&arena.items[*k].name, head);
    // A country's own body named in a delegate's post, or with its country
    // ("Deputy Minister of the National Commission for Development Planning of
    // Zambia"), is named in passing: "the Commission" of a UN document is the UN
    // body, where the document names one.
    let national = |k: &usize| {
        let m = &arena.items[*k];
        let of_country = |l: &Mention| {
            let at = |gap: &str| l.start == m.end + gap.len();
            l.kind == NodeType::Location && (at(" of ") || at(" of the "))
        };
        m.name.starts_with("National ")
            && (arena.parent[*k].is_some_and(|p| arena.items[p].kind == NodeType::Role)
                || arena.items.iter().any(of_country))
    };
    let first = latest_first.partition_point(|&k| arena.items[k].start >= pos);
    let earlier = &latest_first[first..];
    let found = (earlier.iter().find(|k| named(k) && !national(k)))
        .or_else(|| earlier.iter().find(|k| named(k)));
    // What this pass added is in text order; on a tie the older mention wins,
    // as it comes first in the arena.
    let last = added.partition_point(|&k| arena.items[k].start < pos);
    let newer = added[..last].iter().rev().find(|k| named(k));
    let best = match (found, newer) {
        (Some(&a), Some(&b)) if arena.items[b].start > arena.items[a].start => Some(b),
        (Some(&a), _) => Some(a),
        (None, b) => b.copied(),
    };
    let m = &arena.items[best?];
    // "the High Commissioner" after "Office of the United Nations High Commissioner
    // for Refugees" is the post, not the office.
    if let Some(post) = m.name.strip_prefix("Office of the ") {
        if contains_word(post, head) && head.contains(' ') {
            return Some((NodeType::Role, post.to_string()));
        }
    }
    Some((m.kind, m.name.clone()))
}

fn names_by_head(name: &str, head: &str) -> bool {
    // Where the first complement starts: one pass over the spaces of the name.
    let before_complement = |n: &str| -> usize {
        const COMPLEMENTS: [&str; 7] =
            [" of ", " on ", " for ", " to ", " against ", " in ", " at "];
        n.match_indices(' ')
            .map(|(i, _)| i)
            .find(|&i| COMPLEMENTS.iter().any(|c| n[i..].starts_with(c)))
            .unwrap_or(n.len())
    };
    let post = name.strip_prefix("Office of the ").unwrap_or(name);
    contains_word(&name[..before_complement(name)], head)
        || contains_word(&post[..before_complement(post)], head)
}

fn contains_word(name: &str, word: &str) -> bool {
    name.match_indices(word).any(|(i, _)| {
        let before = name[..i].chars().next_back();
        let after = name[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A title that begins a longer title of the same type in the document is a
/// short form of it (`High-level Dialogue`, `Highlevel Dialogue`, `Global Forum`).
pub fn short_forms(arena: &mut Arena, text: &str, rules: &AliasRules) {
    let defaults = &rules.short_forms;
    let named_by_title = |m: &Mention| {
        matches!(
            m.kind,
            NodeType::Organization | NodeType::Conference | NodeType::Document
        )
    };
    if !arena
        .items
        .iter()
        .any(|m| m.rule == "title" && named_by_title(m))
    {
        return;
    }
    let mut full: Vec<(NodeType, String, Vec<String>)> = Vec::new();
    {
        let mut seen: HashSet<(NodeType, &str)> = HashSet::default();
        for (k, m) in arena.items.iter().enumerate() {
            if !arena.virtual_[k] && named_by_title(m) && seen.insert((m.kind, m.name.as_str())) {
                full.push((m.kind, m.name.clone(), compare_words(&m.name)));
            }
        }
    }
    let opening = text.len() - text.trim_start().len();
    let heading_event = arena
        .items
        .iter()
        .find(|m| m.kind == NodeType::Conference && m.start == opening)
        .map(|m| (m.kind, m.name.clone(), compare_words(&m.name)));
    for k in 0..arena.items.len() {
        let m = &arena.items[k];
        if m.rule != "title" || !named_by_title(m) {
            continue;
        }
        let words = compare_words(&m.name);
        let squashed: String = words.concat();
        // A longer name that begins like this one (`High-level Dialogue` …), or
        // that holds its words in order with the same first and last word
        // (`90th Council Session` in `90th IOM Council Session`).
        // Preference: a longer name of the document that begins with this one,
        // then the usual meaning of this short name, then a longer name of the
        // document that holds these words in order.
        let longer = || {
            full.iter()
                .filter(|(t, n, w)| *t == m.kind && w.len() > words.len() && *n != m.name)
        };
        let prefix = longer()
            .find(|(_, _, w)| begins_with(w, &squashed))
            .map(|(_, n, _)| n.clone());
        let default = defaults
            .get(&squashed)
            .filter(|(t, _)| NodeType::from_label(t) == Some(m.kind))
            .map(|(_, n)| n.clone());
        let subsequence = || {
            longer()
                .find(|(_, _, w)| {
                    w[0] == words[0] && w.last() == words.last() && is_subsequence(&words, w)
                })
                .map(|(_, n, _)| n.clone())
        };
        // "Conference on LDCs": the same words once the acronym is spelled out
        // and articles are left aside.
        let spelled_out = || {
            let spelled = spell_out(&words, &rules.acronym_words);
            let key = without_articles(&spelled);
            longer()
                .find(|(_, _, w)| without_articles(w) == key)
                .map(|(_, n, _)| n.clone())
        };
        let acronym_inside = words.iter().any(|w| rules.acronym_words.contains_key(w));
        let equivalent = || acronym_inside.then(spelled_out).flatten();
        // "The Meeting of Governmental Experts from Land-locked … Countries" in a
        // document headed "Fourth Meeting of Governmental Experts from Landlocked
        // … Countries": the event a document is about is the one it names
        // without the ordinal, however its compounds are hyphenated. Elsewhere
        // the name without its ordinal is as often the series ("the next
        // Ibero-American Summit").
        let unnumbered = || {
            heading_event
                .as_ref()
                .filter(|(kind, _, w)| {
                    *kind == m.kind
                        && w.len() > 1
                        && is_ordinal_number(&w[0])
                        && w[1..].concat() == squashed
                })
                .map(|(_, n, _)| n.clone())
        };
        if let Some(n) = prefix
            .or(default)
            .or_else(subsequence)
            .or_else(equivalent)
            .or_else(unnumbered)
        {
            arena.items[k].name = n;
        }
    }
}

fn spell_out(words: &[String], acronyms: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    words
        .iter()
        .flat_map(|w| acronyms.get(w).cloned().unwrap_or_else(|| vec![w.clone()]))
        .collect()
}

fn without_articles(words: &[String]) -> Vec<&str> {
    words
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "the" | "a" | "an"))
        .collect()
}

/// Does the word list start with words that spell `prefix` exactly?
fn begins_with(words: &[String], prefix: &str) -> bool {
    let mut acc = String::new();
    for w in words {
        acc.push_str(w);
        if acc == prefix {
            return true;
        }
        if acc.len() >= prefix.len() {
            return false;
        }
    }
    false
}

/// Words of a name for comparing short and long forms: lowercase, without
/// punctuation or a leading "UN", ordinals as numbers (`Ninetieth` → `90th`).
fn compare_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split([' ', '-'])
        .map(squash)
        .filter(|w| !w.is_empty())
        .map(|w| ordinal_number(&w).unwrap_or(w))
        .collect();
    if words.len() > 2 && words[0] == "un" {
        words.remove(0);
    } else if words.len() > 3 && words[0] == "united" && words[1] == "nations" {
        words.drain(0..2);
    }
    words
}

/// "4th", "21st": an ordinal as [`compare_words`] writes it.
fn is_ordinal_number(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_lowercase());
    !digits.is_empty()
        && digits.len() < w.len()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// "third" → "3rd": an ordinal word, lower-case, as a number.
pub(crate) fn ordinal_number(w: &str) -> Option<String> {
    const WORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    const TENS: [&str; 8] = [
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    let n = WORDS
        .iter()
        .position(|x| *x == w)
        .map(|i| i + 1)
        .or_else(|| TENS.iter().position(|x| *x == w).map(|i| (i + 2) * 10))?;
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    Some(format!("{n}{suffix}"))
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|x| x == w))
}

/// `the second meeting` after `the first meeting of the Global Forum` is the
/// Forum's second meeting; `the meeting` is the meeting last named.
pub fn elliptic_events(arena: &mut Arena, text: &str, sentences: &[Sentence], rules: &AliasRules) {
    let (re, named) = (&rules.elliptic, &rules.named_event);
    // Each event found here is named after an earlier one ("the second meeting
    // of the Forum"), so a document that names none has none to find.
    let any_named = arena.items.iter().enumerate().any(|(k, a)| {
        !arena.virtual_[k] && a.kind == NodeType::Conference && named.is_match(&a.name)
    });
    if !any_named {
        return;
    }
    for (s, sent) in sentences.iter().enumerate() {
        let slice = &text[sent.start..sent.end];
        for c in re.captures_iter(slice) {
            let m = c.get(0).unwrap();
            let (st, en) = (sent.start + m.start(), sent.start + m.end());
            let after = &text[en..sent.end];
            if after.starts_with(" of ")
                || after.starts_with(" on ")
                || after.starts_with(" for ")
                || !arena.is_free(s, st, en)
            {
                continue;
            }
            let noun = &c["noun"];
            let antecedent = arena
                .items
                .iter()
                .enumerate()
                .filter(|(k, a)| {
                    !arena.virtual_[*k] && a.kind == NodeType::Conference && a.start < st
                })
                .filter_map(|(_, a)| {
                    named
                        .captures(&a.name)
                        .map(|n| (a.start, n[1].to_string(), n[2].to_string(), a.name.clone()))
                })
                .filter(|(_, n, _, _)| n == noun)
                .max_by_key(|(start, ..)| *start);
            let Some((_, noun, body, full)) = antecedent else {
                continue;
            };
            let name = match c.name("ord") {
                Some(o) => format!("{} {noun} of the {body}", o.as_str().to_lowercase()),
                None => full,
            };
            refer_to_event(arena, s, st..en, name);
        }
    }
}

/// How far back, in bytes, "the panel discussion" looks for the event it names (a
/// few paragraphs; a report that describes two panels far apart means the nearer).
const ECHO_REACH: usize = 3000;

/// `the panel discussion` after "a panel discussion on the promotion and protection
/// of human rights …" is that event: the last event so described.
pub fn described_event_echoes(
    arena: &mut Arena,
    text: &str,
    sentences: &[Sentence],
    rules: &AliasRules,
) {
    // (start, name, name in lower case) of the events named by their topic.
    let described: Vec<(usize, String, String)> = (0..arena.items.len())
        .filter(|&k| !arena.virtual_[k] && arena.items[k].kind == NodeType::Conference)
        .map(|k| &arena.items[k])
        .map(|m| (m.start, m.name.clone(), m.name.to_lowercase()))
        .filter(|(_, _, lower)| lower.contains(" on "))
        .collect();
    if described.is_empty() {
        return;
    }
    for (s, sent) in sentences.iter().enumerate() {
        let slice = &text[sent.start..sent.end];
        for c in rules.described_event.captures_iter(slice) {
            let m = c.get(0).unwrap();
            let (st, en) = (sent.start + m.start(), sent.start + m.end());
            let after = &text[en..sent.end];
            let named_here = [" on ", " of ", " for ", " in "]
                .iter()
                .any(|p| after.starts_with(p));
            if named_here || !arena.is_free(s, st, en) {
                continue;
            }
            let noun = format!("{} on ", &c[1]);
            let antecedent = described
                .iter()
                .filter(|(start, _, lower)| *start < st && lower.contains(&noun))
                .filter(|(start, ..)| st - start <= ECHO_REACH)
                .max_by_key(|(start, ..)| *start);
            let Some((_, name, _)) = antecedent else {
                continue;
            };
            let name = name.clone();
            refer_to_event(arena, s, st..en, name);
        }
    }
}

/// A mention at `span` of sentence `s` that refers back to the event `name`.
fn refer_to_event(arena: &mut Arena, s: usize, span: std::ops::Range<usize>, name: String) {
    let mention = Mention {
        kind: NodeType::Conference,
        start: span.start,
        end: span.end,
        name,
        rule: "definite",
    };
    arena.push(mention, s);
}

/// A name the document gives in capitals, written again in lower case ("the
/// High-level Meeting on HIV/AIDS" … "a high-level meeting on HIV/AIDS will be
/// convened"): the same event or body, so a mention of it.
pub fn lowercase_echoes(arena: &mut Arena, text: &str, sentences: &[Sentence]) {
    let mut names: Vec<(NodeType, String)> = arena
        .items
        .iter()
        .enumerate()
        .filter(|(k, m)| {
            !arena.virtual_[*k]
                && m.rule == "title"
                && matches!(m.kind, NodeType::Conference | NodeType::Organization)
                // Two or three words name a kind as often as one event or
                // body ("an international conference", "a working group").
                && m.name.split(' ').count() >= 4
                && m.name.starts_with(|c: char| c.is_ascii_uppercase())
        })
        .map(|(_, m)| (m.kind, m.name.clone()))
        .collect();
    if names.is_empty() {
        return;
    }
    // One name typed two ways keeps the first type in NodeType order.
    names.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    names.dedup_by(|a, b| a.1 == b.1);
    // Built for each document and run once over it: a contiguous NFA, which
    // builds fast, rather than the DFA the builder would choose for few names.
    let Ok(searcher) = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(names.iter().map(|(_, n)| n))
    else {
        return;
    };
    let bytes = text.as_bytes();
    for found in searcher.find_iter(text) {
        let (st, en) = (found.start(), found.end());
        let word_edges = text[..st]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && text[en..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        if !word_edges || !bytes[st].is_ascii_lowercase() {
            continue;
        }
        let Some(s) =
            crate::sentence::sentence_at(sentences, st).filter(|&s| sentences[s].end >= en)
        else {
            continue;
        };
        if !arena.is_free(s, st, en) {
            continue;
        }
        let (kind, name) = names[found.pattern().as_usize()].clone();
        arena.push(
            Mention {
                kind,
                start: st,
                end: en,
                name,
                rule: "echo",
            },
            s,
        );
    }
}

/// Family names of known people, each with the one person it names: a form
/// two people share names neither.
fn family_names(persons: &[crate::rules::KnownPerson]) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, Option<String>> = BTreeMap::new();
    for p in persons {
        for f in &p.family_names {
            let plain = crate::normalize::without_diacritics(f);
            for form in [f.clone(), plain] {
                out.entry(form)
                    .and_modify(|who| {
                        if who.as_deref() != Some(p.canonical.as_str()) {
                            *who = None;
                        }
                    })
                    .or_insert_with(|| Some(p.canonical.clone()));
            }
        }
    }
    out.into_iter()
        .filter_map(|(f, who)| Some((f, who?)))
        .collect()
}

/// A family name alone ("Annan", "Perez de Cuellar") is the person of that
/// family name named in full in the document ("Javier Perez de Cuellar"),
/// where the full names that end with it are one person's; named nowhere in
/// full, it is the known person of that family name (`persons.tsv`).
pub fn surnames(arena: &mut Arena, rules: &AliasRules) {
    let mut people: Vec<String> = arena
        .items
        .iter()
        .filter(|m| {
            m.kind == NodeType::Person
                && m.name.contains(' ')
                && !rules.person_words.opens_with_title(&m.name)
        })
        .map(|m| m.name.clone())
        .collect();
    people.sort();
    people.dedup();
    for m in arena.items.iter_mut() {
        if m.kind != NodeType::Person {
            continue;
        }
        let hits: Vec<&String> = people
            .iter()
            .filter(|p| ends_with_words(p, &m.name))
            .collect();
        // "Cuellar" ends both "Perez de Cuellar" and "Javier Perez de Cuellar": one person.
        let Some(longest) = hits.iter().max_by_key(|p| p.len()) else {
            // Named nowhere in full: a known holder of a high post ("Mr. Illueca").
            if let Some(full) = rules.family_names.get(&m.name) {
                m.name = full.clone();
            }
            continue;
        };
        if hits
            .iter()
            .all(|p| *p == *longest || ends_with_words(longest, p))
        {
            m.name = (*longest).clone();
        }
    }
}

/// Whether `long` ends with the whole words of `short`, and is longer.
fn ends_with_words(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.ends_with(short)
        && long.as_bytes()[long.len() - short.len() - 1] == b' '
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_matches_are_those_of_the_bounded_regex() {
        let bounded = Regex::new(&QUOTED_TITLE.replace("{6,}", "{6,200}")).unwrap();
        let long = "x".repeat(250);
        let texts = [
            format!("He said \"{long}\" and then the report \"Roads Ahead for All\" (A/60/1)."),
            format!("the study “{long}” and the paper “Migration and Development” (see A/61/515)"),
            "the report \"Short\" and the report \"In Larger Freedom\", (A/59/2005)".to_string(),
            format!("a “{}” then “Fine title here”", "é".repeat(201)),
            format!("a “{}” then", "é".repeat(200)),
        ];
        let spans = |c: &regex::Captures| {
            ["intro", "title", "sym"]
                .map(|g| c.name(g).map(|m| m.range()))
                .to_vec()
        };
        let mut found = 0;
        for t in &texts {
            let want: Vec<_> = bounded.captures_iter(t).map(|c| spans(&c)).collect();
            let got: Vec<_> = quoted_matches(quoted_title_re(), t)
                .iter()
                .map(spans)
                .collect();
            assert_eq!(got, want, "{t}");
            found += got.len();
        }
        assert!(found >= 5, "{found}");
    }

    #[test]
    fn initials_spell_acronyms() {
        assert!(spells("Inter-agency Global Migration Facility", "GMF"));
        assert!(spells("International Organization for Migration", "IOM"));
        assert!(spells("UN High Commissioner for Refugees", "UNHCR"));
        assert!(!spells(
            "Latin American Demographics Study Centre",
            "CELADE"
        ));
    }

    #[test]
    fn contains_whole_words_only() {
        assert!(contains_word(
            "Global Forum on Migration and Development",
            "Forum"
        ));
        assert!(!contains_word("Forums of the World", "Forum"));
        assert!(contains_word(
            "Office of the United Nations High Commissioner for Refugees",
            "High Commissioner"
        ));
    }
}
