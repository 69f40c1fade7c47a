//! One document through every stage: normalize, split sentences, match
//! entities, resolve aliases, build composites, extract relations. The result
//! holds keys and evidence text only, so the document text can be dropped.

use crate::alias::{self, AliasRules, Aliases};
use crate::arena::Arena;
use crate::composite::{CompositeRule, Naming, Renamer};
use crate::entity::EntityMatcher;
use crate::error::Error;
use crate::masked::RuleKeywords;
use crate::model::{NodeKey, NodeType, RelType};
use crate::normalize::{normalize, Normalized};
use crate::relation::RelationRules;
use crate::rules::RuleSet;
use crate::sentence::SentenceSplitter;

/// Every compiled rule, built once and shared by all threads.
pub struct Extractor {
    splitter: SentenceSplitter,
    entities: EntityMatcher,
    composites: Vec<CompositeRule>,
    keywords: RuleKeywords,
    renamer: Renamer,
    relations: RelationRules,
    aliases: AliasRules,
    events_in_names: EventsInNames,
}

/// Events that a document's name holds: the Summit in "Declaration of the
/// Tenth Summit …", the session in "Report of the Board on its fifth session".
struct EventsInNames {
    outcome: regex::Regex,
    report_on_session: regex::Regex,
}

impl EventsInNames {
    fn new(p: &crate::rules::Patterns) -> Result<EventsInNames, Error> {
        let compile = |pattern: &str| {
            regex::Regex::new(&crate::entity::pattern::expand(pattern, p)).map_err(|e| {
                Error::Rules {
                    file: "patterns.toml".into(),
                    message: format!("[macros] OUTCOME or ORDINAL: {e}"),
                }
            })
        };
        Ok(EventsInNames {
            outcome: compile(
                r"^{{OUTCOME}} of the (?P<ev>(?:[A-Z0-9][\w’'-]* ){1,4}(?:Summit|Conference|Meeting|Session)\b.*)$",
            )?,
            report_on_session: compile(
                r"^ on (?:the work of )?(?:its|the) (?P<ev>(?:{{ORDINAL}}|(?:19|20)[0-9]{2}) (?:(?:special|resumed|substantive|organizational|regular|annual) )?(?:session|meeting))\b",
            )?,
        })
    }
}

/// A mention in the output: the entity and where it is in the input bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundMention {
    pub key: NodeKey,
    pub surface: String,
    /// Byte range in the original input (after any byte-order mark is counted).
    pub start: usize,
    pub end: usize,
    /// False for a mention inside another of the same entity (`IOM` in
    /// `International Organization for Migration (IOM)`): an alias, not a count.
    pub counts: bool,
}

/// A relation in the output, with its evidence text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundRelation {
    pub subject: NodeKey,
    pub kind: RelType,
    pub object: NodeKey,
    pub evidence: String,
    /// Offset of the evidence in the normalized text, to pick evidence deterministically.
    pub position: usize,
    pub rule: String,
}

/// What one document contributes to the graph.
#[derive(Debug, Clone, Default)]
pub struct DocResult {
    pub document: String,
    pub mentions: Vec<FoundMention>,
    pub relations: Vec<FoundRelation>,
    pub aliases: Aliases,
}

impl Extractor {
    pub fn new(rules: &RuleSet) -> Result<Extractor, Error> {
        Ok(Extractor {
            splitter: SentenceSplitter::new(rules.abbreviations.iter().map(String::as_str)),
            entities: EntityMatcher::new(rules)?,
            composites: CompositeRule::compile_all(&rules.patterns)?,
            keywords: RuleKeywords::from_patterns(&rules.patterns),
            renamer: Renamer::new(&rules.patterns)?,
            relations: RelationRules::compile(&rules.patterns)?,
            aliases: AliasRules::new(&rules.patterns, &rules.persons)?,
            events_in_names: EventsInNames::new(&rules.patterns)?,
        })
    }

    /// Tries every composite and relation rule on every sentence, as if no rule
    /// had keywords: slower, and the same output if every rule's keywords are right.
    #[doc(hidden)]
    pub fn without_keywords(mut self) -> Extractor {
        self.keywords = self.keywords.ignored();
        self
    }

    /// Extracts one decoded document. `base` is the byte offset of the decoded
    /// text in the input file (3 after a UTF-8 byte-order mark).
    pub fn extract(&self, document: &str, decoded: &str, base: usize) -> DocResult {
        let norm = normalize(decoded);
        self.extract_normalized(document, &norm, base)
    }

    pub fn extract_normalized(&self, document: &str, norm: &Normalized, base: usize) -> DocResult {
        let text = &norm.text;
        let sentences = self.splitter.split(text, &norm.units);
        let mut arena = Arena::new(sentences.len());
        for (i, s) in sentences.iter().enumerate() {
            for m in self.entities.find(text, s) {
                // A known post or organ names the body it belongs to: "President
                // of the Economic and Social Council", "Executive Board of the
                // United Nations Children's Fund" mention the Council and the Fund;
                // "the Optional Protocol to the International Covenant on Civil and
                // Political Rights" mentions the Covenant.
                // A unit named with its body's acronym ("ECLAC Division of Programme
                // Planning and Operations", "FAO Information Division") mentions the body.
                let acronym_first = m.rule == "title"
                    && m.kind == NodeType::Organization
                    && m.name
                        .split(' ')
                        .next()
                        .is_some_and(crate::entity::is_acronym);
                let nested = acronym_first
                    || m.rule == "gazetteer"
                        && (m.kind == NodeType::Role
                            || m.kind == NodeType::Organization && m.name.contains(" of ")
                            || m.kind == NodeType::Document && m.name.contains(" to the "));
                let (outer_kind, outer_name) = (m.kind, m.name.clone());
                let (start, end) = (m.start, m.end);
                let role = arena.push(m, i);
                if nested {
                    // The longest names inside win first ("Programme of the United
                    // Nations High Commissioner for Refugees" is the agency, not the
                    // United Nations); a shorter name of the outer body itself is no
                    // second body.
                    let inner: Vec<_> = self
                        .entities
                        .gazetteer
                        .find(&text[start..end])
                        .into_iter()
                        .filter(|m| m.end - m.start < end - start)
                        // A protocol's inner document is the treaty it is to ("Second
                        // Optional Protocol to the | International Covenant …"), not
                        // the other protocol its name ends with.
                        .filter(|m| {
                            m.kind != NodeType::Document
                                || text[start..start + m.start].ends_with(" to the ")
                        })
                        .collect();
                    let inner = crate::entity::resolve_overlaps(inner)
                        .into_iter()
                        .filter(|m| {
                            m.name != outer_name
                                && (m.kind == NodeType::Organization
                                    || m.kind == NodeType::Location && outer_kind == NodeType::Role
                                    || m.kind == NodeType::Document
                                        && outer_kind == NodeType::Document)
                        });
                    for mut inner in inner {
                        inner.start += start;
                        inner.end += start;
                        let k = arena.push(inner, i);
                        arena.parent[k] = Some(role);
                    }
                }
            }
        }
        let mut aliases: Aliases = Vec::new();
        alias::bind_acronyms(&mut arena, text, &sentences, &self.entities.gazetteer);
        alias::quoted_titles(&mut arena, text, &sentences, &mut aliases);
        alias::resolution_years(&arena, text, &mut aliases);
        alias::surnames(&mut arena, &self.aliases);
        alias::lowercase_echoes(&mut arena, text, &sentences);
        let blocks = crate::relation::find_blocks(&mut arena, norm, &sentences);
        let mut stated = Vec::new();
        // Short forms and definite descriptions are resolved before composites,
        // so that "first meeting of the Forum" is named after the Forum meant.
        alias::short_forms(&mut arena, text, &self.aliases);
        // After short forms: "the Council of Ministers of Bosnia and Herzegovina" is
        // no short form of "EU Council of Ministers" spelled out.
        alias::spell_out_acronyms(&mut arena, &self.entities.gazetteer, &self.aliases);
        alias::definite_descriptions(&mut arena, text, &sentences, &self.aliases);
        let naming = Naming {
            renamer: &self.renamer,
            gaz: &self.entities.gazetteer,
        };
        let mut keywords = self.keywords.for_sentences(text, &sentences);
        CompositeRule::apply_all(
            &self.composites,
            &mut keywords,
            &mut arena,
            text,
            &sentences,
            &naming,
            &mut stated,
        );
        alias::elliptic_events(&mut arena, text, &sentences, &self.aliases);
        alias::described_event_echoes(&mut arena, text, &sentences, &self.aliases);
        events_of_outcomes(&mut arena, text, &self.events_in_names.outcome);
        sessions_reported_on(&mut arena, text, &self.events_in_names.report_on_session);
        crate::officers::elected_people(&mut arena, text, &sentences);
        crate::officers::people_under_posts(&mut arena, norm, &sentences);
        self.renamer.apply(&mut arena);
        alias::short_forms(&mut arena, text, &self.aliases);
        if std::env::var_os("PLENARY_DEBUG").is_some() {
            for (k, m) in arena.items.iter().enumerate() {
                let t = if m.end <= text.len() {
                    &text[m.start..m.end]
                } else {
                    ""
                };
                eprintln!(
                    "{k} {:?} {}..{} {t:?} {:?} parent={:?} rule={}",
                    m.kind, m.start, m.end, m.name, arena.parent[k], m.rule
                );
            }
        }
        let relations =
            self.relations
                .extract(&mut arena, norm, &sentences, &blocks, stated, &mut keywords);

        let mut mentions = Vec::new();
        for (k, m) in arena.items.iter().enumerate() {
            if m.start >= m.end {
                continue;
            }
            let key = m.key();
            // Part of a longer name of the same type ("Report of the Helsinki
            // Process" inside an outcome document's title): not an entity.
            if inside_other_of_kind(&arena, k) {
                continue;
            }
            let counts = !arena.virtual_[k] && !has_ancestor_with_key(&arena, k, &key);
            let r = norm.map.range_to_original(m.start..m.end);
            let surface = squash_space(&text[m.start..m.end]);
            if arena.virtual_[k] {
                aliases.push((key, surface));
                continue;
            }
            mentions.push(FoundMention {
                key,
                surface,
                start: base + r.start,
                end: base + r.end,
                counts,
            });
        }
        let relations = relations
            .into_iter()
            .map(|r| FoundRelation {
                evidence: squash_space(&text[r.evidence_start..r.evidence_end]),
                position: r.evidence_start,
                subject: r.subject,
                kind: r.kind,
                object: r.object,
                rule: r.rule,
            })
            .collect();
        DocResult {
            document: document.to_string(),
            mentions,
            relations,
            aliases,
        }
    }
}

fn inside_other_of_kind(arena: &Arena, k: usize) -> bool {
    let m = &arena.items[k];
    let mut p = arena.parent[k];
    // A known name inside a known name was looked for on purpose: the Fund in
    // "Executive Board of the United Nations Children's Fund", the Covenant in
    // its Optional Protocol.
    let known = |i: usize| arena.items[i].rule.starts_with("gazetteer");
    if known(k) && p.is_some_and(known) {
        return false;
    }
    while let Some(i) = p {
        let a = &arena.items[i];
        if a.kind == m.kind && a.name != m.name {
            return true;
        }
        p = arena.parent[i];
    }
    false
}

fn has_ancestor_with_key(arena: &Arena, k: usize, key: &NodeKey) -> bool {
    let mut p = arena.parent[k];
    let mut guard = 0;
    while let Some(i) = p {
        if arena.items[i].kind == key.kind && arena.items[i].name == key.name {
            return true;
        }
        p = arena.parent[i];
        guard += 1;
        if guard > 64 {
            break;
        }
    }
    false
}

/// One line, single spaces: evidence and surfaces never carry raw newlines.
pub fn squash_space(s: &str) -> String {
    let b = s.as_bytes();
    // Most names and sentences are already squashed: copy them as they are.
    let single_spaced = b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && b.is_ascii()
        && !b.windows(2).any(|w| w == b"  ")
        && !b.iter().any(|&c| c.is_ascii_whitespace() && c != b' ');
    if single_spaced {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Report of the Trade and Development Board on its twenty-fifth special
/// session": the session a body's report is on, an event of that body.
fn sessions_reported_on(arena: &mut Arena, text: &str, re: &regex::Regex) {
    for k in 0..arena.items.len() {
        let m = &arena.items[k];
        if m.kind != NodeType::Document || arena.virtual_[k] || arena.parent[k].is_some() {
            continue;
        }
        // A body named in full: "the Committee" alone could be any committee.
        let Some(body) = m
            .name
            .strip_prefix("Report of the ")
            .filter(|b| b.contains(' '))
        else {
            continue;
        };
        let Some(c) = text.get(m.end..).and_then(|after| re.captures(after)) else {
            continue;
        };
        let ev = c.name("ev").expect("the event group");
        let name = format!("{} of the {body}", ev.as_str());
        let sentence = arena.sentence[k];
        arena.push(
            crate::model::Mention {
                kind: NodeType::Conference,
                start: m.end + ev.start(),
                end: m.end + ev.end(),
                name,
                rule: "report-on-session",
            },
            sentence,
        );
    }
}

/// The event an outcome document is named after: "Declaration of the Tenth
/// Summit of Heads of State and Government of the Rio Group" holds the Summit,
/// so that "…, held at Cochabamba" can say where the Summit was.
fn events_of_outcomes(arena: &mut Arena, text: &str, re: &regex::Regex) {
    // A kind of event, not one: "the Declaration of the Summit Conference".
    const KINDS: [&str; 8] = [
        "Summit Conference",
        "Ministerial Conference",
        "Ministerial Meeting",
        "International Conference",
        "World Conference",
        "Regional Conference",
        "High-level Meeting",
        "Review Conference",
    ];
    for k in 0..arena.items.len() {
        let m = &arena.items[k];
        if m.kind != NodeType::Document || arena.virtual_[k] || arena.parent[k].is_some() {
            continue;
        }
        let Some(ev) = re
            .captures(&m.name)
            .and_then(|c| c.name("ev"))
            .filter(|ev| !KINDS.contains(&ev.as_str()))
        else {
            continue;
        };
        // The event's words as the text writes them, at the end of the mention
        // (a name the rules rewrote may not be there: then no event).
        let (name, end) = (ev.as_str().to_string(), m.end);
        let Some(start) = end.checked_sub(name.len()) else {
            continue;
        };
        if text.get(start..end) != Some(name.as_str()) {
            continue;
        }
        let sentence = arena.sentence[k];
        let e = arena.push(
            crate::model::Mention {
                kind: NodeType::Conference,
                start,
                end,
                name,
                rule: "title",
            },
            sentence,
        );
        arena.parent[e] = Some(k);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::sync::OnceLock;

    /// One extractor with the default rules for all tests.
    pub(crate) fn extractor() -> &'static Extractor {
        static EX: OnceLock<Extractor> = OnceLock::new();
        EX.get_or_init(|| Extractor::new(&RuleSet::default_rules()).unwrap())
    }

    /// (type, canonical name, surface) of every counted mention.
    fn mentions(text: &str) -> BTreeSet<(String, String, String)> {
        extractor()
            .extract("t.txt", text, 0)
            .mentions
            .into_iter()
            .filter(|m| m.counts)
            .map(|m| (m.key.kind.label().to_string(), m.key.name, m.surface))
            .collect()
    }

    #[test]
    fn a_bodys_report_names_the_session_it_is_on() {
        let got = mentions("Report of the Trade and Development Board on its twenty-fifth special session. The Board took note of the report of the Committee on the work of its first meeting.");
        assert_eq!(
            names_of(&got, "Conference"),
            BTreeSet::from(["twenty-fifth special session of the Trade and Development Board"])
        );
        let got = mentions("Draft report of the Special Committee on Peacekeeping Operations on the 2017 substantive session");
        assert_eq!(
            names_of(&got, "Conference"),
            BTreeSet::from([
                "2017 substantive session of the Special Committee on Peacekeeping Operations"
            ])
        );
    }

    /// The canonical names of the mentions of one type.
    fn names_of<'a>(got: &'a BTreeSet<(String, String, String)>, kind: &str) -> BTreeSet<&'a str> {
        got.iter()
            .filter(|(k, _, _)| k == kind)
            .map(|(_, name, _)| name.as_str())
            .collect()
    }

    fn has(
        got: &BTreeSet<(String, String, String)>,
        kind: &str,
        name: &str,
        surface: &str,
    ) -> bool {
        got.contains(&(kind.to_string(), name.to_string(), surface.to_string()))
    }

    /// Composite entities and resolved aliases on real phrasings, with the
    /// canonical names of the schema.
    #[test]
    fn composite_entities_and_aliases_get_canonical_names() {
        type Case<'a> = (&'a str, Vec<(&'a str, &'a str, &'a str)>);
        let cases: Vec<Case> = vec![
            (
                "Round table 2 had Francisco Laínez, Minister for Foreign Affairs of El Salvador, as chair.",
                vec![
                    ("Person", "Francisco Laínez", "Francisco Laínez"),
                    ("Role", "Minister for Foreign Affairs of El Salvador", "Minister for Foreign Affairs of El Salvador"),
                    ("Conference", "Round table 2", "Round table 2"),
                ],
            ),
            (
                "The Government of Belgium offered to host the meeting.",
                vec![("Location", "Belgium", "Government of Belgium")],
            ),
            (
                "The High Commissioner for Human Rights, Ms. Louise Arbour, was requested to prepare the terms. Mrs. Arbour transmitted them.",
                vec![
                    ("Person", "Louise Arbour", "Ms. Louise Arbour"),
                    ("Person", "Louise Arbour", "Arbour"),
                    ("Role", "United Nations High Commissioner for Human Rights", "High Commissioner for Human Rights"),
                ],
            ),
            (
                "IOM formed the Business Advisory Board (BAB). The BAB met twice.",
                vec![
                    ("Organization", "Business Advisory Board", "Business Advisory Board (BAB)"),
                    ("Organization", "Business Advisory Board", "BAB"),
                ],
            ),
            (
                "It called for an Inter-agency Global Migration Facility (GMF). The GMF would not be new.",
                vec![("Organization", "Inter-agency Global Migration Facility", "GMF")],
            ),
            (
                "The Ibero-American Forum on Migration and Development met in Cuenca. The Forum drafted a plan.",
                vec![("Organization", "Ibero-American Forum on Migration and Development", "The Forum")],
            ),
            (
                "The report was written by the Director General of the International Organization for Migration (IOM).",
                vec![
                    ("Role", "Director-General of the International Organization for Migration", "Director General of the International Organization for Migration"),
                    ("Organization", "International Organization for Migration", "International Organization for Migration"),
                    ("Organization", "International Organization for Migration", "IOM"),
                ],
            ),
            (
                "The Council of the International Organization for Migration (IOM) met at its 90th IOM Council Session in Geneva.",
                vec![
                    ("Organization", "IOM Council", "Council of the International Organization for Migration"),
                    ("Conference", "90th IOM Council Session", "90th IOM Council Session"),
                    ("Location", "Geneva", "Geneva"),
                ],
            ),
            (
                "The Statistics Division of the Department of Economic and Social Affairs compiles data.",
                vec![("Organization", "Statistics Division", "Statistics Division")],
            ),
            (
                "Under-Secretary-General for Economic and Social Affairs, Sha Zukang, sent a letter.",
                vec![
                    ("Person", "Sha Zukang", "Sha Zukang"),
                    ("Role", "Under-Secretary-General for Economic and Social Affairs", "Under-Secretary-General for Economic and Social Affairs"),
                ],
            ),
            (
                "On behalf of President Enrique Peña Nieto, I speak. President Putin informed us. The delegation, led by Prime Minister Justin Trudeau, met. President Reagan's Administration agreed.",
                vec![
                    ("Person", "Enrique Peña Nieto", "Enrique Peña Nieto"),
                    ("Person", "Putin", "Putin"),
                    ("Person", "Justin Trudeau", "Justin Trudeau"),
                    ("Person", "Reagan", "Reagan"),
                ],
            ),
            (
                "The tenth session of the Committee on Migrant Workers was chaired by Abdelhamid El Jamri.",
                vec![("Person", "Abdelhamid El Jamri", "Abdelhamid El Jamri")],
            ),
            (
                "He met the President of the United States of America, the President of the Republic of Uganda, the Prime Minister of the UK and the Prime Minister of the Bahamas.",
                vec![
                    ("Role", "President of the United States", "President of the United States of America"),
                    ("Role", "Prime Minister of the United Kingdom", "Prime Minister of the UK"),
                    ("Role", "President of Uganda", "President of the Republic of Uganda"),
                    ("Role", "Prime Minister of the Bahamas", "Prime Minister of the Bahamas"),
                ],
            ),
            (
                "Canada will take part in the twenty-seventh Conference of the Parties to the United Nations Framework Convention on Climate Change in Egypt.",
                vec![(
                    "Conference",
                    "twenty-seventh Conference of the Parties to the United Nations Framework Convention on Climate Change",
                    "twenty-seventh Conference of the Parties to the United Nations Framework Convention on Climate Change",
                )],
            ),
            (
                "Mexico will host the first High-level Meeting of the Global Partnership for Effective Development Cooperation.",
                vec![(
                    "Conference",
                    "first High-level Meeting of the Global Partnership for Effective Development Cooperation",
                    "first High-level Meeting of the Global Partnership for Effective Development Cooperation",
                )],
            ),
            (
                "We attach importance to the World Conference on Indigenous Peoples,to be held in 2014.",
                vec![("Conference", "World Conference on Indigenous Peoples", "World Conference on Indigenous Peoples")],
            ),
            (
                "The fourth World Conference on Women was held in Beijing.",
                vec![("Conference", "Fourth World Conference on Women", "fourth World Conference on Women")],
            ),
            (
                "We congratulate Ms. Al-Khalifa on her election to the presidency of the General Assembly.",
                vec![("Role", "President of the General Assembly", "presidency of the General Assembly")],
            ),
            // A session of no named body is the General Assembly's.
            (
                "I pay tribute to the President of the forty-third session, Mr. Dante Caputo.",
                vec![("Role", "President of the General Assembly", "President of the forty-third session")],
            ),
            // The alias "the Caribbean" is as long, but its article is no part of a name.
            (
                "a shipment of radioactive material through the Caribbean Sea",
                vec![("Location", "Caribbean Sea", "Caribbean Sea")],
            ),
        ];
        for (text, want) in cases {
            let got = mentions(text);
            for (kind, name, surface) in want {
                assert!(
                    has(&got, kind, name, surface),
                    "{text}: missing ({kind}, {name}, {surface}) in {got:?}"
                );
            }
        }
        // Only taking office names the post: "under the presidency of X" says who chaired.
        let got = mentions("The meeting was held under the presidency of the African Union.");
        assert!(!got.iter().any(|(kind, _, _)| kind == "Role"), "{got:?}");
    }

    #[test]
    fn a_generational_suffix_is_part_of_the_name() {
        let got = mentions(
            "President Benigno S. Aquino III’s statement and Mr. James A. Baker III were welcome.",
        );
        assert_eq!(
            names_of(&got, "Person"),
            ["Benigno S. Aquino III", "James A. Baker III"].into(),
            "{got:?}"
        );
    }

    #[test]
    fn a_known_name_inside_a_known_name_is_mentioned_too() {
        let got = mentions("We signed the Second Optional Protocol to the International Covenant on Civil and Political Rights.");
        assert_eq!(
            names_of(&got, "Document"),
            [
                "International Covenant on Civil and Political Rights",
                "Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
            ]
            .into(),
            "{got:?}"
        );
    }

    #[test]
    fn who_acts_for_a_country_is_the_country_but_no_place_in_a_name() {
        let got =
            mentions("The Prime Minister of the Haitian Government met the Sudanese authorities.");
        assert!(
            has(&got, "Location", "Haiti", "Haitian Government"),
            "{got:?}"
        );
        assert!(
            has(&got, "Location", "Sudan", "Sudanese authorities"),
            "{got:?}"
        );
        assert!(!got.iter().any(|(kind, _, _)| kind == "Role"), "{got:?}");
        // One post, one name, whichever title the text gives it.
        let got = mentions("The Foreign Minister of Japan met the Minister of Foreign Affairs of Japan and the Japanese Foreign Minister.");
        assert_eq!(
            names_of(&got, "Role"),
            ["Minister for Foreign Affairs of Japan"].into(),
            "{got:?}"
        );
        // A country is named one way in its posts, with the article it takes,
        // whichever form the text gives it.
        let got = mentions("The Head of State of Philippines met the Chairman of the Council of Ministers of the Mongolian People’s Republic.");
        assert_eq!(
            names_of(&got, "Role"),
            [
                "Chairman of the Council of Ministers of Mongolia",
                "Head of State of the Philippines"
            ]
            .into(),
            "{got:?}"
        );
        // A country's organ by its adjective is the organ "of" the country.
        let got =
            mentions("Demonstrating great vision, the Mexican Senate has approved the Treaty.");
        assert!(
            has(&got, "Organization", "Senate of Mexico", "Mexican Senate"),
            "{got:?}"
        );
        // An adjective alone names no place.
        assert!(mentions("The French language and Swiss cheese.").is_empty());
    }

    #[test]
    fn a_family_name_alone_is_the_person_named_in_full() {
        let people = |text: &str| -> BTreeSet<String> {
            mentions(text)
                .into_iter()
                .filter(|(kind, _, _)| kind == "Person")
                .map(|(_, name, _)| name)
                .collect()
        };
        // A family name of two words, and of one, after the full name.
        let text = "We greet the Secretary-General, Mr. Javier Perez de Cuellar. The plan of Mr. Perez de Cuellar was accepted, and Mr. Cuellar said so.";
        assert_eq!(people(text), ["Javier Perez de Cuellar".to_string()].into());
        // Two people with the family name: it stays as written.
        let text = "We recall Mr. Mahatma Gandhi and Mrs. Indira Gandhi. Mr. Gandhi spoke.";
        assert!(people(text).contains("Gandhi"), "{:?}", people(text));
        // A rank is no given name.
        let text = "It was agreed during President Lieutenant-General Ali Abdullah Saleh’s visit to Aden. We thank Mr. Ali Abdullah Saleh.";
        assert!(
            people(text).contains("Ali Abdullah Saleh"),
            "{:?}",
            people(text)
        );
    }

    #[test]
    fn holders_of_high_posts_are_known_by_name() {
        let got = mentions(
            "I congratulate Mr. Illueca on his election. We thank our brother Kofi Annan and Mr. Perez de Cuellar. Mr. Khan spoke. The Dag Hammarskjöld Foundation met.",
        );
        let people = names_of(&got, "Person");
        // A family name shared by many people ("Khan") stays as written.
        assert_eq!(
            people,
            [
                "Javier Pérez de Cuéllar",
                "Jorge Illueca",
                "Khan",
                "Kofi Annan"
            ]
            .into()
        );
        // A known person's name may open the name of a body.
        assert!(
            has(
                &got,
                "Organization",
                "Dag Hammarskjöld Foundation",
                "Dag Hammarskjöld Foundation"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn squashed_text_is_one_line_with_single_spaces() {
        for (raw, want) in [
            ("General Assembly", "General Assembly"),
            (" General  Assembly\n", "General Assembly"),
            ("Côte\u{a0}d'Ivoire", "Côte d'Ivoire"),
            ("a\tb\r\nc", "a b c"),
            ("", ""),
        ] {
            assert_eq!(squash_space(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn mention_offsets_point_into_the_input() {
        let text = "\u{feff}In 2003, the Governments of Sweden and Switzerland took the initiative to launch the \nGlobal Commission on International Migration (GCIM).";
        let bytes = text.as_bytes();
        let decoded = crate::document::decode(bytes).unwrap();
        let doc = extractor().extract("t.txt", &decoded.text, decoded.base);
        assert!(doc.mentions.len() >= 4);
        for m in &doc.mentions {
            let raw = std::str::from_utf8(&bytes[m.start..m.end]).unwrap();
            assert_eq!(squash_space(raw), m.surface, "{m:?}");
        }
    }
}
