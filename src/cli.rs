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
#[command(name = "plenary", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract entities and relations from documents and write the exports.
    ///
    /// Exit codes: 0 success; 1 some documents failed but the graph from the
    /// rest was written (with --strict: a failure, nothing written); 2 usage
    /// error (bad flag, missing path, unwritable output).
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

#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Files and folders to read (folders recursively, `.txt` files); `-` reads one document from stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,

    /// Folder for nodes.csv, edges.csv and graph.graphml; `-` writes JSON lines to stdout.
    #[arg(short, long, value_name = "DIR", required_unless_present = "stdout")]
    pub output: Option<String>,

    /// Write one export to stdout instead of a folder.
    #[arg(long, value_name = "FORMAT", conflicts_with = "output")]
    pub stdout: Option<StdoutFormat>,

    /// Worker threads (default: all cores). The output is the same for any number.
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Print nothing on stderr but warnings and errors.
    #[arg(short, long)]
    pub quiet: bool,

    /// Print per-document counts on stderr.
    #[arg(short, long, conflicts_with = "quiet")]
    pub verbose: bool,

    /// Fail, writing nothing, if any document fails.
    #[arg(long)]
    pub strict: bool,

    /// Folder of extra rule files that extend the embedded rules (same file names as src/rules/).
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdoutFormat {
    CsvNodes,
    CsvEdges,
    Graphml,
}

impl From<StdoutFormat> for Format {
    fn from(f: StdoutFormat) -> Format {
        match f {
            StdoutFormat::CsvNodes => Format::CsvNodes,
            StdoutFormat::CsvEdges => Format::CsvEdges,
            StdoutFormat::Graphml => Format::Graphml,
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
            (None, Some("-")) => Output::Stdout(Format::Graphml),
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
