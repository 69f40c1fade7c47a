//! plenary turns United Nations documents into a knowledge graph.
//!
//! The stages, in order: [`document`] reads and decodes files, [`normalize`]
//! cleans the text, [`sentence`] splits it, [`entity`] and [`composite`] find
//! entities, [`alias`] resolves acronyms and definite descriptions,
//! [`relation`] extracts relations, [`graph`] merges documents into one graph,
//! and [`export`] writes CSV and GraphML. The rules are data in `src/rules/`.
//!
//! ```
//! use plenary::{extract::Extractor, rules::RuleSet};
//! let ex = Extractor::new(&RuleSet::default_rules()).unwrap();
//! let doc = ex.extract("note.txt", "The Government of Belgium offered to host the first meeting of the Global Forum on Migration and Development in 2007.", 0);
//! let edges: Vec<String> = doc.relations.iter()
//!     .map(|r| format!("{} {} {}", r.subject.name, r.kind, r.object.name)).collect();
//! assert!(edges.contains(&"Belgium HOSTED first meeting of the Global Forum on Migration and Development".to_string()));
//! ```

pub mod alias;
pub mod arena;
pub mod composite;
pub mod diff;
pub mod document;
pub mod entity;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod masked;
pub mod model;
pub mod normalize;
pub mod relation;
pub mod rules;
pub mod sentence;
pub mod stats;

use document::{decode, Refused, Source};
use error::Error;
use export::Format;
use extract::Extractor;
use graph::GraphBuilder;
use rayon::prelude::*;
use rules::RuleSet;
use std::path::PathBuf;
use std::sync::Mutex;

/// Where the exports go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    Dir(PathBuf),
    Stdout(Format),
}

/// Everything `extract` needs, with rules loaded and compiled up front.
pub struct Config {
    pub inputs: Vec<String>,
    pub output: Output,
    pub jobs: usize,
    pub quiet: bool,
    pub verbose: bool,
    pub strict: bool,
    pub progress: bool,
    pub rules: RuleSet,
}

/// What a run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub documents: usize,
    pub failed: Vec<String>,
    pub nodes: usize,
    pub edges: usize,
}

/// Messages for stderr: warnings always, progress and counts as asked.
pub struct Reporter {
    quiet: bool,
    verbose: bool,
    bar: Option<indicatif::ProgressBar>,
}

impl Reporter {
    fn warn(&self, msg: &str) {
        let line = format!("plenary: warning: {msg}");
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }

    fn info(&self, msg: &str) {
        if self.verbose && !self.quiet {
            match &self.bar {
                Some(b) => b.println(msg),
                None => eprintln!("{msg}"),
            }
        }
    }
}

/// Runs `extract`: reads every input, extracts in parallel, writes the exports.
pub fn run(cfg: &Config) -> Result<Summary, Error> {
    let extractor = Extractor::new(&cfg.rules)?;
    let (sources, walk_warnings) = document::collect(&cfg.inputs)?;
    if let Output::Dir(dir) = &cfg.output {
        if dir.exists() && !dir.is_dir() {
            return Err(Error::Usage(format!(
                "{}: output exists and is not a folder",
                dir.display()
            )));
        }
    }
    let total_bytes: u64 = sources.iter().map(Source::size).sum();
    let bar = (cfg.progress && !cfg.quiet).then(|| {
        let b = indicatif::ProgressBar::new(total_bytes);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
            )
            .unwrap(),
        );
        b
    });
    let reporter = Reporter {
        quiet: cfg.quiet,
        verbose: cfg.verbose,
        bar,
    };
    for w in &walk_warnings {
        reporter.warn(w);
    }
    let failed = Mutex::new(Vec::new());
    let done = std::sync::atomic::AtomicUsize::new(0);
    // mentions.csv needs every mention; they go to a temporary file shared by
    // all threads (see graph::MentionSpill), not to memory.
    let keep_mentions = match &cfg.output {
        Output::Dir(_) => true,
        Output::Stdout(f) => *f == Format::Mentions,
    };
    let spill = if keep_mentions {
        Some(graph::MentionSpill::new().map_err(|e| {
            Error::Failed(format!(
                "cannot create a temporary file for mentions in {}: {e}",
                std::env::temp_dir().display()
            ))
        })?)
    } else {
        None
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.jobs.max(1))
        .build()
        .map_err(|e| Error::Failed(format!("cannot start worker threads: {e}")))?;
    let total = sources.len();
    let builder = pool.install(|| {
        sources
            .par_iter()
            .fold(
                || GraphBuilder::with_spill(spill.clone()),
                |mut g, src| {
                    match process(&extractor, src, &reporter) {
                        Ok(Some(result)) => g.add(result),
                        Ok(None) => {}
                        Err(msg) => {
                            reporter.warn(&msg);
                            failed.lock().unwrap().push(msg);
                        }
                    }
                    let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                    if let Some(b) = &reporter.bar {
                        b.inc(src.size());
                        b.set_message(format!("{n}/{total} documents"));
                    }
                    g
                },
            )
            .reduce(
                || GraphBuilder::with_spill(spill.clone()),
                |mut a, b| {
                    a.merge(b);
                    a
                },
            )
    });
    if let Some(b) = &reporter.bar {
        b.finish_and_clear();
    }
    let mut failed = failed.into_inner().unwrap();
    failed.sort();
    if cfg.strict && !failed.is_empty() {
        return Err(Error::Failed(format!(
            "{} of {} documents failed; nothing written (--strict)",
            failed.len(),
            total
        )));
    }
    let graph = builder.finish();
    let summary = Summary {
        documents: total - failed.len(),
        nodes: graph.graph.node_count(),
        edges: graph.graph.edge_count(),
        failed,
    };
    match &cfg.output {
        Output::Dir(dir) => export::write_all(&graph, dir, &Format::ALL)?,
        Output::Stdout(f) => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            if let Err(e) = f.write(&graph, &mut lock).and_then(|_| {
                use std::io::Write;
                lock.flush().map_err(|e| e.to_string())
            }) {
                // A closed pipe (`| head`) is the reader's choice, not a failure.
                if !e.contains("Broken pipe") {
                    return Err(Error::Failed(format!("stdout: {e}")));
                }
            }
        }
    }
    Ok(summary)
}

/// Reads, decodes and extracts one document. `Ok(None)` for a document with nothing to extract.
fn process(
    ex: &Extractor,
    src: &Source,
    reporter: &Reporter,
) -> Result<Option<extract::DocResult>, String> {
    let shown = src.display();
    let bytes = src
        .read()
        .map_err(|e| format!("{shown}: {}", document::describe_io(&e)))?;
    let decoded = match decode(&bytes) {
        Ok(d) => d,
        Err(Refused::Binary(kind)) => return Err(format!("{shown}: {kind}, skipped")),
    };
    drop(bytes);
    if let Some(w) = &decoded.warning {
        reporter.warn(&format!("{shown}: {w}"));
    }
    if decoded.text.trim().is_empty() {
        reporter.warn(&format!("{shown}: empty document, nothing to extract"));
        return Ok(None);
    }
    let result = ex.extract(&src.name(), &decoded.text, decoded.base);
    reporter.info(&format!(
        "{shown}: {} mentions, {} relations",
        result.mentions.iter().filter(|m| m.counts).count(),
        result.relations.len()
    ));
    Ok(Some(result))
}
