//! Entity matching, first layer: every matcher that reads plain text —
//! gazetteers, dates, UN symbols and resolutions, capitalized titles and the
//! regex entity rules — then one pass that keeps the longest of overlapping
//! candidates. Composite entities built on top of these live in `composite`.

pub mod date;
pub mod gazetteer;
pub mod pattern;
pub mod symbol;
pub mod title;

use crate::error::Error;
use crate::model::{Mention, NodeType};
use crate::rules::RuleSet;
use crate::sentence::Sentence;
use gazetteer::Gazetteer;
use pattern::PatternMatcher;
// Fx hashing for the per-sentence maps of offsets and words: SipHash cost 2%
// of the run, and a batch tool needs no defence against chosen keys.
use rustc_hash::FxHashMap as HashMap;
use title::{Blocker, TitleMatcher};

/// All first-layer matchers, compiled once.
pub struct EntityMatcher {
    pub gazetteer: Gazetteer,
    titles: TitleMatcher,
    pub patterns: PatternMatcher,
    resolutions: symbol::ResolutionFinder,
}

/// Lower wins when two candidates cover the same span.
fn priority(rule: &str) -> u8 {
    match rule {
        "gazetteer" | "gazetteer-acronym" | "gazetteer-agent" => 0,
        "symbol" | "resolution" => 1,
        "date" => 2,
        "title" => 4,
        _ => 3,
    }
}

impl EntityMatcher {
    pub fn new(rules: &RuleSet) -> Result<EntityMatcher, Error> {
        Ok(EntityMatcher {
            gazetteer: Gazetteer::build(rules),
            titles: TitleMatcher::new(&rules.patterns.titles),
            patterns: PatternMatcher::new(&rules.patterns)?,
            resolutions: symbol::ResolutionFinder::new(&rules.patterns.resolution_issuers),
        })
    }

    /// Non-overlapping mentions of one sentence, sorted by position.
    pub fn find(&self, text: &str, s: &Sentence) -> Vec<Mention> {
        let sentence = &text[s.start..s.end];
        let off = s.start;
        // Only a sentence with an acronym in it needs the (whole-sentence) check.
        let mut shouting: Option<bool> = None;
        let mut cands: Vec<Mention> = Vec::new();
        let (names, has_head) = self.gazetteer.find_with_heads(sentence);
        // "the Caribbean Sea": the alias "the Caribbean" is as long as "Caribbean
        // Sea", but its article is no part of the name.
        let article_only = |m: &Mention| {
            let surface = &sentence[m.start..];
            (surface.starts_with("the ") || surface.starts_with("The "))
                && names
                    .iter()
                    .any(|n| n.start == m.start + 4 && n.end > m.end)
        };
        let dropped: Vec<bool> = names.iter().map(article_only).collect();
        for (mut m, _) in names.into_iter().zip(dropped).filter(|(_, d)| !d) {
            if m.rule == "gazetteer-acronym"
                && *shouting.get_or_insert_with(|| is_shouting(sentence))
            {
                continue;
            }
            m.start += off;
            m.end += off;
            cands.push(m);
        }
        // A known person's name may open a title ("Dag Hammarskjöld Foundation").
        let blockers: HashMap<usize, Blocker> = cands
            .iter()
            .filter(|m| m.kind != NodeType::Person)
            .map(|m| {
                let place = (m.kind == NodeType::Location)
                    .then(|| self.gazetteer.place_kind(&text[m.start..m.end]))
                    .flatten();
                (
                    m.start,
                    Blocker {
                        kind: m.kind,
                        place,
                        end: m.end,
                    },
                )
            })
            .collect();
        let shift = |mut v: Vec<Mention>| {
            for m in &mut v {
                m.start += off;
                m.end += off;
            }
            v
        };
        // Every date holds a year and every symbol a number: most sentences of
        // prose have no digit and skip those matchers.
        let has_digit = sentence.bytes().any(|b| b.is_ascii_digit());
        if has_digit {
            cands.extend(shift(date::find(sentence)));
            cands.extend(shift(symbol::find_symbols(sentence)));
        }
        cands.extend(shift(self.resolutions.find(sentence)));
        if has_digit {
            cands.extend(symbol::find_parenthesized_resolutions(sentence, off));
        }
        if has_head {
            cands.extend(self.titles.find(sentence, off, &blockers));
        }
        cands.extend(self.patterns.find(sentence, off));
        drop_titles_past_known_names(&mut cands, text);
        resolve_overlaps(cands)
    }
}

/// A title that runs on from inside a known name past its end into "in …" is
/// the known name and its place: "the 2030 Agenda for Sustainable Development
/// in the Arab region" names the Agenda, not an "Agenda for Sustainable
/// Development in the Arab".
fn drop_titles_past_known_names(cands: &mut Vec<Mention>, text: &str) {
    let known: Vec<(usize, usize)> = cands
        .iter()
        .filter(|m| m.rule == "gazetteer" && m.kind != NodeType::Location)
        .map(|m| (m.start, m.end))
        .collect();
    if known.is_empty() {
        return;
    }
    cands.retain(|m| {
        m.rule != "title"
            || !known.iter().any(|&(start, end)| {
                m.start > start
                    && m.start < end
                    && m.end > end
                    && text[end..m.end].starts_with(" in ")
            })
    });
}

/// `UNCTAD`, `OAU`: a word of two or more capital letters.
pub fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The text before ends in another body's acronym and a space: "UNCTAD ", "OAU "
/// (not the Organization's own "UN ").
pub fn after_other_acronym(before: &str) -> bool {
    let word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or_default();
    before.ends_with(' ') && word != "UN" && is_acronym(word)
}

/// Keeps the longest candidate where candidates overlap; on equal length the
/// gazetteer beats patterns, which beat titles.
pub fn resolve_overlaps(mut cands: Vec<Mention>) -> Vec<Mention> {
    cands.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then(priority(a.rule).cmp(&priority(b.rule)))
            .then(a.start.cmp(&b.start))
            .then(a.name.cmp(&b.name))
    });
    let mut kept: Vec<Mention> = Vec::new();
    for c in cands {
        if c.is_empty() || kept.iter().any(|k| k.overlaps(&c)) {
            continue;
        }
        kept.push(c);
    }
    kept.sort_by_key(|m| (m.start, m.end));
    kept
}

/// A heading in capitals: acronyms there are words (`WHO`, `IS`), not bodies.
/// A list of acronyms is no heading ("attended by UNIDO, UNEP, UNECE, …"): a
/// heading's long words (seven letters or more) are in capitals too.
fn is_shouting(s: &str) -> bool {
    let (mut long, mut long_upper) = (0usize, 0usize);
    for word in s.split(|c: char| !c.is_alphabetic()) {
        if word.chars().count() >= 7 {
            long += 1;
            long_upper += word.chars().all(char::is_uppercase) as usize;
        }
    }
    long_upper >= 2 && long_upper * 10 >= long * 7
}

#[cfg(test)]
mod tests {
    use super::is_shouting;

    #[test]
    fn a_heading_in_capitals_shouts_and_a_list_of_acronyms_does_not() {
        assert!(is_shouting(
            "REGIONAL UN SYSTEM MEETING FOR EUROPE AND CENTRAL ASIA"
        ));
        assert!(is_shouting(
            "WHO IS RESPONSIBLE FOR THE HUMANITARIAN CRISIS"
        ));
        assert!(!is_shouting(
            "The meeting was attended by UNIDO, UNEP, UNECE, UNDP, UNFPA, UNICEF, UNESCO, UNHCR, UNCTAD, UNESCAP, WHO, WMO, ILO, FAO, IOM, ITU, UPU and IFAD."
        ));
        assert!(!is_shouting("UNIDO, UNEP, UNECE, UNDP and UNFPA"));
        assert!(!is_shouting("The WHO is in Geneva."));
    }
}
