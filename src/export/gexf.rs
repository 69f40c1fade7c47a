//! `graph.gexf`: the graph in GEXF 1.3, Gephi's own format, with time on it so
//! that Gephi's timeline can play the history of the process. Written with
//! quick-xml (escaping done by the library).
//!
//! Time, with `timeformat="date"` (GEXF's `xsd:date`, `yyyy-mm-dd`):
//! - a `Date` node lasts as long as its date: `2006-09` is
//!   `[2006-09-01, 2006-09-30]`, `2008/2010` is `[2008-01-01, 2010-12-31]`;
//! - a `Conference` starts on its `HELD_ON` date and a `Resolution` or
//!   `Document` on its `DATED` date, and stays (no end), so that the timeline
//!   accumulates the process; where there are several such dates, the most
//!   precise one (a day before a month before a year), then the earliest;
//! - an edge starts on the date of the event stated in its own sentence: the
//!   `HELD_ON` or `DATED` edge found in the same sentence (preferring one
//!   about an endpoint of the edge; where several sentences state the edge,
//!   the most precise date, then the earliest); `HELD_ON` and `DATED` edges
//!   last as long as their date. Elements with no stated time have none (always present).
//!
//! Relation types go into the edge `kind` as well as its `label`, so that
//! Gephi keeps two relations between the same pair of nodes as two edges.

use super::array;
use crate::graph::{Graph, Node};
use crate::model::{NodeType, RelType};
use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::collections::{BTreeSet, HashMap};
use std::io::Write;

/// Node attributes: (id, title, GEXF type).
pub const NODE_ATTRIBUTES: [(&str, &str, &str); 5] = [
    ("type", "type", "string"),
    ("aliases", "aliases", "string"),
    ("mentions", "mentions", "integer"),
    ("documents", "documents", "string"),
    ("date", "date", "string"),
];

/// Edge attributes: (id, title, GEXF type).
pub const EDGE_ATTRIBUTES: [(&str, &str, &str); 4] = [
    ("count", "count", "integer"),
    ("documents", "documents", "string"),
    ("evidence", "evidence", "string"),
    ("rule", "rule", "string"),
];

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// A closed interval of days, as ISO dates.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub start: String,
    pub end: String,
}

/// The days an ISO 8601 date of the schema covers: `2006-09-14`,
/// `2006-09` (the whole month), `2006` (the whole year) and ranges of these
/// joined by `/`. `None` for anything else.
pub fn span(iso: &str) -> Option<Span> {
    let (a, b) = match iso.split_once('/') {
        Some((a, b)) => (a, b),
        None => (iso, iso),
    };
    let (start, _) = day_bounds(a)?;
    let (_, end) = day_bounds(b)?;
    (start <= end).then_some(Span { start, end })
}

/// The first and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn day_bounds(s: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Option<u32> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let year = num(parts.first()?, 4)?;
    match parts.len() {
        1 => Some((format!("{year:04}-01-01"), format!("{year:04}-12-31"))),
        2 => {
            let month = num(parts[1], 2).filter(|m| (1..=12).contains(m))?;
            let last = days_in_month(year, month);
            Some((
                format!("{year:04}-{month:02}-01"),
                format!("{year:04}-{month:02}-{last:02}"),
            ))
        }
        3 => {
            let month = num(parts[1], 2).filter(|m| (1..=12).contains(m))?;
            let day = num(parts[2], 2).filter(|d| *d >= 1 && *d <= days_in_month(year, month))?;
            let d = format!("{year:04}-{month:02}-{day:02}");
            Some((d.clone(), d))
        }
        _ => None,
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// How precise a date is: a day (3) before a month (2) before a year (1).
fn precision(iso: &str) -> usize {
    let first = iso.split('/').next().unwrap_or(iso);
    first.split('-').count()
}

/// Orders candidate dates: most precise first, then earliest, then by name.
fn best_date<'a>(dates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    dates
        .into_iter()
        .filter_map(|d| span(d).map(|s| (d, s)))
        .min_by(|(a, sa), (b, sb)| {
            precision(b)
                .cmp(&precision(a))
                .then_with(|| sa.start.cmp(&sb.start))
                .then_with(|| a.cmp(b))
        })
        .map(|(d, _)| d)
}

/// When nodes and edges start (and, for dates, end).
#[derive(Debug, Default)]
pub struct Times {
    /// Node → (the ISO date it was given, its time).
    pub nodes: HashMap<NodeIndex, (String, Span)>,
    pub edges: HashMap<EdgeIndex, Span>,
}

fn is_dating(kind: RelType) -> bool {
    matches!(kind, RelType::HeldOn | RelType::Dated)
}

/// Works out the time of every node and edge, as described at the top of this file.
pub fn times(g: &Graph) -> Times {
    let graph = &g.graph;
    let mut t = Times::default();
    for i in graph.node_indices() {
        let n = &graph[i];
        let date = match n.key.kind {
            NodeType::Date => Some(n.key.name.as_str()),
            NodeType::Conference | NodeType::Resolution | NodeType::Document => {
                let want = if n.key.kind == NodeType::Conference {
                    RelType::HeldOn
                } else {
                    RelType::Dated
                };
                best_date(
                    graph
                        .edges(i)
                        .filter(|e| e.weight().kind == want)
                        .map(|e| &graph[e.target()])
                        .filter(|d| d.key.kind == NodeType::Date)
                        .map(|d| d.key.name.as_str()),
                )
            }
            _ => None,
        };
        if let Some(s) = date.and_then(|d| span(d).map(|s| (d.to_string(), s))) {
            t.nodes.insert(i, s);
        }
    }
    // The dating edges of each sentence: (document, position) → (subject, date).
    let mut stated: HashMap<(&str, usize), Vec<(NodeIndex, &str)>> = HashMap::new();
    for e in graph.edge_references() {
        let target = &graph[e.target()];
        if is_dating(e.weight().kind) && target.key.kind == NodeType::Date {
            for (doc, pos) in &e.weight().data.occurrences {
                stated
                    .entry((&**doc, *pos))
                    .or_default()
                    .push((e.source(), target.key.name.as_str()));
            }
        }
    }
    for e in graph.edge_references() {
        let kind = e.weight().kind;
        let target = &graph[e.target()];
        let date = if is_dating(kind) && target.key.kind == NodeType::Date {
            Some(target.key.name.as_str())
        } else {
            let mut about_endpoint = BTreeSet::new();
            let mut other = BTreeSet::new();
            for (doc, pos) in &e.weight().data.occurrences {
                for (subject, date) in stated.get(&(&**doc, *pos)).into_iter().flatten() {
                    if *subject == e.source() || *subject == e.target() {
                        about_endpoint.insert(*date);
                    } else {
                        other.insert(*date);
                    }
                }
            }
            best_date(about_endpoint.iter().copied()).or_else(|| best_date(other.iter().copied()))
        };
        if let Some(s) = date.and_then(span) {
            let s = if is_dating(kind) {
                s
            } else {
                Span {
                    end: String::new(),
                    ..s
                }
            };
            t.edges.insert(e.id(), s);
        }
    }
    t
}

/// Writes `graph.gexf`.
pub fn write(g: &Graph, w: &mut dyn Write) -> Result<(), String> {
    let times = times(g);
    let mut x = Writer::new_with_indent(w, b' ', 2);
    x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(err)?;
    let mut root = BytesStart::new("gexf");
    root.push_attribute(("xmlns", "http://gexf.net/1.3"));
    root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
    root.push_attribute((
        "xsi:schemaLocation",
        "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    ));
    root.push_attribute(("version", "1.3"));
    x.write_event(Event::Start(root)).map_err(err)?;

    x.write_event(Event::Start(BytesStart::new("meta")))
        .map_err(err)?;
    text_element(&mut x, "creator", "plenary")?;
    text_element(
        &mut x,
        "description",
        "Knowledge graph extracted from United Nations documents",
    )?;
    x.write_event(Event::End(BytesEnd::new("meta")))
        .map_err(err)?;

    let mut graph = BytesStart::new("graph");
    graph.push_attribute(("defaultedgetype", "directed"));
    graph.push_attribute(("mode", "dynamic"));
    graph.push_attribute(("timeformat", "date"));
    graph.push_attribute(("timerepresentation", "interval"));
    graph.push_attribute(("timezone", "UTC"));
    x.write_event(Event::Start(graph)).map_err(err)?;
    attributes(&mut x, "node", &NODE_ATTRIBUTES)?;
    attributes(&mut x, "edge", &EDGE_ATTRIBUTES)?;

    x.write_event(Event::Start(BytesStart::new("nodes")))
        .map_err(err)?;
    for i in g.graph.node_indices() {
        let n: &Node = &g.graph[i];
        let mut node = BytesStart::new("node");
        node.push_attribute(("id", n.id.as_str()));
        node.push_attribute(("label", clean(&n.key.name).as_ref()));
        let time = times.nodes.get(&i);
        if let Some((_, s)) = time {
            node.push_attribute(("start", s.start.as_str()));
            if n.key.kind == NodeType::Date {
                node.push_attribute(("end", s.end.as_str()));
            }
        }
        x.write_event(Event::Start(node)).map_err(err)?;
        let aliases = array(n.data.aliases.iter().map(String::as_str));
        let documents = array(n.data.documents.iter().map(|d| &**d));
        let mentions = n.data.mentions.to_string();
        let date = time.map(|(d, _)| d.as_str()).unwrap_or("");
        attvalues(
            &mut x,
            &[
                ("type", n.key.kind.label()),
                ("aliases", &aliases),
                ("mentions", &mentions),
                ("documents", &documents),
                ("date", date),
            ],
        )?;
        x.write_event(Event::End(BytesEnd::new("node")))
            .map_err(err)?;
    }
    x.write_event(Event::End(BytesEnd::new("nodes")))
        .map_err(err)?;

    x.write_event(Event::Start(BytesStart::new("edges")))
        .map_err(err)?;
    for e in g.graph.edge_indices() {
        let (s, o) = g.graph.edge_endpoints(e).unwrap();
        let edge_data = &g.graph[e];
        let mut edge = BytesStart::new("edge");
        let id = super::edge_id(&g.graph[s].id, edge_data.kind, &g.graph[o].id);
        let count = edge_data.data.count();
        let weight = format!("{:.1}", count as f64);
        edge.push_attribute(("id", id.as_str()));
        edge.push_attribute(("source", g.graph[s].id.as_str()));
        edge.push_attribute(("target", g.graph[o].id.as_str()));
        edge.push_attribute(("kind", edge_data.kind.name()));
        edge.push_attribute(("label", edge_data.kind.name()));
        edge.push_attribute(("weight", weight.as_str()));
        if let Some(t) = times.edges.get(&e) {
            edge.push_attribute(("start", t.start.as_str()));
            if !t.end.is_empty() {
                edge.push_attribute(("end", t.end.as_str()));
            }
        }
        x.write_event(Event::Start(edge)).map_err(err)?;
        let documents = array(edge_data.data.documents());
        attvalues(
            &mut x,
            &[
                ("count", &count.to_string()),
                ("documents", &documents),
                ("evidence", &edge_data.data.evidence.text),
                ("rule", &edge_data.data.evidence.rule),
            ],
        )?;
        x.write_event(Event::End(BytesEnd::new("edge")))
            .map_err(err)?;
    }
    x.write_event(Event::End(BytesEnd::new("edges")))
        .map_err(err)?;
    x.write_event(Event::End(BytesEnd::new("graph")))
        .map_err(err)?;
    x.write_event(Event::End(BytesEnd::new("gexf")))
        .map_err(err)?;
    x.get_mut().write_all(b"\n").map_err(err)?;
    Ok(())
}

fn text_element<W: Write>(x: &mut Writer<W>, name: &str, text: &str) -> Result<(), String> {
    x.write_event(Event::Start(BytesStart::new(name)))
        .map_err(err)?;
    x.write_event(Event::Text(BytesText::new(text)))
        .map_err(err)?;
    x.write_event(Event::End(BytesEnd::new(name)))
        .map_err(err)?;
    Ok(())
}

fn attributes<W: Write>(
    x: &mut Writer<W>,
    class: &str,
    attrs: &[(&str, &str, &str)],
) -> Result<(), String> {
    let mut a = BytesStart::new("attributes");
    a.push_attribute(("class", class));
    a.push_attribute(("mode", "static"));
    x.write_event(Event::Start(a)).map_err(err)?;
    for (id, title, ty) in attrs {
        let mut at = BytesStart::new("attribute");
        at.push_attribute(("id", *id));
        at.push_attribute(("title", *title));
        at.push_attribute(("type", *ty));
        x.write_event(Event::Empty(at)).map_err(err)?;
    }
    x.write_event(Event::End(BytesEnd::new("attributes")))
        .map_err(err)?;
    Ok(())
}

/// `<attvalues>` with one `<attvalue>` per non-empty value.
fn attvalues<W: Write>(x: &mut Writer<W>, values: &[(&str, &str)]) -> Result<(), String> {
    x.write_event(Event::Start(BytesStart::new("attvalues")))
        .map_err(err)?;
    for (key, value) in values {
        if value.is_empty() {
            continue;
        }
        let mut v = BytesStart::new("attvalue");
        v.push_attribute(("for", *key));
        v.push_attribute(("value", clean(value).as_ref()));
        x.write_event(Event::Empty(v)).map_err(err)?;
    }
    x.write_event(Event::End(BytesEnd::new("attvalues")))
        .map_err(err)?;
    Ok(())
}

/// An attribute value on one line, without characters XML 1.0 forbids.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    let ok = |c: char| matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}');
    if s.chars().all(ok) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(
            s.chars()
                .map(|c| if c.is_whitespace() { ' ' } else { c })
                .filter(|c| ok(*c))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_schema_dates() {
        let cases = [
            ("2006-09-14", Some(("2006-09-14", "2006-09-14"))),
            ("2006-09", Some(("2006-09-01", "2006-09-30"))),
            ("2008-02", Some(("2008-02-01", "2008-02-29"))),
            ("2006", Some(("2006-01-01", "2006-12-31"))),
            ("2006-09-14/2006-09-15", Some(("2006-09-14", "2006-09-15"))),
            ("2004-01/2005-12", Some(("2004-01-01", "2005-12-31"))),
            ("2008/2010", Some(("2008-01-01", "2010-12-31"))),
            ("2010/2008", None),
            ("2006-13", None),
            ("2006-02-30", None),
            ("mid-2008", None),
            ("06", None),
        ];
        for (iso, want) in cases {
            let got = span(iso);
            assert_eq!(
                got.as_ref().map(|s| (s.start.as_str(), s.end.as_str())),
                want,
                "{iso}"
            );
        }
    }

    #[test]
    fn the_most_precise_then_earliest_date_wins() {
        assert_eq!(
            best_date(["2006", "2006-09", "2006-09-14/2006-09-15"]),
            Some("2006-09-14/2006-09-15")
        );
        assert_eq!(best_date(["2007-07", "2006-09"]), Some("2006-09"));
        assert_eq!(best_date(["junk"]), None);
    }
}
