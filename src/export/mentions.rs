//! `mentions.csv`, the provenance of every node: which input file mentions it,
//! where (byte offsets into the file as read, a UTF-8 byte-order mark
//! counted), and the text found there, on one line with single spaces.
//! Sorted by document, then position. A reviewer can open the file at
//! `start` and read the surface back.

use super::one_line;
use crate::graph::Graph;
use crate::model::NodeKey;
use std::collections::HashMap;
use std::io::Write;

pub const HEADER: [&str; 5] = ["node_id", "document", "start", "end", "surface"];

pub fn write(g: &Graph, w: &mut dyn Write) -> Result<(), String> {
    if !g.mentions.kept() {
        return Err("mentions were not kept for this graph".into());
    }
    let ids: HashMap<&NodeKey, &str> = g.nodes().map(|n| (&n.key, n.id.as_str())).collect();
    let mut out = csv::Writer::from_writer(w);
    out.write_record(HEADER).map_err(|e| e.to_string())?;
    g.mentions.for_each_document(|doc, rows| {
        let mut found = Vec::with_capacity(rows.len());
        for r in rows {
            let id = ids.get(&r.key).ok_or_else(|| {
                format!("{doc}: a mention of a node not in the graph: {:?}", r.key)
            })?;
            found.push((r.start, r.end, *id, one_line(&r.surface)));
        }
        // Sorted by position, then node id, as the rows read.
        found.sort();
        found.dedup();
        for (start, end, id, surface) in found {
            out.write_record([id, doc, &start.to_string(), &end.to_string(), &surface])
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    })?;
    out.flush().map_err(|e| e.to_string())
}
