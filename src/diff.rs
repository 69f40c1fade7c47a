//! `plenary diff OLD_DIR NEW_DIR`: what changed between two exports, for a
//! reviewer judging a change to the extractor and for the CI of downstream
//! projects. Reads `nodes.csv` and `edges.csv` of both folders (by column
//! name, so extra columns are fine) and prints one line per node or edge
//! added (`+`), removed (`-`) or changed (`~`), sorted like the CSVs: nodes
//! by id, then edges by (start, type, end).
//!
//! ```text
//! + node location:peru Location "Peru"
//! - node person:a-delegate Person "a delegate"
//! ~ node organization:international-organization-for-migration mentions 12 -> 14; aliases +"the Organization"
//! + edge location:peru -[ORGANIZED]-> conference:x count 1 rule block-organized evidence "…"
//! ~ edge location:belgium -[HOSTED]-> conference:y count 1 -> 2; evidence "old…" -> "new…"
//! ```

use crate::error::Error;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A node as the CSV has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeRow {
    pub name: String,
    pub label: String,
    pub aliases: BTreeSet<String>,
    pub mentions: String,
    pub documents: BTreeSet<String>,
}

/// An edge as the CSV has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgeRow {
    pub count: String,
    pub documents: BTreeSet<String>,
    pub evidence: String,
    pub rule: String,
}

/// (start id, type, end id).
pub type EdgeKey = (String, String, String);

/// The graph of one export folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    pub nodes: BTreeMap<String, NodeRow>,
    pub edges: BTreeMap<EdgeKey, EdgeRow>,
}

fn bad(path: &Path, message: impl Into<String>) -> Error {
    Error::Usage(format!("{}: {}", path.display(), message.into()))
}

/// A CSV file: the index of each column by name, and the rows.
fn read_csv(
    path: &Path,
    required: &[&str],
) -> Result<(Vec<String>, Vec<csv::StringRecord>), Error> {
    let file =
        std::fs::File::open(path).map_err(|e| bad(path, crate::document::describe_io(&e)))?;
    let mut r = csv::Reader::from_reader(std::io::BufReader::new(file));
    let header: Vec<String> = r
        .headers()
        .map_err(|e| bad(path, format!("not a CSV file: {e}")))?
        .iter()
        .map(String::from)
        .collect();
    for col in required {
        if !header.iter().any(|h| h == col) {
            return Err(bad(path, format!("no column `{col}` in the header")));
        }
    }
    let mut rows = Vec::new();
    for rec in r.records() {
        rows.push(rec.map_err(|e| bad(path, format!("not a CSV file: {e}")))?);
    }
    Ok((header, rows))
}

fn column<'a>(header: &[String], row: &'a csv::StringRecord, name: &str) -> &'a str {
    header
        .iter()
        .position(|h| h == name)
        .and_then(|i| row.get(i))
        .unwrap_or("")
}

fn items(s: &str) -> BTreeSet<String> {
    s.split(';')
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

impl Snapshot {
    /// Reads `DIR/nodes.csv` and `DIR/edges.csv`. A missing folder or file, a
    /// missing column or a repeated id is bad input (`Error::Usage`).
    pub fn load(dir: &Path) -> Result<Snapshot, Error> {
        if !dir.is_dir() {
            return Err(bad(dir, "not a folder"));
        }
        let mut snap = Snapshot::default();
        let path = dir.join("nodes.csv");
        let (h, rows) = read_csv(&path, &["id:ID", "name", ":LABEL"])?;
        for row in &rows {
            let id = column(&h, row, "id:ID").to_string();
            let node = NodeRow {
                name: column(&h, row, "name").to_string(),
                label: column(&h, row, ":LABEL").to_string(),
                aliases: items(column(&h, row, "aliases:string[]")),
                mentions: column(&h, row, "mentions:int").to_string(),
                documents: items(column(&h, row, "documents:string[]")),
            };
            if snap.nodes.insert(id.clone(), node).is_some() {
                return Err(bad(&path, format!("node id `{id}` appears twice")));
            }
        }
        let path = dir.join("edges.csv");
        let (h, rows) = read_csv(&path, &[":START_ID", ":END_ID", ":TYPE"])?;
        for row in &rows {
            let key = (
                column(&h, row, ":START_ID").to_string(),
                column(&h, row, ":TYPE").to_string(),
                column(&h, row, ":END_ID").to_string(),
            );
            let edge = EdgeRow {
                count: column(&h, row, "count:int").to_string(),
                documents: items(column(&h, row, "documents:string[]")),
                evidence: column(&h, row, "evidence").to_string(),
                rule: column(&h, row, "rule").to_string(),
            };
            if snap.edges.insert(key.clone(), edge).is_some() {
                return Err(bad(
                    &path,
                    format!("edge {} appears twice", edge_name(&key)),
                ));
            }
        }
        Ok(snap)
    }
}

fn edge_name((s, t, o): &EdgeKey) -> String {
    format!("{s} -[{t}]-> {o}")
}

fn quote(s: &str) -> String {
    format!("{s:?}")
}

/// `+a -b` for the items added to and removed from a set.
fn set_change(old: &BTreeSet<String>, new: &BTreeSet<String>, quoted: bool) -> String {
    let show = |s: &String| if quoted { quote(s) } else { s.clone() };
    let added = new.difference(old).map(|s| format!("+{}", show(s)));
    let removed = old.difference(new).map(|s| format!("-{}", show(s)));
    added.chain(removed).collect::<Vec<_>>().join(" ")
}

fn node_changes(a: &NodeRow, b: &NodeRow) -> Vec<String> {
    let mut c = Vec::new();
    if a.name != b.name {
        c.push(format!("name {} -> {}", quote(&a.name), quote(&b.name)));
    }
    if a.label != b.label {
        c.push(format!("label {} -> {}", a.label, b.label));
    }
    if a.mentions != b.mentions {
        c.push(format!("mentions {} -> {}", a.mentions, b.mentions));
    }
    if a.aliases != b.aliases {
        c.push(format!(
            "aliases {}",
            set_change(&a.aliases, &b.aliases, true)
        ));
    }
    if a.documents != b.documents {
        c.push(format!(
            "documents {}",
            set_change(&a.documents, &b.documents, false)
        ));
    }
    c
}

fn edge_changes(a: &EdgeRow, b: &EdgeRow) -> Vec<String> {
    let mut c = Vec::new();
    if a.count != b.count {
        c.push(format!("count {} -> {}", a.count, b.count));
    }
    if a.documents != b.documents {
        c.push(format!(
            "documents {}",
            set_change(&a.documents, &b.documents, false)
        ));
    }
    if a.evidence != b.evidence {
        c.push(format!(
            "evidence {} -> {}",
            quote(&a.evidence),
            quote(&b.evidence)
        ));
    }
    if a.rule != b.rule {
        c.push(format!("rule {} -> {}", a.rule, b.rule));
    }
    c
}

/// What changed, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

/// The differences between two snapshots.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    /// One line per node or edge, sorted: nodes by id, then edges by (start, type, end).
    pub lines: Vec<String>,
    pub nodes: Counts,
    pub edges: Counts,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// `2 nodes added, 1 removed, 3 changed; 1 edge added, 0 removed, 0 changed`.
    pub fn summary(&self) -> String {
        let part = |what: &str, c: Counts| {
            let plural = if c.added == 1 { "" } else { "s" };
            format!(
                "{} {what}{plural} added, {} removed, {} changed",
                c.added, c.removed, c.changed
            )
        };
        format!("{}; {}", part("node", self.nodes), part("edge", self.edges))
    }
}

/// Compares two snapshots.
pub fn diff(old: &Snapshot, new: &Snapshot) -> Diff {
    let mut d = Diff::default();
    let ids: BTreeSet<&String> = old.nodes.keys().chain(new.nodes.keys()).collect();
    for id in ids {
        match (old.nodes.get(id), new.nodes.get(id)) {
            (None, Some(n)) => {
                d.nodes.added += 1;
                d.lines
                    .push(format!("+ node {id} {} {}", n.label, quote(&n.name)));
            }
            (Some(n), None) => {
                d.nodes.removed += 1;
                d.lines
                    .push(format!("- node {id} {} {}", n.label, quote(&n.name)));
            }
            (Some(a), Some(b)) => {
                let c = node_changes(a, b);
                if !c.is_empty() {
                    d.nodes.changed += 1;
                    d.lines.push(format!("~ node {id} {}", c.join("; ")));
                }
            }
            (None, None) => {}
        }
    }
    let keys: BTreeSet<&EdgeKey> = old.edges.keys().chain(new.edges.keys()).collect();
    for key in keys {
        let name = edge_name(key);
        match (old.edges.get(key), new.edges.get(key)) {
            (None, Some(e)) => {
                d.edges.added += 1;
                d.lines.push(format!(
                    "+ edge {name} count {} rule {} evidence {}",
                    e.count,
                    e.rule,
                    quote(&e.evidence)
                ));
            }
            (Some(e), None) => {
                d.edges.removed += 1;
                d.lines.push(format!("- edge {name} count {}", e.count));
            }
            (Some(a), Some(b)) => {
                let c = edge_changes(a, b);
                if !c.is_empty() {
                    d.edges.changed += 1;
                    d.lines.push(format!("~ edge {name} {}", c.join("; ")));
                }
            }
            (None, None) => {}
        }
    }
    d
}

/// Loads both folders and compares them.
pub fn run(old: &Path, new: &Path) -> Result<Diff, Error> {
    let a = Snapshot::load(old)?;
    let b = Snapshot::load(new)?;
    Ok(diff(&a, &b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str, mentions: &str, aliases: &[&str]) -> NodeRow {
        NodeRow {
            name: name.into(),
            label: "Organization".into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            mentions: mentions.into(),
            documents: ["a.txt".to_string()].into(),
        }
    }

    #[test]
    fn lines_follow_the_csv_order_with_one_line_per_element() {
        let mut old = Snapshot::default();
        let mut new = Snapshot::default();
        old.nodes
            .insert("organization:b".into(), node("B", "1", &[]));
        new.nodes
            .insert("organization:b".into(), node("B", "2", &["Bee"]));
        new.nodes
            .insert("organization:a".into(), node("A", "1", &[]));
        old.nodes
            .insert("organization:c".into(), node("C", "1", &[]));
        let d = diff(&old, &new);
        assert_eq!(
            d.lines,
            [
                "+ node organization:a Organization \"A\"",
                "~ node organization:b mentions 1 -> 2; aliases +\"Bee\"",
                "- node organization:c Organization \"C\"",
            ]
        );
        assert_eq!(
            d.summary(),
            "1 node added, 1 removed, 1 changed; 0 edges added, 0 removed, 0 changed"
        );
        assert!(diff(&old, &old).is_empty());
    }
}
