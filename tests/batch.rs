//! Batch jobs and bad input (issue 3): every bad input gives its exit code, a
//! one-line message naming the file, and the files expected afterwards; the
//! output does not depend on `--jobs` or on input order; a failed, strict or
//! interrupted run leaves the previous output folder as it was; stdout exports
//! are the folder's files.

use crate::util::{csv_rows, fixtures, plenary, root};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

/// Runs plenary with `args` (paths as strings).
fn run<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Output {
    plenary().args(args).output().expect("plenary runs")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited, not killed")
}

fn stderr_lines(o: &Output) -> Vec<String> {
    String::from_utf8_lossy(&o.stderr)
        .lines()
        .map(String::from)
        .collect()
}

/// Every message is one line, prefixed `plenary: `.
fn assert_one_line_messages(o: &Output) {
    for l in stderr_lines(o) {
        assert!(l.starts_with("plenary: "), "not a plenary message: {l:?}");
    }
}

/// The stderr line that mentions `needle`, asserting there is exactly one.
fn line_with(o: &Output, needle: &str) -> String {
    let lines: Vec<String> = stderr_lines(o)
        .into_iter()
        .filter(|l| l.contains(needle))
        .collect();
    assert_eq!(
        lines.len(),
        1,
        "expected one stderr line with {needle:?}, got {lines:?}; stderr:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    lines.into_iter().next().unwrap()
}

/// Every file in a folder, by name, with its bytes.
fn folder(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn s(p: &Path) -> String {
    p.display().to_string()
}

fn fixture(i: usize) -> PathBuf {
    fixtures()[i].clone()
}

/// A folder holding copies of the given fixtures.
fn folder_with_fixtures(idx: &[usize]) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    for &i in idx {
        let f = fixture(i);
        std::fs::copy(&f, d.path().join(f.file_name().unwrap())).unwrap();
    }
    d
}

/// The node names of nodes.csv (second column).
fn node_names(dir: &Path) -> Vec<String> {
    csv_rows(&dir.join("nodes.csv"))
        .1
        .into_iter()
        .map(|r| r[1].clone())
        .collect()
}

/// The documents column of every node and edge, split.
fn documents_named(dir: &Path) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for (file, col) in [("nodes.csv", 5), ("edges.csv", 4)] {
        for r in csv_rows(&dir.join(file)).1 {
            out.extend(r[col].split(';').map(String::from));
        }
    }
    out
}

#[test]
fn an_empty_file_is_a_warning_and_the_rest_is_extracted() {
    let input = folder_with_fixtures(&[0]);
    let empty = input.path().join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let blank = input.path().join("blank.txt");
    std::fs::write(&blank, b" \r\n\n\t \n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = run(&["extract", &s(input.path()), "-o", &s(out.path()), "--quiet"]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    assert_one_line_messages(&o);
    for f in [&empty, &blank] {
        let l = line_with(&o, &s(f));
        assert_eq!(
            l,
            format!(
                "plenary: warning: {}: empty document, nothing to extract",
                s(f)
            )
        );
    }
    assert_eq!(stderr_lines(&o).len(), 2);
    let docs = documents_named(out.path());
    assert!(docs.contains(fixture(0).file_name().unwrap().to_str().unwrap()));
    assert!(!docs.contains("empty.txt") && !docs.contains("blank.txt"));
}

#[test]
fn binary_files_are_skipped_with_exit_code_1_and_the_rest_is_written() {
    let input = folder_with_fixtures(&[0]);
    let bad: [(&str, &[u8], &str); 4] = [
        (
            "report.txt",
            b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj",
            "a PDF file",
        ),
        ("scan.txt", b"\x89PNG\r\n\x1A\n\0\0\0\rIHDR", "a PNG image"),
        (
            "nul.txt",
            b"The General Assembly\0\0\0 met.",
            "a binary file (NUL bytes)",
        ),
        ("photo.txt", b"\xFF\xD8\xFF\xE0\0\x10JFIF", "a JPEG image"),
    ];
    for (name, bytes, _) in bad {
        std::fs::write(input.path().join(name), bytes).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let o = run(&["extract", &s(input.path()), "-o", &s(out.path())]);
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    assert_one_line_messages(&o);
    for (name, _, kind) in bad {
        let p = input.path().join(name);
        assert_eq!(
            line_with(&o, &s(&p)),
            format!("plenary: {}: {kind}, skipped", s(&p))
        );
    }
    assert_eq!(
        line_with(&o, "documents failed"),
        "plenary: 4 of 5 documents failed; the graph from the rest was written"
    );
    // The graph from the good document is there, and no bad file is named in it.
    let files = folder(out.path());
    for f in ["nodes.csv", "edges.csv", "graph.graphml"] {
        assert!(files.contains_key(f), "{f} missing: {:?}", files.keys());
    }
    assert!(!node_names(out.path()).is_empty());
    let docs = documents_named(out.path());
    assert_eq!(
        docs.into_iter().collect::<Vec<_>>(),
        vec![fixture(0)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned()]
    );
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning_giving_the_byte_offset() {
    let input = tempfile::tempdir().unwrap();
    // Latin-1 bytes in a UTF-8 file: "Genève" with a bare \xE8, after a BOM.
    let mut bytes =
        b"\xEF\xBB\xBFThe Government of Switzerland hosted the meeting in Gen\xE8ve. ".to_vec();
    bytes.extend_from_slice(b"The General Assembly adopted resolution 60/227 on 23 December 2005.");
    let bad_at = bytes.iter().position(|&b| b == 0xE8).unwrap();
    let f = input.path().join("latin1.txt");
    std::fs::write(&f, &bytes).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = run(&["extract", &s(&f), "-o", &s(out.path())]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        stderr_lines(&o),
        vec![format!(
            "plenary: warning: {}: invalid UTF-8 at byte {bad_at}, decoded with replacement characters",
            s(&f)
        )]
    );
    let names = node_names(out.path());
    for n in [
        "Switzerland",
        "General Assembly",
        "A/RES/60/227",
        "2005-12-23",
    ] {
        assert!(names.iter().any(|x| x == n), "{n} not in {names:?}");
    }
    // Mention offsets point at the surface text in the file as it is on disk,
    // after the BOM and after the one-byte invalid sequence.
    let (_, rows) = csv_rows(&out.path().join("mentions.csv"));
    assert!(rows.len() >= 4);
    for r in rows {
        let n = r.len();
        let (start, end): (usize, usize) = (r[n - 3].parse().unwrap(), r[n - 2].parse().unwrap());
        assert_eq!(
            String::from_utf8_lossy(&bytes[start..end]),
            r[n - 1],
            "{r:?}"
        );
    }
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded_like_utf8() {
    let text = std::fs::read_to_string(fixture(0)).unwrap();
    let name = fixture(0).file_name().unwrap().to_owned();
    let mut results = Vec::new();
    for enc in ["utf-8", "utf-16le", "utf-16be"] {
        let input = tempfile::tempdir().unwrap();
        let bytes: Vec<u8> = match enc {
            "utf-8" => text.as_bytes().to_vec(),
            "utf-16le" => [0xFF, 0xFE]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                .collect(),
            _ => [0xFE, 0xFF]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
                .collect(),
        };
        std::fs::write(input.path().join(&name), &bytes).unwrap();
        let out = tempfile::tempdir().unwrap();
        let o = run(&["extract", &s(input.path()), "-o", &s(out.path())]);
        assert_eq!(code(&o), 0, "{enc}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(
            o.stderr.is_empty(),
            "{enc}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let files = folder(out.path());
        // Offsets in mentions.csv differ by encoding (they point into each file);
        // they must still lead back to the surface text.
        let (_, rows) = csv_rows(&out.path().join("mentions.csv"));
        for r in rows.iter().take(50) {
            let n = r.len();
            let (a, b): (usize, usize) = (r[n - 3].parse().unwrap(), r[n - 2].parse().unwrap());
            let raw = &bytes[a..b];
            let surface = match enc {
                "utf-8" => String::from_utf8_lossy(raw).into_owned(),
                "utf-16le" => String::from_utf16_lossy(
                    &raw.chunks(2)
                        .map(|c| u16::from_le_bytes([c[0], c[1]]))
                        .collect::<Vec<_>>(),
                ),
                _ => String::from_utf16_lossy(
                    &raw.chunks(2)
                        .map(|c| u16::from_be_bytes([c[0], c[1]]))
                        .collect::<Vec<_>>(),
                ),
            };
            assert_eq!(
                surface.split_whitespace().collect::<Vec<_>>().join(" "),
                r[n - 1],
                "{enc}: {r:?}"
            );
        }
        results.push((files["nodes.csv"].clone(), files["edges.csv"].clone()));
    }
    assert!(!results[0].0.is_empty());
    assert!(
        results[0] == results[1],
        "UTF-16LE gives another graph than UTF-8"
    );
    assert!(
        results[0] == results[2],
        "UTF-16BE gives another graph than UTF-8"
    );
}

#[test]
fn a_50_mb_document_with_no_newline_completes() {
    let input = tempfile::tempdir().unwrap();
    let sentence = "The General Assembly adopted resolution 60/227 on 23 December 2005. ";
    let filler = "and the delegates spoke at length about the many questions of migration without any pause ";
    let size = 50 * 1024 * 1024;
    let mut text = String::with_capacity(size);
    text.push_str(sentence);
    while text.len() < size - sentence.len() - filler.len() {
        text.push_str(filler);
    }
    text.push_str(sentence);
    assert!(!text.contains('\n') && text.len() >= 50_000_000);
    let f = input.path().join("one-line.txt");
    std::fs::write(&f, &text).unwrap();
    drop(text);
    let out = tempfile::tempdir().unwrap();
    let o = run(&["extract", &s(&f), "-o", &s(out.path())]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // Both ends of the line were read: the date is mentioned twice.
    let (_, rows) = csv_rows(&out.path().join("nodes.csv"));
    let date = rows
        .iter()
        .find(|r| r[1] == "2005-12-23")
        .expect("the date node");
    assert_eq!(date[4], "2");
}

#[test]
fn a_file_that_vanished_fails_that_document_only() {
    let input = folder_with_fixtures(&[0]);
    // Listed in the folder, gone when opened: a symlink to nothing.
    let gone = input.path().join("gone.txt");
    std::os::unix::fs::symlink(input.path().join("deleted-meanwhile.txt"), &gone).unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = run(&["extract", &s(input.path()), "-o", &s(out.path())]);
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    assert_one_line_messages(&o);
    assert_eq!(
        line_with(&o, "gone.txt"),
        format!("plenary: {}: no such file or directory, skipped", s(&gone))
    );
    assert_eq!(
        line_with(&o, "documents failed"),
        "plenary: 1 of 2 documents failed; the graph from the rest was written"
    );
    assert!(!node_names(out.path()).is_empty());
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(2) == Some("0"))
        })
        .unwrap_or(false)
}

#[test]
fn an_unreadable_file_fails_that_document_only() {
    use std::os::unix::fs::PermissionsExt;
    let input = folder_with_fixtures(&[0]);
    let locked = input.path().join("locked.txt");
    std::fs::write(&locked, "The General Assembly met in Geneva.").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut cmd = plenary();
    if is_root() {
        // Root reads anything: run as nobody, with setpriv, where there is one.
        let bin = env!("CARGO_BIN_EXE_plenary");
        let ok = std::process::Command::new("setpriv")
            .args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                bin,
                "--version",
            ])
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            println!("notice: running as root without a working setpriv; the unreadable-file case is skipped (the vanished-file case covers the same path)");
            return;
        }
        for d in [input.path(), out.path()] {
            std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o777)).unwrap();
        }
        std::fs::set_permissions(
            input.path().join(fixture(0).file_name().unwrap()),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
        cmd = std::process::Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
    }
    let o = cmd
        .args(["extract", &s(input.path()), "-o", &s(out.path())])
        .env("TMPDIR", out.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    assert_one_line_messages(&o);
    assert_eq!(
        line_with(&o, "locked.txt"),
        format!("plenary: {}: permission denied, skipped", s(&locked))
    );
    assert!(!node_names(out.path()).is_empty());
}

#[test]
fn a_symlink_loop_in_a_folder_is_a_warning_and_reads_each_file_once() {
    let input = folder_with_fixtures(&[0]);
    let sub = input.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::os::unix::fs::symlink(input.path(), sub.join("up")).unwrap();
    let (out, plain) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let o = run(&["extract", &s(input.path()), "-o", &s(out.path())]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        stderr_lines(&o),
        vec![format!(
            "plenary: warning: {}: symlink loop, not followed",
            s(&sub.join("up"))
        )]
    );
    let o = run(&["extract", &s(&fixture(0)), "-o", &s(plain.path())]);
    assert_eq!(code(&o), 0);
    // Mentions counted once, not once per path through the loop.
    assert_eq!(
        folder(out.path())["nodes.csv"],
        folder(plain.path())["nodes.csv"]
    );
}

#[test]
fn folders_are_read_recursively_even_one_named_like_a_file() {
    let input = tempfile::tempdir().unwrap();
    let deep = input.path().join("2008").join("annexes.txt");
    std::fs::create_dir_all(&deep).unwrap();
    for (i, dir) in [(0, input.path().to_path_buf()), (1, deep.clone())] {
        let f = fixture(i);
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
    std::fs::write(input.path().join("notes.md"), "The General Assembly").unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = run(&["extract", &s(input.path()), "-o", &s(out.path())]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stderr.is_empty());
    let docs = documents_named(out.path());
    for i in [0, 1] {
        assert!(docs.contains(fixture(i).file_name().unwrap().to_str().unwrap()));
    }
    assert!(
        !docs.contains("notes.md"),
        "only .txt files are read in folders"
    );
    // The same file named twice (as a folder and as a file) is read once.
    let twice = tempfile::tempdir().unwrap();
    let f0 = input.path().join(fixture(0).file_name().unwrap());
    let o = run(&["extract", &s(input.path()), &s(&f0), "-o", &s(twice.path())]);
    assert_eq!(code(&o), 0);
    assert_eq!(
        folder(out.path())["nodes.csv"],
        folder(twice.path())["nodes.csv"]
    );
}

#[test]
fn an_output_that_is_a_file_is_a_usage_error_and_nothing_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out");
    std::fs::write(&file, "keep me").unwrap();
    let o = run(&["extract", &s(&fixture(0)), "-o", &s(&file)]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr_lines(&o),
        vec![format!(
            "plenary: {}: exists and is not a folder (-o takes a folder; -o - writes to stdout)",
            s(&file)
        )]
    );
    let below = file.join("sub");
    let o = run(&["extract", &s(&fixture(0)), "-o", &s(&below)]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr_lines(&o),
        vec![format!(
            "plenary: {}: cannot create the output folder: {} is not a folder",
            s(&below),
            s(&file)
        )]
    );
    assert_eq!(std::fs::read(&file).unwrap(), b"keep me");
    assert_eq!(folder(dir.path()).len(), 1);
}

#[cfg(target_os = "linux")]
#[test]
fn an_unwritable_output_is_a_usage_error_before_any_work() {
    // Nobody, root included, can create files in /proc.
    let o = run(&["extract", &s(&fixture(0)), "-o", "/proc/plenary-out"]);
    assert_eq!(code(&o), 2);
    let l = line_with(&o, "/proc/plenary-out");
    assert!(
        l.starts_with("plenary: /proc/plenary-out: output not writable: "),
        "{l}"
    );
    assert_eq!(stderr_lines(&o).len(), 1);
}

#[test]
fn a_missing_input_or_a_bad_flag_is_a_usage_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let missing = dir.path().join("no-such-folder");
    let o = run(&["extract", &s(&fixture(0)), &s(&missing), "-o", &s(&out)]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr_lines(&o),
        vec![format!(
            "plenary: {}: no such file or directory",
            s(&missing)
        )]
    );
    assert!(!out.exists());
    for bad in [
        vec!["extract", "--jobz", "2"],
        vec!["extract", "--jobs", "many"],
        vec!["extract", "--jobs", "0"],
        vec!["extract", "--stdout", "xml"],
        vec!["extract"],
    ] {
        let mut args = bad.clone();
        let f = s(&fixture(0));
        let o_ = s(&out);
        if bad.len() > 1 {
            args.extend([f.as_str(), "-o", o_.as_str()]);
        }
        let o = run(&args);
        assert_eq!(code(&o), 2, "{bad:?}");
        let lines = stderr_lines(&o);
        assert_eq!(lines.len(), 1, "{bad:?}: {lines:?}");
        assert!(lines[0].starts_with("plenary: "), "{lines:?}");
        assert!(!out.exists(), "{bad:?} wrote an output");
    }
}

#[test]
fn strict_mode_fails_and_leaves_the_previous_output_untouched() {
    let input = folder_with_fixtures(&[0, 1]);
    let out = tempfile::tempdir().unwrap();
    let o = run(&["extract", &s(input.path()), "-o", &s(out.path())]);
    assert_eq!(code(&o), 0);
    let before = folder(out.path());
    assert!(before.len() >= 3);
    // Now one more document, and a bad one.
    let f = fixture(2);
    std::fs::copy(&f, input.path().join(f.file_name().unwrap())).unwrap();
    let pdf = input.path().join("scan.txt");
    std::fs::write(&pdf, b"%PDF-1.7").unwrap();
    let o = run(&[
        "extract",
        &s(input.path()),
        "-o",
        &s(out.path()),
        "--strict",
    ]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr_lines(&o),
        vec![
            format!("plenary: {}: a PDF file, skipped", s(&pdf)),
            "plenary: 1 of 4 documents failed; nothing written (--strict)".to_string(),
        ]
    );
    assert_eq!(
        folder(out.path()),
        before,
        "--strict changed the output folder"
    );
    // Without --strict the same run writes the graph of the three good ones.
    let o = run(&["extract", &s(input.path()), "-o", &s(out.path())]);
    assert_eq!(code(&o), 1);
    let after = folder(out.path());
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>(),
        "no temporary file left behind"
    );
    assert_ne!(after["nodes.csv"], before["nodes.csv"]);
}

#[test]
fn an_interrupted_run_leaves_the_previous_output_untouched() {
    let out = tempfile::tempdir().unwrap();
    let o = run(&["extract", &s(&fixture(0)), "-o", &s(out.path())]);
    assert_eq!(code(&o), 0);
    let before = folder(out.path());
    // A long document, killed while it is being extracted.
    let input = tempfile::tempdir().unwrap();
    // Several seconds of work even in a release build.
    let text = std::fs::read_to_string(fixture(1)).unwrap().repeat(300);
    let big = input.path().join("big.txt");
    std::fs::write(&big, text).unwrap();
    let mut child = plenary()
        .args(["extract", &s(&big), "-o", &s(out.path()), "--jobs", "1"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let finished = child.try_wait().unwrap().is_some();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!finished, "the run finished before it could be interrupted");
    assert_eq!(
        folder(out.path()),
        before,
        "an interrupted run changed the output folder"
    );
}

#[test]
fn jobs_1_and_jobs_4_and_any_input_order_give_identical_bytes() {
    let files: Vec<String> = fixtures().iter().map(|p| s(p)).collect();
    let mut reversed = files.clone();
    reversed.reverse();
    let mut outputs = Vec::new();
    for (jobs, inputs) in [
        ("1", &files),
        ("4", &files),
        ("4", &reversed),
        ("3", &reversed),
    ] {
        let out = tempfile::tempdir().unwrap();
        let mut args = vec!["extract".to_string()];
        args.extend(inputs.iter().cloned());
        args.extend(["-o".into(), s(out.path()), "--jobs".into(), jobs.into()]);
        let o = run(&args);
        assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
        outputs.push((jobs, folder(out.path())));
    }
    let (_, first) = &outputs[0];
    assert!(first.len() >= 3 && first.values().all(|b| !b.is_empty()));
    for (jobs, other) in &outputs[1..] {
        assert_eq!(
            first.keys().collect::<Vec<_>>(),
            other.keys().collect::<Vec<_>>()
        );
        for (name, bytes) in first {
            assert!(
                bytes == &other[name],
                "{name} differs between --jobs 1 and --jobs {jobs}"
            );
        }
    }
}

#[test]
fn stdout_exports_are_the_folder_files_and_jsonl_matches_the_csvs() {
    let fx = s(&root().join("fixtures"));
    let out = tempfile::tempdir().unwrap();
    let o = run(&["extract", &fx, "-o", &s(out.path())]);
    assert_eq!(code(&o), 0);
    let files = folder(out.path());
    for (format, file) in [
        ("csv-nodes", "nodes.csv"),
        ("csv-edges", "edges.csv"),
        ("graphml", "graph.graphml"),
    ] {
        let o = run(&["extract", &fx, "--stdout", format]);
        assert_eq!(code(&o), 0);
        assert!(o.stderr.is_empty());
        assert!(
            o.stdout == files[file],
            "--stdout {format} differs from {file}"
        );
    }
    let jsonl = run(&["extract", &fx, "--stdout", "jsonl"]);
    let dash = run(&["extract", &fx, "-o", "-"]);
    assert_eq!((code(&jsonl), code(&dash)), (0, 0));
    assert_eq!(jsonl.stdout, dash.stdout, "-o - writes the jsonl export");
    // One object per line, nodes then edges, in the order of the CSVs.
    let (_, nodes) = csv_rows(&out.path().join("nodes.csv"));
    let (_, edges) = csv_rows(&out.path().join("edges.csv"));
    let lines: Vec<serde_json::Value> = String::from_utf8(jsonl.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    assert_eq!(lines.len(), nodes.len() + edges.len());
    for (v, row) in lines.iter().zip(&nodes) {
        assert_eq!(v["type"], "node");
        assert_eq!(v["id"], row[0].as_str());
        assert_eq!(v["name"], row[1].as_str());
        assert_eq!(v["label"], row[2].as_str());
        assert_eq!(v["mentions"].as_u64().unwrap().to_string(), row[4]);
        let docs: Vec<&str> = v["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        assert_eq!(docs.join(";"), row[5]);
    }
    for (v, row) in lines[nodes.len()..].iter().zip(&edges) {
        assert_eq!(v["type"], "edge");
        assert_eq!(
            (
                v["source"].as_str(),
                v["target"].as_str(),
                v["label"].as_str()
            ),
            (
                Some(row[0].as_str()),
                Some(row[1].as_str()),
                Some(row[2].as_str())
            )
        );
        assert_eq!(v["count"].as_u64().unwrap().to_string(), row[3]);
        assert_eq!(
            v["weight"].as_f64().unwrap(),
            row[3].parse::<f64>().unwrap()
        );
        assert_eq!(v["evidence"], row[5].as_str());
        assert!(v["rule"].as_str().is_some_and(|r| !r.is_empty()));
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = plenary()
        .args(["extract", &s(&root().join("fixtures")), "--stdout", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, as `| head -1` would, and close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let o = child.wait_with_output().unwrap();
    assert!(first.starts_with(b"{\"type\":\"node\""));
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn stdin_is_one_document_named_stdin() {
    let mut child = plenary()
        .args(["extract", "-", "--stdout", "csv-nodes"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let text = std::fs::read(fixture(0)).unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &text).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let file = run(&["extract", &s(&fixture(0)), "--stdout", "csv-nodes"]);
    let name = fixture(0)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(file.stdout)
            .unwrap()
            .replace(&name, "stdin")
    );
}

#[test]
fn stderr_is_quiet_unless_asked_and_verbose_counts_each_document() {
    let input = folder_with_fixtures(&[0, 1, 2]);
    let out = tempfile::tempdir().unwrap();
    // stderr is a pipe here, not a terminal: no progress bar, nothing at all.
    let o = run(&["extract", &s(input.path()), "-o", &s(out.path())]);
    assert_eq!(code(&o), 0);
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = run(&["extract", &s(input.path()), "-o", &s(out.path()), "-v"]);
    assert_eq!(code(&o), 0);
    let mut lines = stderr_lines(&o);
    lines.sort();
    assert_eq!(lines.len(), 3, "{lines:?}");
    let (_, mentions) = csv_rows(&out.path().join("mentions.csv"));
    for (l, i) in lines.iter().zip([0, 1, 2]) {
        let f = input.path().join(fixture(i).file_name().unwrap());
        let rest = l
            .strip_prefix(&format!("plenary: {}: ", s(&f)))
            .unwrap_or_else(|| panic!("{l}"));
        let (m, r) = rest.split_once(" mentions, ").unwrap();
        let m: usize = m.parse().unwrap();
        assert!(r.ends_with(" relations"), "{l}");
        // At most the rows of mentions.csv for that document (nested ones are aliases).
        let name = f.file_name().unwrap().to_str().unwrap();
        let rows = mentions.iter().filter(|row| row[1] == name).count();
        assert!(m > 0 && m <= rows, "{l}: {rows} rows in mentions.csv");
    }
}

#[test]
fn a_progress_bar_shows_on_a_terminal_unless_quiet() {
    // `script` (util-linux) runs plenary on a pseudo-terminal.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("notice: no `script` command; the terminal case is skipped");
        return;
    }
    let input = folder_with_fixtures(&[0, 1, 2]);
    let mut seen = Vec::new();
    for quiet in [false, true] {
        let out = tempfile::tempdir().unwrap();
        let log = out.path().join("typescript");
        let cmd = format!(
            "{} extract {} -o {} --jobs 1{}",
            env!("CARGO_BIN_EXE_plenary"),
            s(input.path()),
            s(&out.path().join("graph")),
            if quiet { " --quiet" } else { "" }
        );
        let o = std::process::Command::new("script")
            .args(["-qec", &cmd, &s(&log)])
            .stdout(Stdio::null())
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let tty = String::from_utf8_lossy(&std::fs::read(&log).unwrap()).into_owned();
        seen.push(tty.contains("/3 documents") && tty.contains("ETA"));
    }
    assert_eq!(seen, vec![true, false], "bar without --quiet, none with it");
}
