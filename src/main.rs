//! The `plenary` binary: parse arguments, run, print any error once, exit with
//! a documented code (0 success, 1 some documents failed, 2 usage error).

mod cli;

use clap::Parser;
use plenary::error::Error;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
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
