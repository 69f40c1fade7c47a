//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The plenary binary built for these tests.
pub fn plenary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plenary"))
}

/// Runs plenary with `args`, returning its output.
pub fn run(args: &[&str]) -> Output {
    plenary().args(args).output().expect("plenary runs")
}

/// The fixture documents, sorted by name.
pub fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

/// Reads a file as text, with its path in the panic message.
pub fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Panics with a line diff when two texts differ.
pub fn assert_same_text(what: &str, expected: &str, actual: &str) {
    if expected == actual {
        return;
    }
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut report = String::new();
    for line in &e {
        if !a.contains(line) {
            report.push_str(&format!("- {line}\n"));
        }
    }
    for line in &a {
        if !e.contains(line) {
            report.push_str(&format!("+ {line}\n"));
        }
    }
    if report.is_empty() {
        report.push_str("(same lines, different order or line endings)\n");
    }
    panic!("{what} differs:\n{report}");
}

/// Parses a CSV file into its header and rows.
pub fn csv_rows(p: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}
