//! The `plenary` binary: parse arguments, run, print any error once, exit with
//! a documented code (0 success, 1 some documents failed, 2 usage error).

mod cli;

use clap::Parser;
use plenary::error::Error;
use std::io::Write;
use std::process::ExitCode;

// Extraction makes millions of small, short-lived strings and vectors. On the
// UNGD benchmark jemalloc is about 10% faster than the system allocator with a
// lower peak; mimalloc was as fast but held 80 MB more at two jobs.
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

// One arena per physical core rather than jemalloc's four per core: each arena
// keeps its own freed pages, and at two jobs the default held 294-305 MB on
// UNGD against 271-273 MB, at the same speed. `_RJEM_MALLOC_CONF` still
// overrides it.
#[export_name = "_rjem_malloc_conf"]
pub static MALLOC_CONF: &[u8] = b"percpu_arena:phycpu\0";

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind::*;
            // --help and --version go to stdout; bare `plenary` shows the help.
            if !e.use_stderr() || e.kind() == DisplayHelpOnMissingArgumentOrSubcommand {
                let _ = e.print();
                return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
            }
            eprintln!("plenary: {}", one_line(&e));
            return ExitCode::from(2);
        }
    };
    match cli.command {
        cli::Command::Extract(args) => {
            let result = args.into_config().and_then(|cfg| plenary::run(&cfg));
            match result {
                Ok(summary) if summary.failed.is_empty() => ExitCode::SUCCESS,
                Ok(summary) => {
                    eprintln!(
                        "plenary: {} of {} documents failed; the graph from the rest was written",
                        summary.failed.len(),
                        summary.failed.len() + summary.documents
                    );
                    ExitCode::from(1)
                }
                Err(e) => {
                    eprintln!("plenary: {e}");
                    ExitCode::from(match e {
                        Error::Failed(_) => 1,
                        _ => 2,
                    })
                }
            }
        }
        cli::Command::Diff(args) => match plenary::diff::run(&args.old, &args.new) {
            Ok(d) => {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                for line in &d.lines {
                    // A closed pipe (`| head`) is the reader's choice, not a failure.
                    if writeln!(out, "{line}").is_err() {
                        break;
                    }
                }
                let _ = out.flush();
                if !args.quiet && !d.is_empty() {
                    eprintln!("plenary: {}", d.summary());
                }
                ExitCode::from(if d.is_empty() { 0 } else { 1 })
            }
            Err(e) => {
                eprintln!("plenary: {e}");
                ExitCode::from(2)
            }
        },
        cli::Command::Stats(args) => match plenary::stats::compute(&args.dir, args.top) {
            Ok(s) => {
                let _ = std::io::stdout().write_all(s.render().as_bytes());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("plenary: {e}");
                ExitCode::from(2)
            }
        },
    }
}

/// A clap usage error on one line, like every other message: the error, any
/// tip, and where to look (`plenary: unexpected argument '--job' found; tip: a
/// similar argument exists: '--jobs'; try 'plenary extract --help'`).
fn one_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let mut parts: Vec<String> = Vec::new();
    let mut items: Vec<&str> = Vec::new();
    let mut help = None;
    let mut in_usage = false;
    for line in text.lines() {
        let t = line.trim();
        if let Some(first) = t.strip_prefix("error: ") {
            parts.push(first.trim_end_matches(':').to_string());
        } else if t.starts_with("tip:") {
            parts.push(t.to_string());
        } else if let Some(rest) = t.strip_prefix("For more information, try ") {
            help = Some(rest.trim_end_matches('.').to_string());
        } else if t.starts_with("Usage:") {
            in_usage = true;
        } else if line.starts_with("  ") && !t.is_empty() && parts.len() == 1 && !in_usage {
            items.push(t);
        }
    }
    if !items.is_empty() {
        parts[0] = format!("{}: {}", parts[0], items.join(", "));
    }
    if parts.is_empty() {
        parts.push(text.lines().next().unwrap_or("usage error").to_string());
    }
    if let Some(h) = help {
        let cmd = std::env::args().skip(1).find(|a| !a.starts_with('-'));
        let h = match (h.as_str(), cmd.as_deref()) {
            ("'--help'", Some(c @ ("extract" | "diff" | "stats"))) => {
                format!("'plenary {c} --help'")
            }
            ("'--help'", _) => "'plenary --help'".to_string(),
            _ => h,
        };
        parts.push(format!("try {h}"));
    }
    parts.join("; ")
}
