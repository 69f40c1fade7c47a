//! All integration tests build into one binary. Modules:
//! - `golden`: the committed `out/` is what the fixtures produce, in any input order;
//!   the CSVs and the GraphML describe the same graph.

mod util;

mod golden;
