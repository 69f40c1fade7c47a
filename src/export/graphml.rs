//! `graph.graphml`, written with quick-xml (escaping done by the library): all
//! `<key>`s first, sorted, each with `for`, `attr.name` and a GraphML
//! `attr.type`; the node name under the key `label` that Gephi shows; one edge
//! per (source, type, target) with its count as a double `weight`.

use super::array;
use crate::graph::Graph;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io::Write;

/// (id, for, attr.name, attr.type), sorted by id.
pub const KEYS: [(&str, &str, &str, &str); 10] = [
    ("aliases", "node", "aliases", "string"),
    ("count", "edge", "count", "int"),
    ("documents", "node", "documents", "string"),
    ("edge_documents", "edge", "documents", "string"),
    ("edge_label", "edge", "label", "string"),
    ("evidence", "edge", "evidence", "string"),
    ("label", "node", "label", "string"),
    ("mentions", "node", "mentions", "int"),
    ("rule", "edge", "rule", "string"),
    ("type", "node", "type", "string"),
];
pub const WEIGHT_KEY: (&str, &str, &str, &str) = ("weight", "edge", "weight", "double");

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

pub fn write(g: &Graph, w: &mut dyn Write) -> Result<(), String> {
    let mut x = Writer::new_with_indent(w, b' ', 2);
    x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(err)?;
    let mut root = BytesStart::new("graphml");
    root.push_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"));
    root.push_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"));
    root.push_attribute((
        "xsi:schemaLocation",
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    ));
    x.write_event(Event::Start(root)).map_err(err)?;
    let mut keys: Vec<_> = KEYS.iter().chain(std::iter::once(&WEIGHT_KEY)).collect();
    keys.sort();
    for (id, for_, name, ty) in keys {
        let mut k = BytesStart::new("key");
        k.push_attribute(("id", *id));
        k.push_attribute(("for", *for_));
        k.push_attribute(("attr.name", *name));
        k.push_attribute(("attr.type", *ty));
        x.write_event(Event::Empty(k)).map_err(err)?;
    }
    let mut graph = BytesStart::new("graph");
    graph.push_attribute(("id", "plenary"));
    graph.push_attribute(("edgedefault", "directed"));
    x.write_event(Event::Start(graph)).map_err(err)?;
    for n in g.nodes() {
        let mut node = BytesStart::new("node");
        node.push_attribute(("id", n.id.as_str()));
        x.write_event(Event::Start(node)).map_err(err)?;
        data(
            &mut x,
            "aliases",
            &array(n.data.aliases.iter().map(String::as_str)),
        )?;
        data(
            &mut x,
            "documents",
            &array(n.data.documents.iter().map(|d| &**d)),
        )?;
        data(&mut x, "label", &n.key.name)?;
        data(&mut x, "mentions", &n.data.mentions.to_string())?;
        data(&mut x, "type", n.key.kind.label())?;
        x.write_event(Event::End(BytesEnd::new("node")))
            .map_err(err)?;
    }
    for (s, e, o) in g.edges() {
        let mut edge = BytesStart::new("edge");
        let id = super::edge_id(&s.id, e.kind, &o.id);
        edge.push_attribute(("id", id.as_str()));
        edge.push_attribute(("source", s.id.as_str()));
        edge.push_attribute(("target", o.id.as_str()));
        x.write_event(Event::Start(edge)).map_err(err)?;
        let count = e.data.count();
        data(&mut x, "count", &count.to_string())?;
        data(&mut x, "edge_documents", &array(e.data.documents()))?;
        data(&mut x, "edge_label", e.kind.name())?;
        data(&mut x, "evidence", &e.data.evidence.text)?;
        data(&mut x, "rule", &e.data.evidence.rule)?;
        data(&mut x, "weight", &format!("{:.1}", count as f64))?;
        x.write_event(Event::End(BytesEnd::new("edge")))
            .map_err(err)?;
    }
    x.write_event(Event::End(BytesEnd::new("graph")))
        .map_err(err)?;
    x.write_event(Event::End(BytesEnd::new("graphml")))
        .map_err(err)?;
    x.get_mut().write_all(b"\n").map_err(err)?;
    Ok(())
}

fn data<W: Write>(x: &mut Writer<W>, key: &str, value: &str) -> Result<(), String> {
    let mut d = BytesStart::new("data");
    d.push_attribute(("key", key));
    x.write_event(Event::Start(d)).map_err(err)?;
    x.write_event(Event::Text(BytesText::new(&strip_invalid_xml(value))))
        .map_err(err)?;
    x.write_event(Event::End(BytesEnd::new("data")))
        .map_err(err)?;
    Ok(())
}

/// Characters XML 1.0 forbids even escaped (control characters) are dropped.
fn strip_invalid_xml(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().all(valid) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().filter(|c| valid(*c)).collect())
    }
}

fn valid(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}
