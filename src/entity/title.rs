//! Capitalized titles with a head word: `Global Commission on International
//! Migration` (Organization), `Ministerial Euro-African Conference on Migration
//! and Development` (Conference), `Rabat Declaration` (Document). The head word
//! lists and the connectors allowed inside a title come from `patterns.toml`.
//!
//! A title stops before a place or a known body it merely names
//! (`Declaration on Migration and Development` | `in Tripoli`,
//! `Carolina Foundation` | `of Spain`), so that the composite rules can relate them.

use crate::model::{Mention, NodeType};
use crate::rules::{PlaceKind, Titles};
use std::collections::{HashMap, HashSet};

pub struct TitleMatcher {
    heads: HashMap<String, NodeType>,
    /// Multi-word heads such as `Programme of Action`, as word lists.
    multi_heads: Vec<(Vec<String>, NodeType)>,
    connectors: HashSet<String>,
    left_connectors: HashSet<String>,
    stop: HashSet<String>,
}

#[derive(Debug)]
struct Tok<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    opens: bool,
    closes: Option<char>,
}

/// A known mention that a title must not swallow, by start offset.
pub struct Blocker {
    pub kind: NodeType,
    pub place: Option<PlaceKind>,
}

impl TitleMatcher {
    pub fn new(t: &Titles) -> TitleMatcher {
        let mut heads = HashMap::new();
        let mut multi_heads = Vec::new();
        for (kind, words) in &t.heads {
            let Some(kind) = NodeType::from_label(kind) else {
                continue;
            };
            for w in words {
                if w.contains(' ') {
                    multi_heads.push((w.split(' ').map(String::from).collect(), kind));
                } else {
                    heads.insert(w.clone(), kind);
                }
            }
        }
        TitleMatcher {
            heads,
            multi_heads,
            connectors: t.connectors.iter().cloned().collect(),
            left_connectors: t.left_connectors.iter().cloned().collect(),
            stop: t.stop_words.iter().cloned().collect(),
        }
    }

    fn cap(&self, t: &Tok) -> bool {
        let mut chars = t.text.chars();
        chars.next().is_some_and(|c| c.is_uppercase()) && !self.stop.contains(t.text)
    }

    fn head_at(&self, toks: &[Tok], i: usize) -> Option<(usize, NodeType)> {
        for (words, kind) in &self.multi_heads {
            if i + words.len() <= toks.len()
                && words.iter().enumerate().all(|(k, w)| toks[i + k].text == w)
                && toks[i..i + words.len() - 1]
                    .iter()
                    .all(|t| t.closes.is_none())
            {
                return Some((i + words.len() - 1, *kind));
            }
        }
        self.heads.get(toks[i].text).map(|k| (i, *k))
    }

    /// Titles in one sentence starting at byte `offset` of the document text.
    pub fn find(
        &self,
        sentence: &str,
        offset: usize,
        blockers: &HashMap<usize, Blocker>,
    ) -> Vec<Mention> {
        let toks = tokenize(sentence);
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for i in 0..toks.len() {
            let Some((head_end, _)) = self.head_at(&toks, i) else {
                continue;
            };
            if !toks[i].text.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let l = self.extend_left(&toks, i);
            let r = self.extend_right(&toks, head_end, offset, blockers);
            if r > l && !spans.contains(&(l, r)) {
                spans.push((l, r));
            }
        }
        let mut out = Vec::new();
        for (l, r) in spans {
            let Some(kind) = self.kind_of(&toks, l, r) else {
                continue;
            };
            let (s, e) = (toks[l].start, toks[r].end);
            out.push(Mention {
                kind,
                start: offset + s,
                end: offset + e,
                name: sentence[s..e].to_string(),
                rule: "title",
            });
        }
        out
    }

    fn extend_left(&self, toks: &[Tok], i: usize) -> usize {
        let mut l = i;
        while l > 0 && !toks[l].opens {
            let p = &toks[l - 1];
            if p.closes.is_some() {
                break;
            }
            if self.cap(p) {
                l -= 1;
                continue;
            }
            if self.left_connectors.contains(p.text)
                && l >= 2
                && self.cap(&toks[l - 2])
                && toks[l - 2].closes.is_none()
                && !toks[l - 1].opens
            {
                l -= 2;
                continue;
            }
            break;
        }
        l
    }

    fn extend_right(
        &self,
        toks: &[Tok],
        head_end: usize,
        offset: usize,
        blockers: &HashMap<usize, Blocker>,
    ) -> usize {
        let blocked = |k: usize| {
            blockers.get(&(offset + toks[k].start)).is_some_and(|b| {
                !(b.kind == NodeType::Location && b.place == Some(PlaceKind::Region))
            })
        };
        let mut r = head_end;
        loop {
            if let Some(c) = toks[r].closes {
                if c == ',' && self.comma_continues(toks, r) && !blocked(r + 1) {
                    r += 1;
                    continue;
                }
                break;
            }
            if r + 1 >= toks.len() || toks[r + 1].opens {
                break;
            }
            let nx = &toks[r + 1];
            if self.connectors.contains(nx.text) {
                let mut k = r + 1;
                while k < toks.len()
                    && k - r <= 2
                    && self.connectors.contains(toks[k].text)
                    && toks[k].closes.is_none()
                {
                    k += 1;
                }
                if k < toks.len()
                    && self.cap(&toks[k])
                    && !toks[k].opens
                    && !blocked(k)
                    && !blocked(r + 2)
                {
                    r = k;
                    continue;
                }
                break;
            }
            if self.cap(nx) && !blocked(r + 1) {
                r += 1;
                continue;
            }
            break;
        }
        r
    }

    /// A comma inside a title is an enumeration closed by "and" (`Migration,
    /// Remittances and Development`), not a list of titles.
    fn comma_continues(&self, toks: &[Tok], r: usize) -> bool {
        if r + 1 >= toks.len() || !self.cap(&toks[r + 1]) || toks[r + 1].opens {
            return false;
        }
        let mut k = r + 1;
        while k < toks.len() && k <= r + 5 {
            let t = &toks[k];
            if t.text == "and" {
                return k + 1 < toks.len() && self.cap(&toks[k + 1]);
            }
            if !self.cap(t) || matches!(t.closes, Some(c) if c != ',') {
                return false;
            }
            k += 1;
        }
        false
    }

    /// The type of a title is given by the last head word before its first connector.
    fn kind_of(&self, toks: &[Tok], l: usize, r: usize) -> Option<NodeType> {
        let mut kind = None;
        let mut i = l;
        while i <= r {
            if let Some((end, k)) = self.head_at(toks, i) {
                if end <= r {
                    kind = Some(k);
                    i = end + 1;
                    continue;
                }
            }
            if self.connectors.contains(toks[i].text) {
                break;
            }
            i += 1;
        }
        kind
    }
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for word in s.split(' ') {
        let start = pos;
        pos += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let lead = word.len() - word.trim_start_matches(['(', '"', '“', '‘', '[']).len();
        let core = &word[lead..];
        let trimmed =
            core.trim_end_matches([',', ';', ':', '.', ')', '"', '”', '’', ']', '?', '!']);
        // Keep a final apostrophe of a possessive plural (`Migrants’`).
        let trimmed = if core[trimmed.len()..].starts_with('’')
            && trimmed.ends_with('s')
            && core.len() == trimmed.len() + '’'.len_utf8()
        {
            core
        } else {
            trimmed
        };
        if trimmed.is_empty() {
            if let Some(last) = out.last_mut() {
                let last: &mut Tok = last;
                last.closes = core.chars().next();
            }
            continue;
        }
        let closes = core[trimmed.len()..].chars().next();
        out.push(Tok {
            start: start + lead,
            end: start + lead + trimmed.len(),
            text: trimmed,
            opens: lead > 0,
            closes,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn titles(s: &str) -> Vec<(NodeType, String)> {
        let r = RuleSet::default_rules();
        let t = TitleMatcher::new(&r.patterns.titles);
        let g = crate::entity::gazetteer::Gazetteer::build(&r);
        let blockers = g
            .find(s)
            .into_iter()
            .map(|m| {
                let place = g.place_kind(&s[m.start..m.end]);
                (
                    m.start,
                    Blocker {
                        kind: m.kind,
                        place,
                    },
                )
            })
            .collect();
        t.find(s, 0, &blockers)
            .into_iter()
            .map(|m| (m.kind, m.name))
            .collect()
    }

    #[test]
    fn finds_titles_with_their_type() {
        let cases: Vec<(&str, Vec<(NodeType, &str)>)> = vec![
            (
                "In 2003, the Governments took the initiative to launch the Global Commission on International Migration (GCIM).",
                vec![(NodeType::Organization, "Global Commission on International Migration")],
            ),
            (
                "Ministerial Conference of the Least Developed Countries on Migrants’ Remittances",
                vec![(NodeType::Conference, "Ministerial Conference of the Least Developed Countries on Migrants’ Remittances")],
            ),
            (
                "Regional Consultation on Migration, Remittances and Development in Latin America and the Caribbean",
                vec![(NodeType::Conference, "Regional Consultation on Migration, Remittances and Development in Latin America and the Caribbean")],
            ),
            (
                "In November 2006 a joint meeting adopted a Declaration on Migration and Development in Tripoli.",
                vec![(NodeType::Document, "Declaration on Migration and Development")],
            ),
            ("Outcome Document: Plan of Action, Rabat Declaration", vec![(NodeType::Document, "Plan of Action"), (NodeType::Document, "Rabat Declaration")]),
            ("Organizers: Iberoamerican Secretariat; Carolina Foundation of Spain", vec![(NodeType::Organization, "Iberoamerican Secretariat"), (NodeType::Organization, "Carolina Foundation")]),
            ("UNDP and the Financing for Development Office of the Department", vec![(NodeType::Organization, "Financing for Development Office")]),
            ("the Helsinki Process Meeting on International Migration", vec![(NodeType::Conference, "Helsinki Process Meeting on International Migration")]),
            ("the Programme of Action of the Conference", vec![(NodeType::Document, "Programme of Action")]),
            ("The Council met. Participants welcomed the meeting.", vec![]),
        ];
        for (s, want) in cases {
            let want: Vec<(NodeType, String)> =
                want.into_iter().map(|(k, n)| (k, n.to_string())).collect();
            assert_eq!(titles(s), want, "{s}");
        }
    }
}
