//! Where and when an event was held, as a document's front matter prints it: the
//! event's name on one line and its place and dates on the lines under it.
//!
//! ```text
//! Commission on the Status of Women          Third Meeting of the Steering Group …
//! Fifty-first session                        29 Oct 2013 to 31 Oct 2013
//! New York, 26 February-9 March 2007         Bangkok, Thailand
//! ```
//!
//! - A line that ends with an event, followed by lines that hold only places and
//!   dates ("Held at the Palais des Nations, Geneva, from 19 to 26 March 2012"):
//!   the event was HELD_IN each place and HELD_ON each date.
//! - A session line under a body's name ("Fifty-first session" under
//!   "Commission on the Status of Women") is that body's session, an event.

use crate::arena::Arena;
use crate::model::{Mention, NodeType, RelType, Relation};
use crate::normalize::Normalized;
use crate::sentence::{sentence_at, Sentence};
use regex::Regex;

/// How far into a document its front matter may reach, in lines.
const FRONT_MATTER_LINES: usize = 40;
/// Lines under an event's name that may give its place and dates.
const DATELINE_LINES: usize = 3;
/// A front-matter line is short (an event's full name may take 200 characters);
/// a longer one is prose.
const LONGEST_LINE: usize = 240;
/// A venue, its city and its country.
const MOST_PLACES: usize = 3;
/// A span of days, and the date of a second part of the session.
const MOST_DATES: usize = 2;

/// The compiled patterns of the stage, built with the rules.
pub struct DatelinePatterns {
    /// "Fifty-first session", "Seventeenth meeting", "Twenty-fifth special session".
    session_line: Regex,
    /// What may stand between the places and dates of a dateline.
    filler: Regex,
}

impl DatelinePatterns {
    pub fn new(p: &crate::rules::Patterns) -> Result<DatelinePatterns, crate::error::Error> {
        let compile = |pattern: &str| {
            Regex::new(&crate::entity::pattern::expand(pattern, p)).map_err(|e| {
                crate::error::Error::Rules {
                    file: "patterns.toml".into(),
                    message: format!("[macros] ORDINAL: {e}"),
                }
            })
        };
        Ok(DatelinePatterns {
            session_line: compile(
                r"^(?P<ord>{{ORDINAL}}) (?P<noun>(?:(?:special|regular|resumed|substantive|annual|ordinary|extraordinary) )?(?:session|meeting))$",
            )?,
            filler: compile(
                r"(?i)^[\s,.;:()–—-]*(?:(?:held|convened|meeting)\s+)?(?:(?:at|in|from|on|to|and|the)\s+|[\s,.;:()–—-]+|(?:United Nations )?Headquarters\b)*$",
            )?,
        })
    }
}

/// Adds the session events under bodies' names and the HELD_IN and HELD_ON
/// relations of every event with a dateline.
pub fn dateline_relations(
    p: &DatelinePatterns,
    arena: &mut Arena,
    norm: &Normalized,
    sentences: &[Sentence],
    out: &mut Vec<Relation>,
) {
    let units = &norm.units[..norm.units.len().min(FRONT_MATTER_LINES)];
    for (i, u) in units.iter().enumerate() {
        let line = norm.text[u.start..u.end].trim_end();
        if line.is_empty() || line.len() > LONGEST_LINE {
            continue;
        }
        let line_end = u.start + line.len();
        // The event, and its place and dates on the rest of its line (a wrapped
        // front page joins them into one) or on the lines under it.
        let (event, mut held) =
            match event_on_line(arena, sentences, &norm.text, p, u.start, line_end) {
                Some(found) => found,
                None => match session_under_body(arena, norm, sentences, p, i) {
                    Some(event) => (event, Vec::new()),
                    None => continue,
                },
            };
        let mut evidence_end = (!held.is_empty()).then_some(line_end);
        for v in norm.units[i + 1..].iter().take(DATELINE_LINES) {
            let Some(found) = dateline(arena, sentences, &norm.text, p, v.start, v.end) else {
                break;
            };
            held.extend(found);
            evidence_end = Some(v.end);
        }
        let Some(evidence_end) = evidence_end else {
            continue;
        };
        for k in held {
            let kind = match arena.items[k].kind {
                NodeType::Location => RelType::HeldIn,
                _ => RelType::HeldOn,
            };
            out.push(Relation {
                subject: arena.items[event].key(),
                kind,
                object: arena.items[k].key(),
                evidence_start: u.start,
                evidence_end,
                rule: "dateline".to_string(),
            });
        }
    }
}

/// An event whose name ends the line, or is followed only by its place and
/// dates: "Inaugural Session of the Forum on Minority Issues", "Report of the
/// Trade and Development Board on its twenty-fifth special session", "Third
/// Meeting of the Steering Group … 29 Oct 2013 to 31 Oct 2013 Bangkok, Thailand".
fn event_on_line(
    arena: &Arena,
    sentences: &[Sentence],
    text: &str,
    p: &DatelinePatterns,
    start: usize,
    end: usize,
) -> Option<(usize, Vec<usize>)> {
    // A line of prose ends as a sentence does.
    if text[start..end].ends_with(['.', ';', ':', '!', '?']) {
        return None;
    }
    let on_line = arena.outermost_between(sentences, start, end);
    // The event opens the line, or follows the report on it that opens it.
    let opens = |k: usize| {
        let m = &arena.items[k];
        m.start == start
            || on_line.first().is_some_and(|&r| {
                let report = &arena.items[r];
                report.kind == NodeType::Document && report.start == start && report.end <= m.start
            })
    };
    let events = on_line
        .iter()
        .filter(|&&k| arena.items[k].kind == NodeType::Conference && opens(k));
    events.into_iter().find_map(|&k| {
        let after = arena.items[k].end;
        if text[after..end].trim().is_empty() {
            return Some((k, Vec::new()));
        }
        dateline(arena, sentences, text, p, after, end).map(|held| (k, held))
    })
}

/// "Fifty-first session" on the line under a body's name: the body's session.
fn session_under_body(
    arena: &mut Arena,
    norm: &Normalized,
    sentences: &[Sentence],
    p: &DatelinePatterns,
    i: usize,
) -> Option<usize> {
    let u = &norm.units[i];
    let line = norm.text[u.start..u.end].trim_end();
    let c = p.session_line.captures(line)?;
    let above = norm.units[..i]
        .iter()
        .rev()
        .find(|v| !norm.text[v.start..v.end].trim().is_empty())?;
    // The body's name is the whole line above, perhaps after "The".
    let above_text = &norm.text[above.start..above.end];
    let above_line = above_text.trim();
    let name_start = above.start + (above_text.len() - above_text.trim_start().len());
    let name_end = name_start + above_line.len();
    let body = arena
        .outermost_between(sentences, above.start, above.end)
        .into_iter()
        .find(|&k| {
            let m = &arena.items[k];
            let after_the = ["The ", "the "]
                .iter()
                .any(|t| above_line.starts_with(t) && m.start == name_start + t.len());
            m.kind == NodeType::Organization
                && m.end == name_end
                && (m.start == name_start || after_the)
        })?;
    // The schema makes no node of the General Assembly's regular sessions; the
    // other principal organs' sessions are read the same way (as at-its-session does).
    const NOT_EVENTS: [&str; 4] = [
        "General Assembly",
        "Security Council",
        "Economic and Social Council",
        "United Nations",
    ];
    if NOT_EVENTS.contains(&arena.items[body].name.as_str()) {
        return None;
    }
    let name = format!(
        "{} {} of the {}",
        c["ord"].to_lowercase(),
        &c["noun"],
        arena.items[body].name
    );
    let sentence = sentence_at(sentences, u.start)?;
    Some(arena.push(
        Mention {
            kind: NodeType::Conference,
            start: u.start,
            end: u.start + line.len(),
            name,
            rule: "session-under-body",
        },
        sentence,
    ))
}

/// The places and dates of a line that holds nothing else, or `None`.
fn dateline(
    arena: &Arena,
    sentences: &[Sentence],
    text: &str,
    p: &DatelinePatterns,
    start: usize,
    end: usize,
) -> Option<Vec<usize>> {
    // "United Nations Headquarters, New York": the Headquarters are where, not who.
    let headquarters = |k: usize| {
        let m = &arena.items[k];
        m.kind == NodeType::Organization
            && m.name == "United Nations"
            && text[m.end..end].starts_with(" Headquarters")
    };
    let found: Vec<usize> = arena
        .outermost_between(sentences, start, end)
        .into_iter()
        .filter(|&k| !headquarters(k))
        .collect();
    let count = |kind: NodeType| {
        found
            .iter()
            .filter(|&&k| arena.items[k].kind == kind)
            .count()
    };
    // A dateline names one place (with its city and country) and one span of days.
    let too_many = count(NodeType::Location) > MOST_PLACES || count(NodeType::Date) > MOST_DATES;
    if found.is_empty() || too_many || text[start..end].trim_end().ends_with(['.', ';', '!', '?']) {
        return None;
    }
    let mut at = start;
    let mut previous = None;
    for &k in &found {
        let m = &arena.items[k];
        let is_place_or_date = matches!(m.kind, NodeType::Location | NodeType::Date);
        if !is_place_or_date || m.start < at || !p.filler.is_match(&text[at..m.start]) {
            return None;
        }
        // "Argentina, Australia and Brazil" is a list of countries, not a venue.
        let between_places = previous == Some(NodeType::Location) && m.kind == NodeType::Location;
        if between_places && text[at..m.start].contains("and") {
            return None;
        }
        at = m.end;
        previous = Some(m.kind);
    }
    p.filler.is_match(&text[at..end]).then_some(found)
}
