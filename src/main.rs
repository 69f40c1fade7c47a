//! The `plenary` binary: parse arguments, run, print any error once, exit with
//! a documented code (0 success, 1 some documents failed, 2 usage error).

mod cli;

use clap::Parser;
use plenary::error::Error;
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
    }
}
