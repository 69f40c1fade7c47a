//! Command-line arguments (clap derive; the doc comments are the `--help`),
//! turned into a plain [`Config`] so that no other stage sees clap.

use clap::{Parser, Subcommand, ValueEnum};
use plenary::error::Error;
use plenary::export::Format;
use plenary::rules::RuleSet;
use plenary::{Config, Output};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Turns United Nations documents into a knowledge graph (GraphML and CSV).
///
/// Exit codes: 0 success; 1 some documents failed but the graph from the rest
/// was written (with --strict: nothing written); 2 usage error (bad flag,
/// missing path, unwritable output).
#[derive(Parser, Debug)]
#[command(
    name = "plenary",
    version,
    about,
    long_about = None,
    after_help = "Exit codes: 0 success; 1 some documents failed (extract) or the folders \
                  differ (diff); 2 usage error. See `plenary help <COMMAND>`."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract entities and relations from documents and write the exports.
    #[command(after_help = EXTRACT_AFTER_HELP)]
    Extract(ExtractArgs),

    /// Compare two export folders: nodes and edges added (+), removed (-) and
    /// changed (~: count, evidence, rule, mentions, aliases), one line each,
    /// sorted by id. A summary goes to stderr.
    ///
    /// Exit codes: 0 the folders describe the same graph; 1 they differ;
    /// 2 bad input (a folder, nodes.csv or edges.csv missing or malformed).
    Diff(DiffArgs),

    /// Count an export folder's nodes and edges by type and list the nodes
    /// with the most edges.
    ///
    /// Exit codes: 0 success; 2 bad input (a folder, nodes.csv or edges.csv
    /// missing or malformed).
    Stats(StatsArgs),
}

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// The export folder before the change (with nodes.csv and edges.csv).
    #[arg(value_name = "OLD_DIR")]
    pub old: PathBuf,

    /// The export folder after the change.
    #[arg(value_name = "NEW_DIR")]
    pub new: PathBuf,

    /// Print no summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(clap::Args, Debug)]
pub struct StatsArgs {
    /// The export folder (with nodes.csv and edges.csv).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// How many nodes to list by degree.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
}

/// Shown after the options of `plenary extract --help` (and `-h`).
const EXTRACT_AFTER_HELP: &str = "\
Output:
  -o DIR          Every export goes into DIR (created if missing), atomically: each
                  file is written to a temporary file in DIR, and all are renamed
                  into place only once all are complete, so a failed or
                  interrupted run leaves the previous files untouched.
  -o -            Same as --stdout jsonl: one JSON object per node and per edge.
  --stdout FORMAT One export to stdout, for pipes: csv-nodes, csv-edges, graphml
                  or jsonl.

Messages:
  stderr carries warnings and errors only, one line each, naming the file:
  `plenary: FILE: problem, skipped` for a document that failed, `plenary:
  warning: FILE: problem` for one that was read anyway (invalid UTF-8 decoded
  with replacement characters, an empty file, a symlink loop). A progress bar
  is shown when stderr is a terminal, unless --quiet.

Exit codes:
  0  success
  1  some documents failed (unreadable, binary, vanished); the graph from the
     rest was written. With --strict: a failure, and nothing is written.
  2  usage error: a bad flag, a missing input path, an output that cannot be
     written; nothing is written.";

#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Files and folders to read: folders recursively (their `.txt` files,
    /// following symlinks), files whatever their name; `-` reads one document
    /// from stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,

    /// Folder for the exports (nodes.csv, edges.csv, graph.graphml, …);
    /// `-` writes the JSON lines export to stdout.
    #[arg(short, long, value_name = "DIR", required_unless_present = "stdout")]
    pub output: Option<String>,

    /// Write one export to stdout instead of a folder.
    #[arg(long, value_name = "FORMAT", conflicts_with = "output")]
    pub stdout: Option<StdoutFormat>,

    /// Worker threads (default: all cores). The output is the same, byte for
    /// byte, for any number.
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Print nothing on stderr but warnings and errors.
    #[arg(short, long)]
    pub quiet: bool,

    /// Print per-document counts (mentions, relations) on stderr.
    #[arg(short, long, conflicts_with = "quiet")]
    pub verbose: bool,

    /// Fail (exit code 1), writing nothing, if any document fails.
    #[arg(long)]
    pub strict: bool,

    /// Folder of extra rule files that extend the embedded rules (same file names as src/rules/).
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdoutFormat {
    /// nodes.csv
    CsvNodes,
    /// edges.csv
    CsvEdges,
    /// graph.graphml
    Graphml,
    /// One JSON object per line: nodes, then edges, tagged by "type".
    Jsonl,
}

impl From<StdoutFormat> for Format {
    fn from(f: StdoutFormat) -> Format {
        match f {
            StdoutFormat::CsvNodes => Format::CsvNodes,
            StdoutFormat::CsvEdges => Format::CsvEdges,
            StdoutFormat::Graphml => Format::Graphml,
            StdoutFormat::Jsonl => Format::Jsonl,
        }
    }
}

impl ExtractArgs {
    pub fn into_config(self) -> Result<Config, Error> {
        let rules = match &self.rules {
            Some(dir) => RuleSet::with_extension(dir)?,
            None => RuleSet::default_rules(),
        };
        let output = match (self.stdout, self.output.as_deref()) {
            (Some(f), _) => Output::Stdout(f.into()),
            (None, Some("-")) => Output::Stdout(Format::Jsonl),
            (None, Some(dir)) => Output::Dir(PathBuf::from(dir)),
            (None, None) => return Err(Error::Usage("give -o DIR or --stdout FORMAT".into())),
        };
        if self.jobs == Some(0) {
            return Err(Error::Usage("--jobs must be at least 1".into()));
        }
        let jobs = self.jobs.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        });
        Ok(Config {
            inputs: self.paths,
            output,
            jobs,
            quiet: self.quiet,
            verbose: self.verbose,
            strict: self.strict,
            progress: std::io::stderr().is_terminal(),
            rules,
        })
    }
}
