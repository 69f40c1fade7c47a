//! Officers and signatories, stated by layout more than by sentences.
//! - Officer lists: "the Committee elected the following officers: Chair: Mr.
//!   Anthony Bosah (Nigeria) … Rapporteur: Mr. Mohammed Halima (Egypt)", on one
//!   line or a post to a line. Each person holds the post of that body
//!   ("Rapporteur of the Committee …"); a chairing post's holder chaired it.
//! - A post on a line of its own ("Rapporteur: Mr. X (Egypt)"), named as written.
//! - Names before "were elected as Vice-Chairpersons" are people.
//! - Signatures: "(Signed) Reaz RAHMAN, Permanent Representative of Bangladesh":
//!   the signatory holds the post and wrote what it wrote.

use crate::arena::Arena;
use crate::model::{Mention, NodeType, RelType, Relation};
use crate::normalize::Normalized;
use crate::relation::allowed;
use crate::sentence::{sentence_at, Sentence};
use regex::Regex;
use std::sync::OnceLock;

struct OfficerPatterns {
    /// The sentence that opens the list, up to its colon.
    opening: Regex,
    /// A post label: "Chair:", "Vice-Chairs:", "Vice-Chairman-cum-Rapporteur:".
    label: Regex,
    /// "… were elected as Vice-Chairpersons", the election of people named before it.
    elected_as: Regex,
    /// A personal name, as lists of elected officers write it.
    name: Regex,
    /// Between the items of a list of names.
    list_separator: Regex,
    /// What may stand between a post and its first holder, or between two holders.
    between_names: Regex,
    /// A holder's country in brackets: " (Nigeria)".
    country_after: Regex,
}

/// An officer's post, singular or plural: "Chair", "Vice-Chairpersons",
/// "Co-Chairmen", "Vice-Chairman-cum-Rapporteur", "Rapporteur", "First
/// Vice-Chairman".
const POST: &str = r"(?:(?:First|Second|Third|Fourth) )?(?:Vice-|Co-)?(?:Chair(?:man|woman|person)?|President)(?:s|men|women|persons)?(?:-cum-Rapporteur)?|Rapporteur";

fn patterns() -> &'static OfficerPatterns {
    static R: OnceLock<OfficerPatterns> = OnceLock::new();
    R.get_or_init(|| OfficerPatterns {
        opening: Regex::new(
            r"\b(?:re-)?elected\s+(?:the\s+following|its|the)\s+(?:officers|members\s+of\s+(?:its|the)\s+Bureau|Bureau)\b[^:.;]{0,60}:",
        )
        .unwrap(),
        label: Regex::new(&format!(r"(?:^|[\s;,.])({POST}):")).unwrap(),
        elected_as: Regex::new(&format!(
            r" (?:was|were) (?:unanimously |also )?(?:elected|re-elected) (?:by acclamation )?(?:as )?(?:its |the )?(?:{POST})\b"
        ))
        .unwrap(),
        name: Regex::new(
            r"^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?: (?:(?:de|da|do|dos|das|van|von|der|den|bin|ibn|al|el|del|di|du|le|la|y) )?(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|\p{Lu}\p{Ll}\p{Lu}\p{Ll}+)){1,4}$",
        )
        .unwrap(),
        list_separator: Regex::new(r",? and |, ").unwrap(),
        between_names: Regex::new(r"^[\s,;:]*(?:and\s+)?$").unwrap(),
        country_after: Regex::new(r"^\s*\([^()]{1,60}\)").unwrap(),
    })
}

/// The posts that chair the body: the person under them CHAIRED it.
fn chairs_the_body(post: &str) -> bool {
    matches!(
        post,
        "Chair"
            | "Chairman"
            | "Chairwoman"
            | "Chairperson"
            | "President"
            | "Co-Chair"
            | "Co-Chairman"
            | "Co-Chairperson"
    )
}

/// "Vice-Chairs" → "Vice-Chair", "Vice-Chairmen" → "Vice-Chairman".
fn singular(post: &str) -> String {
    for (plural, one) in [("men", "man"), ("women", "woman"), ("persons", "person")] {
        if let Some(stem) = post.strip_suffix(plural) {
            return format!("{stem}{one}");
        }
    }
    post.strip_suffix('s').unwrap_or(post).to_string()
}

/// The relations of every officer list in the document.
pub fn officer_relations(
    arena: &mut Arena,
    norm: &Normalized,
    sentences: &[Sentence],
    out: &mut Vec<Relation>,
) {
    let text = &norm.text;
    if !text.contains("elected") {
        labelled_officers(arena, norm, sentences, &[], out);
        return;
    }
    let p = patterns();
    let mut listed = Vec::new();
    for (si, sent) in sentences.iter().enumerate() {
        let Some(open) = p.opening.find(&text[sent.start..sent.end]) else {
            continue;
        };
        let open_at = sent.start + open.start();
        // The body: the last outermost organization or event before "elected".
        let Some(body) = arena
            .outermost(si)
            .into_iter()
            .filter(|&k| {
                let m = &arena.items[k];
                m.end <= open_at && matches!(m.kind, NodeType::Organization | NodeType::Conference)
            })
            .max_by_key(|&k| arena.items[k].start)
        else {
            continue;
        };
        let list_start = sent.start + open.end();
        let list_end = list_end(arena, norm, sent.unit, list_start);
        let region = &text[list_start..list_end];
        let labels: Vec<(usize, usize, String)> = p
            .label
            .captures_iter(region)
            .filter_map(|c| c.get(1))
            .map(|m| {
                (
                    list_start + m.start(),
                    list_start + m.end(),
                    m.as_str().to_string(),
                )
            })
            .collect();
        listed.extend(labels.iter().map(|l| l.0));
        for (n, (label_start, label_end, post)) in labels.iter().enumerate() {
            let until = labels.get(n + 1).map_or(list_end, |l| l.0);
            let people = people_between(arena, text, sentences, *label_end, until);
            if people.is_empty() {
                continue;
            }
            let evidence = (sent.start, until.max(sent.end).min(list_end));
            let post = Post {
                name: singular(post),
                at: (*label_start, *label_end),
                body: Some(body),
            };
            hold_post(
                arena,
                sentences,
                &post,
                &people,
                evidence,
                "officer-list",
                out,
            );
        }
    }
    labelled_officers(arena, norm, sentences, &listed, out);
}

/// "Ole Henrik Magga was elected as Chairperson by acclamation; Njuma
/// Ekundanayo, Antonio Jacanamijoy and Mililani Trask were elected as
/// Vice-Chairpersons": the names before the election are people, whether or
/// not a title or a country marks them. The body they serve goes unnamed, so
/// no post is stated.
pub fn elected_people(arena: &mut Arena, text: &str, sentences: &[Sentence]) {
    if !text.contains("elected") {
        return;
    }
    let p = patterns();
    const NOT_NAMES: [&str; 8] = ["The", "At", "In", "On", "Its", "His", "Her", "Their"];
    for (si, sent) in sentences.iter().enumerate() {
        let slice = &text[sent.start..sent.end];
        for m in p.elected_as.find_iter(slice) {
            let clause_start = slice[..m.start()].rfind(';').map_or(0, |i| i + 1);
            let clause = &slice[clause_start..m.start()];
            // The names, last first: "A, B and C", each perhaps with "(Country)".
            let mut items = Vec::new();
            let mut from = 0;
            for sep in p.list_separator.find_iter(clause) {
                items.push(from..sep.start());
                from = sep.end();
            }
            items.push(from..clause.len());
            for item in items.into_iter().rev() {
                let piece = &clause[item.clone()];
                let name = piece.split(" (").next().unwrap_or(piece).trim();
                let lead = piece.len() - piece.trim_start().len();
                let first_word = name.split(' ').next().unwrap_or("");
                if !p.name.is_match(name) || NOT_NAMES.contains(&first_word) {
                    break;
                }
                let st = sent.start + clause_start + item.start + lead;
                let en = st + name.len();
                let named = arena.items.iter().any(|o| {
                    o.start < en && st < o.end && o.kind != NodeType::Location && o.start < o.end
                });
                if !named {
                    // "Milan" in "Milan Jaya Nyamrajsingh Meetarbhan" is no place.
                    for o in arena.items.iter_mut() {
                        if o.kind == NodeType::Location && o.start >= st && o.end <= en {
                            o.end = o.start;
                        }
                    }
                    arena.push_covering(
                        Mention {
                            kind: NodeType::Person,
                            start: st,
                            end: en,
                            name: name.to_string(),
                            rule: "elected-person",
                        },
                        si,
                    );
                }
            }
        }
    }
}

/// "Chair:" on a line of its own and a name on each line under it ("Paul
/// Kanyinke Sena"), as lists of elected officers print them: each name is a
/// person, titled or not, up to the first line that is neither a name nor
/// another post.
pub fn people_under_posts(arena: &mut Arena, norm: &Normalized, sentences: &[Sentence]) {
    let p = patterns();
    let text = &norm.text;
    // Only where officers are elected: a programme's "Chair:" heads sessions.
    if !text.contains("elected") {
        return;
    }
    let mut under_post = false;
    for u in &norm.units {
        let raw = &text[u.start..u.end];
        let mut at = u.start + (raw.len() - raw.trim_start().len());
        // "Chair:" alone, or with the first name after it when the layout
        // joined the two lines.
        if let Some(m) = p.label.find(&text[at..u.end]).filter(|m| m.start() == 0) {
            under_post = true;
            let rest = &text[at + m.end()..u.end];
            at += m.end() + (rest.len() - rest.trim_start().len());
            if at >= u.end {
                continue;
            }
        } else if !under_post {
            continue;
        }
        let l = text[at..u.end].trim_end();
        let name = l
            .split(" (")
            .next()
            .unwrap_or(l)
            .trim_end_matches([',', ';']);
        if !p.name.is_match(name) {
            under_post = false;
            continue;
        }
        let (start, end) = (at, at + name.len());
        let Some(si) = sentence_at(sentences, start).filter(|&si| end <= sentences[si].end) else {
            continue;
        };
        let named = arena
            .items
            .iter()
            .any(|o| o.start < end && start < o.end && o.start < o.end);
        if !named {
            arena.push_covering(
                Mention {
                    kind: NodeType::Person,
                    start,
                    end,
                    name: name.to_string(),
                    rule: "listed-officer",
                },
                si,
            );
        }
    }
}

/// A post as a list or sentence names it: "Vice-Chairs", written at `at`, of
/// the body that elected its holders where the text names that body.
struct Post {
    name: String,
    at: (usize, usize),
    body: Option<usize>,
}

/// Each person holds the post, named after its body where there is one
/// ("Vice-Chair of the Commission on Narcotic Drugs"), and under a chairing
/// post chaired that body.
fn hold_post(
    arena: &mut Arena,
    sentences: &[Sentence],
    post: &Post,
    people: &[usize],
    evidence: (usize, usize),
    rule: &str,
    out: &mut Vec<Relation>,
) {
    let Some(s) = sentence_at(sentences, post.at.0) else {
        return;
    };
    let name = match post.body {
        Some(b) => format!("{} of the {}", post.name, arena.items[b].name),
        None => post.name.clone(),
    };
    let role = arena.push(
        Mention {
            kind: NodeType::Role,
            start: post.at.0,
            end: post.at.1,
            name,
            rule: "officer-list",
        },
        s,
    );
    let chaired = post.body.filter(|_| chairs_the_body(&post.name));
    for &person in people {
        let edges = [(RelType::Holds, Some(role)), (RelType::Chaired, chaired)];
        for (kind, object) in edges {
            let Some(object) = object else { continue };
            let (a, b) = (&arena.items[person], &arena.items[object]);
            if allowed(kind, a.kind, b.kind) {
                out.push(Relation {
                    subject: a.key(),
                    kind,
                    object: b.key(),
                    evidence_start: evidence.0,
                    evidence_end: evidence.1,
                    rule: rule.to_string(),
                });
            }
        }
    }
}

/// A post on a line of its own, outside any list: "Rapporteur: Mr. Mohammed
/// Halima (Egypt)" under a report's title. Its holder holds it; a chairing post
/// alone names no body it chairs.
fn labelled_officers(
    arena: &mut Arena,
    norm: &Normalized,
    sentences: &[Sentence],
    listed: &[usize],
    out: &mut Vec<Relation>,
) {
    let p = patterns();
    for u in &norm.units {
        let line = &norm.text[u.start..u.end];
        let post_first = [
            "Chair",
            "Vice-",
            "Co-Chair",
            "President",
            "Rapporteur",
            "First ",
            "Second ",
            "Third ",
            "Fourth ",
        ]
        .iter()
        .any(|w| line.starts_with(w));
        if line.len() > 150 || !post_first {
            continue;
        }
        let Some(c) = p
            .label
            .captures(line)
            .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))
        else {
            continue;
        };
        let label = c.get(1).expect("the label group");
        let (label_start, label_end) = (u.start + label.start(), u.start + label.end());
        let post = singular(label.as_str());
        if listed.contains(&label_start) || chairs_the_body(&post) {
            continue;
        }
        let people = people_between(arena, &norm.text, sentences, label_end, u.end);
        let [person] = people[..] else { continue };
        let post = Post {
            name: post,
            at: (label_start, label_end),
            body: None,
        };
        hold_post(
            arena,
            sentences,
            &post,
            &[person],
            (u.start, u.end),
            "officer-label",
            out,
        );
    }
}

/// A signature: "(Signed) Reaz RAHMAN / Ambassador / Permanent Representative
/// of Bangladesh to the United Nations", on one line or several. The signatory
/// holds the post signed under: the first post after the name, with at most a
/// rank between them.
pub fn signature_relations(arena: &Arena, norm: &Normalized, out: &mut Vec<Relation>) {
    let text = &norm.text;
    for signer in arena.items.iter().filter(|m| m.rule == "signatory") {
        let post = arena
            .items
            .iter()
            .enumerate()
            .filter(|(k, m)| {
                m.kind == NodeType::Role
                    && m.start >= signer.end
                    && m.start < m.end
                    && arena.parent[*k].is_none()
            })
            .map(|(_, m)| m)
            .min_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let Some(post) = post else { continue };
        let between = text[signer.end..post.start].trim_matches([' ', ',', '\n']);
        let rank_only = between.is_empty()
            || matches!(
                between,
                "Ambassador"
                    | "Minister"
                    | "Professor"
                    | "Ambassador Extraordinary and Plenipotentiary"
                    | "Chargé d'affaires a.i."
                    | "Chargé d’affaires a.i."
            );
        if !rank_only || !allowed(RelType::Holds, signer.kind, post.kind) {
            continue;
        }
        // What the post wrote ("Letter dated … from the Permanent Representative
        // of Bangladesh"), its signatory wrote.
        let written: Vec<_> = out
            .iter()
            .filter(|r| r.kind == RelType::Authored && r.subject == post.key())
            .map(|r| r.object.clone())
            .collect();
        let signed = |kind, object| Relation {
            subject: signer.key(),
            kind,
            object,
            evidence_start: signer.start,
            evidence_end: post.end,
            rule: "signature".to_string(),
        };
        out.push(signed(RelType::Holds, post.key()));
        for document in written {
            out.push(signed(RelType::Authored, document));
        }
    }
}

/// Where the list that begins at `from`, in unit `unit`, ends: at the first
/// later line that neither opens with a post label nor names a person at its
/// start (the next paragraph or heading).
fn list_end(arena: &Arena, norm: &Normalized, unit: usize, from: usize) -> usize {
    let p = patterns();
    let mut end = norm.units[unit].end.max(from);
    for u in &norm.units[unit + 1..] {
        let line = &norm.text[u.start..u.end];
        let labelled = p.label.find(line).is_some_and(|m| m.start() == 0);
        // A line that is a name, perhaps with its country, and nothing else.
        let person_first = || {
            arena.items.iter().any(|m| {
                m.kind == NodeType::Person
                    && m.start < m.end
                    && m.start >= u.start
                    && m.start <= u.start + 12
                    && m.end <= u.end
                    && {
                        let rest = &norm.text[m.end..u.end];
                        let rest = p
                            .country_after
                            .find(rest)
                            .map_or(rest, |c| &rest[c.end()..]);
                        rest.trim_matches(|c: char| c.is_whitespace() || ",;.".contains(c))
                            .is_empty()
                    }
            })
        };
        if line.len() > 200 || u.start > from + 2000 || !(labelled || person_first()) {
            break;
        }
        end = u.end;
    }
    end
}

/// The people listed under a post between two offsets: a run of names, each
/// perhaps with its country in brackets, with only commas, "and" or a line
/// break between them. Prose after the list ("The Committee then heard Mr. X")
/// ends it.
fn people_between(
    arena: &Arena,
    text: &str,
    sentences: &[Sentence],
    from: usize,
    to: usize,
) -> Vec<usize> {
    let found = arena
        .outermost_between(sentences, from, to)
        .into_iter()
        .filter(|&k| arena.items[k].kind == NodeType::Person);
    let mut out = Vec::new();
    let mut at = from;
    for k in found {
        let m = &arena.items[k];
        if m.start < at || !patterns().between_names.is_match(&text[at..m.start]) {
            break;
        }
        out.push(k);
        at = m.end;
        if let Some(c) = patterns().country_after.find(&text[at..to]) {
            at += c.end();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::singular;
    use crate::model::{NodeType, RelType};

    #[test]
    fn inputs_found_by_review_do_not_panic() {
        let ex = crate::extract::tests::extractor();
        // A person that starts on a short line and ends on the next.
        let r = ex.extract("a.txt", "UN\nelected its Bureau:\nÉ\nMr. Éi", 0);
        assert!(r.relations.is_empty());
        // Resolution parts right at the end of a list's window.
        let list = format!(
            "The General Assembly recalled its resolutions 50/1, {}72/90 A and B.",
            "50/10, ".repeat(27)
        );
        let r = ex.extract("b.txt", &list, 0);
        assert!(r.mentions.iter().any(|m| m.key.name == "A/RES/50/1"));
        // A long title ending in a multibyte character, joined with the author
        // line under it.
        let cover = "United Nations A/72/259\nDistr.: General\n31 July 2017\nFollow-up to the outcome of the Conference, “The future we want”\nReport of the Secretary-General\n";
        let r = ex.extract("c.txt", cover, 0);
        assert!(
            r.relations.iter().any(|x| x.kind == RelType::Authored),
            "{:?}",
            r.relations
        );
    }

    #[test]
    fn names_before_an_election_are_people() {
        let text = "At the 1st meeting, Ole Henrik Magga was elected as Chairperson by acclamation; Njuma Ekundanayo, Antonio Jacanamijoy and Mililani Trask were elected as Vice-Chairpersons. Milan Jaya Meetarbhan (Mauritius) and Laura McIlhenny (Australia) were elected as Vice-Presidents. The Bureau was elected as President.";
        let result = crate::extract::tests::extractor().extract("t.txt", text, 0);
        let mut kinds: Vec<(NodeType, &str)> = result
            .mentions
            .iter()
            .filter(|m| matches!(m.key.kind, NodeType::Person | NodeType::Location))
            .map(|m| (m.key.kind, m.key.name.as_str()))
            .collect();
        kinds.sort();
        kinds.dedup();
        assert_eq!(
            kinds,
            vec![
                (NodeType::Person, "Antonio Jacanamijoy"),
                (NodeType::Person, "Laura McIlhenny"),
                (NodeType::Person, "Milan Jaya Meetarbhan"),
                (NodeType::Person, "Mililani Trask"),
                (NodeType::Person, "Njuma Ekundanayo"),
                (NodeType::Person, "Ole Henrik Magga"),
                (NodeType::Location, "Australia"),
                (NodeType::Location, "Mauritius"),
            ]
        );
    }

    #[test]
    fn posts_are_named_in_the_singular() {
        for (many, one) in [
            ("Vice-Chairs", "Vice-Chair"),
            ("Vice-Chairmen", "Vice-Chairman"),
            ("Vice-Chairpersons", "Vice-Chairperson"),
            ("Vice-Presidents", "Vice-President"),
            ("Rapporteur", "Rapporteur"),
            (
                "Vice-Chairman-cum-Rapporteur",
                "Vice-Chairman-cum-Rapporteur",
            ),
        ] {
            assert_eq!(singular(many), one);
        }
    }
}
