//! The exports against their real consumers: networkx and igraph read
//! `graph.graphml`, networkx reads `graph.gexf` as GEXF 1.3, Kuzu (an embedded
//! graph database with Cypher) loads the CSVs and answers queries, and Gephi's
//! own importer (the gephi-toolkit jar, through `ImportController`) opens both
//! graph files, and Neo4j's Cypher parser (npm) accepts `load.cypher`. Every
//! check compares with `nodes.csv` and `edges.csv` of the same run.
//!
//! These need Python (networkx, igraph, kuzu), Java, the Gephi toolkit jar and
//! Node.js, so they run only with `PLENARY_INTEROP=1`; `.ci/interop.sh`
//! installs everything and runs them. Without it each test prints a notice and
//! passes. The tests of mentions.csv and load.cypher's columns always run.
//! Environment: `PLENARY_PYTHON` (default `python3`), `PLENARY_GEPHI_JAR`
//! (default `target/interop/gephi-toolkit-0.9.2-all.jar`),
//! `PLENARY_NODE_MODULES` (default `target/interop/node/node_modules`).

use crate::util::{csv_rows, root, run};
use plenary::export::gexf::span;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Whether interop tests run; if not, says so on stderr past the test harness's capture.
fn enabled(test: &str) -> bool {
    if std::env::var("PLENARY_INTEROP").is_ok_and(|v| v == "1") {
        return true;
    }
    let _ = writeln!(
        std::io::stderr(),
        "interop::{test}: skipped; set PLENARY_INTEROP=1 to run it (.ci/interop.sh installs what it needs)"
    );
    false
}

fn tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("interop")
}

/// One fresh extraction of the fixtures for all interop tests.
fn export() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tmp().join("out");
        let _ = std::fs::remove_dir_all(&dir);
        let fixtures = root().join("fixtures").display().to_string();
        let o = run(&[
            "extract",
            &fixtures,
            "-o",
            &dir.display().to_string(),
            "--quiet",
        ]);
        assert!(
            o.status.success(),
            "extract failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        dir
    })
}

/// The graph as the CSVs have it.
struct CsvGraph {
    /// id → (name, label)
    nodes: BTreeMap<String, (String, String)>,
    /// (start, type, end) → count
    edges: BTreeMap<(String, String, String), u64>,
    /// (start, type, end) → evidence
    evidence: BTreeMap<(String, String, String), String>,
}

impl CsvGraph {
    fn read(dir: &Path) -> CsvGraph {
        let (_, nrows) = csv_rows(&dir.join("nodes.csv"));
        let (_, erows) = csv_rows(&dir.join("edges.csv"));
        let nodes = nrows
            .into_iter()
            .map(|r| (r[0].clone(), (r[1].clone(), r[2].clone())))
            .collect();
        let evidence = erows
            .iter()
            .map(|r| ((r[0].clone(), r[2].clone(), r[1].clone()), r[5].clone()))
            .collect();
        let edges = erows
            .into_iter()
            .map(|r| {
                (
                    (r[0].clone(), r[2].clone(), r[1].clone()),
                    r[3].parse().unwrap(),
                )
            })
            .collect();
        CsvGraph {
            nodes,
            edges,
            evidence,
        }
    }

    fn names(&self) -> BTreeMap<String, String> {
        self.nodes
            .iter()
            .map(|(id, (name, _))| (id.clone(), name.clone()))
            .collect()
    }

    fn labels(&self) -> BTreeMap<String, String> {
        self.nodes
            .iter()
            .map(|(id, (_, label))| (id.clone(), label.clone()))
            .collect()
    }

    /// Names of the subjects of `kind` edges into the node named `object`.
    fn subjects(&self, kind: &str, object: &str) -> BTreeSet<String> {
        self.edges
            .keys()
            .filter(|(_, t, o)| t == kind && self.nodes[o].0 == object)
            .map(|(s, _, _)| self.nodes[s].0.clone())
            .collect()
    }
}

fn python(script: &str, args: &[&Path]) -> serde_json::Value {
    let py = std::env::var("PLENARY_PYTHON").unwrap_or_else(|_| "python3".into());
    let o = Command::new(&py)
        .arg(root().join("tests/python").join(script))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{py}: {e}; run .ci/interop.sh"));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{script} failed:\n{stderr}");
    assert!(
        stderr.trim().is_empty(),
        "{script} printed on stderr (a warning?):\n{stderr}"
    );
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{script}: bad JSON: {e}"))
}

fn string_map(v: &serde_json::Value) -> BTreeMap<String, String> {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
        .collect()
}

#[test]
fn networkx_and_igraph_read_the_graphml_without_warnings() {
    if !enabled("networkx_and_igraph_read_the_graphml_without_warnings") {
        return;
    }
    let dir = export();
    let csv = CsvGraph::read(dir);
    let got = python("graphml_read.py", &[&dir.join("graph.graphml")]);
    for lib in ["networkx", "igraph"] {
        let g = &got[lib];
        assert_eq!(g["warnings"], serde_json::json!([]), "{lib} warned");
        assert_eq!(g["directed"], true, "{lib}: directed");
        assert_eq!(g["nodes"], csv.nodes.len(), "{lib}: node count");
        assert_eq!(g["edges"], csv.edges.len(), "{lib}: edge count");
        assert_eq!(string_map(&g["labels"]), csv.names(), "{lib}: labels");
        assert_eq!(string_map(&g["types"]), csv.labels(), "{lib}: types");
        let edges: BTreeMap<(String, String, String), f64> = g["edge_list"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let s = |i: usize| e[i].as_str().unwrap().to_string();
                (
                    (s(0), s(1), s(2)),
                    e[3].as_f64().expect("weight is a number"),
                )
            })
            .collect();
        let want: BTreeMap<_, f64> = csv
            .edges
            .iter()
            .map(|(k, c)| (k.clone(), *c as f64))
            .collect();
        assert_eq!(edges, want, "{lib}: edges and weights");
    }
}

#[test]
fn networkx_reads_the_gexf_as_gexf_1_3_with_conference_dates() {
    if !enabled("networkx_reads_the_gexf_as_gexf_1_3_with_conference_dates") {
        return;
    }
    let dir = export();
    let csv = CsvGraph::read(dir);
    let g = python("gexf_read.py", &[&dir.join("graph.gexf")]);
    assert_eq!(g["warnings"], serde_json::json!([]));
    assert_eq!(g["directed"], true);
    assert_eq!(g["mode"], "dynamic");
    assert_eq!(g["nodes"], csv.nodes.len());
    assert_eq!(g["edges"], csv.edges.len());
    let nodes = g["node_data"].as_object().unwrap();
    for (id, (name, label)) in &csv.nodes {
        assert_eq!(nodes[id]["label"], name.as_str(), "{id}");
        assert_eq!(nodes[id]["type"], label.as_str(), "{id}");
    }
    // Each conference starts on the first day of one of its HELD_ON dates (the
    // most precise, then earliest), and only conferences with one have a start.
    let mut held_on: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (s, t, o) in csv.edges.keys() {
        if t == "HELD_ON" && csv.nodes[o].1 == "Date" {
            held_on.entry(s).or_default().push(&csv.nodes[o].0);
        }
    }
    let mut dated = 0;
    for (id, (_, label)) in &csv.nodes {
        if label != "Conference" {
            continue;
        }
        let start = nodes[id]["start"].as_str();
        match held_on.get(id.as_str()) {
            None => assert_eq!(start, None, "{id} has no HELD_ON date but starts"),
            Some(dates) => {
                let starts: BTreeSet<String> = dates
                    .iter()
                    .filter_map(|d| span(d))
                    .map(|s| s.start)
                    .collect();
                let start = start.unwrap_or_else(|| panic!("{id}: no start, HELD_ON {dates:?}"));
                assert!(
                    starts.contains(start),
                    "{id} starts {start}, HELD_ON {dates:?}"
                );
                if dates.len() == 1 {
                    assert_eq!(Some(start), starts.iter().next().map(String::as_str));
                }
                dated += 1;
            }
        }
    }
    assert!(dated >= 5, "only {dated} conferences have a date");
    // Date nodes last as long as their date.
    for (id, (name, label)) in &csv.nodes {
        if label == "Date" {
            if let Some(s) = span(name) {
                assert_eq!(nodes[id]["start"], s.start.as_str(), "{id}");
                assert_eq!(nodes[id]["end"], s.end.as_str(), "{id}");
            }
        }
    }
    // Edges: a HELD_ON or DATED edge lasts as long as its date; an edge stated
    // in the same sentence as exactly one HELD_ON date about its subject (same
    // evidence) starts on that date.
    type Spell = (Option<String>, Option<String>);
    let edge_times: BTreeMap<(String, String, String), Spell> = g["edge_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let s = |i: usize| e[i].as_str().map(String::from);
            ((s(0).unwrap(), s(1).unwrap(), s(2).unwrap()), (s(4), s(5)))
        })
        .collect();
    let mut inherited = 0;
    for (key @ (s, t, o), ev) in &csv.evidence {
        let (start, end) = &edge_times[key];
        if (t == "HELD_ON" || t == "DATED") && csv.nodes[o].1 == "Date" {
            let sp = span(&csv.nodes[o].0).unwrap();
            assert_eq!(start.as_deref(), Some(sp.start.as_str()), "{key:?}");
            assert_eq!(end.as_deref(), Some(sp.end.as_str()), "{key:?}");
            continue;
        }
        let stated: Vec<&String> = csv
            .evidence
            .iter()
            .filter(|((s2, t2, _), ev2)| s2 == s && t2 == "HELD_ON" && *ev2 == ev)
            .map(|((_, _, date), _)| &csv.nodes[date].0)
            .collect();
        // (Only edges stated once: with more sentences the most precise date wins.)
        if let ([date], 1) = (&stated[..], csv.edges[key]) {
            let sp = span(date).unwrap();
            assert_eq!(start.as_deref(), Some(sp.start.as_str()), "{key:?}: {ev}");
            assert_eq!(end, &None, "{key:?}");
            inherited += 1;
        }
    }
    assert!(
        inherited >= 5,
        "only {inherited} edges inherit a date from their sentence"
    );
}

#[test]
fn kuzu_loads_the_csvs_and_answers_cypher_queries() {
    if !enabled("kuzu_loads_the_csvs_and_answers_cypher_queries") {
        return;
    }
    let dir = export();
    let csv = CsvGraph::read(dir);
    let db = tmp().join("kuzu-db");
    let _ = std::fs::remove_dir_all(&db);
    let _ = std::fs::remove_file(&db);
    let got = python("kuzu_load.py", &[dir, &db]);
    assert_eq!(got["nodes"], csv.nodes.len());
    assert_eq!(got["edges"], csv.edges.len());
    let list = |k: &str| -> BTreeSet<String> {
        got[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let members = list("gmg_members");
    assert_eq!(members, csv.subjects("MEMBER_OF", "Global Migration Group"));
    for m in [
        "International Organization for Migration",
        "International Labour Organization",
        "United Nations Development Programme",
        "World Bank",
    ] {
        assert!(
            members.contains(m),
            "{m} missing from the GMG members: {members:?}"
        );
    }
    let hosts = list("gfmd_first_meeting_hosts");
    let first = "first meeting of the Global Forum on Migration and Development";
    assert_eq!(hosts, csv.subjects("HOSTED", first));
    assert!(hosts.contains("Belgium"), "hosts of the {first}: {hosts:?}");
}

/// Gephi's view of one graph file (see tests/gephi/GephiImport.java).
#[derive(Debug, Default)]
struct GephiView {
    issues: Vec<(String, String)>,
    nodes: usize,
    edges: usize,
    /// (node|edge, id) → Java class of the column
    columns: BTreeMap<(String, String), String>,
    /// id → (label, type, start)
    node_list: BTreeMap<String, (String, String, Option<String>)>,
    /// (source, kind, label, target, weight)
    edge_list: Vec<(String, String, String, String, f64)>,
}

fn gephi(file: &Path) -> GephiView {
    static CLASSES: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    let (jar, classes) = CLASSES.get_or_init(|| {
        let jar = std::env::var("PLENARY_GEPHI_JAR")
            .map(PathBuf::from)
            .unwrap_or_else(|_| root().join("target/interop/gephi-toolkit-0.9.2-all.jar"));
        assert!(
            jar.is_file(),
            "{}: no Gephi toolkit jar; run .ci/interop.sh",
            jar.display()
        );
        let classes = tmp().join("gephi-classes");
        std::fs::create_dir_all(&classes).unwrap();
        let o = Command::new("javac")
            .args(["-nowarn", "-proc:none", "-cp"])
            .arg(&jar)
            .arg("-d")
            .arg(&classes)
            .arg(root().join("tests/gephi/GephiImport.java"))
            .output()
            .expect("javac runs");
        assert!(
            o.status.success(),
            "javac: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        (jar, classes)
    });
    let cp = format!("{}:{}", jar.display(), classes.display());
    let o = Command::new("java")
        .args(["-Djava.awt.headless=true", "-cp", &cp, "GephiImport"])
        .arg(file)
        .output()
        .expect("java runs");
    assert!(
        o.status.success(),
        "Gephi import of {} failed: {}",
        file.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    let mut v = GephiView::default();
    for line in String::from_utf8(o.stdout).unwrap().lines() {
        let f: Vec<&str> = line.split('\t').collect();
        match f[0] {
            "issue" => v.issues.push((f[1].into(), f[2].into())),
            "nodes" => v.nodes = f[1].parse().unwrap(),
            "edges" => v.edges = f[1].parse().unwrap(),
            "column" => {
                v.columns.insert((f[1].into(), f[2].into()), f[4].into());
            }
            "node" => {
                v.node_list.insert(
                    f[1].into(),
                    (f[2].into(), f[3].into(), f.get(4).map(|s| s.to_string())),
                );
            }
            "edge" => v.edge_list.push((
                f[1].into(),
                f[3].into(),
                f[4].into(),
                f[2].into(),
                f[5].parse().unwrap(),
            )),
            other => panic!("unexpected line from GephiImport: {other}"),
        }
    }
    v
}

fn assert_gephi_nodes(what: &str, v: &GephiView, csv: &CsvGraph) {
    assert_eq!(v.nodes, csv.nodes.len(), "{what}: node count");
    assert_eq!(
        v.columns
            .get(&("node".into(), "type".into()))
            .map(String::as_str),
        Some("java.lang.String"),
        "{what}: a `type` column for partitions"
    );
    assert_eq!(
        v.columns
            .get(&("edge".into(), "weight".into()))
            .map(String::as_str),
        Some("java.lang.Double"),
        "{what}: weight as a Double"
    );
    let labels: BTreeMap<String, String> = v
        .node_list
        .iter()
        .map(|(id, (l, _, _))| (id.clone(), l.clone()))
        .collect();
    assert_eq!(
        labels,
        csv.names(),
        "{what}: labels are the canonical names"
    );
    let types: BTreeMap<String, String> = v
        .node_list
        .iter()
        .map(|(id, (_, t, _))| (id.clone(), t.clone()))
        .collect();
    assert_eq!(types, csv.labels(), "{what}: types");
}

#[test]
fn gephi_imports_the_gexf_with_every_edge_and_its_time() {
    if !enabled("gephi_imports_the_gexf_with_every_edge_and_its_time") {
        return;
    }
    let dir = export();
    let csv = CsvGraph::read(dir);
    let v = gephi(&dir.join("graph.gexf"));
    // Gephi announces the GEXF version as an INFO issue of every GEXF import; nothing else.
    assert_eq!(
        v.issues,
        [("INFO".to_string(), "GEXF version 1.3".to_string())],
        "import report"
    );
    assert_gephi_nodes("graph.gexf", &v, &csv);
    assert_eq!(v.edges, csv.edges.len(), "graph.gexf: edge count");
    let edges: BTreeMap<(String, String, String), f64> = v
        .edge_list
        .iter()
        .map(|(s, kind, label, o, w)| {
            assert_eq!(kind, label, "edge kind and label are the relation type");
            ((s.clone(), kind.clone(), o.clone()), *w)
        })
        .collect();
    let want: BTreeMap<_, f64> = csv
        .edges
        .iter()
        .map(|(k, c)| (k.clone(), *c as f64))
        .collect();
    assert_eq!(edges, want, "graph.gexf: edges, kinds and weights");
    let timed = v
        .node_list
        .iter()
        .filter(|(_, (_, t, start))| t == "Conference" && start.is_some())
        .count();
    assert!(timed >= 5, "Gephi sees a start on {timed} conferences");
}

#[test]
fn gephi_imports_the_graphml() {
    if !enabled("gephi_imports_the_graphml") {
        return;
    }
    let dir = export();
    let csv = CsvGraph::read(dir);
    let v = gephi(&dir.join("graph.graphml"));
    assert_gephi_nodes("graph.graphml", &v, &csv);
    // GraphML has no edge kind that Gephi reads, and Gephi keeps one edge per
    // (source, target, kind): two relations between the same two nodes become
    // one edge, which Gephi reports as an INFO issue. That is the only issue
    // allowed, and only when the CSVs have such pairs; for every relation use
    // graph.gexf (see docs/interop.md).
    let pairs: BTreeSet<(&String, &String)> = csv.edges.keys().map(|(s, _, o)| (s, o)).collect();
    if pairs.len() == csv.edges.len() {
        assert!(v.issues.is_empty(), "import report: {:?}", v.issues);
        assert_eq!(v.edges, csv.edges.len());
    } else {
        assert_eq!(v.issues.len(), 1, "import report: {:?}", v.issues);
        assert_eq!(v.issues[0].0, "INFO");
        assert!(
            v.issues[0].1.starts_with("Parallel edges"),
            "{:?}",
            v.issues
        );
        assert_eq!(v.edges, pairs.len(), "one Gephi edge per (source, target)");
    }
    let got: BTreeSet<(&String, &String)> =
        v.edge_list.iter().map(|(s, _, _, o, _)| (s, o)).collect();
    assert_eq!(got, pairs);
}

/// The bytes at a mention's offsets, compared with its surface. The surface
/// is the normalized text on one line, so whitespace is collapsed, and the
/// normalizer's other edits are undone: a word hyphenated across a line
/// break (`non-\ngovernmental`), markdown emphasis (`**`) and `<sup>` tags
/// left by converters.
fn same_text(original: &str, surface: &str) -> bool {
    let strip = |s: &str| -> String {
        s.replace("**", "")
            .replace("<sup>", "")
            .replace("</sup>", "")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    strip(original) == strip(surface)
}

#[test]
fn mentions_point_at_their_surface_in_the_original_files() {
    let dir = export();
    let (header, rows) = csv_rows(&dir.join("mentions.csv"));
    assert_eq!(header, ["node_id", "document", "start", "end", "surface"]);
    assert!(rows.len() > 500, "only {} mentions", rows.len());
    let csv = CsvGraph::read(dir);
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let (mut exact, mut keys) = (0, Vec::new());
    for r in &rows {
        assert!(csv.nodes.contains_key(&r[0]), "{r:?}: no such node");
        let bytes = files
            .entry(r[1].clone())
            .or_insert_with(|| std::fs::read(root().join("fixtures").join(&r[1])).unwrap());
        let (start, end): (usize, usize) = (r[2].parse().unwrap(), r[3].parse().unwrap());
        assert!(
            start < end && end <= bytes.len(),
            "{r:?}: offsets out of the file"
        );
        let original = std::str::from_utf8(&bytes[start..end])
            .unwrap_or_else(|_| panic!("{r:?}: offsets split a UTF-8 character"));
        assert!(
            same_text(original, &r[4]),
            "{r:?}: the file has {original:?}"
        );
        if original.split_whitespace().collect::<Vec<_>>().join(" ") == r[4] {
            exact += 1;
        }
        keys.push((r[1].clone(), start, end, r[0].clone()));
    }
    assert!(
        exact * 100 >= rows.len() * 98,
        "only {exact} of {} surfaces are the original text up to whitespace",
        rows.len()
    );
    if let Some(w) = keys.windows(2).find(|w| w[0] >= w[1]) {
        panic!("mentions.csv is not sorted by document and position: {w:?}");
    }
    // Every node with a counted mention has a row.
    let mentioned: BTreeSet<&String> = rows.iter().map(|r| &r[0]).collect();
    let (_, nrows) = csv_rows(&dir.join("nodes.csv"));
    for n in nrows.iter().filter(|n| n[4] != "0") {
        assert!(
            mentioned.contains(&n[0]),
            "{} has mentions but no row",
            n[0]
        );
    }
}

#[test]
fn mention_offsets_count_the_byte_order_mark_and_crlf() {
    let tmp = tempfile::tempdir().unwrap();
    let doc = tmp.path().join("bom.txt");
    let text = "\u{FEFF}Report of the Secretary-General\r\n\r\nThe Government of Belgium \
                worked with the International Organization for Migration (IOM) in Brussels.\r\n";
    std::fs::write(&doc, text).unwrap();
    let out = tmp.path().join("out");
    let o = run(&[
        "extract",
        &doc.display().to_string(),
        "-o",
        &out.display().to_string(),
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (_, rows) = csv_rows(&out.join("mentions.csv"));
    let bytes = text.as_bytes();
    let mut surfaces = BTreeSet::new();
    for r in &rows {
        let (start, end): (usize, usize) = (r[2].parse().unwrap(), r[3].parse().unwrap());
        assert_eq!(&bytes[start..end], r[4].as_bytes(), "{r:?}");
        surfaces.insert(r[4].clone());
    }
    assert!(
        surfaces.contains("International Organization for Migration"),
        "{surfaces:?}"
    );
    assert!(surfaces.contains("Brussels"), "{surfaces:?}");
}

#[test]
fn load_cypher_is_written_beside_the_csvs_and_names_their_columns() {
    let dir = export();
    let script = std::fs::read_to_string(dir.join("load.cypher")).unwrap();
    let (nh, _) = csv_rows(&dir.join("nodes.csv"));
    let (eh, erows) = csv_rows(&dir.join("edges.csv"));
    // Every column the script reads exists in the CSV it reads it from.
    for stmt in script.split(';').filter(|s| s.contains("LOAD CSV")) {
        let header = if stmt.contains("nodes.csv") { &nh } else { &eh };
        for col in stmt.split("row.`").skip(1) {
            let col = &col[..col.find('`').unwrap()];
            assert!(
                header.iter().any(|h| h == col),
                "load.cypher reads `{col}`, not in {header:?}"
            );
        }
    }
    // Constraints first, then a MERGE for every relationship type in the data.
    let first_load = script.find("LOAD CSV").unwrap();
    assert!(script.rfind("CREATE CONSTRAINT").unwrap() < first_load);
    for r in &erows {
        assert!(
            script.contains(&format!("row.`:TYPE` = '{}'", r[2]))
                && script.contains(&format!("[r:{}]", r[2])),
            "no statement loads {} edges",
            r[2]
        );
    }
}

#[test]
fn neo4j_cypher_parser_accepts_load_cypher() {
    if !enabled("neo4j_cypher_parser_accepts_load_cypher") {
        return;
    }
    let modules = std::env::var("PLENARY_NODE_MODULES")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("target/interop/node/node_modules"));
    let lint = |files: &[&Path]| -> Vec<String> {
        let o = Command::new("node")
            .arg(root().join("tests/cypher/lint.js"))
            .args(files)
            .env("NODE_PATH", &modules)
            .output()
            .expect("node runs; run .ci/interop.sh");
        assert!(
            o.status.success(),
            "lint.js failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(String::from)
            .collect()
    };
    // The parser does find mistakes: a broken copy of the script is rejected.
    let script = export().join("load.cypher");
    let text = std::fs::read_to_string(&script).unwrap();
    let broken = tmp().join("broken.cypher");
    std::fs::write(
        &broken,
        text.replacen("MERGE (n:Entity", "MERGE (n:Entity (", 1),
    )
    .unwrap();
    let found = lint(&[&broken, &script]);
    let about = |f: &Path| -> Vec<&String> {
        let name = serde_json::to_string(&f.display().to_string()).unwrap();
        found
            .iter()
            .filter(|l| l.contains(&format!("\"file\":{name}")))
            .collect()
    };
    assert!(
        !about(&broken).is_empty(),
        "a broken script passes: {found:?}"
    );
    assert_eq!(
        about(&script),
        Vec::<&String>::new(),
        "Neo4j's Cypher parser reports problems in load.cypher"
    );
}
