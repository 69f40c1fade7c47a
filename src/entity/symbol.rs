//! UN symbols: resolutions (`General Assembly resolution 60/227` →
//! `A/RES/60/227`, `resolutions 61/208 … and 62/270`, `Security Council
//! resolution 1325 (2000)` → `S/RES/1325`, its year left to the date matcher) and
//! documents by the symbol
//! grammar (`A/63/269`, `A/C.2/61/L.12`, `E/1995/69`, `ESA/P/WP.197`,
//! `E/ESCWA/SDD/2007/2`).

use crate::model::{Mention, NodeType};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

fn symbol_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        // "PC.I" in NPT/CONF.2005/PC.I/21: a Roman numeral after the dot.
        // "(S-XXV)" in TD/B(S-XXV)/2: a session in brackets after a segment.
        let seg = r"[A-Z0-9][A-Za-z0-9]{0,11}(?:\([A-Z][A-Z0-9-]{0,9}\))?(?:\.(?:[0-9]{1,4}|[IVX]{1,4}(?-u:\b)))?";
        Regex::new(&format!(
            r"(?-u:\b)[A-Z][A-Z0-9]{{0,9}}(?:\([A-Z]{{2,8}}\))?(?:\.[0-9]{{1,3}})?(?:/{seg})+"
        ))
        .unwrap()
    })
}

fn number_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"(?-u:\b)(?P<sc>[0-9]{1,4}) ?\((?:19|20)[0-9]{2}\)|(?-u:\b)(?P<ga>[0-9]{1,4}) ?\((?P<ses>[IVXL]{1,6})\)|(?-u:\b)(?P<es>ES-|S-)?(?P<a>[0-9]{1,4})/(?P<b>[0-9]{1,4})(?-u:\b)|(?-u:\b)(?P<bare>[0-9]{1,4})(?-u:\b)").unwrap()
    })
}

/// Document symbols, and resolution symbols written out (`A/RES/60/227`).
pub fn find_symbols(text: &str) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for m in symbol_regex().find_iter(text) {
        let s = m.as_str();
        if !s.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        if m.start() > 0 && matches!(bytes[m.start() - 1], b'/' | b'.' | b'-') {
            continue;
        }
        let first = s.split('/').next().unwrap_or("");
        if !first.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            || first.contains(char::is_lowercase)
        {
            continue;
        }
        // "in its resolution A/64/236": the Assembly's session/number written
        // as a document symbol is the resolution A/RES/64/236.
        let after_keyword = text[..m.start()].ends_with("resolution ");
        let (kind, name) = match s.strip_prefix("A/") {
            _ if s.contains("/RES/") => (NodeType::Resolution, s.to_string()),
            Some(rest) if after_keyword && is_session_number(rest) => {
                (NodeType::Resolution, format!("A/RES/{rest}"))
            }
            // "resolution A/42/39D": part D of resolution 42/39.
            Some(rest)
                if after_keyword
                    && rest.ends_with(|c: char| c.is_ascii_uppercase())
                    && is_session_number(&rest[..rest.len() - 1]) =>
            {
                let (number, part) = rest.split_at(rest.len() - 1);
                (NodeType::Resolution, format!("A/RES/{number} {part}"))
            }
            _ => (NodeType::Document, s.to_string()),
        };
        // "A/47/277-S/24111": a document of the Assembly and the Council at once
        // has one joint symbol (the second part is skipped above, after its "-").
        let joint = (kind == NodeType::Document && bytes.get(m.end()) == Some(&b'-'))
            .then(|| symbol_regex().find_at(text, m.end() + 1))
            .flatten()
            .filter(|second| {
                let t = second.as_str();
                // Another document's symbol, not a resolution's nor a word ("UNEP/GC").
                second.start() == m.end() + 1
                    && t.bytes().any(|b| b.is_ascii_digit())
                    && !t.contains("/RES/")
            });
        let (end, name) = match joint {
            Some(second) => (second.end(), text[m.start()..second.end()].to_string()),
            None => (m.end(), name),
        };
        out.push(Mention {
            kind,
            start: m.start(),
            end,
            name,
            rule: "symbol",
        });
    }
    out
}

/// Finds resolutions cited by number after the word "resolution(s)", with the
/// organs of `[resolution_issuers]` recognized as the issuer before it.
pub struct ResolutionFinder {
    regex: Regex,
    /// The issuer named after the numbers: "resolution 1721 (LIII) of the
    /// Economic and Social Council".
    issuer_after: Regex,
    issuers: BTreeMap<String, String>,
}

impl ResolutionFinder {
    pub fn new(issuers: &BTreeMap<String, String>) -> ResolutionFinder {
        // Longest first, so "Economic and Social Council" wins over "Council".
        let mut names: Vec<&str> = issuers.keys().map(String::as_str).collect();
        names.push("Council");
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let names: Vec<String> = names.iter().map(|n| regex::escape(n)).collect();
        let regex = Regex::new(&format!(
            r"(?-u:\b)(?:(?P<issuer>{})(?:'s|’s)? )?(?P<kw>[Rr]esolutions?)(?: No\.)? ",
            names.join("|")
        ))
        .expect("issuer names are escaped");
        let known: Vec<String> = names.iter().filter(|n| n.contains(' ')).cloned().collect();
        // Numbers, sessions, years, letters and separators, then "of the <issuer>".
        let issuer_after = Regex::new(&format!(
            r"^(?:[ ,]|and(?-u:\b)|\((?:[IVXL]+|[0-9]{{4}})\)|[0-9]{{1,4}}(?:/[0-9]{{1,4}})?|[A-Z](?-u:\b))*?(?:(?:unanimously )?(?:adopted|approved|passed) )?(?:of|by) the (?:United Nations )?(?P<issuer>{})(?-u:\b)",
            known.join("|")
        ))
        .expect("issuer names are escaped");
        ResolutionFinder {
            regex,
            issuer_after,
            issuers: issuers.clone(),
        }
    }

    pub fn find(&self, text: &str) -> Vec<Mention> {
        find_resolutions(text, self)
    }
}

/// The longest gloss a list of resolutions passes over between two numbers, in bytes.
const MAX_GLOSS: usize = 200;

fn find_resolutions(text: &str, finder: &ResolutionFinder) -> Vec<Mention> {
    let (regex, issuers) = (&finder.regex, &finder.issuers);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for c in regex.captures_iter(text) {
        let m = c.get(0).unwrap();
        // "UNCTAD resolution 111 (V)", "OAU resolution": another body's numbering.
        if c.name("issuer").is_none() && super::after_other_acronym(&text[..m.start()]) {
            continue;
        }
        // "The Human Rights Council, in its resolution 9/5": "its" is the last
        // issuer named before it in the sentence; or the organ named right after
        // the numbers.
        // "The Human Rights Council unanimously adopted resolution 37/7": the
        // organ just named adopts it.
        let before = c.name("issuer").map(|i| i.as_str()).or_else(|| {
            let head = &text[..m.start()];
            if head.ends_with("its ") {
                last_issuer(head, issuers)
            } else if adopted_before(head) || head.ends_with(" by ") {
                // "… by the Commission on Human Rights by resolution 1993/20".
                last_issuer(
                    &head[floor_char(head, head.len().saturating_sub(70))..],
                    issuers,
                )
            } else {
                None
            }
        });
        // Or the organ named right after the numbers, for the numbers before it
        // ("resolutions 3219 (XXIX) of the General Assembly and 365 (1974)").
        let after = match before {
            Some(_) => None,
            None => {
                let window = &text[m.end()..floor_char(text, (m.end() + 240).min(text.len()))];
                finder
                    .issuer_after
                    .captures(window)
                    .and_then(|c| c.name("issuer"))
                    .and_then(|found| {
                        let (name, _) = issuers.get_key_value(found.as_str())?;
                        Some((name.as_str(), m.end() + found.start()))
                    })
            }
        };
        let plural = c["kw"].ends_with('s');
        // Numbers follow the keyword, possibly as a list with glosses between, each
        // shorter than MAX_GLOSS ("1985/4 on the implications of the recommendations
        // of the International Conference on Population and 1985/6 on …").
        let window_end = (m.end() + if plural { 1000 } else { 16 }).min(text.len());
        let window_end = floor_char(text, window_end);
        let mut first = true;
        let mut pos = m.end();
        for n in number_regex().captures_iter(&text[m.end()..window_end]) {
            let nm = n.get(0).unwrap();
            let (s, e) = (m.end() + nm.start(), m.end() + nm.end());
            if first && nm.start() > 0 {
                break;
            }
            // The date of the item before: "59/145 of 17 December 2004, 59/291 of …".
            if s < pos {
                continue;
            }
            // A list goes on over commas and short glosses, not over a new
            // citation ("… and 338 (1973) as well as resolution 3236 (XXIX)").
            let gap = &text[pos..s];
            if !first
                && (gap.contains(['.', ';', '('])
                    || gap.contains("resolution")
                    || gap.len() > MAX_GLOSS)
                && !gap.trim().is_empty()
            {
                break;
            }
            if s > 0 && matches!(bytes[s - 1], b'/' | b'.')
                || bytes.get(e).is_some_and(|b| *b == b'/')
            {
                break;
            }
            // A bare number goes on a list only right after a separator:
            // "resolutions 1325 and 1820", not "… adopted with 15 votes"; in a
            // gloss it is no item ("1989/91 on the convening of an international
            // meeting on population in 1994, 1989/92 on …").
            if !first && n.name("bare").is_some() && !is_list_separator(gap) {
                continue;
            }
            let issuer = before.or(after.filter(|&(_, at)| s < at).map(|(i, _)| i));
            let series = issuer.and_then(|i| issuers.get(i));
            // A Security Council resolution is a number, with its year in
            // parentheses: the mention stops before the year, which is a Date.
            let (name, end) = if let (Some(ga), Some(ses)) = (n.name("ga"), n.name("ses")) {
                // Before 1976 the Assembly (and the Economic and Social Council)
                // numbered resolutions with the session in Roman numerals:
                // resolution 1514 (XV) is A/RES/1514(XV).
                let series = match series {
                    Some(p) if p != "S/RES" => p.as_str(),
                    _ if is_assembly_number(ga.as_str(), ses.as_str()) => "A/RES",
                    // "Commission on Human Rights resolution 9 (XXVII)",
                    // "resolution 483 (XVI)" of the Council, named earlier:
                    // not the Assembly's, whose numbers for that session run
                    // elsewhere. The Economic and Social Council, when the
                    // sentence names it; else no symbol this can read.
                    _ => {
                        match last_issuer(&text[..m.start()], issuers).and_then(|i| issuers.get(i))
                        {
                            Some(p) if p != "A/RES" && p != "S/RES" => p.as_str(),
                            _ if is_council_number(ga.as_str(), ses.as_str()) => "E/RES",
                            _ => break,
                        }
                    }
                };
                (format!("{series}/{}({})", ga.as_str(), ses.as_str()), e)
            } else if let Some(sc) = n.name("sc").or(n.name("bare")) {
                // A number with a year, or a bare one, is the Security Council's;
                // named for another organ, it is no symbol this reads.
                if series.is_some_and(|p| p != "S/RES")
                    || n.name("bare").is_some() && series.map(String::as_str) != Some("S/RES")
                {
                    break;
                }
                (format!("S/RES/{}", sc.as_str()), m.end() + sc.end())
            } else if n.name("es").is_some() {
                // "ES-10/14", "S-18/3": a resolution of an emergency special session, or
                // of a special session, of the Assembly (or of the Human Rights Council
                // when the text names it: "Human Rights Council resolution S-21/1").
                let series = match series {
                    Some(p) if p != "S/RES" && p != "E/RES" => p.as_str(),
                    _ => "A/RES",
                };
                (format!("{series}/{}{}/{}", &n["es"], &n["a"], &n["b"]), e)
            } else {
                // The issuer's series when the text names one, else the usual
                // reading of the number: session/number for the Assembly,
                // year/number for the Economic and Social Council.
                let (a, b) = (&n["a"], &n["b"]);
                let series = match series {
                    Some(p) if p == "A/RES" && before_assembly_numbering(a) => break,
                    Some(p) if p != "S/RES" => p.clone(),
                    _ if a.len() == 4 => "E/RES".to_string(),
                    _ if before_assembly_numbering(a) => {
                        // "Human Rights Council consensus resolution 16/18",
                        // "UNEA resolution 5/14": not the Assembly's. An organ
                        // named just before it, if it numbers by session.
                        let near = floor_char(text, m.start().saturating_sub(40));
                        match last_issuer(&text[near..m.start()], issuers)
                            .and_then(|i| issuers.get(i))
                        {
                            Some(p) if p != "A/RES" && p != "S/RES" && p != "E/RES" => p.clone(),
                            _ => break,
                        }
                    }
                    _ => "A/RES".to_string(),
                };
                match part_letter(&text[e..]) {
                    Some(part) if series == "A/RES" => (format!("{series}/{a}/{b} {part}"), e + 2),
                    _ => (format!("{series}/{a}/{b}"), e),
                }
            };
            let start = if first { m.start() } else { s };
            // "resolutions 72/90 A and B": the parts after the first are
            // resolutions too, each a letter.
            let parts = if end == e + 2 {
                more_parts(&text[end..])
            } else {
                Vec::new()
            };
            let whole = name.clone();
            out.push(Mention {
                kind: NodeType::Resolution,
                start,
                end,
                name,
                rule: "resolution",
            });
            let mut after_parts = end;
            for (at, letter) in parts {
                let stem = &whole[..whole.len() - 1];
                out.push(Mention {
                    kind: NodeType::Resolution,
                    start: end + at,
                    end: end + at + 1,
                    name: format!("{stem}{letter}"),
                    rule: "resolution",
                });
                after_parts = end + at + 1;
            }
            let e = e.max(after_parts.min(window_end));
            first = false;
            pos = e + date_gloss_len(&text[e..window_end]);
            if !plural {
                break;
            }
        }
    }
    out
}

/// The part of a resolution adopted in parts: "resolution 42/39 D of 30
/// November 1987" is A/RES/42/39 D.
fn part_letter(after: &str) -> Option<char> {
    let b = after.as_bytes();
    if b.first() != Some(&b' ') || !b.get(1).is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    // A capital alone, not the first letter of a word; "I" only where the
    // citation goes on after it ("… I of 30 November"), not in "60/1 I have the
    // honour".
    let rest = &after[2..];
    let alone = rest.is_empty()
        || !rest.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’');
    if b[1] != b'I' {
        return alone.then(|| b[1] as char);
    }
    let goes_on = rest.is_empty()
        || rest.starts_with([',', ';', ')', ':'])
        || rest.starts_with(". ")
        || rest == "."
        || [" of ", " and ", " on ", " (", " adopted", " entitled"]
            .iter()
            .any(|w| rest.starts_with(w));
    goes_on.then(|| b[1] as char)
}

/// The further parts after a resolution's part letter: " and B" or ", B and C"
/// give each letter, read as [`part_letter`] reads the first, with its offset
/// in `after`.
fn more_parts(after: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(sep) = [", and ", " and ", ", "]
        .into_iter()
        .find(|sep| after[at..].starts_with(sep))
    {
        // From the separator's last space, as part_letter reads " B …".
        let space = at + sep.len() - 1;
        let Some(letter) = part_letter(&after[space..]) else {
            break;
        };
        out.push((space + 1, letter));
        at = space + 2;
    }
    out
}

/// `64/236`: a session and a number, as the Assembly numbers its resolutions.
fn is_session_number(s: &str) -> bool {
    s.split_once('/').is_some_and(|(a, b)| {
        (1..=3).contains(&a.len())
            && (1..=4).contains(&b.len())
            && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
    })
}

/// The length of a resolution's date written after it (" of 17 December 2004"),
/// which a list of resolutions passes over; 0 where none follows.
fn date_gloss_len(after: &str) -> usize {
    let Some(rest) = after.strip_prefix(" of ") else {
        return 0;
    };
    super::date::find(rest)
        .first()
        .filter(|d| d.start == 0)
        .map_or(0, |d| " of ".len() + d.end)
}

/// The first and last number of the Assembly's resolutions at each of its
/// sessions I to XXX, with a margin for resumed sessions: the Assembly
/// numbered them on from one session to the next (1514 (XV), 2200 (XXI),
/// 3379 (XXX)); the Economic and Social Council, which wrote its session in
/// Roman numerals too, had reached 483 by its sixteenth.
const ASSEMBLY_NUMBERS: [(u32, u32); 30] = [
    (1, 103),
    (104, 200),
    (185, 290),
    (260, 400),
    (355, 505),
    (500, 610),
    (605, 720),
    (715, 810),
    (800, 910),
    (900, 1000),
    (995, 1135),
    (1130, 1240),
    (1230, 1355),
    (1345, 1475),
    (1470, 1640),
    (1620, 1760),
    (1745, 1885),
    (1875, 1995),
    (1990, 2010),
    (2005, 2140),
    (2130, 2240),
    (2230, 2380),
    (2370, 2480),
    (2470, 2620),
    (2615, 2755),
    (2745, 2900),
    (2895, 3040),
    (3030, 3195),
    (3195, 3360),
    (3355, 3545),
];

/// `1514 (XV)` can be an Assembly resolution: its session is one of the
/// Assembly's first thirty and its number in that session's run.
fn is_assembly_number(number: &str, session: &str) -> bool {
    let (Ok(n), Some(s)) = (number.parse::<u32>(), roman(session)) else {
        return false;
    };
    let Some(&(first, last)) = s
        .checked_sub(1)
        .and_then(|i| ASSEMBLY_NUMBERS.get(i as usize))
    else {
        return false;
    };
    (first..=last).contains(&n)
}

/// `2042 (LXI)`: past the Assembly's thirtieth session only the Economic and
/// Social Council numbered its resolutions in the hundreds with a Roman
/// session (the Commission on Human Rights and the OAU, in the tens), at 20
/// to 40 a session (630 at the 31st, 2097 at the 63rd). Not `2758 (XXXVI)`,
/// the Assembly's 2758 (XXVI) misnumbered.
fn is_council_number(number: &str, session: &str) -> bool {
    let (Ok(n), Some(s)) = (number.parse::<u32>(), roman(session)) else {
        return false;
    };
    s > 30 && (20 * s..=40 * s).contains(&n)
}

/// The value of a Roman numeral written in `I`, `V`, `X` and `L`.
fn roman(numeral: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let digits: Vec<u32> = numeral.chars().map(digit).collect::<Option<_>>()?;
    let mut total: i64 = 0;
    for (i, &d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|&next| next > d) {
            total -= d as i64;
        } else {
            total += d as i64;
        }
    }
    u32::try_from(total).ok().filter(|&t| t > 0)
}

/// The Assembly numbered its resolutions `session/number` from its 31st session
/// (1976); before, `number (session)`. So `20/8` is no Assembly resolution.
fn before_assembly_numbering(session: &str) -> bool {
    session.len() <= 2 && session.parse::<u32>().is_ok_and(|s| s < 31)
}

fn is_list_separator(gap: &str) -> bool {
    matches!(
        gap.trim(),
        "," | "and" | ", and" | "or" | ", or" | "as well as" | ", as well as"
    )
}

/// Text that ends in "adopted " (or "has unanimously adopted ", "passed "):
/// the words between an organ and the resolution it adopts.
fn adopted_before(head: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| {
        Regex::new(r"(?-u:\b)(?:has |have |had )?(?:[a-z]+ly )?(?:adopted|passed|approved) $")
            .unwrap()
    });
    re.is_match(head)
}

/// The issuer named last in `before`, longest name first on a tie.
fn last_issuer<'a>(before: &str, issuers: &'a BTreeMap<String, String>) -> Option<&'a str> {
    issuers
        .keys()
        .filter(|name| name.contains(' '))
        .filter_map(|name| {
            before
                .rfind(name.as_str())
                .map(|at| (at + name.len(), name.len(), name.as_str()))
        })
        .max_by_key(|&(end, len, _)| (end, len))
        .map(|(_, _, name)| name)
}

/// `The first resolution on the topic (49/127)`: a session/number pair in
/// parentheses in a sentence about a resolution.
pub fn find_parenthesized_resolutions(sentence: &str, offset: usize) -> Vec<Mention> {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| Regex::new(r"\((?P<n>[0-9]{1,2}/[0-9]{1,3})\)").unwrap());
    // Only shortly after the word: "the first resolution on the topic (49/127)".
    let near = |at: usize| {
        sentence[..at]
            .rfind("resolution")
            .is_some_and(|r| at - r <= 80)
    };
    re.captures_iter(sentence)
        .filter(|c| near(c.get(0).unwrap().start()))
        .filter(|c| !before_assembly_numbering(c["n"].split('/').next().unwrap_or_default()))
        .map(|c| {
            let n = c.name("n").unwrap();
            Mention {
                kind: NodeType::Resolution,
                start: offset + n.start(),
                end: offset + n.end(),
                name: format!("A/RES/{}", n.as_str()),
                rule: "resolution",
            }
        })
        .collect()
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn resolutions(text: &str) -> Vec<(String, String)> {
        let r = RuleSet::default_rules();
        let mut v: Vec<(String, String)> = ResolutionFinder::new(&r.patterns.resolution_issuers)
            .find(text)
            .into_iter()
            .chain(
                find_symbols(text)
                    .into_iter()
                    .filter(|m| m.kind == NodeType::Resolution),
            )
            .chain(find_parenthesized_resolutions(text, 0))
            .map(|m| (text[m.start..m.end].to_string(), m.name))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn resolutions_are_normalized_to_their_symbol() {
        let cases: Vec<(&str, Vec<(&str, &str)>)> = vec![
            (
                "In accordance with paragraph 11 of General Assembly resolution 60/227 of 23 December 2005",
                vec![("General Assembly resolution 60/227", "A/RES/60/227")],
            ),
            (
                "General Assembly resolutions 61/208, on international migration and development, and 62/270, on the Global Forum",
                vec![("62/270", "A/RES/62/270"), ("General Assembly resolutions 61/208", "A/RES/61/208")],
            ),
            ("In its resolution 61/208, the Assembly decided", vec![("resolution 61/208", "A/RES/61/208")]),
            // A resolution adopted in parts; an article after a full stop is no part.
            ("In its resolution 42/39 D of 30 November 1987, the Assembly decided", vec![("resolution 42/39 D", "A/RES/42/39 D")]),
            ("as in resolution 60/1. A new text followed", vec![("resolution 60/1", "A/RES/60/1")]),
            ("under resolution 60/1 I have the honour", vec![("resolution 60/1", "A/RES/60/1")]),
            (
                "The Human Rights Council, in its resolution 9/5 of 24 September 2008, called upon States",
                vec![("resolution 9/5", "A/HRC/RES/9/5")],
            ),
            (
                // The organ just named adopts it.
                "In March, the Human Rights Council unanimously adopted resolution 37/7 on the matter.",
                vec![("resolution 37/7", "A/HRC/RES/37/7")],
            ),
            (
                "Security Council resolution 1325 (2000) on women",
                vec![("Security Council resolution 1325", "S/RES/1325")],
            ),
            (
                "Security Council resolutions 1559 (2004) and 1701 (2006)",
                vec![
                    ("1701", "S/RES/1701"),
                    ("Security Council resolutions 1559", "S/RES/1559"),
                ],
            ),
            ("on the basis of resolution 242 (1967)", vec![("resolution 242", "S/RES/242")]),
            // A Roman session: the Assembly's where the number falls in that
            // session's run, else the Council's or no symbol.
            ("the Declaration [resolution 1514 (XV)] and resolution 375 (IV)", vec![("resolution 1514 (XV)", "A/RES/1514(XV)"), ("resolution 375 (IV)", "A/RES/375(IV)")]),
            ("the Economic and Social Council adopted in 1953 resolution 483 (XVI)", vec![("resolution 483 (XVI)", "E/RES/483(XVI)")]),
            ("Moreover, in its resolution 2042 (LXI), it requested", vec![("resolution 2042 (LXI)", "E/RES/2042(LXI)")]),
            ("the adoption of resolution 6 (II) on the common market", vec![]),
            ("it effectively uses resolution 2758 (XXXVI) to", vec![]),
            (
                "the Security Council, in its resolution 1540, decided",
                vec![("resolution 1540", "S/RES/1540")],
            ),
            (
                "Security Council resolutions 242(1967) and 338(1973) as well as resolution 3236 (XXIX) of the General Assembly",
                vec![
                    ("338", "S/RES/338"),
                    ("Security Council resolutions 242", "S/RES/242"),
                    ("resolution 3236 (XXIX)", "A/RES/3236(XXIX)"),
                ],
            ),
            ("General Assembly resolution 1514 (XV) of 14 December 1960", vec![("General Assembly resolution 1514 (XV)", "A/RES/1514(XV)")]),
            (
                "Security Council resolutions 1325 and 1820 were adopted with 15 votes in favour",
                vec![("1820", "S/RES/1820"), ("Security Council resolutions 1325", "S/RES/1325")],
            ),
            (
                "Economic and Social Council resolution 1503 (XLVIII) and Commission on Human Rights resolution 2005/69",
                vec![
                    ("Commission on Human Rights resolution 2005/69", "E/CN.4/RES/2005/69"),
                    ("Economic and Social Council resolution 1503 (XLVIII)", "E/RES/1503(XLVIII)"),
                ],
            ),
            // A bare number is a Security Council resolution only where the Council is named.
            ("resolution 5 of the Conference", vec![]),
            (
                "Economic and Social Council resolution 2006/2 and A/RES/70/1",
                vec![("A/RES/70/1", "A/RES/70/1"), ("Economic and Social Council resolution 2006/2", "E/RES/2006/2")],
            ),
            ("The first resolution on the topic (49/127) requested", vec![("49/127", "A/RES/49/127")]),
            ("a draft resolution on migration (A/C.2/61/L.12)", vec![]),
            // The organ may follow the numbers; another body's acronym may precede them.
            (
                "resolution 1721 (LIII) of the Economic and Social Council and UNCTAD resolution 111 (V)",
                vec![("resolution 1721 (LIII)", "E/RES/1721(LIII)")],
            ),
            (
                "resolutions 3219 (XXIX) of the General Assembly and 365 (1974)",
                vec![("365", "S/RES/365"), ("resolutions 3219 (XXIX)", "A/RES/3219(XXIX)")],
            ),
            ("ECOSOC resolution 2006/2", vec![("ECOSOC resolution 2006/2", "E/RES/2006/2")]),
            (
                "as is stated in resolution 963 (XXXVI) unanimously approved by the Economic and Social Council",
                vec![("resolution 963 (XXXVI)", "E/RES/963(XXXVI)")],
            ),
            ("UN resolution 46/1", vec![("resolution 46/1", "A/RES/46/1")]),
            // Before its 31st session the Assembly wrote no session/number pair.
            (
                "the Human Rights Council consensus resolution 16/18 and UNEA resolution 5/14",
                vec![("resolution 16/18", "A/HRC/RES/16/18")],
            ),
            ("which adopted a resolution on that topic this year (resolution 20/8)", vec![]),
            (
                "General Assembly resolutions 36/120 C and ES-7/7",
                vec![("ES-7/7", "A/RES/ES-7/7"), ("General Assembly resolutions 36/120 C", "A/RES/36/120 C")],
            ),
            // A list goes on over glosses, and over a year in one; special sessions.
            (
                "Council resolutions 1989/89 on the least developed countries, 1989/91 on the convening of a meeting on population in 1994, 1989/92 on the Plan and 1989/94 on support",
                vec![
                    ("1989/91", "E/RES/1989/91"),
                    ("1989/92", "E/RES/1989/92"),
                    ("1989/94", "E/RES/1989/94"),
                    ("Council resolutions 1989/89", "E/RES/1989/89"),
                ],
            ),
            (
                "General Assembly resolutions S-18/3 of 1 May 1990 and Human Rights Council resolution S-21/1",
                vec![
                    ("General Assembly resolutions S-18/3", "A/RES/S-18/3"),
                    ("Human Rights Council resolution S-21/1", "A/HRC/RES/S-21/1"),
                ],
            ),
            // Each resolution of a list may carry its date.
            (
                "General Assembly resolutions 59/145 of 17 December 2004, 59/291 of 15 April 2005 and 59/293",
                vec![
                    ("59/291", "A/RES/59/291"),
                    ("59/293", "A/RES/59/293"),
                    ("General Assembly resolutions 59/145", "A/RES/59/145"),
                ],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, String)> = want
                .into_iter()
                .map(|(a, b)| (a.into(), b.into()))
                .collect();
            assert_eq!(resolutions(text), want, "{text}");
        }
    }

    #[test]
    fn document_symbols_follow_the_un_grammar() {
        let text = "(E/1995/69), A/63/269, A/C.2/61/L.12, ESA/P/WP.197, E/ESCWA/SDD/2007/2, ECA/SDD/06/01, A/61/L.1/Rev.1, resolution A/64/236, resolution A/42/39D, NPT/CONF.2005/PC.I/21, UNEP(DTIE)/Hg/PAG.1/7, TD/B(S-XXV)/2, A/47/277-S/24111, A/47/278-S/RES/1325. Not HIV/AIDS nor 24/7.";
        let got: Vec<String> = find_symbols(text).into_iter().map(|m| m.name).collect();
        assert_eq!(
            got,
            vec![
                "E/1995/69",
                "A/63/269",
                "A/C.2/61/L.12",
                "ESA/P/WP.197",
                "E/ESCWA/SDD/2007/2",
                "ECA/SDD/06/01",
                "A/61/L.1/Rev.1",
                "A/RES/64/236",
                "A/RES/42/39 D",
                "NPT/CONF.2005/PC.I/21",
                "UNEP(DTIE)/Hg/PAG.1/7",
                "TD/B(S-XXV)/2",
                "A/47/277-S/24111",
                "A/47/278"
            ]
        );
    }
}
