//! Relation extraction. A relation is extracted only where one sentence, or one
//! labelled block, states it:
//! - sentence patterns (`[[relation]]` in `patterns.toml`) over masked sentences;
//! - labelled blocks (`Title` / `Date:` / `Venue:` / `Organizers:` /
//!   `Outcome Document:`), one edge per listed item;
//! - the document header (`United Nations A/63/269`, `Distr.: General 11 August
//!   2008`, `Report of the Secretary-General`);
//! - resolution symbols, which name the organ that adopted them.
//!
//! Every relation keeps the range of the sentence or block that states it.

use crate::arena::Arena;
use crate::composite::{parse_emit, Stated};
use crate::error::Error;
use crate::masked::{tokens_in, MaskedSentence, SentenceKeywords, SlotPattern};
use crate::model::{Mention, NodeType, RelType, Relation};
use crate::normalize::Normalized;
use crate::rules::Patterns;
use crate::sentence::{sentence_at, Sentence};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub struct RelationRule {
    name: String,
    pattern: SlotPattern,
    emit: Vec<(String, RelType, String)>,
    unless: Option<Regex>,
    unless_match: Option<Regex>,
    forbid: Vec<(String, Regex)>,
    require: Vec<(String, Regex)>,
}

pub struct RelationRules {
    rules: Vec<RelationRule>,
    adopters: BTreeMap<String, String>,
    datelines: crate::dateline::DatelinePatterns,
}

/// Which node types a relation may join, from `schema.md`.
pub fn allowed(kind: RelType, s: NodeType, o: NodeType) -> bool {
    use NodeType::*;
    let actor = matches!(s, Organization | Location | Person | Role);
    match kind {
        RelType::Proposed => s != Date && o != Date,
        RelType::Hosted => matches!(s, Location | Organization) && o == Conference,
        RelType::Organized => actor && o == Conference,
        RelType::MemberOf => matches!(s, Organization | Location | Person) && o == Organization,
        RelType::PartOf => {
            matches!(s, Organization | Conference) && matches!(o, Organization | Conference)
        }
        RelType::HeldIn => s == Conference && o == Location,
        RelType::HeldOn => s == Conference && o == Date,
        RelType::Chaired => actor && matches!(o, Conference | Organization),
        RelType::Appointed => matches!(s, Role | Person) && o == Person,
        RelType::Holds => s == Person && o == Role,
        RelType::Established => {
            (actor || s == Conference) && matches!(o, Organization | Conference)
        }
        RelType::Adopted => {
            matches!(s, Organization | Conference) && matches!(o, Resolution | Document)
        }
        RelType::Authored => (actor || s == Conference) && o == Document,
        RelType::PursuantTo => {
            matches!(s, Conference | Document) && matches!(o, Resolution | Document)
        }
        RelType::Dated => matches!(s, Resolution | Document) && o == Date,
    }
}

impl RelationRules {
    pub fn compile(p: &Patterns) -> Result<RelationRules, Error> {
        let mut rules = Vec::new();
        for r in &p.relation {
            let mut emit = parse_emit(&r.name, &r.emit)?;
            if let Some(t) = &r.kind {
                let t = RelType::from_name(t).ok_or_else(|| Error::Rules {
                    file: "patterns.toml".into(),
                    message: format!("rule {}: unknown relation type {t:?}", r.name),
                })?;
                if emit.is_empty() {
                    emit.push(("S".into(), t, "O".into()));
                }
            }
            let unless = match &r.unless {
                Some(u) => Some(Regex::new(&crate::entity::pattern::expand(u, p)).map_err(
                    |e| Error::Rules {
                        file: "patterns.toml".into(),
                        message: format!("rule {}: {e}", r.name),
                    },
                )?),
                None => None,
            };
            let forbid = crate::masked::slot_conditions(&r.name, &r.forbid, p)?;
            let require = crate::masked::slot_conditions(&r.name, &r.require, p)?;
            let unless_match = match &r.unless_match {
                Some(u) => Some(Regex::new(&crate::entity::pattern::expand(u, p)).map_err(
                    |e| Error::Rules {
                        file: "patterns.toml".into(),
                        message: format!("rule {}: {e}", r.name),
                    },
                )?),
                None => None,
            };
            rules.push(RelationRule {
                name: r.name.clone(),
                pattern: SlotPattern::compile(&r.name, &r.pattern, p)?,
                emit,
                unless,
                unless_match,
                forbid,
                require,
            });
        }
        let datelines = crate::dateline::DatelinePatterns::new(p)?;
        Ok(RelationRules {
            rules,
            adopters: p.resolution_adopters.clone(),
            datelines,
        })
    }

    /// All relations of one document.
    pub fn extract(
        &self,
        arena: &mut Arena,
        norm: &Normalized,
        sentences: &[Sentence],
        blocks: &[Block],
        stated: Vec<Stated>,
        keywords: &mut SentenceKeywords,
    ) -> Vec<Relation> {
        let text = &norm.text;
        let mut out = Vec::new();
        let mut emit = |arena: &Arena,
                        s: usize,
                        kind: RelType,
                        o: usize,
                        range: (usize, usize),
                        rule: &str,
                        out: &mut Vec<Relation>| {
            let (a, b) = (&arena.items[s], &arena.items[o]);
            if !allowed(kind, a.kind, b.kind) || a.key() == b.key() {
                return;
            }
            // Who acts for a country is no venue: "held at Chapultepec, in Mexico,
            // the Cuban delegation proposed" holds nothing in Cuba.
            if kind == RelType::HeldIn && matches!(b.rule, "gazetteer-agent" | "government-of") {
                return;
            }
            out.push(Relation {
                subject: a.key(),
                kind,
                object: b.key(),
                evidence_start: range.0,
                evidence_end: range.1,
                rule: rule.to_string(),
            });
        };
        // The header first: it may find that a mention is the document itself.
        let header = header(arena, norm, sentences);
        for st in &stated {
            let s = &sentences[st.sentence];
            emit(
                arena,
                arena.named_whole(st.subject),
                st.kind,
                arena.named_whole(st.object),
                (s.start, s.end),
                st.rule,
                &mut out,
            );
        }

        if let Some((own, date_sentence, date)) = header.dated {
            let s = &sentences[date_sentence];
            emit(
                arena,
                own,
                RelType::Dated,
                date,
                (s.start, s.end),
                "header-date",
                &mut out,
            );
        }
        if let Some((author, own, sentence)) = header.titled_author {
            let s = &sentences[sentence];
            emit(
                arena,
                author,
                RelType::Authored,
                own,
                (s.start, s.end),
                "header-author",
                &mut out,
            );
        }
        let adopter_of = self.resolutions(arena, sentences, &mut out, &mut emit);
        for (si, sent) in sentences.iter().enumerate() {
            let ids = arena.outermost(si);
            if ids.is_empty() {
                continue;
            }
            let mut masked = MaskedSentence::new(text, sent.start, sent.end, &ids, arena);
            let mut author_line = None;
            if header.author_sentence == Some(si) {
                if let Some(own) = header.own {
                    masked.text.push_str(&format!(" (<D{own}>)"));
                    masked.codes |= crate::masked::code_bit('D');
                    // The words of the line itself ("Report of" is masked away
                    // when the report is a mention) and of the symbol added to it.
                    let mut candidates = keywords.relations_in(&masked.text);
                    for (c, raw) in candidates.iter_mut().zip(keywords.relations(si)) {
                        *c |= *raw;
                    }
                    author_line = Some(candidates);
                }
            }
            let candidates = match &author_line {
                Some(c) => c.as_slice(),
                None => keywords.relations(si),
            };
            for (rule, _) in self.rules.iter().zip(candidates).filter(|(_, &c)| c) {
                if !rule.pattern.may_match(masked.codes)
                    || rule
                        .unless
                        .as_ref()
                        .is_some_and(|u| u.is_match(&masked.text))
                {
                    continue;
                }
                for c in rule.pattern.captures(&masked.text).into_iter().flatten() {
                    // A slot's mentions; `DOC` is the document itself (named by its
                    // header); `A>L` is the Location inside the mention in slot A;
                    // `R^` is the organ that adopted the resolution in slot R.
                    let slot = |name: &str| -> Vec<usize> {
                        if name == "DOC" {
                            return header.own.into_iter().collect();
                        }
                        if let Some(r) = name.strip_suffix('^') {
                            return c
                                .name(r)
                                .map(|m| tokens_in(m.as_str()))
                                .unwrap_or_default()
                                .into_iter()
                                .filter_map(|i| adopter_of.get(&i).copied())
                                .collect();
                        }
                        let (name, inner) = match name.split_once('>') {
                            Some((n, t)) => (n, t.chars().next().and_then(NodeType::from_code)),
                            None => (name, rule.pattern.inner.get(name).copied()),
                        };
                        let Some(m) = c.name(name) else {
                            return Vec::new();
                        };
                        let ids = tokens_in(m.as_str());
                        match inner {
                            Some(t) => ids.into_iter().filter_map(|i| arena.inner(i, t)).collect(),
                            None => ids,
                        }
                    };
                    let forbidden = rule.forbid.iter().any(|(name, re)| {
                        slot(name)
                            .iter()
                            .any(|&i| re.is_match(&arena.items[i].name))
                    }) || rule.require.iter().any(|(name, re)| {
                        let ids = slot(name);
                        ids.is_empty() || !ids.iter().all(|&i| re.is_match(&arena.items[i].name))
                    }) || rule
                        .unless_match
                        .as_ref()
                        .is_some_and(|re| re.is_match(own_text(&c)));
                    if forbidden {
                        continue;
                    }
                    // "… are to be held in Copenhagen and Beijing, respectively":
                    // the objects pair with the subjects in order, and the one
                    // subject a pattern reaches is the last of them.
                    let respectively = masked.text
                        [c.get(0).map_or(0, |m| m.start()) + own_text(&c).len()..]
                        .trim_start_matches([',', ' '])
                        .starts_with("respectively");
                    for (a, kind, b) in &rule.emit {
                        let (subjects, objects) = (slot(a), slot(b));
                        let pairs: Vec<(usize, usize)> = match (subjects.len(), objects.len()) {
                            (n, m) if respectively && n == m && n > 1 => {
                                subjects.into_iter().zip(objects).collect()
                            }
                            (1, m) if respectively && m > 1 => {
                                vec![(subjects[0], objects[m - 1])]
                            }
                            _ => subjects
                                .iter()
                                .flat_map(|&s| objects.iter().map(move |&o| (s, o)))
                                .collect(),
                        };
                        for (s, o) in pairs {
                            emit(
                                arena,
                                s,
                                *kind,
                                o,
                                (sent.start, sent.end),
                                &rule.name,
                                &mut out,
                            );
                            if *kind == RelType::Holds {
                                // A person holding "Chair of X" chairs X.
                                if let Some(x) = chaired_by_post(arena, o) {
                                    emit(
                                        arena,
                                        s,
                                        RelType::Chaired,
                                        x,
                                        (sent.start, sent.end),
                                        "chair-post",
                                        &mut out,
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
        block_relations(arena, norm, blocks, &mut out);
        crate::officers::officer_relations(arena, norm, sentences, &mut out);
        crate::officers::signature_relations(arena, norm, &mut out);
        crate::dateline::dateline_relations(&self.datelines, arena, norm, sentences, &mut out);
        out
    }

    /// `A/RES/60/227` was adopted by the General Assembly, whether or not the
    /// sentence names it. Returns each resolution's adopting organ (a mention
    /// not in the text), for rules that name what a resolution did.
    fn resolutions(
        &self,
        arena: &mut Arena,
        sentences: &[Sentence],
        out: &mut Vec<Relation>,
        emit: &mut impl FnMut(&Arena, usize, RelType, usize, (usize, usize), &str, &mut Vec<Relation>),
    ) -> BTreeMap<usize, usize> {
        let mut adopter_of = BTreeMap::new();
        for k in 0..arena.items.len() {
            let m = &arena.items[k];
            if m.kind != NodeType::Resolution || arena.virtual_[k] {
                continue;
            }
            let Some((_, organ)) = self
                .adopters
                .iter()
                .filter(|(prefix, _)| m.name.starts_with(&format!("{prefix}/")))
                .max_by_key(|(prefix, _)| prefix.len())
            else {
                continue;
            };
            let s = arena.sentence[k];
            let Some(sent) = sentences.get(s) else {
                continue;
            };
            let organ_mention = arena.push_virtual(Mention {
                kind: NodeType::Organization,
                start: m.start,
                end: m.start,
                name: organ.clone(),
                rule: "resolution-symbol",
            });
            adopter_of.insert(k, organ_mention);
            emit(
                arena,
                organ_mention,
                RelType::Adopted,
                k,
                (sent.start, sent.end),
                "resolution-symbol",
                out,
            );
        }
        adopter_of
    }
}

/// The organization or event a "Chair of …" post chairs.
fn chaired_by_post(arena: &Arena, role: usize) -> Option<usize> {
    let name = &arena.items[role].name;
    let is_chair = [
        "Chair ",
        "Chairman ",
        "Chairperson ",
        "Chairwoman ",
        "Co-Chair ",
        "President of the ",
    ]
    .iter()
    .any(|p| name.starts_with(p));
    if !is_chair || name.starts_with("President of the General Assembly") {
        return None;
    }
    // "Chairperson of the seventh session of the Forum" chaired the session.
    arena
        .inner(role, NodeType::Conference)
        .or_else(|| arena.inner(role, NodeType::Organization))
}

struct Header {
    own: Option<usize>,
    author_sentence: Option<usize>,
    dated: Option<(usize, usize, usize)>,
    /// The author the header names outside an author line, the document, and the
    /// sentence that names the author: a title that names it ("Report of the
    /// Secretary-General on the work of the Organization"), or a body's name over
    /// "Report on the twenty-ninth session".
    titled_author: Option<(usize, usize, usize)>,
}

/// The lines of a document's front matter, by what they say.
struct HeaderLines {
    /// "United Nations A/63/269", "General Assembly A/53/281", a joint symbol
    /// "A/50/257-E/1995/61", a footnote mark "A/70/826*", a session in brackets
    /// "TD/B(S-XXIII)/4".
    symbol: Regex,
    /// "Distr.: General", "Distr. GENERAL".
    distr: Regex,
    /// "Report of the Secretary-General", "Final report of …", "Note by …".
    author: Regex,
    /// The Secretary-General's (or the President's) author line at the end of a
    /// title it was joined with.
    author_after_title: Regex,
    /// An author line that is the title too.
    titled_author: Regex,
    /// Lines above the author line that are no title (a numbered section heading).
    not_title: Regex,
    /// "Item 106 of the provisional agenda": the next line is the item's title.
    agenda: Regex,
    /// "Report on the twenty-ninth session" under the name of the body reporting.
    session_report: Regex,
}

fn header_res() -> &'static HeaderLines {
    static R: OnceLock<HeaderLines> = OnceLock::new();
    R.get_or_init(|| HeaderLines {
        symbol: Regex::new(r"^(?:United Nations\s+)?(?:(?:General Assembly|Security Council|Economic and Social Council)\s+)?(?:(?:Provisional )?[Aa]genda item \d+(?: \([a-z]\))?\s+)?(?:\(\s*)?[A-Z][A-Z0-9./]*/[A-Za-z0-9./()-]+(?:\s*-\s*[A-Z][A-Z0-9./]*/[A-Za-z0-9./]+)?\**(?:\s*\))?$").unwrap(),
        distr: Regex::new(r"(?i)^(?:(?:General Assembly|Security Council|Economic and Social Council)\s+)?Distr\.?:?\s*(?:General|Limited|Restricted)\b").unwrap(),
        author_after_title: Regex::new(r"[^.;:] (?:Report of the Secretary-General|Note by the (?:Secretary-General|President of the General Assembly))$").unwrap(),
        author: Regex::new(r"^(?:(?:(?:Draft|Final|Interim|Progress|Annual|Special|Consolidated|Comprehensive|Summary|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth) )?[Rr]eport|Note|Letter|Identical letters|Note verbale|Statement)(?: (?:on|of) [^.;]{1,150}? (?:submitted|prepared|presented) by| (?:of|by|dated)) ").unwrap(),
        titled_author: Regex::new(r"^(?:[Rr]eport|Note) (?:of|by) the Secretary-General on [^.;]+$").unwrap(),
        not_title: Regex::new(r"(?i)^(?:(?:[IVXL]+|[A-H])\.\s|distr|original|item \d|agenda item|provisional agenda|[a-z-]+ session\b|general assembly$|security council$|economic and social council$|united nations|summary$|contents$)").unwrap(),
        agenda: Regex::new(r"(?i)^(?:(?:provisional |preliminary )?agenda )?items? \d+(?: \([a-z]\))?(?: (?:and|to) \d+(?: \([a-z]\))?)*(?: of the (?:provisional|preliminary) (?:agenda|list))?\W*$").unwrap(),
        session_report: Regex::new(r"^Report on (?:the )?(?:work of its )?[\w-]+ (?:special |regular |resumed )?session\b").unwrap(),
    })
}

/// Reads the front matter: the document's own symbol and title, its date of
/// distribution and its author line.
fn header(arena: &mut Arena, norm: &Normalized, sentences: &[Sentence]) -> Header {
    let re = header_res();
    let text = &norm.text;
    let mut h = Header {
        own: None,
        author_sentence: None,
        dated: None,
        titled_author: None,
    };
    let zone: Vec<usize> = norm
        .units
        .iter()
        .take_while(|u| u.end - u.start < 400)
        .take(24)
        .enumerate()
        .map(|(i, _)| i)
        .collect();
    let unit_text = |i: usize| &text[norm.units[i].start..norm.units[i].end];
    let first_sentence = |u: usize| sentences.iter().position(|s| s.unit == u);

    // The symbol: "United Nations A/63/269" or a symbol alone on a line, under at
    // most nine short lines ("UNITED" / "NATIONS" / "A" / "General Assembly" / "Distr.").
    let mut own: Option<usize> = None;
    for &u in zone.iter().take(10) {
        if re.symbol.is_match(unit_text(u)) {
            let unit = &norm.units[u];
            own = (0..arena.items.len()).find(|&k| {
                let m = &arena.items[k];
                m.kind == NodeType::Document
                    && m.start >= unit.start
                    && m.end <= unit.end
                    && arena.parent[k].is_none()
            });
            if own.is_some() {
                break;
            }
        }
    }
    // The author line and the title just above it. The line after "Item 106 of the
    // provisional agenda" is the agenda item's title, which may itself read "Report
    // of the United Nations High Commissioner for Refugees, …": no author line.
    // The title as a unit and the byte range of it that is the title.
    let mut title: Option<(usize, std::ops::Range<usize>)> = None;
    let agenda_item =
        |u: usize| u > 0 && re.agenda.is_match(unit_text(u - 1)) && zone.contains(&(u - 1));
    let whole = |u: usize| (u, norm.units[u].start..norm.units[u].end);
    for &u in &zone {
        // A long title joined with the author line under it: "Implementation of the
        // Sendai Framework for Disaster Risk Reduction 2015-2030 Report of the
        // Secretary-General".
        // (After an agenda item, the agenda item's title comes first: no title.)
        // (A title is more than a few words: the long line is what was joined.)
        let joined = re
            .author_after_title
            .find(unit_text(u))
            .filter(|m| m.start() >= 30);
        if let Some(m) = joined {
            let unit = &norm.units[u];
            // The title ends with the character before the space ("é", "”").
            let cut = m.start() + m.as_str().chars().next().map_or(0, char::len_utf8);
            h.author_sentence = sentence_at(sentences, unit.start + cut);
            title = (!agenda_item(u)).then(|| (u, unit.start..unit.start + cut));
            break;
        }
        if re.author.is_match(unit_text(u)) && !agenda_item(u) {
            h.author_sentence = first_sentence(u);
            // "Report of the Special Committee on …" read as a document of its
            // own is the document itself, the symbol's.
            if let Some(o) = own {
                let unit = &norm.units[u];
                let name = arena.items[o].name.clone();
                for k in 0..arena.items.len() {
                    let m = &arena.items[k];
                    if k != o
                        && m.kind == NodeType::Document
                        && m.start >= unit.start
                        && m.start <= unit.start + "Draft ".len()
                        && m.name.starts_with("Report of ")
                    {
                        arena.items[k].name = name.clone();
                    }
                }
            }
            // "Letter dated …", "Report of the Secretary-General on the work of the
            // Organization": the author line is the title.
            if unit_text(u).contains(" dated ") || re.titled_author.is_match(unit_text(u)) {
                title = Some(whole(u));
            } else if u > 0
                && zone.contains(&(u - 1))
                && !re.not_title.is_match(unit_text(u - 1))
                && !agenda_item(u - 1)
            {
                title = Some(whole(u - 1));
            }
            break;
        }
    }
    if let Some((t, span)) = title {
        let unit = span.clone();
        let name = text[span].trim_end_matches(['.', ' ']).to_string();
        match own {
            Some(o) => {
                // The title is another name of the symbol: record it as a mention-free alias.
                let key = arena.items[o].key();
                arena.push_virtual(Mention {
                    kind: key.kind,
                    start: unit.start,
                    end: unit.end,
                    name: key.name,
                    rule: "header-title",
                });
            }
            None if !unit_text(t).contains(" dated ") => {
                if let Some(s) = first_sentence(t) {
                    let titled = re.titled_author.is_match(unit_text(t));
                    let doc = arena.push_covering(
                        Mention {
                            kind: NodeType::Document,
                            start: unit.start,
                            end: unit.start + name.len(),
                            name,
                            rule: "header-title",
                        },
                        s,
                    );
                    own = Some(doc);
                    // The title names its author, whom the title's mention covers.
                    if titled {
                        h.titled_author = arena.inner(doc, NodeType::Role).map(|r| (r, doc, s));
                    }
                }
            }
            None => {}
        }
    }
    h.own = own;
    // "Commission on Population and Development" over "Report on the twenty-ninth
    // session": the body on the line above reports.
    if let (Some(o), None) = (own, h.titled_author) {
        h.titled_author = zone.iter().skip(1).find_map(|&u| {
            if !re.session_report.is_match(unit_text(u)) {
                return None;
            }
            let above = &norm.units[u - 1];
            let body = (0..arena.items.len()).find(|&k| {
                let m = &arena.items[k];
                m.kind == NodeType::Organization
                    && m.start == above.start
                    && text[m.end..above.end].trim().is_empty()
            })?;
            Some((body, o, first_sentence(u)?))
        });
    }
    // A date in line `u`; `alone`: the date is the whole line.
    let date_in = |u: usize, alone: bool| {
        let unit = &norm.units[u];
        (0..arena.items.len()).find(|&k| {
            let m = &arena.items[k];
            m.kind == NodeType::Date
                && m.start >= unit.start
                && m.end <= unit.end
                && (!alone || m.start == unit.start && text[m.end..unit.end].trim().is_empty())
        })
    };
    let dated_at = |u: usize, alone: bool| Some((first_sentence(u)?, date_in(u, alone)?));
    if let Some(o) = own {
        // "Distr.: General 11 August 2008", the date on the same line or on one of
        // the next two short ones; with no such line, a date alone on a line near
        // the top ("General Assembly A/53/281" over "20 August 1998").
        let distr = zone
            .iter()
            .copied()
            .find(|&u| re.distr.is_match(unit_text(u)));
        let near_distr = distr.into_iter().flat_map(|u| {
            (u..u + 3).take_while(move |&c| {
                c < norm.units.len() && (c == u || norm.units[c].end - norm.units[c].start <= 40)
            })
        });
        h.dated = near_distr
            .filter_map(|c| dated_at(c, false))
            .chain(zone.iter().take(8).filter_map(|&u| dated_at(u, true)))
            .next()
            .map(|(s, d)| (o, s, d));
    }
    h
}

/// A labelled block: a title line followed by `Date:`, `Venue:`,
/// `Organizers:`, `Outcome Document:` lines.
#[derive(Debug, Clone)]
pub struct Block {
    /// The event the title names.
    pub event: usize,
    /// Byte range of the whole block, its evidence.
    pub range: (usize, usize),
    /// (label, unit index, sentence index) of every labelled line.
    pub labels: Vec<(String, usize, usize)>,
    /// Outcome documents, by mention.
    pub outcomes: Vec<usize>,
}

/// Finds the labelled blocks and names their event and outcome documents, so
/// that later rules see them as single entities.
pub fn find_blocks(arena: &mut Arena, norm: &Normalized, sentences: &[Sentence]) -> Vec<Block> {
    let text = &norm.text;
    let units = &norm.units;
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < units.len() {
        if units[i].label.is_some() || i + 1 >= units.len() || units[i + 1].label.is_none() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < units.len() && units[j].label.is_some() {
            j += 1;
        }
        let range = (units[i].start, units[j - 1].end);
        // An event listed with its date or venue, under a title: not a
        // paragraph that happens to precede a "Theme:" line.
        let title = &text[units[i].start..units[i].end];
        let event_labels = units[i + 1..j]
            .iter()
            .any(|u| matches!(u.label.as_deref(), Some("date" | "venue")));
        let Some(ts) = sentences.iter().position(|s| s.unit == i).filter(|_| {
            event_labels && title.len() <= 300 && !title.trim_end().ends_with(['.', ':', ';'])
        }) else {
            i = j;
            continue;
        };
        let full = text[units[i].start..units[i].end].trim_end_matches(['.', ' ']);
        let (start, title_text) = match full.strip_prefix("The ") {
            Some(rest) => (units[i].start + 4, rest),
            None => (units[i].start, full),
        };
        let event = arena.push_covering(
            Mention {
                kind: NodeType::Conference,
                start,
                end: units[i].start + full.len(),
                name: title_text.to_string(),
                rule: "block-title",
            },
            ts,
        );
        // A title that opens the event's title is a piece of it ("Executive
        // Council" of "Executive Council of the African Union"), not an entity.
        for k in 0..arena.items.len() {
            if arena.parent[k] == Some(event)
                && arena.items[k].rule == "title"
                && arena.items[k].start == start
            {
                arena.erase(k);
            }
        }
        let mut labels = Vec::new();
        let mut outcomes = Vec::new();
        for (u, unit) in units.iter().enumerate().take(j).skip(i + 1) {
            let label = unit.label.clone().unwrap_or_default();
            let Some(s) = sentences.iter().position(|s| s.unit == u) else {
                continue;
            };
            if label == "outcome" {
                for (ps, pe) in outcome_items(text, unit.value_start, unit.end) {
                    let name = clean_item(&text[ps..pe]);
                    if name.is_empty() {
                        continue;
                    }
                    let start = pe - name.len();
                    let existing = arena.outermost(s).into_iter().find(|&k| {
                        let m = &arena.items[k];
                        m.start == start && m.end == pe && m.kind == NodeType::Document
                    });
                    outcomes.push(match existing {
                        Some(k) => k,
                        None => arena.push_covering(
                            Mention {
                                kind: NodeType::Document,
                                start,
                                end: pe,
                                name: name.to_string(),
                                rule: "block-item",
                            },
                            s,
                        ),
                    });
                }
            }
            labels.push((label, u, s));
        }
        blocks.push(Block {
            event,
            range,
            labels,
            outcomes,
        });
        i = j;
    }
    blocks
}

/// One edge per listed item of every block.
fn block_relations(
    arena: &mut Arena,
    norm: &Normalized,
    blocks: &[Block],
    out: &mut Vec<Relation>,
) {
    let text = &norm.text;
    for block in blocks {
        let event = block.event;
        let range = block.range;
        let rel = |s: usize, kind: RelType, o: usize, arena: &Arena, out: &mut Vec<Relation>| {
            let (a, b) = (&arena.items[s], &arena.items[o]);
            if allowed(kind, a.kind, b.kind) && a.key() != b.key() {
                out.push(Relation {
                    subject: a.key(),
                    kind,
                    object: b.key(),
                    evidence_start: range.0,
                    evidence_end: range.1,
                    rule: format!("block-{}", kind.name().to_lowercase().replace('_', "-")),
                });
            }
        };
        for &doc in &block.outcomes {
            rel(event, RelType::Adopted, doc, arena, out);
        }
        for (label, u, s) in &block.labels {
            let unit = &norm.units[*u];
            let s = *s;
            let items = value_items(arena, s, unit.value_start, unit.end);
            match label.as_str() {
                "date" => {
                    if let Some(&d) = items
                        .iter()
                        .find(|&&k| arena.items[k].kind == NodeType::Date)
                    {
                        rel(event, RelType::HeldOn, d, arena, out);
                    }
                }
                "venue" => {
                    for &k in &items {
                        rel(event, RelType::HeldIn, k, arena, out);
                    }
                }
                "organizers" | "hosts" | "chair" => {
                    let kind = match label.as_str() {
                        "hosts" => RelType::Hosted,
                        "chair" => RelType::Chaired,
                        _ => RelType::Organized,
                    };
                    let pieces = split_items(text, unit.value_start, unit.end, ';');
                    let found = items_by_piece(arena, s, text, unit.value_start, unit.end, ';');
                    for ((ps, pe), found) in pieces.into_iter().zip(found) {
                        if found.is_empty() {
                            let name = clean_item(&text[ps..pe]);
                            if name.is_empty() {
                                continue;
                            }
                            let k = arena.push_covering(
                                Mention {
                                    kind: NodeType::Organization,
                                    start: pe - name.len(),
                                    end: pe,
                                    name: name.to_string(),
                                    rule: "block-item",
                                },
                                s,
                            );
                            rel(k, kind, event, arena, out);
                        } else {
                            for k in found {
                                rel(k, kind, event, arena, out);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// Outermost dates and places in a label's value.
fn value_items(arena: &Arena, s: usize, start: usize, end: usize) -> Vec<usize> {
    arena
        .outermost(s)
        .into_iter()
        .filter(|&k| arena.items[k].start >= start && arena.items[k].end <= end)
        .filter(|&k| matches!(arena.items[k].kind, NodeType::Date | NodeType::Location))
        .collect()
}

fn items_by_piece(
    arena: &Arena,
    s: usize,
    text: &str,
    start: usize,
    end: usize,
    sep: char,
) -> Vec<Vec<usize>> {
    split_items(text, start, end, sep)
        .into_iter()
        .map(|(ps, pe)| {
            arena
                .outermost(s)
                .into_iter()
                .filter(|&k| arena.items[k].start >= ps && arena.items[k].end <= pe)
                .filter(|&k| {
                    matches!(
                        arena.items[k].kind,
                        NodeType::Organization
                            | NodeType::Location
                            | NodeType::Role
                            | NodeType::Person
                    )
                })
                .collect()
        })
        .collect()
}

fn split_items(text: &str, start: usize, end: usize, sep: char) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // An empty value ("Outcome Document:" at the end of the text) starts
    // after its unit ends.
    if start >= end || end > text.len() {
        return out;
    }
    let mut pos = start;
    for piece in text[start..end].split(sep) {
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push((pos + lead, pos + lead + trimmed.len()));
        }
        pos += piece.len() + sep.len_utf8();
    }
    out
}

/// Outcome documents: `;`-separated, and `,`-separated where every piece is a
/// capitalized title (`Plan of Action, Rabat Declaration`).
fn outcome_items(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (ps, pe) in split_items(text, start, end, ';') {
        let commas = split_items(text, ps, pe, ',');
        if commas.len() > 1
            && commas.iter().all(|&(a, b)| {
                text[a..b].starts_with(char::is_uppercase) && text[a..b].split(' ').count() <= 8
            })
        {
            out.extend(commas);
        } else {
            out.push((ps, pe));
        }
    }
    out
}

/// An item of a labelled list without "the"/"The" in front or a full stop after.
fn clean_item(s: &str) -> &str {
    let s = s.trim().trim_end_matches(['.', ',', ';']);
    s.strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s)
        .trim()
}

/// The text a relation's match states, without the context after it that the
/// pattern only looks at (a group named `after`, as `{{NOT_MODIFIER}}` is).
fn own_text<'h>(c: &regex::Captures<'h>) -> &'h str {
    let whole = c.get(0).expect("group 0 is the match");
    let end = c.name("after").map_or(whole.end(), |a| a.start());
    &whole.as_str()[..end - whole.start()]
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    fn relations(text: &str) -> BTreeSet<String> {
        crate::extract::tests::extractor()
            .extract("t.txt", text, 0)
            .relations
            .iter()
            .map(|r| format!("{} {} {}", r.subject.name, r.kind, r.object.name))
            .collect()
    }

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    /// Real phrasings from UN documents and the exact relations they state.
    #[test]
    fn sentences_state_exactly_these_relations() {
        let cases: Vec<(&str, Vec<&str>)> = vec![
            (
                "Action at the regional level, stated the Executive Secretary of the Economic Commission for Latin America and the Caribbean (ECLAC), Jose Antonio Ocampo, was the bridge.",
                vec!["Jose Antonio Ocampo HOLDS Executive Secretary of the Economic Commission for Latin America and the Caribbean"],
            ),
            (
                "The role was also emphasized by Kim Hak-Sen, Executive Secretary, Economic and Social Commission for Asia and the Pacific (ESCAP), who noted it.",
                vec!["Kim Hak-Sen HOLDS Executive Secretary of the Economic and Social Commission for Asia and the Pacific"],
            ),
            (
                "The Commission for Social Development must decide, the Under Secretary-General for Policy Coordination and Sustainable Development, Nitin Desai, said.",
                vec!["Nitin Desai HOLDS Under-Secretary-General for Policy Coordination and Sustainable Development"],
            ),
            (
                "Also this morning, the Commission for Social Development elected Koos Richelle (Netherlands) as Chairman, Ruth Limjuco (Philippines) and Julia Tavares de Alvarez (Dominican Republic) were elected Vice-Chairmen.",
                vec![
                    "Koos Richelle CHAIRED Commission for Social Development",
                    "Koos Richelle HOLDS Chairman of the Commission for Social Development",
                ],
            ),
            (
                "In his keynote address, WMO’s President Alexander Bedritskiy underlined the progress, and WMO Secretary-General, Mr Michel Jarraud read a message.",
                vec![
                    "Alexander Bedritskiy CHAIRED World Meteorological Organization",
                    "Alexander Bedritskiy HOLDS President of the World Meteorological Organization",
                    "Michel Jarraud HOLDS Secretary-General of the World Meteorological Organization",
                ],
            ),
            (
                "United Nations Secretary\u{2011}General António Guterres today announced the appointment of Kanni Wignaraja of Sri Lanka as the next Assistant Secretary\u{2011}General for Policy Support.",
                vec![
                    "António Guterres APPOINTED Kanni Wignaraja",
                    "António Guterres HOLDS Secretary-General",
                    "Kanni Wignaraja HOLDS Assistant Secretary-General for Policy Support",
                ],
            ),
            (
                "Action was taken, most notably with the appointment of Olara Otunnu as the Secretary-General's Special Representative for Children and Armed Conflict.",
                vec!["Olara Otunnu HOLDS Special Representative of the Secretary-General for Children and Armed Conflict"],
            ),
            (
                "The General Conference of the International Atomic Energy Agency elected as its President Ambassador Tom C.E. Grönberg, the Resident Representative of Finland.",
                vec![
                    "General Conference of the International Atomic Energy Agency PART_OF International Atomic Energy Agency",
                    "Tom C.E. Grönberg CHAIRED General Conference of the International Atomic Energy Agency",
                    "Tom C.E. Grönberg HOLDS President of the General Conference of the International Atomic Energy Agency",
                ],
            ),
            (
                "El Salvador is the Chair of the Twenty-seventh Session of the Committee of the Whole of ECLAC, which is a forum for member countries.",
                vec!["El Salvador CHAIRED Twenty-seventh Session of the Committee of the Whole"],
            ),
            (
                "At the Twenty-seventh Session of the Committee of the Whole of ECLAC, on 28 and 29 May 2013 in New York, Alicia Bárcena set out topics.",
                vec![
                    "Twenty-seventh Session of the Committee of the Whole HELD_IN New York",
                    "Twenty-seventh Session of the Committee of the Whole HELD_ON 2013-05-28/2013-05-29",
                ],
            ),
            (
                "Recalling Economic and Social Council resolutions 1985/4 on the implications of the recommendations of the International Conference on Population and 1985/6 on the status and role of women and population, both of 28 May 1985, and General Assembly resolutions 3344 (XXIX) and 3345 (XXIX) of 17 December 1974,",
                vec![
                    "A/RES/3344(XXIX) DATED 1974-12-17",
                    "A/RES/3345(XXIX) DATED 1974-12-17",
                    "E/RES/1985/4 DATED 1985-05-28",
                    "E/RES/1985/6 DATED 1985-05-28",
                    "Economic and Social Council ADOPTED E/RES/1985/4",
                    "Economic and Social Council ADOPTED E/RES/1985/6",
                    "General Assembly ADOPTED A/RES/3344(XXIX)",
                    "General Assembly ADOPTED A/RES/3345(XXIX)",
                ],
            ),
            (
                "The Council of the Food and Agriculture Organization elected R.S. Swift (Australia) as First Vice-Chairman. The Council elected K. Prasad (India) as Chairman of the Drafting Committee of Plenary.",
                vec![
                    "Council of the Food and Agriculture Organization of the United Nations PART_OF Food and Agriculture Organization of the United Nations",
                    "K. Prasad CHAIRED Drafting Committee of Plenary",
                    "K. Prasad HOLDS Chairman of the Drafting Committee of Plenary",
                    "R.S. Swift HOLDS First Vice-Chairman of the Council of the Food and Agriculture Organization of the United Nations",
                ],
            ),
            (
                "The mandate of the Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance was extended. The Special Rapporteur submitted annual reports (E/CN.4/1994/66; E/CN.4/1995/78 and Add.1; E/CN.4/1996/72 and Add.1 to 4) to the Commission on Human Rights.",
                vec![
                    "Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance AUTHORED E/CN.4/1994/66",
                    "Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance AUTHORED E/CN.4/1995/78",
                    "Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance AUTHORED E/CN.4/1996/72",
                ],
            ),
            (
                "The Assembly decided to convene a High-Level Meeting on Disability and Development (HLMDD) with the overarching theme “The way forward: a disability inclusive development agenda towards 2015 and beyond” on 23 September 2013.",
                vec![
                    "General Assembly ORGANIZED High-Level Meeting on Disability and Development",
                    "High-Level Meeting on Disability and Development HELD_ON 2013-09-23",
                ],
            ),
            (
                "The Economic and Social Commission for Western Asia (UN-ESCWA), holds an expert group meeting on “The Social Policy Report II: From Concept to Practice”, on 17 January 2008 at Le Meridien Hotel in Amman, Jordan.",
                vec![
                    "Economic and Social Commission for Western Asia ORGANIZED expert group meeting on “The Social Policy Report II: From Concept to Practice”",
                    "expert group meeting on “The Social Policy Report II: From Concept to Practice” HELD_IN Amman",
                    "expert group meeting on “The Social Policy Report II: From Concept to Practice” HELD_IN Jordan",
                    "expert group meeting on “The Social Policy Report II: From Concept to Practice” HELD_ON 2008-01-17",
                ],
            ),
            (
                "Ghada Waly addressed the Commission on Narcotic Drugs for the first time as Executive Director of the UN Office on Drugs and Crime (UNODC), highlighting the value.",
                vec!["Ghada Waly HOLDS Executive Director of the United Nations Office on Drugs and Crime"],
            ),
            (
                "She thanked the FAO Information Division and the WTO Council of Ministers.",
                vec![
                    "Council of Ministers of the World Trade Organization PART_OF World Trade Organization",
                    "FAO Information Division PART_OF Food and Agriculture Organization of the United Nations",
                ],
            ),
            // Found by review: the elector is the nearest body; a delegate's country chairs
            // nothing; a candidature in the same sentence leaves an appointment alone.
            (
                "The Security Council took note that the General Assembly had elected Mr. Samuel Insanally (Guyana) as President.",
                vec!["Samuel Insanally HOLDS President of the General Assembly"],
            ),
            (
                "The World Health Assembly elected as its President Dr. Jane Smith, and the Executive Board elected Dr. John Doe as Chairman.",
                vec![
                    "Jane Smith CHAIRED World Health Assembly",
                    "Jane Smith HOLDS President of the World Health Assembly",
                    "John Doe CHAIRED Executive Board",
                    "John Doe HOLDS Chairman of the Executive Board",
                ],
            ),
            ("Ambassador Smith of Canada was the Chair of the Fifth Meeting of the States Parties.", vec![]),
            (
                "We welcome the appointment of Mr. Jan Eliasson as Deputy Secretary-General and support the candidature of Mr. Ban Ki-moon as the next Secretary-General.",
                vec!["Jan Eliasson HOLDS Deputy Secretary-General"],
            ),
            ("In particular, Director, World Health Organization, spoke.", vec![]),
            (
                "I welcome the appointment of Mr. Joseph Reed as Assistant Secretary-General for Political and General Assembly Affairs.",
                vec!["Joseph Reed HOLDS Assistant Secretary-General for Political and General Assembly Affairs"],
            ),
            (
                "Round table 1 focused on the effects of international migration on economic and social development and was chaired by Tarja Filatov, Minister of Labour of Finland.",
                vec!["Tarja Filatov CHAIRED Round table 1", "Tarja Filatov HOLDS Minister of Labour of Finland"],
            ),
            (
                "The Government of Belgium offered to host the first meeting of the Global Forum on Migration and Development in 2007, an offer that was generally welcomed.",
                vec![
                    "Belgium HOSTED first meeting of the Global Forum on Migration and Development",
                    "first meeting of the Global Forum on Migration and Development HELD_ON 2007",
                    "first meeting of the Global Forum on Migration and Development PART_OF Global Forum on Migration and Development",
                ],
            ),
            (
                "In January 2006, the Secretary-General appointed Mr. Peter Sutherland as his Special Representative on International Migration and Development.",
                vec![
                    "Peter Sutherland HOLDS Special Representative of the Secretary-General on International Migration and Development",
                    "Secretary-General APPOINTED Peter Sutherland",
                ],
            ),
            (
                "Pursuant to General Assembly resolution 63/225, the President of the General Assembly convened an informal thematic debate on international migration and development in New York on 19 May 2011.",
                vec![
                    "General Assembly ADOPTED A/RES/63/225",
                    "President of the General Assembly ORGANIZED informal thematic debate on international migration and development",
                    "informal thematic debate on international migration and development HELD_IN New York",
                    "informal thematic debate on international migration and development HELD_ON 2011-05-19",
                    "informal thematic debate on international migration and development PURSUANT_TO A/RES/63/225",
                ],
            ),
            (
                "Letter dated 31 March 2006 from the Permanent Representative of Benin to the United Nations addressed to the Secretary-General (A/61/230)",
                vec![
                    "A/61/230 DATED 2006-03-31",
                    "Benin AUTHORED A/61/230",
                    "Permanent Representative of Benin to the United Nations AUTHORED A/61/230",
                ],
            ),
            (
                "The first meeting of the Global Forum took place in Brussels in July 2007 and was hosted by the Government of Belgium.",
                vec![
                    "Belgium HOSTED first meeting of the Global Forum on Migration and Development",
                    "first meeting of the Global Forum on Migration and Development HELD_IN Brussels",
                    "first meeting of the Global Forum on Migration and Development HELD_ON 2007-07",
                    "first meeting of the Global Forum on Migration and Development PART_OF Global Forum on Migration and Development",
                ],
            ),
            (
                "Within the United Nations Secretariat, the Department of Economic and Social Affairs is the focal point for international migration and development, mainly through the activities of its Population Division.",
                vec![
                    "Department of Economic and Social Affairs PART_OF United Nations Secretariat",
                    "Population Division PART_OF Department of Economic and Social Affairs",
                ],
            ),
            (
                "In 2006, ECA prepared a report entitled \"International Migration and Development: Implications for Africa\" (ECA/SDD/06/01).",
                vec!["ECA/SDD/06/01 DATED 2006", "Economic Commission for Africa AUTHORED ECA/SDD/06/01"],
            ),
            (
                "Under the chairmanship of the Philippines, the Steering Group has met several times in Geneva.",
                vec!["Philippines CHAIRED Steering Group"],
            ),
            (
                "There was widespread support for the proposal of the Secretary-General to create a Global Forum as a venue for discussing issues.",
                vec!["Secretary-General PROPOSED Global Forum on Migration and Development"],
            ),
            (
                "Full implementation by all parties of Security Council resolutions 1559 (2004) and 1701 (2006) is needed.",
                vec![
                    "S/RES/1559 DATED 2004",
                    "S/RES/1701 DATED 2006",
                    "Security Council ADOPTED S/RES/1559",
                    "Security Council ADOPTED S/RES/1701",
                ],
            ),
            (
                "We look forward to the fifteenth Meeting of the Parties to the Convention on Biological Diversity, under the chairmanship of China.",
                vec!["China CHAIRED fifteenth Meeting of the Parties to the Convention on Biological Diversity"],
            ),
            (
                "The Weapons of Mass Destruction Commission, led by Mr. Hans Blix, presented its report.",
                vec!["Hans Blix CHAIRED Weapons of Mass Destruction Commission"],
            ),
            (
                "The international community and the United Nations, led by the Special Envoy for Syria, worked for peace.",
                vec![],
            ),
            (
                "As a founding member of the Association of Southeast Asian Nations, the Philippines supports regional integration.",
                vec!["Philippines MEMBER_OF Association of Southeast Asian Nations"],
            ),
            (
                "We welcome the admission of Tuvalu to membership in the United Nations.",
                vec!["Tuvalu MEMBER_OF United Nations"],
            ),
            (
                "In its capacity as President of the Security Council, Brazil convened an open debate on children and armed conflict.",
                vec![
                    "Brazil CHAIRED Security Council",
                    "Brazil ORGANIZED open debate on children and armed conflict",
                    "President of the Security Council ORGANIZED open debate on children and armed conflict",
                ],
            ),
            (
                "The Special Committee on Peacekeeping Operations, established by General Assembly resolution 2006 (XIX), reviews all issues relating to peacekeeping.",
                vec![
                    "General Assembly ADOPTED A/RES/2006(XIX)",
                    "General Assembly ESTABLISHED Special Committee on Peacekeeping Operations",
                ],
            ),
            (
                "On 19 December 2008, the Second Committee adopted draft resolution A/C.2/63/L.40.",
                vec!["A/C.2/63/L.40 DATED 2008-12-19", "Second Committee ADOPTED A/C.2/63/L.40"],
            ),
            (
                "The panellists were Mr. Mahmoud Mohieldin, Senior Vice-President of the World Bank, and others.",
                vec!["Mahmoud Mohieldin HOLDS Senior Vice-President of the World Bank"],
            ),
            (
                "The fourth meeting of the Global Forum was hosted by the Government of Mexico and chaired by Mr. Juan Marcos Gutiérrez González, Under-Secretary for Population of Mexico. The Steering Group of the Forum met in Geneva. Switzerland chaired the Forum in 2011.",
                vec![
                    "Juan Marcos Gutiérrez González CHAIRED fourth meeting of the Global Forum on Migration and Development",
                    "Juan Marcos Gutiérrez González HOLDS Under-Secretary for Population of Mexico",
                    "Mexico HOSTED fourth meeting of the Global Forum on Migration and Development",
                    "Switzerland CHAIRED Global Forum on Migration and Development",
                    "fourth meeting of the Global Forum on Migration and Development PART_OF Global Forum on Migration and Development",
                ],
            ),
            (
                "The Working Group on Arbitrary Detention, established by the Commission on Human Rights in its resolution 1991/42, investigates cases of detention.",
                vec![
                    "Commission on Human Rights ADOPTED E/CN.4/RES/1991/42",
                    "Commission on Human Rights ESTABLISHED Working Group on Arbitrary Detention",
                ],
            ),
            (
                "The Commission on Population and Development, which is a functional commission of the Economic and Social Council, held its forty-fifth session in New York.",
                vec![
                    "Commission on Population and Development ORGANIZED forty-fifth session of the Commission on Population and Development",
                    "Commission on Population and Development PART_OF Economic and Social Council",
                    "forty-fifth session of the Commission on Population and Development HELD_IN New York",
                    "forty-fifth session of the Commission on Population and Development PART_OF Commission on Population and Development",
                ],
            ),
            (
                "The Alliance of Civilizations was launched at the initiative of Spain and Turkey.",
                vec![
                    "Spain PROPOSED United Nations Alliance of Civilizations",
                    "Turkey PROPOSED United Nations Alliance of Civilizations",
                ],
            ),
            (
                "The Secretary-General proposed the establishment of the Global Migration Group. We concur with the Secretary-General's recommendation to the Security Council.",
                vec!["Secretary-General PROPOSED Global Migration Group"],
            ),
            (
                "The Executive Board of UNICEF approved the country programme for Nepal.",
                vec!["Executive Board of the United Nations Children's Fund PART_OF United Nations Children's Fund"],
            ),
            (
                "In June 2012, the United Nations Conference on Sustainable Development, held in Rio de Janeiro, Brazil, adopted the outcome document entitled \"The future we want\".",
                vec![
                    "The future we want DATED 2012-06",
                    "United Nations Conference on Sustainable Development ADOPTED The future we want",
                    "United Nations Conference on Sustainable Development HELD_IN Brazil",
                    "United Nations Conference on Sustainable Development HELD_IN Rio de Janeiro",
                    "United Nations Conference on Sustainable Development HELD_ON 2012-06",
                ],
            ),
            (
                "The twenty-second Meeting of States Parties to the United Nations Convention on the Law of the Sea was held in New York. The thirteenth meeting of the Informal Consultative Process on Oceans and the Law of the Sea was co-chaired by Don MacKay (New Zealand).",
                vec![
                    "Don MacKay CHAIRED thirteenth meeting of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea",
                    "thirteenth meeting of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea PART_OF United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea",
                    "twenty-second Meeting of States Parties to the United Nations Convention on the Law of the Sea HELD_IN New York",
                ],
            ),
            (
                "My Special Representative for Somalia, Nicholas Kay, assumed his functions on 24 June 2013. I have appointed Philippe Lazzarini as my Deputy Special Representative for Somalia.",
                vec![
                    "Nicholas Kay HOLDS Special Representative of the Secretary-General for Somalia",
                    "Philippe Lazzarini HOLDS Deputy Special Representative of the Secretary-General for Somalia",
                ],
            ),
            // The Assembly of another body is that body's organ, and its sessions its own.
            (
                "The General Assembly of the Organization of American States at its sixth regular session, held in Santiago, adopted a resolution.",
                vec![
                    "General Assembly of the Organization of American States ORGANIZED sixth regular session of the General Assembly of the Organization of American States",
                    "General Assembly of the Organization of American States PART_OF Organization of American States",
                    "sixth regular session of the General Assembly of the Organization of American States HELD_IN Santiago",
                    "sixth regular session of the General Assembly of the Organization of American States PART_OF General Assembly of the Organization of American States",
                ],
            ),
            // "respectively" pairs a list with a list, in order.
            (
                "The World Summit for Social Development and the World Conference on Women are to be held in Copenhagen and Beijing, respectively, next year.",
                vec!["World Conference on Women HELD_IN Beijing"],
            ),
            // Another body's Secretary-General is not the Organization's.
            (
                "The OAU's Secretary-General, Mr. Salim Ahmed Salim, spoke. The Conference's Secretary-General, Mr. Maurice Strong, spoke. Our Organization's Secretary-General, Mr. Kofi Annan, spoke.",
                vec![
                    "Kofi Annan HOLDS Secretary-General",
                    "Salim Ahmed Salim HOLDS Secretary-General of the Organization of African Unity",
                ],
            ),
            // A post of the Secretary-General named with a possessive is that post.
            (
                "Preparations are progressing under the leadership of Mr. Ibrahima Fall, the Secretary-General’s special representative for the Great Lakes region. The Secretary-General's Special Envoy, Mr. Ibrahim Gambari, visited the country.",
                vec![
                    "Ibrahim Gambari HOLDS Special Envoy of the Secretary-General",
                    "Ibrahima Fall HOLDS Special Representative of the Secretary-General for the Great Lakes region",
                ],
            ),
            (
                "The General Assembly, on the proposal of the Secretary-General, decided to hold a meeting. The European Union notes that the Human Rights Council was chaired by Mexico in 2007. Kenya declined to chair the Commission on the Status of Women.",
                vec![
                    "Mexico CHAIRED Human Rights Council",
                ],
            ),
            (
                "We call for the admission of Palestine as a full Member of the United Nations. Sweden joined the African Union in calling for a ceasefire. We heard Ms. Jane Smith of Canada, a member of the Committee on the Elimination of Racial Discrimination. Croatia joined the United Nations 25 years ago.",
                vec!["Croatia MEMBER_OF United Nations"],
            ),
            (
                "They recalled Security Council resolution 1258 (1999) of 6 August 1999.",
                vec![
                    "S/RES/1258 DATED 1999",
                    "S/RES/1258 DATED 1999-08-06",
                    "Security Council ADOPTED S/RES/1258",
                ],
            ),
            (
                "The Accra Accord of the twelfth United Nations Conference on Trade and Development is a good basis.",
                vec![
                    "twelfth United Nations Conference on Trade and Development ADOPTED Accra Accord",
                    "twelfth United Nations Conference on Trade and Development PART_OF United Nations Conference on Trade and Development",
                ],
            ),
            (
                "I congratulate Mr. Vuk Jeremić on his election to the presidency of the General Assembly. We thank you, Ambassador Peter Thomson, on your election as President of the General Assembly.",
                vec![
                    "Peter Thomson HOLDS President of the General Assembly",
                    "Vuk Jeremić HOLDS President of the General Assembly",
                ],
            ),
            (
                "We thank President Hosni Mubarak of Egypt, Prime Minister Modi of India and President Museveni of the Republic of Uganda.",
                vec![
                    "Hosni Mubarak HOLDS President of Egypt",
                    "Modi HOLDS Prime Minister of India",
                    "Museveni HOLDS President of Uganda",
                ],
            ),
            (
                "We congratulate Mr. Ban Ki-moon on his re-election as Secretary-General.",
                vec!["Ban Ki-moon HOLDS Secretary-General"],
            ),
            (
                // A post elsewhere in the sentence ("to the <R>,") does not undo an apposition.
                "The Foreign Minister of Ukraine, Mr. Hennadiy Udovenko, spoke after Ghana was elected to the presidency of the Security Council, as expected.",
                vec!["Hennadiy Udovenko HOLDS Minister for Foreign Affairs of Ukraine"],
            ),
            (
                // A possessive is not the body whose chair is elected.
                "Turkey was elected to the chairmanship of the Security Council’s Counter-Terrorism Committee.",
                vec!["Counter-Terrorism Committee PART_OF Security Council"],
            ),
            (
                // "your" is the person addressed, not the person named before it.
                "I congratulate you, Sir, and your President, Mr. Jan Novak, on your election as President of the General Assembly.",
                vec![],
            ),
            (
                // A welcome to new Members, in either order; a welcome to talks is no membership.
                "We welcome Vanuatu and Belize to the United Nations. We are delighted to welcome to the United Nations the two new Members: Estonia and Latvia. We welcome Chile to the negotiations.",
                vec![
                    "Belize MEMBER_OF United Nations",
                    "Estonia MEMBER_OF United Nations",
                    "Latvia MEMBER_OF United Nations",
                    "Vanuatu MEMBER_OF United Nations",
                ],
            ),
            (
                // The session's ordinal between "presidency of" and the Assembly.
                "Let me congratulate Mr. Joseph Garba upon his election to the presidency of the forty-fourth session of the General Assembly.",
                vec!["Joseph Garba HOLDS President of the General Assembly"],
            ),
            (
                // Greetings "to the <post>, <name>," name its holder; a letter
                // "addressed to" the post, or the "Special Adviser to" it, does not.
                "I extend my greetings to the Secretary-General, Mr. Kofi Annan, whom we welcomed in Accra. A letter addressed to the President of the Security Council, Ambassador Jan Novak, recalled this. We praise the Special Adviser to the Secretary-General, Mr. Pedro Lopez.",
                vec!["Kofi Annan HOLDS Secretary-General"],
            ),
            (
                // A body's report with its symbol is that document; the report of
                // a body's commission is not the body's.
                "We read the report of the Peacebuilding Commission, entitled \"Sustaining peace\" (A/70/714). We read the report of the Human Rights Council’s commission of inquiry (A/HRC/21/50).",
                vec![
                    "Peacebuilding Commission AUTHORED A/70/714",
                ],
            ),
            (
                // Who set a body up, not where, not what was set up, not an adjective.
                "The Summit, meeting in Sirte, Libya, decided to create an African Union. The Holy See hopes that the newly formed Human Rights Council will succeed. Greece undertook not to create obstacles to our NATO accession. The International Court of Justice was established as the principal organ of the United Nations. Belize hosted the launch of the CARICOM Youth Network. The Economic and Social Council has recently established the Committee for Industrial Development.",
                vec!["Economic and Social Council ESTABLISHED Committee for Industrial Development"],
            ),
            (
                // A post's qualifiers are the post's; a salutation pairs each post
                // with the name after it.
                "We thank the Deputy Foreign Minister of Poland, Mr. Jan Novak. President of the General Assembly, Mr. Volkan Bozkir, Secretary-General of the United Nations, Mr. Antonio Guterres, Excellencies.",
                vec![
                    "Antonio Guterres HOLDS Secretary-General",
                    "Jan Novak HOLDS Deputy Foreign Minister of Poland",
                    "Volkan Bozkir HOLDS President of the General Assembly",
                ],
            ),
            (
                // A salutation word opens no name: "Honorable Audience" holds no post.
                "Your Excellency, Secretary-General of the United Nations, Honorable Audience, Distinguished Delegates.",
                vec![],
            ),
            (
                // A country's post and its agents, named by its adjective or possessive.
                "Over the last year, numerous initiatives to reinstate ousted Haitian President Jean-Bertrand Aristide have been frustrated.",
                vec!["Jean-Bertrand Aristide HOLDS President of Haiti"],
            ),
            (
                "Mexico’s President, Enrique Peña Nieto, and the British Prime Minister, Tony Blair, spoke.",
                vec![
                    "Enrique Peña Nieto HOLDS President of Mexico",
                    "Tony Blair HOLDS Prime Minister of the United Kingdom",
                ],
            ),
            (
                // A report followed by its symbol is that document, no second one.
                "We took note of the report of the Human Rights Council (A/61/53).",
                vec!["Human Rights Council AUTHORED A/61/53"],
            ),
            (
                // A member's seat, in mid-sentence; a seat hoped for is none.
                "Both through our national crusade against hunger and as a member of the Group of 20, Mexico has sought to place such deficiencies at the centre of the debate.",
                vec!["Mexico MEMBER_OF Group of 20"],
            ),
            (
                "If elected as a member of the Security Council, Iceland will continue in that strong tradition.",
                vec![],
            ),
            (
                // A body's summit, named by who meets, in either spelling of the body.
                "The Summit Conference of the Heads of State or Government of the Organisation of African Unity met in Addis Ababa.",
                vec![
                    "Summit Conference of the Heads of State or Government of the Organization of African Unity HELD_IN Addis Ababa",
                    "Summit Conference of the Heads of State or Government of the Organization of African Unity PART_OF Organization of African Unity",
                ],
            ),
            (
                // A body's first meeting is one of its series, named with its ordinal,
                // and what is said of the meeting is said of that first one.
                "The first Ministerial Meeting of the World Trade Organization, to be held soon in Singapore, will be important.",
                vec![
                    "first Ministerial Meeting of the World Trade Organization HELD_IN Singapore",
                    "first Ministerial Meeting of the World Trade Organization PART_OF World Trade Organization",
                ],
            ),
            (
                // A State's organ and a body's organ are theirs, not one node for all.
                "Mr. Bulganin, Chairman of the Council of Ministers of the USSR, and the Council of Ministers of the European Community replied.",
                vec![
                    "Bulganin CHAIRED Council of Ministers of the Soviet Union",
                    "Bulganin HOLDS Chairman of the Council of Ministers of the Soviet Union",
                    "Council of Ministers of the European Community PART_OF European Community",
                ],
            ),
            (
                // The Secretary-General's adviser holds the adviser's post, not the
                // Secretary-General's.
                "We welcome the visit of Mr. Eliasson, the Secretary-General's Personal Representative, and of Mr. Cordovez, the Secretary-General’s Special Adviser.",
                vec![
                    "Cordovez HOLDS Special Adviser of the Secretary-General",
                    "Jan Eliasson HOLDS Personal Representative of the Secretary-General",
                ],
            ),
            (
                // A body's name used as an adjective is not what is set up or proposed.
                "Hungary finds the resolution to establish a new United Nations mechanism dealing with minorities to be highly encouraging. The reform package for the United Nations proposed by the Secretary-General is serious. Spain also created the Water and Sanitation Cooperation Fund in Latin America and the Caribbean some years ago.",
                vec!["Spain ESTABLISHED Water and Sanitation Cooperation Fund in Latin America and the Caribbean"],
            ),
            (
                "The Board of Governors of the International Atomic Energy Agency met.",
                vec!["Board of Governors of the International Atomic Energy Agency PART_OF International Atomic Energy Agency"],
            ),
            (
                // A body's own event or organ, with its possessive.
                "The Non-Aligned Movement’s Extraordinary Summit met, and the World Bank's Board of Governors agreed.",
                vec![
                    "Board of Governors of the World Bank PART_OF World Bank",
                    "Extraordinary Summit of the Non-Aligned Movement PART_OF Non-Aligned Movement",
                ],
            ),
            (
                // Who acts for a country is no venue.
                "At the United Nations Conference on the Least Developed Countries, held recently in Paris, the Government of Belgium stressed the need for assistance.",
                vec!["United Nations Conference on the Least Developed Countries HELD_IN Paris"],
            ),
            (
                // An intent to set a body up is no deed.
                "It is for this reason that the South Pacific Forum is seeking to establish the South Pacific Region Fisheries Organization.",
                vec![],
            ),
            (
                // Gathering in a place for an event.
                "In last May, we met in Antigua and Barbuda for the 4th SIDS Conference.",
                vec!["4th SIDS Conference HELD_IN Antigua and Barbuda"],
            ),
            (
                // A place the gazetteer does not know, named by what it is.
                "The Caspian Summit was held last month in the city of Aktau.",
                vec!["Caspian Summit HELD_IN Aktau"],
            ),
            (
                "The Belgian Government offered to host the first meeting of the Global Forum on Migration and Development.",
                vec![
                    "Belgium HOSTED first meeting of the Global Forum on Migration and Development",
                    "first meeting of the Global Forum on Migration and Development PART_OF Global Forum on Migration and Development",
                ],
            ),
            (
                // Membership in apposition, in a relative clause, in brackets, after a dash.
                "Kenya and Uganda, both members of the East African Community, signed the agreement.",
                vec![
                    "Kenya MEMBER_OF East African Community",
                    "Uganda MEMBER_OF East African Community",
                ],
            ),
            (
                // A bare "members of" may be the next item of a list of thanks.
                "We thank our partners, the United States, Japan, members of NATO and the European Union.",
                vec![],
            ),
            (
                "The Southern African Development Community, of which Namibia is a founding member, met in Windhoek.",
                vec!["Namibia MEMBER_OF Southern African Development Community"],
            ),
            (
                "The Group of Four (Brazil, Germany, India and Japan) has proposed a larger Council.",
                vec![
                    "Brazil MEMBER_OF Group of Four",
                    "Germany MEMBER_OF Group of Four",
                    "India MEMBER_OF Group of Four",
                    "Japan MEMBER_OF Group of Four",
                ],
            ),
            (
                "The Mano River Union, comprising Guinea, Liberia and Sierra Leone, held a summit.",
                vec![
                    "Guinea MEMBER_OF Mano River Union",
                    "Liberia MEMBER_OF Mano River Union",
                    "Sierra Leone MEMBER_OF Mano River Union",
                ],
            ),
            (
                "The member States of the Economic Community of West African States, namely Ghana and Mali, adopted a protocol.",
                vec![
                    "Ghana MEMBER_OF Economic Community of West African States",
                    "Mali MEMBER_OF Economic Community of West African States",
                ],
            ),
            (
                // One country of a list is the subject of a singular verb.
                "Like other countries of the region, such as Chile, Peru is now a full member of the Pacific Alliance.",
                vec!["Peru MEMBER_OF Pacific Alliance"],
            ),
            (
                // The nations of a region, not the region, became Members.
                "Twenty nations of Africa became Members of the United Nations that year.",
                vec![],
            ),
            (
                "Switzerland became the 190th Member of the United Nations, and Japan has served twice as a non-permanent member of the Security Council.",
                vec![
                    "Switzerland MEMBER_OF United Nations",
                    "Japan MEMBER_OF Security Council",
                ],
            ),
            (
                "We congratulate Haiti and Suriname on their election to the Economic and Social Council, and Nigeria was elected to the Human Rights Council.",
                vec![
                    "Haiti MEMBER_OF Economic and Social Council",
                    "Suriname MEMBER_OF Economic and Social Council",
                    "Nigeria MEMBER_OF Human Rights Council",
                ],
            ),
            (
                // Events counted, then named after a colon; a region that opens a
                // name of its own ("and the Bali …") is no part of the topic before it.
                "Indonesia organized two high-level meetings held at Headquarters: the Regional Conference on Ocean Governance and the Bali Democracy Forum.",
                vec![
                    "Indonesia ORGANIZED Regional Conference on Ocean Governance",
                ],
            ),
            (
                "The International Labour Organization convened three regional workshops: the Asian Workshop on Migration Statistics and the Arab Workshop on Migration Statistics.",
                vec![
                    "International Labour Organization ORGANIZED Asian Workshop on Migration Statistics",
                    "International Labour Organization ORGANIZED Arab Workshop on Migration Statistics",
                ],
            ),
            (
                // "held at" a city, as "held in" one.
                "The Fourth Islamic Summit Conference, held at Casablanca from 16 to 19 January 1984, was a success.",
                vec![
                    "Fourth Islamic Summit Conference HELD_IN Casablanca",
                    "Fourth Islamic Summit Conference HELD_ON 1984-01-16/1984-01-19",
                ],
            ),
            (
                // Co-chairs and co-hosts joined by "and"; an ordinal before a known
                // event is one of its sessions.
                "The Fourth Global Platform for Disaster Risk Reduction, co-chaired by Switzerland and Mexico, was co-hosted by Kenya and Portugal.",
                vec![
                    "Switzerland CHAIRED Fourth Global Platform for Disaster Risk Reduction",
                    "Mexico CHAIRED Fourth Global Platform for Disaster Risk Reduction",
                    "Kenya HOSTED Fourth Global Platform for Disaster Risk Reduction",
                    "Portugal HOSTED Fourth Global Platform for Disaster Risk Reduction",
                ],
            ),
            (
                // A meeting that elects its presiding officer.
                "The Third International Conference on Small Island Developing States elected Mr. Tuilaepa Malielegaoi, of Samoa, as its President.",
                vec![
                    "Tuilaepa Malielegaoi CHAIRED Third International Conference on Small Island Developing States",
                    "Tuilaepa Malielegaoi HOLDS President of the Third International Conference on Small Island Developing States",
                ],
            ),
            (
                // "Debate" heads an event's title.
                "The President of the General Assembly convened a High-level Thematic Debate on Climate Change.",
                vec!["President of the General Assembly ORGANIZED High-level Thematic Debate on Climate Change"],
            ),
            (
                // "Third" is an ordinal as "Fourth" is, so a capitalized session of a
                // known event takes the event's name; a date after "in <place>,".
                "The Third Session of the Global Platform for Disaster Risk Reduction met in Geneva, 8-13 May 2011.",
                vec![
                    "Third Session of the Global Platform for Disaster Risk Reduction HELD_IN Geneva",
                    "Third Session of the Global Platform for Disaster Risk Reduction HELD_ON 2011-05-08/2011-05-13",
                    "Third Session of the Global Platform for Disaster Risk Reduction PART_OF Global Platform for Disaster Risk Reduction",
                ],
            ),
            (
                // A plan given up is no venue and no date.
                "The Second United Nations Ocean Conference was originally scheduled to take place from 2 to 6 June 2020 in Lisbon, but was postponed.",
                vec![],
            ),
            (
                // An event's own Secretary-General is no Secretary-General of the
                // United Nations; "H.E." between a post and its holder.
                "Dr. Joan Clos, Secretary-General of Habitat III, and the President of the General Assembly, H.E. Ms. Maria Fernanda Espinosa, spoke.",
                vec![
                    "Joan Clos HOLDS Secretary-General of the United Nations Conference on Housing and Sustainable Urban Development",
                    "Maria Fernanda Espinosa HOLDS President of the General Assembly",
                ],
            ),
            (
                // A name with no honorific after a verb of speech, before its post.
                "\"We must act now,\" said Alain Le Roy, Under-Secretary-General for Peacekeeping Operations.",
                vec!["Alain Le Roy HOLDS Under-Secretary-General for Peacekeeping Operations"],
            ),
            (
                // An unnamed event, subject of its own holding.
                "The high-level meeting on universal health coverage was held on 23 September 2019 in New York.",
                vec![
                    "high-level meeting on universal health coverage HELD_IN New York",
                    "high-level meeting on universal health coverage HELD_ON 2019-09-23",
                ],
            ),
            (
                // An ordinal or the article "A" before an unnamed event; a place in its
                // topic, and its theme before the verb.
                "The third workshop on multiculturalism in Africa, on the theme \u{201c}Peaceful accommodation of minorities\u{201d}, was held in Gaborone in February 2002.",
                vec![
                    "third workshop on multiculturalism in Africa HELD_IN Gaborone",
                    "third workshop on multiculturalism in Africa HELD_ON 2002-02",
                ],
            ),
            (
                // A conference centre is a place; a venue and its city are both where.
                "The Twenty-third FAO Regional Conference for Africa was held at the Sandton Convention Centre, Johannesburg, Republic of South Africa, from 4 to 5 March 2004.",
                vec![
                    "Twenty-third FAO Regional Conference for Africa HELD_IN Sandton Convention Centre",
                    "Twenty-third FAO Regional Conference for Africa HELD_IN Johannesburg",
                    "Twenty-third FAO Regional Conference for Africa HELD_IN South Africa",
                    "Twenty-third FAO Regional Conference for Africa HELD_ON 2004-03-04/2004-03-05",
                ],
            ),
            (
                "The inaugural session of the Forum on Minority Issues took place on 15 and 16 December 2008 at the Palais des Nations in Geneva.",
                vec![
                    "inaugural session of the Forum on Minority Issues PART_OF Forum on Minority Issues",
                    "inaugural session of the Forum on Minority Issues HELD_IN Palais des Nations",
                    "inaugural session of the Forum on Minority Issues HELD_IN Geneva",
                    "inaugural session of the Forum on Minority Issues HELD_ON 2008-12-15/2008-12-16",
                ],
            ),
            (
                // A meeting of the bureau of a session.
                "The fifth meeting of the Bureau of the 18th session of the Commission on Sustainable Development took place on 2 May 2010 in New York.",
                vec![
                    "18th session of the Commission on Sustainable Development PART_OF Commission on Sustainable Development",
                    "fifth meeting of the Bureau of the 18th session of the Commission on Sustainable Development HELD_IN New York",
                    "fifth meeting of the Bureau of the 18th session of the Commission on Sustainable Development HELD_ON 2010-05-02",
                ],
            ),
            (
                "A regional seminar on human rights education was held in Bangkok in March 2002.",
                vec![
                    "regional seminar on human rights education HELD_IN Bangkok",
                    "regional seminar on human rights education HELD_ON 2002-03",
                ],
            ),
            (
                "The international meeting of women which was held in Beijing was a success.",
                vec![],
            ),
            (
                // When and by how many between "adopted" and the event.
                "The Hyogo Framework for Action was adopted on 22 January 2005 by 168 Governments at the World Conference on Disaster Reduction.",
                vec![
                    "World Conference on Disaster Reduction ADOPTED Hyogo Framework for Action 2005-2015: Building the Resilience of Nations and Communities to Disasters",
                    "Hyogo Framework for Action 2005-2015: Building the Resilience of Nations and Communities to Disasters DATED 2005-01-22",
                ],
            ),
            (
                // The person appointed after the post they hold.
                "The Secretary-General has appointed the Under-Secretary-General for Economic and Social Affairs, Mr. Li Junhua, as head of the secretariat.",
                vec![
                    "Secretary-General APPOINTED Li Junhua",
                    "Li Junhua HOLDS Under-Secretary-General for Economic and Social Affairs",
                ],
            ),
            (
                // Members listed after a colon, some with their post in brackets,
                // which is no acronym of the member.
                "The members of the Bureau of the Commission on Population and Development are: Fiji, Latvia (Rapporteur) and Maldives (Co-Chair).",
                vec![
                    "Fiji MEMBER_OF Bureau of the Commission on Population and Development",
                    "Latvia MEMBER_OF Bureau of the Commission on Population and Development",
                    "Maldives MEMBER_OF Bureau of the Commission on Population and Development",
                    "Bureau of the Commission on Population and Development PART_OF Commission on Population and Development",
                ],
            ),
            (
                // A participle opening the sentence names the host or the organizer.
                "Hosted by the Government of Thailand in collaboration with the International Organization for Migration, the Asia-Pacific Regional Consultation on Labour Migration opened in Bangkok.",
                vec![
                    "Thailand HOSTED Asia-Pacific Regional Consultation on Labour Migration",
                    "Asia-Pacific Regional Consultation on Labour Migration HELD_IN Bangkok",
                ],
            ),
            (
                "Organized by the United Nations Development Programme, the Africa Regional Workshop on Statistics took place in Nairobi.",
                vec![
                    "United Nations Development Programme ORGANIZED Africa Regional Workshop on Statistics",
                    "Africa Regional Workshop on Statistics HELD_IN Nairobi",
                ],
            ),
            (
                // Where and when a body held its session, a capital "Session" too.
                "The Commission on Narcotic Drugs held its Sixtieth Session from 13 to 17 March 2017 at United Nations Headquarters in Vienna.",
                vec![
                    "Commission on Narcotic Drugs ORGANIZED Sixtieth Session of the Commission on Narcotic Drugs",
                    "Sixtieth Session of the Commission on Narcotic Drugs PART_OF Commission on Narcotic Drugs",
                    "Sixtieth Session of the Commission on Narcotic Drugs HELD_ON 2017-03-13/2017-03-17",
                    "Sixtieth Session of the Commission on Narcotic Drugs HELD_IN Vienna",
                ],
            ),
            (
                // An officer named with the country in brackets, and the event
                // whose chair they were elected.
                "Delegates elected Ana Maria Pérez (Chile) to serve as President of the Third United Nations Conference on the Least Developed Countries.",
                vec![
                    "Ana Maria Pérez CHAIRED Third United Nations Conference on the Least Developed Countries",
                    "Ana Maria Pérez HOLDS President of the Third United Nations Conference on the Least Developed Countries",
                ],
            ),
            (
                // The date of adoption opening the sentence.
                "On 3 December 2018, the General Assembly adopted resolution 73/25 on education.",
                vec![
                    "General Assembly ADOPTED A/RES/73/25",
                    "A/RES/73/25 DATED 2018-12-03",
                ],
            ),
            (
                // Found in review: a new clause after ", and" is no co-chair; a
                // possessive after "at" is no venue; a seat hoped for elsewhere in
                // the sentence leaves the seat held; an event once postponed still
                // names where it was held.
                "The World Conference on Disaster Reduction was chaired by Switzerland, and Mexico delivered the closing statement.",
                vec!["Switzerland CHAIRED World Conference on Disaster Reduction"],
            ),
            (
                "The International Conference on Population and Development was convened at Mexico's request.",
                vec![],
            ),
            (
                "Kenya is a member of the African Union and hopes to become a member of the Human Rights Council.",
                vec!["Kenya MEMBER_OF African Union"],
            ),
            (
                "The Second United Nations Ocean Conference, postponed in 2020, was held in Lisbon from 27 June to 1 July 2022.",
                vec![
                    "Second United Nations Ocean Conference HELD_IN Lisbon",
                    "Second United Nations Ocean Conference HELD_ON 2022-06-27/2022-07-01",
                ],
            ),
            (
                // A name given in capitals, then in lower case: one event.
                "Informal Interactive Civil Society Hearing on Ageing\n\nThe President of the General Assembly convened the informal interactive civil society hearing on ageing on 12 May 2019.",
                vec![
                    "President of the General Assembly ORGANIZED Informal Interactive Civil Society Hearing on Ageing",
                    "Informal Interactive Civil Society Hearing on Ageing HELD_ON 2019-05-12",
                ],
            ),
            (
                // An officer list, on one line and a post to a line.
                "5. At its first meeting, the Committee on Information elected the following officers by acclamation: Chair: Mr. Anthony Bosah (Nigeria). The Committee then heard Mr. Kofi Mensah (Ghana).\n\n6. At its first meeting, the Commission on Narcotic Drugs elected the following officers:\n\nChairman:\nMr. Juan Perez (Chile)\n\nVice-Chairmen:\nMs. Anna Schmidt (Germany)\nMr. Li Wei (China)\n\nRapporteur:\nMr. Omar Haddad (Jordan)\n\nMr. Ali Reza (Iran) made a statement.\n\n7. The Commission on Narcotic Drugs adopted its agenda.",
                vec![
                    "Anthony Bosah CHAIRED Committee on Information",
                    "Anthony Bosah HOLDS Chair of the Committee on Information",
                    "Juan Perez CHAIRED Commission on Narcotic Drugs",
                    "Juan Perez HOLDS Chairman of the Commission on Narcotic Drugs",
                    "Anna Schmidt HOLDS Vice-Chairman of the Commission on Narcotic Drugs",
                    "Li Wei HOLDS Vice-Chairman of the Commission on Narcotic Drugs",
                    "Omar Haddad HOLDS Rapporteur of the Commission on Narcotic Drugs",
                ],
            ),
            (
                // A post on a line of its own, under a report's title.
                "Draft report of the Commission on Narcotic Drugs\n\nRapporteur: Mr. Omar Haddad (Jordan)\n\nChair: Mr. Juan Perez (Chile)\n\nThe Commission adopted its agenda.",
                vec![
                    "Omar Haddad HOLDS Rapporteur",
                    "Commission on Narcotic Drugs AUTHORED Report of the Commission on Narcotic Drugs",
                ],
            ),
            (
                "The nineteenth meeting of the senior officials of the Environment Management Group was held in Geneva on 19 September 2014.",
                vec![
                    "nineteenth meeting of the senior officials of the Environment Management Group HELD_IN Geneva",
                    "nineteenth meeting of the senior officials of the Environment Management Group HELD_ON 2014-09-19",
                    "nineteenth meeting of the senior officials of the Environment Management Group PART_OF Environment Management Group",
                ],
            ),
            (
                // A special session is an event; a regular session is not.
                "The fourteenth special session of the General Assembly, held from 17 to 20 September 1986 at its sixty-first session, took stock of the report of the Secretary-General on the Fourth World Conference on Women (A/55/341).",
                vec![
                    "fourteenth special session of the General Assembly HELD_ON 1986-09-17/1986-09-20",
                    "fourteenth special session of the General Assembly PART_OF General Assembly",
                    "Secretary-General AUTHORED A/55/341",
                ],
            ),
            (
                "The Special Ministerial Meeting of the Economic and Social Council was held in Geneva in July 1991.",
                vec![
                    "Special Ministerial Meeting of the Economic and Social Council HELD_IN Geneva",
                    "Special Ministerial Meeting of the Economic and Social Council HELD_ON 1991-07",
                    "Special Ministerial Meeting of the Economic and Social Council PART_OF Economic and Social Council",
                ],
            ),
            (
                // A group acronym inside a name stands for its words.
                "The Third United Nations Conference on the Least Developed Countries was held in Brussels in 2001. The European Union hosted the Third United Nations Conference on LDCs.",
                vec![
                    "Third United Nations Conference on the Least Developed Countries HELD_IN Brussels",
                    "Third United Nations Conference on the Least Developed Countries HELD_ON 2001",
                    "European Union HOSTED Third United Nations Conference on the Least Developed Countries",
                ],
            ),
            (
                // A signature: the signatory holds the post and wrote what it wrote.
                "United Nations S/2001/432\n\nLetter dated 3 May 2001 from the Permanent Representative of Chile to the United Nations addressed to the Secretary-General\n\nI have the honour to transmit the declaration.\n\n(Signed) Juan Pablo LIRA\nAmbassador\nPermanent Representative of Chile to the United Nations\n",
                vec![
                    "Juan Pablo Lira HOLDS Permanent Representative of Chile to the United Nations",
                    "Chile AUTHORED S/2001/432",
                    "Permanent Representative of Chile to the United Nations AUTHORED S/2001/432",
                    "Juan Pablo Lira AUTHORED S/2001/432",
                    "S/2001/432 DATED 2001-05-03",
                ],
            ),
            (
                "The session was opened by Mr. Mothae Anthony Maruping (Lesotho), President of the Trade and Development Board.",
                vec![
                    "Mothae Anthony Maruping HOLDS President of the Trade and Development Board",
                    "Mothae Anthony Maruping CHAIRED Trade and Development Board",
                ],
            ),
            (
                // An outcome named after its event says where the event was held.
                "I have the honour to submit the Declaration of the Twelfth Summit of Heads of State and Government of the Rio Group, held at Panama City, Panama, on 5 and 6 September 1998.",
                vec![
                    "Twelfth Summit of Heads of State and Government of the Rio Group HELD_IN Panama City",
                    "Twelfth Summit of Heads of State and Government of the Rio Group HELD_IN Panama",
                    "Twelfth Summit of Heads of State and Government of the Rio Group HELD_ON 1998-09-05/1998-09-06",
                ],
            ),
            (
                // A quoted title between the event and its holding may hold a colon.
                "The twenty-third special session of the General Assembly on “Women 2000: gender equality, development and peace” took place in New York from 5 June to 9 June 2000.",
                vec![
                    "twenty-third special session of the General Assembly HELD_IN New York",
                    "twenty-third special session of the General Assembly HELD_ON 2000-06-05/2000-06-09",
                    "twenty-third special session of the General Assembly PART_OF General Assembly",
                ],
            ),
            (
                // Officers named by initials, an ordinal before a post, a line between posts.
                "The Commission on Narcotic Drugs elected the following officers:\n\nChairman: Mr. D. Nikolic (Yugoslavia)\n\nFirst Vice-Chairman: Mr. K. C. Hossick (Canada)\n\nRapporteur: Professor R.O. Slatyer (Australia)\n\nThe Commission discussed the items.",
                vec![
                    "D. Nikolic HOLDS Chairman of the Commission on Narcotic Drugs",
                    "D. Nikolic CHAIRED Commission on Narcotic Drugs",
                    "K. C. Hossick HOLDS First Vice-Chairman of the Commission on Narcotic Drugs",
                    "R.O. Slatyer HOLDS Rapporteur of the Commission on Narcotic Drugs",
                ],
            ),
            (
                // "His Excellency" and ranks before a name; "de la" inside one.
                "The ceremony was attended by His Excellency Army General François Bozizé, President of the Central African Republic, and Ambassador Jean-Marc de la Sablière, Permanent Representative of France.",
                vec![
                    "François Bozizé HOLDS President of the Central African Republic",
                    "Jean-Marc de la Sablière HOLDS Permanent Representative of France",
                ],
            ),
            (
                // An attendance list of the members of a body.
                "The session was attended by the following States Members of the World Heritage Committee : Argentina, Australia and Zaire.",
                vec![
                    "Argentina MEMBER_OF World Heritage Committee",
                    "Australia MEMBER_OF World Heritage Committee",
                    "Zaire MEMBER_OF World Heritage Committee",
                ],
            ),
            (
                // Posts with two modifiers, an officer-in-charge, a coordinator "for".
                "Participants include the Deputy Regional Director of the United Nations Environment Programme, Mara Murillo, the Executive Coordinator for the United Nations Conference on Sustainable Development, Elizabeth Thompson, and others.",
                vec![
                    "Mara Murillo HOLDS Deputy Regional Director of the United Nations Environment Programme",
                    "Elizabeth Thompson HOLDS Executive Coordinator for the United Nations Conference on Sustainable Development",
                ],
            ),
            (
                "The hearing was opened by H.E. Ambassador Macharia Kamau, Permanent Representative of Kenya to the UN.",
                vec!["Macharia Kamau HOLDS Permanent Representative of Kenya to the United Nations"],
            ),
            (
                "Luis F. Yáñez, Officer-in-Charge of the Secretariat of the Commission, opened the meeting.",
                vec!["Luis F. Yáñez HOLDS Officer-in-Charge of the Secretariat of the Commission"],
            ),
            (
                // A front page: a body's session and its dateline under its name.
                "Commission on the Status of Women\nFifty-first session\nNew York, 26 February-9 March 2007\nItem 3 of the provisional agenda\n\nThe Commission adopted its agenda.",
                vec![
                    "fifty-first session of the Commission on the Status of Women HELD_IN New York",
                    "fifty-first session of the Commission on the Status of Women HELD_ON 2007-02-26/2007-03-09",
                ],
            ),
            (
                // The General Assembly's sessions are no events.
                "General Assembly\nSixty-third session\nNew York, 16 September 2008\n\nThe Assembly adopted its agenda.",
                vec![],
            ),
            (
                // Prose, and a list of countries under an event, are no datelines.
                "Third Meeting of the Steering Group\nArgentina, Australia and Brazil\n\nThe Commission reviewed the outcome of the Fourth World Conference on Women in 2008.",
                vec![],
            ),
            (
                // The dateline under a report on a session.
                "Report of the Trade and Development Board on its twenty-fifth special session\nHeld at the Palais des Nations, Geneva, from 19 to 26 March 2012\n\nThe Board adopted its agenda.",
                vec![
                    "twenty-fifth special session of the Trade and Development Board HELD_IN Palais des Nations",
                    "twenty-fifth special session of the Trade and Development Board HELD_IN Geneva",
                    "twenty-fifth special session of the Trade and Development Board HELD_ON 2012-03-19/2012-03-26",
                ],
            ),
            (
                // An election in the passive; a chairing post's holder chaired the body.
                "Professor R.O. Slatyer (Australia) was re-elected Chairman of the World Heritage Committee by acclamation.",
                vec![
                    "R.O. Slatyer HOLDS Chairman of the World Heritage Committee",
                    "R.O. Slatyer CHAIRED World Heritage Committee",
                ],
            ),
            (
                // Sessions named by their year.
                "The second regular session of 2006 of the United Nations System Chief Executives Board for Coordination was held in New York on 27 October 2006.",
                vec![
                    "second regular session of 2006 of the United Nations System Chief Executives Board for Coordination PART_OF United Nations System Chief Executives Board for Coordination",
                    "second regular session of 2006 of the United Nations System Chief Executives Board for Coordination HELD_IN New York",
                    "second regular session of 2006 of the United Nations System Chief Executives Board for Coordination HELD_ON 2006-10-27",
                ],
            ),
            (
                "The 2017 substantive session of the Special Committee on Peacekeeping Operations opened on 21 February 2017.",
                vec![
                    "2017 substantive session of the Special Committee on Peacekeeping Operations PART_OF Special Committee on Peacekeeping Operations",
                    "2017 substantive session of the Special Committee on Peacekeeping Operations HELD_ON 2017-02-21",
                ],
            ),
            (
                "Introductory remarks by the IPU President, Mr. Pier Ferdinando Casini, and by Ms. Teima Onorio, the Vice President of Kiribati.",
                vec![
                    "Pier Ferdinando Casini HOLDS President of the Inter-Parliamentary Union",
                    "Pier Ferdinando Casini CHAIRED Inter-Parliamentary Union",
                    "Teima Onorio HOLDS Vice President of Kiribati",
                ],
            ),
            (
                // A bare name after the body's post is another's post: no comma, no holder.
                "At the summit of the Organization of African Unity President Thomas Sankara said so.",
                vec![],
            ),
            (
                "The Acting Executive Secretary of ESCWA, Ms. Rima Khalaf, opened the meeting.",
                vec!["Rima Khalaf HOLDS Acting Executive Secretary of the Economic and Social Commission for Western Asia"],
            ),
            (
                "The Meeting of Governmental Experts from Land-locked and Transit Developing Countries is being convened pursuant to paragraph 11 of General Assembly resolution 52/183.",
                vec![
                    "Meeting of Governmental Experts from Land-locked and Transit Developing Countries PURSUANT_TO A/RES/52/183",
                    "General Assembly ADOPTED A/RES/52/183",
                ],
            ),
            (
                // A document headed by a numbered event calls it by its name alone.
                "Fourth Meeting of Governmental Experts from Landlocked Developing Countries\n23 - 26 August 1999\nNew York\n\nThe Meeting of Governmental Experts from Land-locked Developing Countries is convened pursuant to General Assembly resolution 52/183.",
                vec![
                    "Fourth Meeting of Governmental Experts from Landlocked Developing Countries HELD_IN New York",
                    "Fourth Meeting of Governmental Experts from Landlocked Developing Countries HELD_ON 1999-08-23/1999-08-26",
                    "Fourth Meeting of Governmental Experts from Landlocked Developing Countries PURSUANT_TO A/RES/52/183",
                    "General Assembly ADOPTED A/RES/52/183",
                ],
            ),
            (
                // Officers a line each, untitled, under their posts.
                "The Permanent Forum on Indigenous Issues held its twelfth session in New York.\n138. At its 1st meeting, the Forum elected the following members of the\nBureau by acclamation:\nChair:\nPaul Kanyinke Sena\nVice-Chairs:\nRaja Devasish Roy\nViktoria Tuulas\nRapporteur:\nEva Biaudet\nD.\nAgenda",
                vec![
                    "twelfth session of the Permanent Forum on Indigenous Issues HELD_IN New York",
                    "twelfth session of the Permanent Forum on Indigenous Issues PART_OF Permanent Forum on Indigenous Issues",
                    "Permanent Forum on Indigenous Issues ORGANIZED twelfth session of the Permanent Forum on Indigenous Issues",
                    "Paul Kanyinke Sena HOLDS Chair of the Permanent Forum on Indigenous Issues",
                    "Paul Kanyinke Sena CHAIRED Permanent Forum on Indigenous Issues",
                    "Raja Devasish Roy HOLDS Vice-Chair of the Permanent Forum on Indigenous Issues",
                    "Viktoria Tuulas HOLDS Vice-Chair of the Permanent Forum on Indigenous Issues",
                    "Eva Biaudet HOLDS Rapporteur of the Permanent Forum on Indigenous Issues",
                ],
            ),
            (
                "The work of the Commission was given new impetus by the International Conference on Population and Development (Cairo, 5-13 September 1994), and its Programme of Action.",
                vec![
                    "International Conference on Population and Development HELD_IN Cairo",
                    "International Conference on Population and Development HELD_ON 1994-09-05/1994-09-13",
                ],
            ),
            (
                // A clause with a date between the body and "held its".
                "The Commission on Population and Development, which marked its fiftieth anniversary in 1996, held its twenty-ninth session at United Nations Headquarters from 26 February to 1 March 1996.",
                vec![
                    "twenty-ninth session of the Commission on Population and Development HELD_ON 1996-02-26/1996-03-01",
                    "twenty-ninth session of the Commission on Population and Development PART_OF Commission on Population and Development",
                    "Commission on Population and Development ORGANIZED twenty-ninth session of the Commission on Population and Development",
                ],
            ),
            (
                "It reported on the implementation of General Assembly resolutions 72/90 A and B, not on 60/1 A, I think.",
                vec![
                    "General Assembly ADOPTED A/RES/72/90 A",
                    "General Assembly ADOPTED A/RES/72/90 B",
                    "General Assembly ADOPTED A/RES/60/1 A",
                ],
            ),
            (
                // A label glued to its value is no surname.
                "Regional cooperation - Report of the Secretary-General\nDescription:The present report provides an update.",
                vec![],
            ),
            (
                "An extraordinary meeting of the Executive Committee of the High Commissioner's Programme was held on 20 June 1995 under the chairmanship of His Excellency Mr. Ahmad Kamal (Pakistan).",
                vec![
                    "extraordinary meeting of the Executive Committee of the High Commissioner's Programme HELD_ON 1995-06-20",
                    "extraordinary meeting of the Executive Committee of the High Commissioner's Programme PART_OF Executive Committee of the High Commissioner's Programme",
                    "Ahmad Kamal CHAIRED extraordinary meeting of the Executive Committee of the High Commissioner's Programme",
                ],
            ),
            (
                "The Centre for Trade Facilitation held its first session in Geneva under the co-chairmanship of Mr. Henri Martre and Ms. Ana Pérez.",
                vec![
                    "first session of the Centre for Trade Facilitation HELD_IN Geneva",
                    "first session of the Centre for Trade Facilitation PART_OF Centre for Trade Facilitation",
                    "Centre for Trade Facilitation ORGANIZED first session of the Centre for Trade Facilitation",
                    "Henri Martre CHAIRED first session of the Centre for Trade Facilitation",
                    "Ana Pérez CHAIRED first session of the Centre for Trade Facilitation",
                ],
            ),
            (
                // The Assembly's special session named for its topic is an event; its sessions are not.
                "The General Assembly decided to convene a special session of the General Assembly on HIV/AIDS in its sixty-first session.",
                vec![
                    "special session of the General Assembly on HIV/AIDS PART_OF General Assembly",
                    "General Assembly ORGANIZED special session of the General Assembly on HIV/AIDS",
                ],
            ),
            (
                // The Headquarters in a dateline are a place, not an actor.
                "Third Meeting of the Steering Group\n29 October 2013, United Nations Headquarters, New York\n\nThe meeting discussed the programme.",
                vec![
                    "Third Meeting of the Steering Group HELD_IN New York",
                    "Third Meeting of the Steering Group HELD_ON 2013-10-29",
                ],
            ),
            (
                // A post, then its holder's untitled name, then what the holder did.
                "In his opening remarks, Acting Executive Secretary of ESCWA Mounir Tabet highlighted the role of the Commission.",
                vec!["Mounir Tabet HOLDS Acting Executive Secretary of the Economic and Social Commission for Western Asia"],
            ),
            (
                // A known name and its place, not a longer title ending "in the Arab".
                "The General Assembly adopted the 2030 Agenda for Sustainable Development in the Arab region.",
                vec!["General Assembly ADOPTED 2030 Agenda for Sustainable Development"],
            ),
            (
                // A cover page: the symbol after its agenda item, in brackets; a note
                // "on" its subject "submitted by" its author.
                "Agenda item 179\n( HIV/AIDS/CRP.1* )\n\nReview of the problem of HIV/AIDS\n\nNote on the preparations for the review\nsubmitted by the\n\nPresident of the General Assembly\n8 December 2000\n\nI. Organizational matters",
                vec![
                    "President of the General Assembly AUTHORED HIV/AIDS/CRP.1",
                    "HIV/AIDS/CRP.1 DATED 2000-12-08",
                ],
            ),
            (
                // "that was chaired" after other words: the nearer noun was chaired.
                "Senior officials from ESCWA member States attended the two-day meeting that was chaired by the Republic of Tunisia.",
                vec![],
            ),
            (
                // A post of a unit, then the unit's parent, then the holder's name.
                "The Director of the Population Division of the Department of Economic and Social Affairs, John Wilmoth, introduced the report.",
                vec!["John Wilmoth HOLDS Director of the Population Division"],
            ),
            (
                // "the Commission" is the UN body, not a country's commission named
                // in passing after it.
                "Mr. Issa Diallo, Acting Executive Secretary of the Economic Commission for Africa, and Mr. D. Mung'Omba, Deputy Minister of the National Commission for Development Planning of Zambia, spoke.\n\nThe meeting was attended by the following member States of the Commission: Algeria, Angola and Benin.",
                vec![
                    "Issa Diallo HOLDS Acting Executive Secretary of the Economic Commission for Africa",
                    "Algeria MEMBER_OF Economic Commission for Africa",
                    "Angola MEMBER_OF Economic Commission for Africa",
                    "Benin MEMBER_OF Economic Commission for Africa",
                ],
            ),
            (
                // "Director-General" is a post as "Vice-President" is.
                "The Director-General of the World Health Organization Tedros Adhanom Ghebreyesus spoke.",
                vec!["Tedros Adhanom Ghebreyesus HOLDS Director-General of the World Health Organization"],
            ),
            (
                // A particle inside the holder's name.
                "The session was opened by the President of the Arab Parliamentary Council Juan de la Cruz, who spoke.",
                vec![
                    "Juan de la Cruz HOLDS President of the Arab Parliamentary Council",
                    "Juan de la Cruz CHAIRED Arab Parliamentary Council",
                ],
            ),
            (
                // "were represented at the session" before the list of members.
                "The following States members of the Commission on Narcotic Drugs were represented at the session: Argentina, Australia and Malawi.",
                vec![
                    "Argentina MEMBER_OF Commission on Narcotic Drugs",
                    "Australia MEMBER_OF Commission on Narcotic Drugs",
                    "Malawi MEMBER_OF Commission on Narcotic Drugs",
                ],
            ),
            (
                // A press release's dateline gives where and when the event it
                // reports began; "X of Pakistan is chairing" is X, not Pakistan.
                "Vienna (Austria), 2 March 2020 - The 63rd session of the Commission on Narcotic Drugs (CND) began today with a call for progress.\n\nAmbassador Mansoor Ahmad Khan of Pakistan is chairing the 63rd session.",
                vec![
                    "63rd session of the Commission on Narcotic Drugs HELD_IN Vienna",
                    "63rd session of the Commission on Narcotic Drugs HELD_IN Austria",
                    "63rd session of the Commission on Narcotic Drugs HELD_ON 2020-03-02",
                    "63rd session of the Commission on Narcotic Drugs PART_OF Commission on Narcotic Drugs",
                    "Mansoor Ahmad Khan CHAIRED 63rd session of the Commission on Narcotic Drugs",
                ],
            ),
            (
                // A meeting for a conference is named for it; a clause after the
                // conference's name is the conference's.
                "The Regional Ministerial Meeting for the World Summit on Sustainable Development was held in Geneva. The second session of the Preparatory Committee for the World Summit for Social Development, which will take place in Copenhagen, concluded its work.",
                vec![
                    "Regional Ministerial Meeting for the World Summit on Sustainable Development HELD_IN Geneva",
                    "World Summit for Social Development HELD_IN Copenhagen",
                    "second session of the Preparatory Committee PART_OF Preparatory Committee",
                ],
            ),
            (
                // "The post of the event was the holder": the holder chaired it.
                "The President of the 59th World Health Assembly was Professor Paulo Ivo Garrido, the Minister of Health of Mozambique.",
                vec![
                    "59th World Health Assembly PART_OF World Health Assembly",
                    "Paulo Ivo Garrido HOLDS President of the 59th World Health Assembly",
                    "Paulo Ivo Garrido CHAIRED 59th World Health Assembly",
                    "Paulo Ivo Garrido HOLDS Minister of Health of Mozambique",
                ],
            ),
            (
                // A post of a body's unit with the body; a post, a comma, its body.
                "Shishir Priyadarshi, Director of the Development Division of the World Trade Organization, spoke. Statements were made by the Executive Director, International Fund for Agricultural Development, Kanayo Nwanze.",
                vec![
                    "Shishir Priyadarshi HOLDS Director of the Development Division of the World Trade Organization",
                    "Development Division PART_OF World Trade Organization",
                    "Kanayo Nwanze HOLDS Executive Director of the International Fund for Agricultural Development",
                ],
            ),
            (
                // A qualifier in the lower case before the event's name.
                "The President of the General Assembly, Mr. Joseph Deiss, convened the informal Thematic Debate on Disaster Risk Reduction on 9 February 2011.",
                vec![
                    "Joseph Deiss HOLDS President of the General Assembly",
                    "Joseph Deiss ORGANIZED Thematic Debate on Disaster Risk Reduction",
                    "President of the General Assembly ORGANIZED Thematic Debate on Disaster Risk Reduction",
                    "Thematic Debate on Disaster Risk Reduction HELD_ON 2011-02-09",
                ],
            ),
            (
                // Family names in capitals after a title, written in title case;
                // initials without a space; a post's acronym before its holder.
                "On 24 November 2020, the President of the General Assembly, H.E. Volkan BOZKIR, spoke. The death of Dr LEE Jong-wook, WHO Director-General, was mourned. Mr. Issa B.Y. Diallo, Acting Executive Secretary of the Economic Commission for Africa, spoke. The President of the Economic and Social Council (ECOSOC), H.E. Mona Juul (Norway), spoke.",
                vec![
                    "Volkan Bozkir HOLDS President of the General Assembly",
                    "Lee Jong-wook HOLDS Director-General of the World Health Organization",
                    "Issa B.Y. Diallo HOLDS Acting Executive Secretary of the Economic Commission for Africa",
                    "Mona Juul HOLDS President of the Economic and Social Council",
                    "Mona Juul CHAIRED Economic and Social Council",
                ],
            ),
            (
                // The session a post is of is the session its holder chaired; the
                // post is the body's.
                "The Permanent Forum on Indigenous Issues held its seventh session in New York. A statement was made by Victoria Tauli-Corpuz, Chairperson of the seventh session of the Forum.\n\nThe nineteenth session of the UNEP Governing Council was opened by Mr. S. Shafqat Kakakhel (Pakistan), President of the Council at its eighteenth session.",
                vec![
                    "Permanent Forum on Indigenous Issues ORGANIZED seventh session of the Permanent Forum on Indigenous Issues",
                    "seventh session of the Permanent Forum on Indigenous Issues PART_OF Permanent Forum on Indigenous Issues",
                    "seventh session of the Permanent Forum on Indigenous Issues HELD_IN New York",
                    "Victoria Tauli-Corpuz HOLDS Chairperson of the Permanent Forum on Indigenous Issues",
                    "Victoria Tauli-Corpuz CHAIRED seventh session of the Permanent Forum on Indigenous Issues",
                    "nineteenth session of the Governing Council of the United Nations Environment Programme PART_OF Governing Council of the United Nations Environment Programme",
                    "eighteenth session of the Governing Council of the United Nations Environment Programme PART_OF Governing Council of the United Nations Environment Programme",
                    "S. Shafqat Kakakhel HOLDS President of the Governing Council of the United Nations Environment Programme",
                    "S. Shafqat Kakakhel CHAIRED eighteenth session of the Governing Council of the United Nations Environment Programme",
                    "S. Shafqat Kakakhel CHAIRED Governing Council of the United Nations Environment Programme",
                ],
            ),
            (
                // An event described, not named, as what was convened or organized:
                // its topic runs to the first comma, or to where and when it was held.
                "Pursuant to Human Rights Council resolution 44/20, the Office of the United Nations High Commissioner for Human Rights organized a panel discussion on the promotion and protection of human rights in the context of peaceful protests, with a particular focus on achievements. Austria will host an international expert meeting on employment in early February 1998.",
                vec![
                    "Human Rights Council ADOPTED A/HRC/RES/44/20",
                    "panel discussion on the promotion and protection of human rights in the context of peaceful protests PURSUANT_TO A/HRC/RES/44/20",
                    "Office of the United Nations High Commissioner for Human Rights ORGANIZED panel discussion on the promotion and protection of human rights in the context of peaceful protests",
                    "Austria HOSTED international expert meeting on employment",
                ],
            ),
            (
                // A post "of the" body, then its holder's name with no comma, both
                // chair; "the panel discussion" is the one described before.
                "The Human Rights Council decided to convene a panel discussion on the right to food in crises.\n\nThe panel discussion was chaired and moderated by Vice-President of the Human Rights Council Yuri Borissov Sterk.",
                vec![
                    "Yuri Borissov Sterk HOLDS Vice-President of the Human Rights Council",
                    "Yuri Borissov Sterk CHAIRED panel discussion on the right to food in crises",
                    "Human Rights Council ORGANIZED panel discussion on the right to food in crises",
                    "Vice-President of the Human Rights Council CHAIRED panel discussion on the right to food in crises",
                ],
            ),
            (
                // Names shortened by an acronym are spelled out: an organ after its
                // body's acronym, and "UN" (a known name keeps the gazetteer's form).
                "Slovakia has been a member of the UNDP Executive Board. The UN Commission for Social Development held its sixtieth session in New York. China will set up a UN Global Geospatial Knowledge and Innovation Center.",
                vec![
                    "Slovakia MEMBER_OF Executive Board of the United Nations Development Programme",
                    "Executive Board of the United Nations Development Programme PART_OF United Nations Development Programme",
                    "Commission for Social Development ORGANIZED sixtieth session of the Commission for Social Development",
                    "sixtieth session of the Commission for Social Development PART_OF Commission for Social Development",
                    "sixtieth session of the Commission for Social Development HELD_IN New York",
                    "China ESTABLISHED United Nations Global Geospatial Knowledge and Innovation Center",
                ],
            ),
            (
                // A heading: the event's topic in the lower case, then where and when.
                "Expert Group Meeting on a disability inclusive development agenda towards 2015 and beyond, Kuala Lumpur, Malaysia, (2 to 4 May 2013)\n\nI. Introduction",
                vec![
                    "Expert Group Meeting on a disability inclusive development agenda towards 2015 and beyond HELD_IN Kuala Lumpur",
                    "Expert Group Meeting on a disability inclusive development agenda towards 2015 and beyond HELD_IN Malaysia",
                    "Expert Group Meeting on a disability inclusive development agenda towards 2015 and beyond HELD_ON 2013-05-02/2013-05-04",
                ],
            ),
            (
                // An initial, and a capital after an apostrophe, are part of a name.
                "Statements were delivered by Mr. D. Mung'Omba, Deputy Minister of Zambia.",
                vec!["D. Mung'Omba HOLDS Deputy Minister of Zambia"],
            ),
            (
                // A unit "of the" its parent acts, not the parent.
                "The Statistics Division of the Department of Economic and Social Affairs (DESA) organized the Expert Group Meeting on Population Statistics.",
                vec![
                    "Statistics Division ORGANIZED Expert Group Meeting on Population Statistics",
                    "Statistics Division PART_OF Department of Economic and Social Affairs",
                ],
            ),
            (
                // A session decided on: "would hold its" names the session and its dates.
                "The Council decided that the Commission for Social Development would hold its fifty-ninth session from 8 to 17 February 2021.",
                vec![
                    "fifty-ninth session of the Commission for Social Development HELD_ON 2021-02-08/2021-02-17",
                    "fifty-ninth session of the Commission for Social Development PART_OF Commission for Social Development",
                    "Commission for Social Development ORGANIZED fifty-ninth session of the Commission for Social Development",
                ],
            ),
            (
                // A seat sought is no seat held.
                "We ask for support of Fiji's candidature for membership of the Human Rights Council.",
                vec![],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(relations(text), set(&want), "{text}");
        }
    }

    #[test]
    fn a_labelled_block_gives_one_edge_per_item() {
        let text = "Ministerial Euro-African Conference on Migration and Development \nDate: 10-11 July 2006 \nVenue: Rabat, Morocco \nOrganizers: Governments of Morocco, Spain and France; European Commission \nOutcome Document: Plan of Action, Rabat Declaration \n";
        let c = "Ministerial Euro-African Conference on Migration and Development";
        let want: Vec<String> = [
            format!("{c} HELD_ON 2006-07-10/2006-07-11"),
            format!("{c} HELD_IN Rabat"),
            format!("{c} HELD_IN Morocco"),
            format!("Morocco ORGANIZED {c}"),
            format!("Spain ORGANIZED {c}"),
            format!("France ORGANIZED {c}"),
            format!("European Commission ORGANIZED {c}"),
            format!("{c} ADOPTED Plan of Action"),
            format!("{c} ADOPTED Rabat Declaration"),
        ]
        .into();
        assert_eq!(relations(text), want.into_iter().collect());
    }

    #[test]
    fn a_document_header_names_the_document_its_date_and_author() {
        let text = " \nUnited Nations A/63/269\n\n\n\nDistr.: General 11 August 2008\n\nOriginal: English\n\nSixty-third session\n\nInternational migration and development\n\nReport of the Secretary-General\n\nSummary\n\nPursuant to General Assembly resolution 61/208, the present report provides a basis for the consideration of possible options.\n";
        let got = relations(text);
        for want in [
            "A/63/269 DATED 2008-08-11",
            "Secretary-General AUTHORED A/63/269",
            "A/63/269 PURSUANT_TO A/RES/61/208",
            "General Assembly ADOPTED A/RES/61/208",
        ] {
            assert!(got.contains(want), "missing {want} in {got:?}");
        }
        assert_eq!(got.len(), 4, "{got:?}");
    }

    /// Header layouts other than "United Nations A/…" over "Distr.: General" and
    /// its date: an organ before the symbol, capitals, a blank line before the
    /// date, a joint symbol, a footnote mark.
    #[test]
    fn a_header_names_its_document_in_every_layout() {
        for (header, symbol, date) in [
            (
                "General Assembly A/53/281\n\nDistr. GENERAL\n\n20 August 1998\n\n",
                "A/53/281",
                "1998-08-20",
            ),
            (
                "United Nations\n\nA/50/257-E/1995/61\n\nDistr. GENERAL\n\n28 June 1995\n\n",
                "A/50/257-E/1995/61",
                "1995-06-28",
            ),
            (
                "United Nations A/70/826*\n\nDistr.: General\n12 April 2016\n\n",
                "A/70/826",
                "2016-04-12",
            ),
            // No "Distr." line at all.
            (
                "General Assembly A/53/281\n20 August 1998\n\nFifty-third session\n\n",
                "A/53/281",
                "1998-08-20",
            ),
            // The symbol under the organ's name spread over short lines.
            (
                "UNITED\nNATIONS\nA\n\n        General Assembly\nDistr.\nGENERAL\nA/54/426\n1 October 1999\n\nOriginal: ENGLISH\n\n",
                "A/54/426",
                "1999-10-01",
            ),
            // "Distr." under a body's long name, a session in the symbol.
            (
                "United Nations Conference on Trade and Development\nDistr. GENERAL\nTD/B(S-XXIII)/4\n8 June 2006\n\n",
                "TD/B(S-XXIII)/4",
                "2006-06-08",
            ),
        ] {
            let text = format!("{header}Status of the Convention\n\nReport of the Secretary-General\n\nThe report covers the year.\n");
            let got = relations(&text);
            for want in [
                format!("{symbol} DATED {date}"),
                format!("Secretary-General AUTHORED {symbol}"),
            ] {
                assert!(got.contains(&want), "missing {want} in {got:?}");
            }
        }
    }

    /// A body's name over "Report on the twenty-ninth session": the body reports.
    #[test]
    fn a_body_over_its_session_report_authors_it() {
        let text = "United Nations\n\nE/1996/25\n\nCommission on Population and Development\n\nReport on the twenty-ninth session\n(26 February-1 March 1996)\n\nThe Commission met.\n";
        let got = relations(text);
        assert!(
            got.contains("Commission on Population and Development AUTHORED E/1996/25"),
            "{got:?}"
        );
    }

    /// "Draft report of the Committee on …" is the document of the header's
    /// symbol, written by that body: no second document named "Report of …".
    #[test]
    fn a_bodys_report_in_the_header_is_the_document_itself() {
        for line in ["Report", "Draft report"] {
            let text = format!("United Nations A/AC.109/2000/L.4\n\nGeneral Assembly Distr.: Limited\n3 March 2000\n\nSpecial Committee on Decolonization\n\n{line} of the Committee on the Peaceful Uses of Outer Space on its 2000 session\n\nI. Introduction\n\n1. The Committee met.\n");
            let got = relations(&text);
            assert_eq!(
                got,
                set(&[
                    "A/AC.109/2000/L.4 DATED 2000-03-03",
                    "Committee on the Peaceful Uses of Outer Space AUTHORED A/AC.109/2000/L.4",
                ]),
                "{line}"
            );
        }
    }

    /// A letter circulated under many agenda items: its author line comes after
    /// a dozen titles.
    #[test]
    fn an_author_line_under_many_agenda_titles_is_read() {
        let titles: String = (1..=12)
            .map(|i| format!("AGENDA TITLE NUMBER {i}\n\n"))
            .collect();
        let text = format!("United Nations\n\nA/51/375\n\nGeneral Assembly\n\nDistr. GENERAL\n\n19 September 1996\n\nORIGINAL:\nSPANISH\n\n{titles}Letter dated 13 September 1996 from the Permanent Representative of Bolivia to the United Nations addressed to the Secretary-General\n\nI have the honour to submit herewith the Declaration.\n");
        let got = relations(&text);
        for want in [
            "A/51/375 DATED 1996-09-13",
            "Bolivia AUTHORED A/51/375",
            "Permanent Representative of Bolivia to the United Nations AUTHORED A/51/375",
        ] {
            assert!(got.contains(want), "missing {want} in {got:?}");
        }
    }

    /// The line under "Item 106 of the provisional agenda" is the item's title,
    /// neither the report's author line nor the report's title.
    #[test]
    fn an_agenda_item_title_is_no_author_line() {
        let text = " \nUnited Nations A/57/324\n\nDistr.: General 16 August 2002\n\nFifty-seventh session\nItem 106 of the provisional agenda*\nReport of the United Nations High Commissioner for Refugees, questions relating to refugees and humanitarian questions\n\nAssistance to refugees in Africa\n\nReport of the Secretary-General**\n\nSummary\n\nThe report covers the year.\n";
        let got = relations(text);
        assert!(
            got.contains("Secretary-General AUTHORED A/57/324"),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|r| r.contains("High Commissioner")),
            "{got:?}"
        );
        let text = " \nUnited Nations A/HRC/13/22\n\nDistr.: General 30 December 2009\n\nThirteenth session\nAgenda item 3\nPromotion and protection of all human rights\n\nReport of the Special Rapporteur on the situation of human rights defenders\n\nSummary\n\nThe report covers the year.\n";
        let result = crate::extract::tests::extractor().extract("t.txt", text, 0);
        let names_of_report: Vec<&str> = result
            .mentions
            .iter()
            .map(|m| (&m.key, &m.surface))
            .chain(result.aliases.iter().map(|(k, a)| (k, a)))
            .filter(|(k, _)| k.name == "A/HRC/13/22")
            .map(|(_, n)| n.as_str())
            .collect();
        assert!(
            !names_of_report.iter().any(|n| n.starts_with("Promotion")),
            "{names_of_report:?}"
        );
    }

    /// A long title line is joined with the author line under it; after an agenda
    /// item, the item's title too. The author is still read.
    #[test]
    fn an_author_line_joined_with_a_long_title_is_read() {
        for agenda in ["", "Item 20 (c) of the provisional agenda*\nSustainable development: disaster risk reduction\n"] {
            let text = format!("United Nations A/72/259\nGeneral Assembly\nDistr.: General\n31 July 2017\n{agenda}Implementation of the Sendai Framework for Disaster Risk Reduction 2015-2030\nReport of the Secretary-General\nSummary\nThe report covers the year.\n");
            let got = relations(&text);
            assert!(got.contains("Secretary-General AUTHORED A/72/259"), "{got:?} for {agenda:?}");
            assert!(got.contains("A/72/259 DATED 2017-07-31"), "{got:?}");
        }
    }

    /// An author line that is a title names the document and its author; a
    /// numbered section heading above it is no title.
    #[test]
    fn an_author_line_with_its_topic_is_the_title() {
        let text = "I. Organizational, administrative and other matter\n\nReport of the Secretary-General on the work of the Organization\n\nArticle 98 of the Charter requires an annual report.\n";
        let got = relations(text);
        assert!(
            got.contains("Secretary-General AUTHORED Report of the Secretary-General on the work of the Organization"),
            "{got:?}"
        );
        assert!(!got.iter().any(|r| r.contains("Organizational")), "{got:?}");
    }

    /// "The panel discussion" names the event described a few paragraphs before,
    /// not one described pages earlier.
    #[test]
    fn an_echo_of_a_described_event_reaches_a_few_paragraphs() {
        let described = "The Human Rights Council decided to convene a panel discussion on the right to food in crises.\n\n";
        let echo = "The panel discussion was chaired by the President of Ghana.\n";
        let near = relations(&format!("{described}{echo}"));
        assert!(
            near.contains(
                "President of Ghana CHAIRED panel discussion on the right to food in crises"
            ),
            "{near:?}"
        );
        let filler = "The Council heard statements on many subjects of concern to the region.\n\n"
            .repeat(60);
        let far = relations(&format!("{described}{filler}{echo}"));
        assert!(!far.iter().any(|r| r.contains("CHAIRED")), "{far:?}");
    }

    /// The mandate sentences that open reports, each in a report of its own.
    #[test]
    fn a_report_states_the_resolution_it_answers() {
        let header = " \nUnited Nations A/70/100\n\nDistr.: General 1 June 2015\n\nSeventieth session\n\nOceans and the law of the sea\n\nReport of the Secretary-General\n\nSummary\n\n";
        for (body, resolution) in [
            ("The present report, which covers the period from 1 May 2014 to 30 April 2015, is submitted pursuant to paragraph 30 of General Assembly resolution 69/245.", "A/RES/69/245"),
            ("The present report has been prepared in compliance with the request made by the General Assembly in paragraph 12 of its resolution 68/70.", "A/RES/68/70"),
            ("This report is submitted in conformity with General Assembly resolution 67/78 of 11 December 2012.", "A/RES/67/78"),
            ("The Special Rapporteur presents her third report to the Human Rights Council, submitted pursuant to Human Rights Council resolution 25/18.", "A/HRC/RES/25/18"),
            ("Pursuant to paragraph 4 of its resolution 69/246, the Secretary-General has the honour to submit the present report.", "A/RES/69/246"),
        ] {
            let got = relations(&format!("{header}{body}\n"));
            let want = format!("A/70/100 PURSUANT_TO {resolution}");
            assert!(got.contains(&want), "missing {want} in {got:?} for {body}");
        }
    }
}
