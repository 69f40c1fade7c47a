//! Dates in every form UN documents use, normalized to ISO 8601 with ranges as
//! `start/end`: `23 December 2005`, `14 and 15 September 2006`, `9-10 February
//! 2006`, `29 November - 2 December 2005`, `January 2006`, `2008-2010`,
//! `mid-2008`, bare years. A day and month without a year is left out, its year
//! not being stated, unless the date after "and" gives it ("10 September and 19
//! September 2008"). Symbols (`A/56/167`, `E/1995/69`), job numbers (`06-58181`)
//! and amounts are not dates.

use crate::model::{Mention, NodeType};
use regex::Regex;
use std::sync::OnceLock;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        // Full month names, and the abbreviations of calendars and tables ("20 Oct 2011").
        let m = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";
        let d = "([0-3]?[0-9])";
        let y = "((?:1[89]|20)[0-9][0-9])";
        let dash = r"\s*(?:-|–|—|to|and|until|through)\s*";
        let range_dash = r"\s*(?:-|–|—|to|until|through)\s*";
        let alts = [
            // 29 November - 2 December 2005
            // ("10 September and 19 September 2008" is two dates: see days_before_and)
            format!(r"(?P<a>{d} {m}{range_dash}{d} {m},? {y})"),
            // 14 and 15 September 2006, 9-10 February 2006
            format!(r"(?P<b>{d}{dash}{d} {m},? {y})"),
            // September 14-15, 2006
            format!(r"(?P<c>{m} {d}{dash}{d}, {y})"),
            // 23 December 2005
            format!(r"(?P<e>{d} {m},? {y})"),
            // September 14, 2006
            format!(r"(?P<f>{m} {d}, {y})"),
            // January 2004 to the end of 2005
            format!(r"(?P<g>{m} {y} to the end of {y})"),
            // January 2004 - March 2005
            format!(r"(?P<h>{m} {y}{dash}{m} {y})"),
            // July and August 2006, July-August 2006
            format!(r"(?P<i>{m}(?:\s*(?:-|–|and|to)\s*){m} {y})"),
            // January 2006
            format!(r"(?P<j>{m},? {y})"),
            // 2008-2010, 2008–2009, from 2008 to 2010
            format!(r"(?P<k>{y}\s*(?:-|–|/)\s*{y})"),
            format!(r"(?P<l>(?:from|between) {y} (?:to|and|until) {y})"),
            // mid-2008, early 2007
            format!(r"(?P<n>(?:mid-|early |late |the end of |end-){y})"),
            format!(r"(?P<o>{y})"),
            // 4, 5 and 8 October 2007 (no other form starts at its first day)
            format!(r"(?P<p>{d}(?:, {d})+,? and {d} {m},? {y})"),
        ];
        Regex::new(&format!(r"(?-u:\b)(?:{})(?-u:\b)", alts.join("|"))).unwrap()
    })
}

/// The number of a month named in full or by its first three letters.
fn month(name: &str) -> u32 {
    MONTHS
        .iter()
        .position(|m| *m == name || (name.len() >= 3 && m.starts_with(name)))
        .map_or(0, |i| i as u32 + 1)
}

fn days_in(month: u32, year: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, month(m), d.parse().ok()?);
    (m > 0 && d >= 1 && d <= days_in(m, y)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn ym(y: &str, m: &str) -> String {
    format!("{}-{:02}", y, month(m))
}

/// Normalizes one date phrase matched by [`regex`]; `None` if it is not a real date.
fn normalize(c: &regex::Captures) -> Option<String> {
    let g = |i: usize| c.get(i).map_or("", |m| m.as_str());
    // Group numbers follow the order of the alternatives above.
    if c.name("a").is_some() {
        let end_year: u32 = g(6).parse().ok()?;
        let start_year = if month(g(3)) > month(g(5)) {
            end_year - 1
        } else {
            end_year
        };
        let s = ymd(&start_year.to_string(), g(3), g(2))?;
        let e = ymd(g(6), g(5), g(4))?;
        return Some(range(s, e));
    }
    if c.name("b").is_some() {
        let s = ymd(g(11), g(10), g(8))?;
        let e = ymd(g(11), g(10), g(9))?;
        return (s < e).then(|| range(s, e));
    }
    if c.name("c").is_some() {
        let s = ymd(g(16), g(13), g(14))?;
        let e = ymd(g(16), g(13), g(15))?;
        return (s < e).then(|| range(s, e));
    }
    if c.name("e").is_some() {
        return ymd(g(20), g(19), g(18));
    }
    if c.name("f").is_some() {
        return ymd(g(24), g(22), g(23));
    }
    if c.name("g").is_some() {
        return Some(range(ym(g(27), g(26)), format!("{}-12", g(28))));
    }
    if c.name("h").is_some() {
        let s = ym(g(31), g(30));
        let e = ym(g(33), g(32));
        return (s < e).then(|| range(s, e));
    }
    if c.name("i").is_some() {
        let s = ym(g(37), g(35));
        let e = ym(g(37), g(36));
        return (s < e).then(|| range(s, e));
    }
    if c.name("j").is_some() {
        return Some(ym(g(40), g(39)));
    }
    if c.name("k").is_some() {
        return (g(42) < g(43)).then(|| range(g(42).into(), g(43).into()));
    }
    if c.name("l").is_some() {
        return (g(45) < g(46)).then(|| range(g(45).into(), g(46).into()));
    }
    if c.name("n").is_some() {
        return Some(g(48).to_string());
    }
    if c.name("o").is_some() {
        return Some(g(50).to_string());
    }
    if c.name("p").is_some() {
        let s = ymd(g(56), g(55), g(52))?;
        let e = ymd(g(56), g(55), g(54))?;
        return (s < e).then(|| range(s, e));
    }
    None
}

fn range(s: String, e: String) -> String {
    format!("{s}/{e}")
}

/// Every date in `text`.
pub fn find(text: &str) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for c in regex().captures_iter(text) {
        let m = c.get(0).unwrap();
        // Not part of a symbol, a job number or a longer number: A/56/167, 06-58181, E/1995/69.
        let before = m.start().checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(m.end()).copied();
        if matches!(before, Some(b'/' | b'.' | b'-' | b'$' | b'&' | b'#'))
            || matches!(after, Some(b'/'))
            || (matches!(after, Some(b'-' | b'.' | b','))
                && bytes.get(m.end() + 1).is_some_and(u8::is_ascii_digit))
        {
            continue;
        }
        let parts =
            two_days(text, &c).or_else(|| normalize(&c).map(|n| vec![(m.start(), m.end(), n)]));
        for (start, end, name) in parts.unwrap_or_default() {
            out.push(Mention {
                kind: NodeType::Date,
                start,
                end,
                name,
                rule: "date",
            });
        }
    }
    let out = join_full_date_ranges(text, out);
    days_before_and(text, out)
}

/// Two days of one month joined by "and" are two dates, not a range: "9 and 16
/// June 2008". Two days in a row ("14 and 15
/// September 2006") are one meeting's span, a range, as [`normalize`] reads them.
fn two_days(text: &str, c: &regex::Captures) -> Option<Vec<(usize, usize, String)>> {
    let whole = c.name("b")?;
    // "between 8 and 10 June 1998", "from 8 and …": a range however it is joined.
    if text[..whole.start()].ends_with("between ") || text[..whole.start()].ends_with("from ") {
        return None;
    }
    let (first_day, second_day, month, year) = (c.get(8)?, c.get(9)?, c.get(10)?, c.get(11)?);
    let joiner = &text[first_day.end()..second_day.start()];
    let first = ymd(year.as_str(), month.as_str(), first_day.as_str())?;
    let second = ymd(year.as_str(), month.as_str(), second_day.as_str())?;
    let in_a_row = day_after(&first).as_deref() == Some(second.as_str());
    (joiner.contains("and") && !in_a_row && first < second).then(|| {
        vec![
            (first_day.start(), first_day.end(), first),
            (second_day.start(), whole.end(), second),
        ]
    })
}

/// A day and month with no year take the year of the date that follows them after
/// "and": "on 8 - 10 September and 19 September 2008" is 8 to 10 September 2008
/// and 19 September 2008. After "between" the two are one range: "between 5 February
/// and 5 May 2005".
fn days_before_and(text: &str, dates: Vec<Mention>) -> Vec<Mention> {
    static R: OnceLock<Regex> = OnceLock::new();
    let yearless = R.get_or_init(|| {
        let m = format!("({})", MONTHS.join("|"));
        Regex::new(&format!(
            r"(?-u:\b)(between )?(?:([0-3]?[0-9])\s*(?:-|–)\s*)?([0-3]?[0-9]) {m} and $"
        ))
        .unwrap()
    });
    let mut out: Vec<Mention> = Vec::with_capacity(dates.len());
    for (i, d) in dates.iter().enumerate() {
        let year = d
            .name
            .get(..4)
            .filter(|_| d.name.len() >= 7 && d.name.as_bytes()[4] == b'-');
        let after_previous = if i == 0 { 0 } else { dates[i - 1].end };
        let mut from = after_previous.max(d.start.saturating_sub(40));
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from.min(d.start)..d.start];
        let (Some(y), Some(c)) = (year, yearless.captures(window)) else {
            out.push(d.clone());
            continue;
        };
        let at = d.start - window.len();
        let between = c.get(1).is_some() && c.get(2).is_none() && is_single_day(d);
        let in_year = |y: &str| {
            let day = |k: usize| ymd(y, &c[4], c.get(k).unwrap().as_str());
            match c.get(2) {
                Some(_) => day(2)
                    .zip(day(3))
                    .filter(|(s, e)| s < e)
                    .map(|(s, e)| range(s, e)),
                None => day(3),
            }
        };
        // The yearless date ends before its year's date starts, in the year
        // before it where its month comes later: "29 December and 2 January 2009".
        let dated_month: u32 = d.name.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
        let across_new_year = month(&c[4]) > dated_month && 12 - month(&c[4]) + dated_month <= 2;
        let year_before = y
            .parse::<u32>()
            .map_or(String::new(), |n| (n - 1).to_string());
        let name = in_year(y).filter(|n| *n < d.name).or_else(|| {
            across_new_year
                .then(|| in_year(&year_before))
                .flatten()
                .filter(|n| *n < d.name)
        });
        // Two days in a row are one span, as "14 and 15 September" is: "30 June and 1 July".
        let consecutive = c.get(2).is_none()
            && is_single_day(d)
            && name
                .as_deref()
                .is_some_and(|first| day_after(first).as_deref() == Some(d.name.as_str()));
        match name {
            Some(first) if between || consecutive => out.push(Mention {
                start: at + c.get(3).unwrap().start(),
                name: range(first, d.name.clone()),
                ..d.clone()
            }),
            Some(name) => {
                out.push(Mention {
                    kind: NodeType::Date,
                    start: at + c.get(2).or(c.get(3)).unwrap().start(),
                    end: at + c.get(4).unwrap().end(),
                    name,
                    rule: "date",
                });
                out.push(d.clone());
            }
            None => out.push(d.clone()),
        }
    }
    out
}

/// A date of one day, `2008-06-30`: no month, year or range.
fn is_single_day(m: &Mention) -> bool {
    m.name.len() == 10 && !m.name.contains('/')
}

/// The ISO day after `day` (`2008-06-30` → `2008-07-01`).
fn day_after(day: &str) -> Option<String> {
    let (y, m, d): (u32, u32, u32) = (
        day.get(..4)?.parse().ok()?,
        day.get(5..7)?.parse().ok()?,
        day.get(8..10)?.parse().ok()?,
    );
    let (y, m, d) = if d < days_in(m, y) {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    };
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// `1 July 2008 to 30 June 2009`: two whole dates joined by a range word are
/// one range, as reporting periods are written.
fn join_full_date_ranges(text: &str, dates: Vec<Mention>) -> Vec<Mention> {
    static R: OnceLock<Regex> = OnceLock::new();
    let joiner = R.get_or_init(|| Regex::new(r"^\s*(?:-|–|—|to|until|through)\s*$").unwrap());
    let mut out: Vec<Mention> = Vec::with_capacity(dates.len());
    for m in dates {
        if let Some(prev) = out.last_mut() {
            if is_single_day(prev)
                && is_single_day(&m)
                && prev.name < m.name
                && joiner.is_match(&text[prev.end..m.start])
            {
                prev.name = range(prev.name.clone(), m.name);
                prev.end = m.end;
                continue;
            }
        }
        out.push(m);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(String, String)> {
        find(text)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.name))
            .collect()
    }

    fn one(text: &str) -> String {
        let d = dates(text);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        d[0].1.clone()
    }

    #[test]
    fn normalizes_the_forms_un_documents_use() {
        let cases = [
            (
                "resolution 60/227 of 23 December 2005, the President",
                "2005-12-23",
            ),
            (
                "conducted on 14 and 15 September 2006 at Headquarters",
                "2006-09-14/2006-09-15",
            ),
            (
                "held from 14 to 15 September 2006 at",
                "2006-09-14/2006-09-15",
            ),
            ("Date: 9-10 February 2006", "2006-02-09/2006-02-10"),
            ("Date: 4 - 5 May 2006", "2006-05-04/2006-05-05"),
            (
                "Ninetieth Council Session 29 November - 2 December 2005",
                "2005-11-29/2005-12-02",
            ),
            (
                "Session 30 December - 2 January 2006",
                "2005-12-30/2006-01-02",
            ),
            ("In January 2006, the Secretary-General", "2006-01"),
            (
                "By 15 July 2008, 64 Member States had responded",
                "2008-07-15",
            ),
            ("In 2008-2010, the Commission's work", "2008/2010"),
            ("In 2008–2009, CELADE will", "2008/2009"),
            ("As of mid-2008, the membership", "2008"),
            (
                "operated from January 2004 to the end of 2005.",
                "2004-01/2005-12",
            ),
            ("on September 14, 2006 in New York", "2006-09-14"),
            (
                "the first meeting of the global forum in 2007, an offer",
                "2007",
            ),
            ("between 2010 and 2015", "2010/2015"),
            (
                "for the period from 1 July 2008 to 30 June 2009, the",
                "2008-07-01/2009-06-30",
            ),
            (
                "held on 4, 5 and 8 October 2007 at",
                "2007-10-04/2007-10-08",
            ),
            ("Dates: 20 Oct 2011 - 25 Oct 2011", "2011-10-20/2011-10-25"),
            ("on 1 Sept. 2015 in", "2015-09-01"),
            ("from 26 Feb to 2 Mar 2016", "2016-02-26/2016-03-02"),
        ];
        for (text, iso) in cases {
            assert_eq!(one(text), iso, "{text}");
        }
    }

    #[test]
    fn days_joined_by_and_are_two_dates_unless_they_are_consecutive() {
        let names =
            |text: &str| -> Vec<String> { dates(text).into_iter().map(|(_, n)| n).collect() };
        assert_eq!(names("on 9 and 16 June 2008"), ["2008-06-09", "2008-06-16"]);
        assert_eq!(names("on 14 and 15 June 2008"), ["2008-06-14/2008-06-15"]);
        assert_eq!(
            names("on 10 September and 19 September 2008"),
            ["2008-09-10", "2008-09-19"]
        );
        assert_eq!(
            names("on 8 - 10 September and 19 September 2008"),
            ["2008-09-08/2008-09-10", "2008-09-19"]
        );
        // A yearless day after the dated one, or later in the year than it, takes no year.
        assert_eq!(names("on 19 September 2008 and 10 October"), ["2008-09-19"]);
        assert_eq!(
            names("on 20 December and 19 September 2008"),
            ["2008-09-19"]
        );
        assert_eq!(
            names("between 5 February and 5 May 2005"),
            ["2005-02-05/2005-05-05"]
        );
        assert_eq!(
            names("held between 8 and 10 June 1998"),
            ["1998-06-08/1998-06-10"]
        );
        assert_eq!(
            names("held on 29 December and 2 January 2009"),
            ["2008-12-29", "2009-01-02"]
        );
        assert_eq!(
            names("on 30 June and 1 July 2008"),
            ["2008-06-30/2008-07-01"]
        );
        assert_eq!(
            names("on 31 December and 1 January 2009"),
            ["2008-12-31/2009-01-01"]
        );
        let spans: Vec<String> = dates("on 9 and 16 June 2008")
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(spans, ["9", "16 June 2008"]);
    }

    #[test]
    fn a_month_abbreviation_is_a_month_only_beside_a_day_or_year() {
        let got: Vec<String> =
            dates("Jan Eliasson went to Mar del Plata in 1977 and left on 3 Jan 1978.")
                .into_iter()
                .map(|(_, n)| n)
                .collect();
        assert_eq!(got, ["1977", "1978-01-03"]);
    }

    #[test]
    fn no_false_dates_from_symbols_numbers_or_days_without_year() {
        let cases = [
            "The 2001 report (A/56/167) presented",
            "opposition to it (E/1995/69).",
            "estimated at $US 232 billion in",
            "06-58181",
            "during the afternoon of 14 September and the morning",
            "item 55(b) of its agenda and paragraph 11",
            "in the 1990s and 2000s",
            "E/ESCWA/SDD/2007/2",
            "31 February 2006",
            "1,995 people",
        ];
        let expected: [&[&str]; 10] = [&["2001"], &[], &[], &[], &[], &[], &[], &[], &[], &[]];
        for (text, want) in cases.iter().zip(expected) {
            let got: Vec<String> = dates(text).into_iter().map(|(_, n)| n).collect();
            assert_eq!(
                got,
                want.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{text}"
            );
        }
    }
}
