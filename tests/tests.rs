//! All integration tests build into one binary. Modules:
//! - `golden`: the committed `out/` is what the fixtures produce, in any input order;
//!   the CSVs and the GraphML describe the same graph.
//! - `batch`: bad input, exit codes and messages, atomic output, `--jobs`
//!   and input order, stdout exports (issue 3).
//! - `fuzz`: properties over arbitrary bytes and UN-like text: decoding,
//!   normalization and extraction never panic and give sane offsets.
//! - `diff`: `plenary diff` and `plenary stats` on hand-made export folders.
//! - `interop`: mentions.csv offsets read back from the files, load.cypher's
//!   columns; with PLENARY_INTEROP=1 (.ci/interop.sh), networkx, igraph, Kuzu
//!   and Gephi's own importer load the exports.

mod util;

mod batch;
mod diff;
mod fuzz;
mod golden;
mod interop;
