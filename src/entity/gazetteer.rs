//! Gazetteer matching: every name of every list entry compiled once into one
//! Aho-Corasick automaton (see `skipscan`). Matching is case-sensitive and whole-word.

use crate::model::{Mention, NodeType};
use crate::rules::{GazEntry, PlaceKind, RuleSet};
use crate::skipscan::{is_word_boundary, LargeSkipScan};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;

/// What a gazetteer surface form stands for.
#[derive(Debug, Clone)]
pub struct GazTarget {
    pub kind: NodeType,
    pub canonical: String,
    pub acronym: bool,
    /// For places: city, country or region.
    pub place: Option<PlaceKind>,
    /// Who acts for a country ("the Belgian Government"): the country in a
    /// relation, but no place inside another name.
    pub agent: bool,
}

/// All gazetteer names in one automaton.
pub struct Gazetteer {
    /// The names, then the title head words that are not names.
    automaton: LargeSkipScan,
    /// How many of the automaton's patterns are names.
    names: usize,
    /// Per pattern, whether it is a title head word.
    is_head: Vec<bool>,
    targets: Vec<GazTarget>,
    /// Surface form → its target, for exact look-ups without a search.
    by_surface: HashMap<String, usize>,
    /// Acronym → entity, for binding "(IOM)" after a name to the right entity.
    acronyms: HashMap<String, GazTarget>,
    /// Country → whether "of" takes "the" before it ("of the Philippines").
    articles: HashMap<String, bool>,
}

impl Gazetteer {
    pub fn build(rules: &RuleSet) -> Gazetteer {
        let mut surfaces: Vec<String> = Vec::new();
        let mut targets: Vec<GazTarget> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::default();
        let mut acronyms = HashMap::default();
        let mut add = |surface: &str, target: GazTarget| {
            let surface = surface.trim();
            if surface.len() < 2 || seen.contains_key(surface) {
                return;
            }
            seen.insert(surface.to_string(), surfaces.len());
            surfaces.push(surface.to_string());
            targets.push(target);
        };
        let lists: [(&Vec<GazEntry>, NodeType); 4] = [
            (&rules.organizations, NodeType::Organization),
            (&rules.conferences, NodeType::Conference),
            (&rules.documents, NodeType::Document),
            (&rules.roles, NodeType::Role),
        ];
        for (list, kind) in lists {
            for e in list {
                let target = |acronym| GazTarget {
                    kind,
                    canonical: e.canonical.clone(),
                    acronym,
                    place: None,
                    agent: false,
                };
                for name in std::iter::once(&e.canonical).chain(&e.names) {
                    // "Statistics Division of the Department of …" is the division
                    // plus the body it belongs to: the composite rules build it and
                    // state the PART_OF, so the long form is not a name here.
                    if name != &e.canonical && extends(name, &e.canonical) {
                        continue;
                    }
                    for v in variants(name) {
                        add(&v, target(false));
                    }
                }
                for a in &e.acronyms {
                    add(a, target(true));
                    acronyms.entry(a.clone()).or_insert_with(|| target(true));
                }
            }
        }
        for person in &rules.persons {
            let target = GazTarget {
                kind: NodeType::Person,
                canonical: person.canonical.clone(),
                acronym: false,
                place: None,
                agent: false,
            };
            for name in std::iter::once(&person.canonical).chain(&person.names) {
                // Speeches often drop the diacritics: "Javier Perez de Cuellar".
                for v in [name.clone(), crate::normalize::without_diacritics(name)] {
                    for v in variants(&v) {
                        add(&v, target.clone());
                    }
                }
            }
        }
        for p in &rules.places {
            let target = GazTarget {
                kind: NodeType::Location,
                canonical: p.name.clone(),
                acronym: false,
                place: Some(p.kind),
                agent: false,
            };
            for name in std::iter::once(&p.name).chain(&p.names) {
                let acronym = name.len() <= 4 && name.chars().all(|c| c.is_ascii_uppercase());
                // "Lao People’s Democratic Republic" with either apostrophe.
                for v in variants(name) {
                    add(
                        &v,
                        GazTarget {
                            acronym,
                            ..target.clone()
                        },
                    );
                }
            }
        }
        let articles = articles(rules);
        for (surface, target) in national_names(rules, &articles) {
            add(&surface, target);
        }
        // The title head words go into the same automaton, after the names,
        // as presence checks only (see `find_with_heads`).
        let names = surfaces.len();
        let mut is_head = vec![false; names];
        for w in super::title::head_words(&rules.patterns.titles) {
            match seen.get(&w) {
                Some(&i) => is_head[i] = true,
                None => {
                    surfaces.push(w);
                    is_head.push(true);
                }
            }
        }
        Gazetteer {
            automaton: LargeSkipScan::large(&surfaces),
            names,
            is_head,
            targets,
            by_surface: seen,
            acronyms,
            articles,
        }
    }

    /// Every whole-word match in `text`, overlapping ones included.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_with_heads(text).0
    }

    /// `find`, and whether a title head word begins a word of `text`.
    pub fn find_with_heads(&self, text: &str) -> (Vec<Mention>, bool) {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut head = false;
        for (start, end, pattern) in self.automaton.overlapping(text) {
            if !is_word_boundary(text, start, true) {
                continue;
            }
            head |= self.is_head[pattern];
            if pattern >= self.names || !is_word_boundary(text, end, false) {
                continue;
            }
            let t = &self.targets[pattern];
            // "Vice-President of the World Bank" is not its President, nor is an
            // "Assistant Secretary-General" the Secretary-General.
            if t.kind == NodeType::Role
                && (start > 0 && bytes[start - 1] == b'-'
                    || ["Assistant ", "Deputy ", "Associate ", "Under "]
                        .iter()
                        .any(|w| text[..start].ends_with(w)))
            {
                continue;
            }
            // "the OAU's Secretary-General", "the Conference's Secretary-General":
            // another body's; the Organization's own is the Secretary-General.
            if t.kind == NodeType::Role
                && t.canonical == "Secretary-General"
                && another_bodys(&text[..start])
            {
                continue;
            }
            // "UN" must not match the "UN" of "UN.GIFT" or "UN-Habitat".
            if t.acronym
                && end < bytes.len()
                && matches!(bytes[end], b'-' | b'.')
                && end + 1 < bytes.len()
                && bytes[end + 1].is_ascii_alphanumeric()
            {
                continue;
            }
            out.push(Mention {
                kind: t.kind,
                start,
                end,
                name: t.canonical.clone(),
                rule: if t.acronym {
                    "gazetteer-acronym"
                } else if t.agent {
                    "gazetteer-agent"
                } else {
                    "gazetteer"
                },
            });
        }
        (out, head)
    }

    /// Whether a country is written "of the …" in the name of its posts, where
    /// the rules say: `Some(true)` for the Philippines, `Some(false)` for Haiti.
    pub fn takes_article(&self, place: &str) -> Option<bool> {
        self.articles.get(place).copied()
    }

    /// The target of the surface form that exactly equals `surface`, if any.
    pub fn lookup(&self, surface: &str) -> Option<&GazTarget> {
        self.by_surface.get(surface).map(|&i| &self.targets[i])
    }

    pub fn acronym(&self, acronym: &str) -> Option<&GazTarget> {
        self.acronyms.get(acronym)
    }

    /// Is the place named `canonical` a city or country (not a region)?
    pub fn place_kind(&self, surface: &str) -> Option<PlaceKind> {
        self.lookup(surface).and_then(|t| t.place)
    }
}

/// The countries whose article after "of" the rules know: those of
/// `places_with_article` take "the", the others of `demonyms.tsv` none.
fn articles(rules: &RuleSet) -> HashMap<String, bool> {
    let mut out: HashMap<String, bool> = rules
        .demonyms
        .iter()
        .map(|d| (d.place.clone(), false))
        .collect();
    for p in &rules.patterns.places_with_article {
        out.insert(p.clone(), true);
    }
    out
}

/// A country's posts, organs and agents named by its adjective or possessive:
/// "Haitian President" and "Haiti's President" are the President of Haiti,
/// "Mexican Senate" the Senate of Mexico,
/// "Belgian Government" and "Belgium's Government" act for Belgium.
fn national_names(rules: &RuleSet, articles: &HashMap<String, bool>) -> Vec<(String, GazTarget)> {
    let p = &rules.patterns;
    let mut out = Vec::new();
    let mut possessed: BTreeSet<&str> = BTreeSet::new();
    for d in &rules.demonyms {
        let the = if articles.get(&d.place) == Some(&true) {
            "the "
        } else {
            ""
        };
        let mut owners = vec![d.adjective.clone()];
        if possessed.insert(&d.place) {
            // "the Philippines' President": a plural name takes the apostrophe alone.
            let endings: &[&str] = if d.place.ends_with('s') {
                &["’", "'", "’s", "'s"]
            } else {
                &["’s", "'s"]
            };
            owners.extend(endings.iter().map(|e| format!("{}{e}", d.place)));
        }
        let named = [
            (&p.national_posts, NodeType::Role),
            (&p.national_bodies, NodeType::Organization),
        ];
        for owner in &owners {
            for (titles, kind) in named {
                for title in titles {
                    let target = GazTarget {
                        kind,
                        canonical: format!("{title} of {the}{}", d.place),
                        acronym: false,
                        place: None,
                        agent: false,
                    };
                    out.push((format!("{owner} {title}"), target));
                }
            }
            for agent in &p.national_agents {
                let target = GazTarget {
                    kind: NodeType::Location,
                    canonical: d.place.clone(),
                    acronym: false,
                    place: Some(PlaceKind::Country),
                    agent: true,
                };
                out.push((format!("{owner} {agent}"), target));
            }
        }
    }
    out
}

/// `before` ends in a possessive of something other than the United Nations, or
/// in another body's acronym: "the OAU's ", "the Conference’s ", "WMO " (not "our
/// Organization's ", "the UN's ", "UN ").
fn another_bodys(before: &str) -> bool {
    let Some(owner) = before
        .strip_suffix("'s ")
        .or_else(|| before.strip_suffix("’s "))
    else {
        return super::after_other_acronym(before);
    };
    let word = owner.rsplit(' ').next().unwrap_or_default();
    !matches!(
        word,
        "Organization" | "Organisation" | "Nations" | "UN" | "Organization’" | ""
    )
}

/// Is `name` the body `base` named with what it belongs to ("Statistics Division
/// of the Department of …")?
fn extends(name: &str, base: &str) -> bool {
    // "Group of 77 and China" is a name of its own, not the Group plus a parent.
    name.strip_prefix(base).is_some_and(|rest| {
        [" of ", " in ", " at ", ", "]
            .iter()
            .any(|p| rest.starts_with(p))
    })
}

/// Spelling variants UN text uses for the same name: `UN` for `United Nations`,
/// `Director General` for `Director-General`, straight and curly apostrophes.
fn variants(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    if let Some(rest) = name.strip_prefix("United Nations ") {
        out.push(format!("UN {rest}"));
    }
    if name.contains("-General") {
        out.push(name.replace("-General", " General"));
    }
    // British and American spellings of one name: "Organisation of African Unity",
    // "Co-operation", "Co-ordinating".
    for (a, b) in [
        ("Organization", "Organisation"),
        ("Co-operation", "Cooperation"),
        ("Co-ordinat", "Coordinat"),
    ] {
        let n = out.len();
        for i in 0..n {
            for (from, to) in [(a, b), (b, a)] {
                if out[i].contains(from) {
                    let v = out[i].replace(from, to);
                    out.push(v);
                }
            }
        }
    }
    let n = out.len();
    for i in 0..n {
        if out[i].contains('\'') {
            let v = out[i].replace('\'', "’");
            out.push(v);
        } else if out[i].contains('’') {
            let v = out[i].replace('’', "'");
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(NodeType, String, String)> {
        let g = Gazetteer::build(&RuleSet::default_rules());
        let mut v: Vec<_> = g
            .find(text)
            .into_iter()
            .map(|m| (m.kind, text[m.start..m.end].to_string(), m.name))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn skipping_between_words_finds_what_a_full_overlapping_search_finds() {
        let g = Gazetteer::build(&RuleSet::default_rules());
        let mut surfaces: Vec<(&usize, &String)> =
            g.by_surface.iter().map(|(s, i)| (i, s)).collect();
        surfaces.sort();
        let full =
            aho_corasick::AhoCorasick::new(surfaces.iter().map(|(_, s)| s.as_str())).unwrap();
        let mut texts: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
                .unwrap()
                .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
                .collect();
        texts.push("l'Union africaine, «UNICEF» and the Sudan: UN-Habitat, UNDP’s".into());
        for text in &texts {
            let want: Vec<(usize, usize, usize)> = full
                .find_overlapping_iter(text.as_str())
                .filter(|m| is_word_boundary(text, m.start(), true))
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert!(!want.is_empty());
            // A name the automaton finds inside another (`CHR` in `OHCHR`) is
            // reported too, and dropped by `find` like any other.
            let got: Vec<_> = g
                .automaton
                .overlapping(text)
                .into_iter()
                .filter(|m| is_word_boundary(text, m.0, true) && m.2 < g.names)
                .collect();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn the_same_search_tells_whether_a_title_head_begins_a_word() {
        let g = Gazetteer::build(&RuleSet::default_rules());
        let heads = |t: &str| g.find_with_heads(t).1;
        assert!(heads("the Global Forum on Migration met"));
        assert!(heads("(Conference of the Parties)"));
        assert!(!heads("a forum, a subgroup and a conference"));
        assert!(!heads("UNForum"));
        // A head word is no name: "Forum" alone is not a gazetteer mention.
        assert!(g.find_with_heads("the Forum").0.is_empty());
    }

    #[test]
    fn finds_un_bodies_places_and_posts_whole_word() {
        let got = names(
            "the UN Population Fund (UNFPA) met in Asunción with IOMX and the Secretary-General",
        );
        assert!(got.contains(&(
            NodeType::Organization,
            "UN Population Fund".into(),
            "United Nations Population Fund".into()
        )));
        assert!(got.contains(&(
            NodeType::Organization,
            "UNFPA".into(),
            "United Nations Population Fund".into()
        )));
        assert!(got.contains(&(NodeType::Location, "Asunción".into(), "Asunción".into())));
        assert!(got.contains(&(
            NodeType::Role,
            "Secretary-General".into(),
            "Secretary-General".into()
        )));
        assert!(!got.iter().any(|(_, s, _)| s == "IOM"), "IOMX is not IOM");
    }

    #[test]
    fn un_prefix_is_not_matched_inside_a_longer_token() {
        let got = names("UN.GIFT and UN-Habitat");
        assert!(!got.iter().any(|(_, s, _)| s == "UN"));
    }
}
