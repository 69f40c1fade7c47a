//! Officer lists: "the Committee elected the following officers: Chair: Mr.
//! Anthony Bosah (Nigeria) … Rapporteur: Mr. Mohammed Halima (Egypt)", on one
//! line or with each post on a line of its own. The person under a chairing post
//! chaired the body that elected them; the person under any other post holds it,
//! named as written ("Rapporteur", "Vice-Chair"). Signatures: "(Signed) Reaz
//! RAHMAN, Permanent Representative of Bangladesh", the signatory holds the post.

use crate::arena::Arena;
use crate::model::{Mention, NodeType, RelType, Relation};
use crate::normalize::Normalized;
use crate::relation::allowed;
use crate::sentence::Sentence;
use regex::Regex;
use std::sync::OnceLock;

struct OfficerPatterns {
    /// The sentence that opens the list, up to its colon.
    opening: Regex,
    /// A post label: "Chair:", "Vice-Chairs:", "Vice-Chairman-cum-Rapporteur:".
    label: Regex,
}

fn patterns() -> &'static OfficerPatterns {
    static R: OnceLock<OfficerPatterns> = OnceLock::new();
    R.get_or_init(|| OfficerPatterns {
        opening: Regex::new(
            r"\b(?:(?:re-)?elected|were elected|was elected) (?:the following|its|the) (?:officers|members of (?:its|the) Bureau|Bureau)\b[^:.;]{0,60}:",
        )
        .unwrap(),
        label: Regex::new(
            r"(?:^|[\s;,.])((?:Vice-|Co-)?(?:Chair(?:man|woman|person)?|President)(?:s|men|women|persons)?(?:-cum-Rapporteur)?|Rapporteur):",
        )
        .unwrap(),
    })
}

/// The posts that chair the body: the person under them CHAIRED it.
fn chairs_the_body(post: &str) -> bool {
    matches!(
        post,
        "Chair" | "Chairman" | "Chairwoman" | "Chairperson" | "President"
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
            let people = people_between(arena, sentences, *label_end, until);
            if people.is_empty() {
                continue;
            }
            let evidence = (sent.start, until.max(sent.end).min(list_end));
            let post = singular(post);
            let chair = chairs_the_body(&post);
            let role = if chair {
                None
            } else {
                let s = sentence_at(sentences, *label_start);
                s.map(|s| {
                    arena.push(
                        Mention {
                            kind: NodeType::Role,
                            start: *label_start,
                            end: *label_end,
                            name: post.clone(),
                            rule: "officer-list",
                        },
                        s,
                    )
                })
            };
            for person in people {
                let (kind, object) = match role {
                    Some(r) => (RelType::Holds, r),
                    None => (RelType::Chaired, body),
                };
                let (a, b) = (&arena.items[person], &arena.items[object]);
                if allowed(kind, a.kind, b.kind) {
                    out.push(Relation {
                        subject: a.key(),
                        kind,
                        object: b.key(),
                        evidence_start: evidence.0,
                        evidence_end: evidence.1,
                        rule: "officer-list".to_string(),
                    });
                }
            }
        }
    }
    labelled_officers(arena, norm, sentences, &listed, out);
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
        let post_first = ["Chair", "Vice-", "Co-Chair", "President", "Rapporteur"]
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
        let people = people_between(arena, sentences, label_end, u.end);
        let [person] = people[..] else { continue };
        let Some(s) = sentence_at(sentences, label_start) else {
            continue;
        };
        let role = arena.push(
            Mention {
                kind: NodeType::Role,
                start: label_start,
                end: label_end,
                name: post,
                rule: "officer-label",
            },
            s,
        );
        let (a, b) = (&arena.items[person], &arena.items[role]);
        out.push(Relation {
            subject: a.key(),
            kind: RelType::Holds,
            object: b.key(),
            evidence_start: u.start,
            evidence_end: u.end,
            rule: "officer-label".to_string(),
        });
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
            .filter(|m| m.kind == NodeType::Role && m.start >= signer.end)
            .min_by_key(|m| m.start);
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
        let person_first = || {
            arena.items.iter().any(|m| {
                m.kind == NodeType::Person && m.start >= u.start && m.start <= u.start + 12
            })
        };
        if line.len() > 200 || u.start > from + 2000 || !(labelled || person_first()) {
            break;
        }
        end = u.end;
    }
    end
}

fn sentence_at(sentences: &[Sentence], at: usize) -> Option<usize> {
    let s = sentences.partition_point(|x| x.end <= at);
    sentences.get(s).filter(|x| x.start <= at).map(|_| s)
}

/// The outermost people mentioned between two offsets.
fn people_between(arena: &Arena, sentences: &[Sentence], from: usize, to: usize) -> Vec<usize> {
    let first = sentences.partition_point(|x| x.end <= from);
    let mut out = Vec::new();
    for (s, sent) in sentences.iter().enumerate().skip(first) {
        if sent.start >= to {
            break;
        }
        out.extend(arena.outermost(s).into_iter().filter(|&k| {
            let m = &arena.items[k];
            m.kind == NodeType::Person && m.start >= from && m.end <= to
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::singular;

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
