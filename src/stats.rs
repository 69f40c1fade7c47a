//! `plenary stats DIR`: a quick look at an export folder: nodes and edges
//! counted by type, the best-connected nodes, and the number of mentions when
//! `mentions.csv` is there. Read from the CSVs, so it works on any export.
//!
//! ```text
//! nodes 365
//!   Organization  120
//!   ...
//! edges 236
//!   MEMBER_OF      41
//!   ...
//! top 10 nodes by degree (in + out)
//!   31  organization:general-assembly  Organization  "General Assembly"
//! ```

use crate::diff::Snapshot;
use crate::error::Error;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// What `stats` reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub nodes: usize,
    pub edges: usize,
    /// (type, count), most frequent first, then by name.
    pub node_types: Vec<(String, usize)>,
    pub edge_types: Vec<(String, usize)>,
    /// (degree, in, out, id), highest degree first, then by id.
    pub top: Vec<(usize, usize, usize, String)>,
    /// Data rows of mentions.csv, when the folder has one.
    pub mentions: Option<usize>,
    snapshot: Snapshot,
}

fn by_count(counts: BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// Counts the export in `dir`, keeping the `top` nodes by degree.
pub fn compute(dir: &Path, top: usize) -> Result<Stats, Error> {
    let snapshot = Snapshot::load(dir)?;
    let mut node_types = BTreeMap::new();
    for n in snapshot.nodes.values() {
        *node_types.entry(n.label.clone()).or_insert(0) += 1;
    }
    let mut edge_types = BTreeMap::new();
    let mut degree: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (s, t, o) in snapshot.edges.keys() {
        *edge_types.entry(t.clone()).or_insert(0) += 1;
        degree.entry(s.as_str()).or_default().1 += 1;
        degree.entry(o.as_str()).or_default().0 += 1;
    }
    let mut ranked: Vec<(usize, usize, usize, String)> = degree
        .into_iter()
        .map(|(id, (i, o))| (i + o, i, o, id.to_string()))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.3.cmp(&b.3)));
    ranked.truncate(top);
    let mentions_path = dir.join("mentions.csv");
    let mentions = if mentions_path.is_file() {
        let mut r = csv::Reader::from_path(&mentions_path)
            .map_err(|e| Error::Usage(format!("{}: {e}", mentions_path.display())))?;
        let mut n = 0;
        for rec in r.records() {
            rec.map_err(|e| Error::Usage(format!("{}: {e}", mentions_path.display())))?;
            n += 1;
        }
        Some(n)
    } else {
        None
    };
    Ok(Stats {
        nodes: snapshot.nodes.len(),
        edges: snapshot.edges.len(),
        node_types: by_count(node_types),
        edge_types: by_count(edge_types),
        top: ranked,
        mentions,
        snapshot,
    })
}

impl Stats {
    /// The report as text, one fact a line.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let width = |v: &[(String, usize)]| v.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
        let _ = writeln!(s, "nodes {}", self.nodes);
        let w = width(&self.node_types);
        for (t, n) in &self.node_types {
            let _ = writeln!(s, "  {t:<w$}  {n:>6}");
        }
        let _ = writeln!(s, "edges {}", self.edges);
        let w = width(&self.edge_types);
        for (t, n) in &self.edge_types {
            let _ = writeln!(s, "  {t:<w$}  {n:>6}");
        }
        if let Some(m) = self.mentions {
            let _ = writeln!(s, "mentions {m}");
        }
        let _ = writeln!(
            s,
            "top {} nodes by degree (degree, in, out, id, type, name)",
            self.top.len()
        );
        for (d, i, o, id) in &self.top {
            let (label, name) = self
                .snapshot
                .nodes
                .get(id)
                .map(|n| (n.label.as_str(), n.name.as_str()))
                .unwrap_or(("?", "(not in nodes.csv)"));
            let _ = writeln!(s, "  {d:>4} {i:>4} {o:>4}  {id}  {label}  {name:?}");
        }
        s
    }
}
