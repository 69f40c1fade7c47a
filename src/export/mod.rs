//! Exports of the finished graph. Every exporter writes to any `io::Write`, so
//! tests can write to a `Vec<u8>`; `write_all` writes a folder atomically.

pub mod csv;
pub mod cypher;
pub mod gexf;
pub mod graphml;
pub mod jsonl;
pub mod mentions;

use crate::error::Error;
use crate::graph::Graph;
use std::io::Write;
use std::path::Path;

/// An export format and the file it goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    CsvNodes,
    CsvEdges,
    Graphml,
    /// `graph.gexf`: GEXF 1.3 with time, for Gephi's timeline.
    Gexf,
    /// `mentions.csv`: where each node is mentioned in the input files.
    Mentions,
    /// `load.cypher`: loads the CSVs into Neo4j with `LOAD CSV`.
    Cypher,
    /// `graph.jsonl`: one JSON object per node and per edge; for stdout
    /// (`--stdout jsonl`, `-o -`), not written into folders.
    Jsonl,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::CsvNodes,
        Format::CsvEdges,
        Format::Graphml,
        Format::Gexf,
        Format::Mentions,
        Format::Cypher,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            Format::CsvNodes => "nodes.csv",
            Format::CsvEdges => "edges.csv",
            Format::Graphml => "graph.graphml",
            Format::Gexf => "graph.gexf",
            Format::Mentions => "mentions.csv",
            Format::Cypher => "load.cypher",
            Format::Jsonl => "graph.jsonl",
        }
    }

    pub fn write(self, g: &Graph, w: &mut dyn Write) -> Result<(), String> {
        match self {
            Format::CsvNodes => csv::write_nodes(g, w),
            Format::CsvEdges => csv::write_edges(g, w),
            Format::Graphml => graphml::write(g, w),
            Format::Gexf => gexf::write(g, w),
            Format::Mentions => mentions::write(g, w),
            Format::Cypher => cypher::write(g, w),
            Format::Jsonl => jsonl::write(g, w),
        }
    }
}

/// Writes every export into `dir`: each to a temporary file in `dir`, renamed
/// into place only once all are complete, so a failed run leaves the previous
/// files untouched. The exports are written side by side on the threads of
/// the current rayon pool (one with `--jobs 1`).
pub fn write_all(g: &Graph, dir: &Path, formats: &[Format]) -> Result<(), Error> {
    use rayon::prelude::*;
    std::fs::create_dir_all(dir).map_err(|e| Error::Output {
        path: dir.to_path_buf(),
        message: format!("cannot create the output folder: {e}"),
    })?;
    let staged: Vec<_> = formats.par_iter().map(|f| stage(g, dir, *f)).collect();
    // The first failure in format order, whichever thread met it first.
    let staged = staged.into_iter().collect::<Result<Vec<_>, _>>()?;
    for (tmp, target) in staged {
        tmp.persist(&target).map_err(|e| Error::Output {
            path: target.clone(),
            message: e.to_string(),
        })?;
    }
    Ok(())
}

/// One export, complete in a temporary file beside its target.
fn stage(
    g: &Graph,
    dir: &Path,
    f: Format,
) -> Result<(tempfile::NamedTempFile, std::path::PathBuf), Error> {
    let target = dir.join(f.file_name());
    let fail = |message: String| Error::Output {
        path: target.clone(),
        message,
    };
    let tmp = tempfile::Builder::new()
        .prefix(".plenary-")
        .tempfile_in(dir)
        .map_err(|e| fail(format!("cannot write in the output folder: {e}")))?;
    let mut w = std::io::BufWriter::new(tmp);
    f.write(g, &mut w).map_err(fail)?;
    let tmp = w.into_inner().map_err(|e| fail(e.to_string()))?;
    tmp.as_file().sync_all().map_err(|e| fail(e.to_string()))?;
    // Temporary files are private (0600); exports are for others to read
    // (a Neo4j server reading its import folder runs as its own user).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let perms = std::fs::Permissions::from_mode(0o644);
        tmp.as_file()
            .set_permissions(perms)
            .map_err(|e| fail(e.to_string()))?;
    }
    Ok((tmp, target))
}

/// An array column: items joined by `;`, with `;` inside an item turned into
/// `,` and line breaks into spaces (neo4j-admin has no escape for either).
pub fn array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|s| one_line(s).replace(';', ","))
        .collect::<Vec<_>>()
        .join(";")
}

/// A field on one line.
pub fn one_line(s: &str) -> String {
    if s.contains(['\n', '\r']) {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        s.to_string()
    }
}

/// An edge's id in the graph files, from its content (start, type, end): adding
/// one edge to the graph changes no other edge's id, so diffs stay small.
/// Node ids are lowercase, so the uppercase type between them reads back
/// unambiguously; every character is allowed in GraphML's and GEXF's ids.
pub fn edge_id(source: &str, kind: crate::model::RelType, target: &str) -> String {
    format!("{source}:{}:{target}", kind.name())
}
