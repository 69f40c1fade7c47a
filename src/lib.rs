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
pub mod dateline;
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
pub mod officers;
pub mod regexes;
pub mod relation;
pub mod rules;
pub mod sentence;
pub mod skipscan;
pub mod sortedset;
pub mod stats;

use document::{decode_vec, Refused, Source};
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
    /// A problem that lost nothing: `plenary: warning: FILE: what`.
    fn warn(&self, msg: &str) {
        self.line(format!("plenary: warning: {msg}"));
    }

    /// A document that failed: `plenary: FILE: what, skipped`.
    fn error(&self, msg: &str) {
        self.line(format!("plenary: {msg}"));
    }

    fn line(&self, line: String) {
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }

    /// Asked for with `-v`: `plenary: FILE: counts`.
    fn info(&self, msg: &str) {
        if self.verbose && !self.quiet {
            self.line(format!("plenary: {msg}"));
        }
    }
}

/// Runs `extract`: reads every input, extracts in parallel, writes the exports.
pub fn run(cfg: &Config) -> Result<Summary, Error> {
    let extractor = Extractor::new(&cfg.rules)?;
    let document::Inputs {
        sources,
        warnings: walk_warnings,
        failures: walk_failures,
    } = document::collect(&cfg.inputs)?;
    if let Output::Dir(dir) = &cfg.output {
        check_output(dir)?;
    }
    let total_bytes: u64 = sources.iter().map(Source::size).sum();
    let bar = (cfg.progress && !cfg.quiet).then(|| {
        let b = indicatif::ProgressBar::new(total_bytes);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {msg} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
            )
            .expect("a valid progress template"),
        );
        b.set_message(format!("0/{} documents", sources.len()));
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
    for f in &walk_failures {
        reporter.error(f);
    }
    let walk_failed = walk_failures.len();
    let failed = Mutex::new(walk_failures);
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
                            reporter.error(&msg);
                            failed.lock().unwrap_or_else(|e| e.into_inner()).push(msg);
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
    let mut failed = failed.into_inner().unwrap_or_else(|e| e.into_inner());
    failed.sort();
    if cfg.strict && !failed.is_empty() {
        return Err(Error::Failed(format!(
            "{} of {} documents failed; nothing written (--strict)",
            failed.len(),
            total + walk_failed
        )));
    }
    let graph = builder.finish();
    let summary = Summary {
        documents: (total + walk_failed).saturating_sub(failed.len()),
        nodes: graph.graph.node_count(),
        edges: graph.graph.edge_count(),
        failed,
    };
    match &cfg.output {
        Output::Dir(dir) => pool.install(|| export::write_all(&graph, dir, &Format::ALL))?,
        Output::Stdout(f) => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            if let Err(e) = f.write(&graph, &mut lock).and_then(|_| {
                use std::io::Write;
                lock.flush().map_err(|e| e.to_string())
            }) {
                // A closed pipe (`| head`) is the reader's choice, not a failure.
                if !e.contains("Broken pipe") {
                    return Err(Error::Output {
                        path: "stdout".into(),
                        message: e,
                    });
                }
            }
        }
    }
    Ok(summary)
}

/// Reads, decodes and extracts one document. `Ok(None)` for a document with
/// nothing to extract; `Err` with a one-line message for one that failed. A
/// panic inside the extractor fails that document only.
fn process(
    ex: &Extractor,
    src: &Source,
    reporter: &Reporter,
) -> Result<Option<extract::DocResult>, String> {
    let shown = src.display();
    let bytes = src
        .read()
        .map_err(|e| format!("{shown}: {}, skipped", document::describe_io(&e)))?;
    let decoded = match decode_vec(bytes) {
        Ok(d) => d,
        Err(Refused::Binary(kind)) => return Err(format!("{shown}: {kind}, skipped")),
    };
    if let Some(w) = &decoded.warning {
        reporter.warn(&format!("{shown}: {w}"));
    }
    if decoded.text.trim().is_empty() {
        reporter.warn(&format!("{shown}: empty document, nothing to extract"));
        return Ok(None);
    }
    let name = src.name();
    let mut result = panic_guard::catch(|| ex.extract(&name, &decoded.text, 0))
        .map_err(|why| format!("{shown}: internal error ({why}), skipped; please report it"))?;
    drop(name);
    decoded.to_input_offsets(
        result
            .mentions
            .iter_mut()
            .flat_map(|m| [&mut m.start, &mut m.end]),
    );
    reporter.info(&format!(
        "{shown}: {} mentions, {} relations",
        result.mentions.iter().filter(|m| m.counts).count(),
        result.relations.len()
    ));
    Ok(Some(result))
}

/// Fails early, before any extraction, when the output folder cannot be
/// written: it exists and is not a folder, or its nearest existing ancestor is
/// not a writable folder. Creates nothing that stays.
fn check_output(dir: &std::path::Path) -> Result<(), Error> {
    let shown = dir.display();
    let mut probe = dir;
    loop {
        match std::fs::metadata(probe) {
            Ok(m) if m.is_dir() => break,
            Ok(_) if probe == dir => {
                return Err(Error::Usage(format!(
                    "{shown}: exists and is not a folder (-o takes a folder; -o - writes to stdout)"
                )))
            }
            Ok(_) => {
                return Err(Error::Usage(format!(
                    "{shown}: cannot create the output folder: {} is not a folder",
                    probe.display()
                )))
            }
            Err(_) => match probe.parent() {
                Some(p) if !p.as_os_str().is_empty() => probe = p,
                _ => {
                    probe = std::path::Path::new(".");
                    break;
                }
            },
        }
    }
    tempfile::Builder::new()
        .prefix(".plenary-probe-")
        .tempfile_in(probe)
        .map(drop)
        .map_err(|e| {
            Error::Usage(format!(
                "{shown}: output not writable: {} in {}",
                document::describe_io(&e),
                probe.display()
            ))
        })
}

/// Panics inside one document's extraction become that document's failure,
/// with a one-line reason, instead of a backtrace that aborts the batch.
pub mod panic_guard {
    use std::cell::RefCell;
    use std::panic::{catch_unwind, AssertUnwindSafe};
    use std::sync::Once;

    thread_local! {
        static GUARDED: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    /// Runs `f`; a panic gives `Err` with its message and location.
    pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
        install();
        GUARDED.with(|g| *g.borrow_mut() = Some(String::new()));
        let r = catch_unwind(AssertUnwindSafe(f));
        let why = GUARDED.with(|g| g.borrow_mut().take()).unwrap_or_default();
        r.map_err(|_| why)
    }

    /// A panic hook that stays quiet inside [`catch`] (the caller reports
    /// it) and prints one line anywhere else.
    fn install() {
        static ONCE: Once = Once::new();
        ONCE.call_once(|| {
            let default = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".into());
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let first = msg.lines().next().unwrap_or("");
                let first = match first.char_indices().nth(160) {
                    Some((cut, _)) => format!("{}…", &first[..cut]),
                    None => first.to_string(),
                };
                let line = format!("{first}{at}");
                let guarded = GUARDED.with(|g| match g.try_borrow_mut() {
                    Ok(mut g) if g.is_some() => {
                        *g = Some(line.clone());
                        true
                    }
                    _ => false,
                });
                if !guarded {
                    default(info);
                }
            }));
        });
    }
}
