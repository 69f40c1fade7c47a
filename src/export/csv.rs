//! `nodes.csv` and `edges.csv` in the neo4j-admin bulk import format of
//! `schema.md`, written by the csv crate (RFC 4180 quoting).

use super::{array, one_line};
use crate::graph::Graph;
use std::io::Write;

pub const NODE_HEADER: [&str; 6] = [
    "id:ID",
    "name",
    ":LABEL",
    "aliases:string[]",
    "mentions:int",
    "documents:string[]",
];
pub const EDGE_HEADER: [&str; 8] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "count:int",
    "documents:string[]",
    "evidence",
    "rule",
    "weight:double",
];

pub fn write_nodes(g: &Graph, w: &mut dyn Write) -> Result<(), String> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(NODE_HEADER).map_err(|e| e.to_string())?;
    for n in g.nodes() {
        out.write_record([
            n.id.as_str(),
            &one_line(&n.key.name),
            n.key.kind.label(),
            &array(n.data.aliases.iter().map(String::as_str)),
            &n.data.mentions.to_string(),
            &array(n.data.documents.iter().map(|d| &**d)),
        ])
        .map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

pub fn write_edges(g: &Graph, w: &mut dyn Write) -> Result<(), String> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(EDGE_HEADER).map_err(|e| e.to_string())?;
    for (s, e, o) in g.edges() {
        let count = e.data.count();
        out.write_record([
            s.id.as_str(),
            o.id.as_str(),
            e.kind.name(),
            &count.to_string(),
            &array(e.data.documents()),
            &one_line(&e.data.evidence.text),
            &e.data.evidence.rule,
            &format!("{:.1}", count as f64),
        ])
        .map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}
