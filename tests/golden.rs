//! The committed `out/` is exactly what the fixtures produce (regenerate with
//! `cargo run --release -- extract fixtures -o out`), the same bytes whatever
//! the order of the inputs, and its CSVs and GraphML describe one graph.

use crate::util::{assert_same_text, csv_rows, fixtures, read, root, run};
use std::collections::BTreeSet;

fn extract(paths: &[String], out: &std::path::Path) {
    let mut args = vec!["extract".to_string()];
    args.extend(paths.iter().cloned());
    args.extend(["-o".into(), out.display().to_string(), "--quiet".into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = run(&args);
    assert!(
        o.status.success(),
        "extract failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The file names in a folder, sorted.
fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn committed_out_is_up_to_date() {
    let tmp = tempfile::tempdir().unwrap();
    extract(&[root().join("fixtures").display().to_string()], tmp.path());
    let out = root().join("out");
    assert_eq!(
        files_in(&out),
        files_in(tmp.path()),
        "out/ holds exactly the exports of a run"
    );
    for f in files_in(tmp.path()) {
        let committed = read(&out.join(&f));
        let fresh = read(&tmp.path().join(&f));
        assert_same_text(
            &format!("out/{f} is stale: run `cargo run --release -- extract fixtures -o out`; {f}"),
            &committed,
            &fresh,
        );
    }
}

#[test]
fn input_order_does_not_change_a_byte() {
    let files: Vec<String> = fixtures().iter().map(|p| p.display().to_string()).collect();
    let mut reversed = files.clone();
    reversed.reverse();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    extract(&files, a.path());
    extract(&reversed, b.path());
    let names = files_in(a.path());
    assert_eq!(names, files_in(b.path()));
    assert!(names.len() >= 3, "{names:?}");
    for f in names {
        let (x, y) = (
            std::fs::read(a.path().join(&f)).unwrap(),
            std::fs::read(b.path().join(&f)).unwrap(),
        );
        assert!(!x.is_empty(), "{f} is empty");
        assert!(
            x == y,
            "{f} differs between forward and reverse input order"
        );
    }
}

type Nodes = BTreeSet<(String, String, String)>;
type Edges = BTreeSet<(String, String, String, String)>;

/// Node ids, labels and types, and edges as (source, type, target, weight), from the GraphML.
fn graphml_graph(text: &str) -> (Nodes, Edges) {
    let doc = roxmltree::Document::parse(text).expect("graph.graphml is well-formed XML");
    let ns = "http://graphml.graphdrawing.org/xmlns";
    let data = |n: roxmltree::Node, key: &str| -> String {
        n.children()
            .find(|c| c.has_tag_name((ns, "data")) && c.attribute("key") == Some(key))
            .and_then(|c| c.text())
            .unwrap_or("")
            .to_string()
    };
    let mut nodes = BTreeSet::new();
    let mut edges = BTreeSet::new();
    for n in doc.descendants() {
        if n.has_tag_name((ns, "node")) {
            nodes.insert((
                n.attribute("id").unwrap().to_string(),
                data(n, "label"),
                data(n, "type"),
            ));
        }
        if n.has_tag_name((ns, "edge")) {
            // Edge ids come from content, so one new edge renames no other.
            assert_eq!(
                n.attribute("id").unwrap(),
                format!(
                    "{}:{}:{}",
                    n.attribute("source").unwrap(),
                    data(n, "edge_label"),
                    n.attribute("target").unwrap()
                )
            );
            edges.insert((
                n.attribute("source").unwrap().to_string(),
                data(n, "edge_label"),
                n.attribute("target").unwrap().to_string(),
                data(n, "weight"),
            ));
        }
    }
    (nodes, edges)
}

#[test]
fn graphml_and_csv_describe_the_same_graph() {
    let out = root().join("out");
    let (nh, nrows) = csv_rows(&out.join("nodes.csv"));
    assert_eq!(
        nh,
        [
            "id:ID",
            "name",
            ":LABEL",
            "aliases:string[]",
            "mentions:int",
            "documents:string[]"
        ]
    );
    let (eh, erows) = csv_rows(&out.join("edges.csv"));
    assert_eq!(
        &eh[..6],
        [
            ":START_ID",
            ":END_ID",
            ":TYPE",
            "count:int",
            "documents:string[]",
            "evidence"
        ]
    );
    let csv_nodes: BTreeSet<(String, String, String)> = nrows
        .iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    let csv_edges: BTreeSet<(String, String, String, String)> = erows
        .iter()
        .map(|r| {
            (
                r[0].clone(),
                r[2].clone(),
                r[1].clone(),
                format!("{:.1}", r[3].parse::<f64>().unwrap()),
            )
        })
        .collect();
    let (g_nodes, g_edges) = graphml_graph(&read(&out.join("graph.graphml")));
    assert!(
        csv_nodes.len() > 100 && csv_edges.len() > 100,
        "the fixtures give a real graph"
    );
    assert_eq!(csv_nodes, g_nodes);
    assert_eq!(csv_edges, g_edges);
    assert_eq!(nrows.len(), csv_nodes.len(), "node ids are unique");
    assert_eq!(
        erows.len(),
        csv_edges.len(),
        "one row per (start, type, end)"
    );
}

#[test]
fn csv_rows_are_sorted_and_every_edge_has_evidence() {
    let out = root().join("out");
    let (_, nrows) = csv_rows(&out.join("nodes.csv"));
    let ids: Vec<&String> = nrows.iter().map(|r| &r[0]).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "nodes.csv is sorted by id");
    let (_, erows) = csv_rows(&out.join("edges.csv"));
    let keys: Vec<(&String, &String, &String)> =
        erows.iter().map(|r| (&r[0], &r[2], &r[1])).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "edges.csv is sorted by (start, type, end)");
    let known: BTreeSet<&String> = ids.into_iter().collect();
    for r in &erows {
        assert!(
            known.contains(&r[0]) && known.contains(&r[1]),
            "edge {r:?} names a missing node"
        );
        assert!(!r[5].trim().is_empty(), "edge {r:?} has no evidence");
        assert!(!r[5].contains('\n'), "evidence on one line");
    }
    for r in &nrows {
        for item in r[3].split(';').chain(r[5].split(';')) {
            assert!(!item.contains('\n'));
        }
    }
}

#[test]
fn rule_keywords_hide_no_match_on_the_fixtures_and_the_tuning_speeches() {
    use plenary::extract::Extractor;
    use plenary::rules::RuleSet;
    let rules = RuleSet::default_rules();
    let filtered = Extractor::new(&rules).unwrap();
    let unfiltered = Extractor::new(&rules).unwrap().without_keywords();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["fixtures", "tests/heldout/tuning/ungd"] {
        let dir = root.join(dir);
        texts.extend(
            files_in(&dir)
                .iter()
                .map(|f| dir.join(f).display().to_string()),
        );
    }
    assert!(texts.len() >= 11);
    let mut relations = 0;
    for path in &texts {
        let text = std::fs::read_to_string(path).unwrap();
        let a = filtered.extract(path, &text, 0);
        let b = unfiltered.extract(path, &text, 0);
        // A rule whose keywords miss a phrasing its pattern takes shows here.
        let only = |x: &Vec<String>, y: &Vec<String>| -> Vec<String> {
            x.iter().filter(|m| !y.contains(m)).cloned().collect()
        };
        let show = |d: &plenary::extract::DocResult| -> (Vec<String>, Vec<String>) {
            let mentions = d
                .mentions
                .iter()
                .map(|m| format!("{:?} {} {}..{}", m.key, m.surface, m.start, m.end));
            let relations = d.relations.iter().map(|r| {
                let (s, o) = (&r.subject.name, &r.object.name);
                format!("{s} {:?} {o} {} [{}]", r.kind, r.rule, r.position)
            });
            (mentions.collect(), relations.collect())
        };
        let ((ma, ra), (mb, rb)) = (show(&a), show(&b));
        let lost = [only(&mb, &ma), only(&rb, &ra)].concat();
        let extra = [only(&ma, &mb), only(&ra, &rb)].concat();
        assert!(
            lost.is_empty() && extra.is_empty(),
            "{path}: the keywords hide {lost:#?} and add {extra:#?}"
        );
        assert_eq!(a.mentions, b.mentions, "{path}: mentions");
        assert_eq!(a.relations, b.relations, "{path}: relations");
        relations += a.relations.len();
    }
    assert!(relations > 100);
}
