//! `graph.jsonl`: one JSON object per line, first every node (sorted by id),
//! then every edge (sorted by start, type, end), each tagged with `"type"`,
//! for scripts that prefer JSON to CSV (`jq`, pandas `read_json(lines=True)`).
//! Arrays are JSON arrays, not `;`-joined strings, and strings are written by
//! serde_json, so nothing needs unescaping.

use crate::graph::Graph;
use serde::Serialize;
use std::io::Write;

/// A node line: `{"type":"node","id":…,"label":"Organization","name":…,…}`.
#[derive(Serialize)]
pub struct NodeLine<'a> {
    #[serde(rename = "type")]
    pub tag: &'static str,
    pub id: &'a str,
    /// The node type (`:LABEL` in the CSV).
    pub label: &'static str,
    pub name: &'a str,
    pub aliases: Vec<&'a str>,
    pub mentions: u64,
    pub documents: Vec<&'a str>,
}

/// An edge line: `{"type":"edge","source":…,"target":…,"label":"HOSTED",…}`.
#[derive(Serialize)]
pub struct EdgeLine<'a> {
    #[serde(rename = "type")]
    pub tag: &'static str,
    pub source: &'a str,
    pub target: &'a str,
    /// The relation type (`:TYPE` in the CSV).
    pub label: &'static str,
    pub count: u64,
    pub weight: f64,
    pub documents: Vec<&'a str>,
    pub evidence: &'a str,
    pub rule: &'a str,
}

pub fn write(g: &Graph, w: &mut dyn Write) -> Result<(), String> {
    let err = |e: std::io::Error| e.to_string();
    for n in g.nodes() {
        let line = NodeLine {
            tag: "node",
            id: &n.id,
            label: n.key.kind.label(),
            name: &n.key.name,
            aliases: n.data.aliases.iter().map(String::as_str).collect(),
            mentions: n.data.mentions,
            documents: n.data.documents.iter().map(|d| &**d).collect(),
        };
        serde_json::to_writer(&mut *w, &line).map_err(|e| e.to_string())?;
        w.write_all(b"\n").map_err(err)?;
    }
    for (s, e, o) in g.edges() {
        let count = e.data.count();
        let line = EdgeLine {
            tag: "edge",
            source: &s.id,
            target: &o.id,
            label: e.kind.name(),
            count,
            weight: count as f64,
            documents: e.data.documents().into_iter().collect(),
            evidence: &e.data.evidence.text,
            rule: &e.data.evidence.rule,
        };
        serde_json::to_writer(&mut *w, &line).map_err(|e| e.to_string())?;
        w.write_all(b"\n").map_err(err)?;
    }
    Ok(())
}
