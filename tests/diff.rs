//! `plenary diff` and `plenary stats` on hand-made export folders in
//! `tests/cases/diff/` (`old` → `new`: a node added, one removed, one
//! changed; an edge added, one removed, one with a new count and evidence).

use crate::util::{root, run};

fn case(name: &str) -> String {
    root()
        .join("tests/cases/diff")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn diff_prints_one_sorted_line_per_change_and_exits_1() {
    let o = run(&["diff", &case("old"), &case("new")]);
    assert_eq!(o.status.code(), Some(1), "the folders differ");
    let stdout = String::from_utf8(o.stdout).unwrap();
    let want = [
        r#"+ node location:brussels Location "Brussels""#,
        r#"~ node organization:international-organization-for-migration mentions 5 -> 7; aliases +"the Organization"; documents +c.txt"#,
        r#"- node organization:removed-office Organization "Removed Office""#,
        r#"+ edge conference:first-meeting-of-the-global-forum -[HELD_IN]-> location:brussels count 1 rule held-in evidence "The first meeting took place in Brussels, Belgium.""#,
        r#"~ edge location:belgium -[HOSTED]-> conference:first-meeting-of-the-global-forum count 1 -> 2; documents +c.txt; evidence "The Government of Belgium offered to host the first meeting." -> "Belgium said \"yes\" to hosting the first meeting.""#,
        r#"- edge organization:removed-office -[MEMBER_OF]-> organization:global-migration-group count 1"#,
    ];
    assert_eq!(stdout.lines().collect::<Vec<_>>(), want);
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        "plenary: 1 node added, 1 removed, 1 changed; 1 edge added, 1 removed, 1 changed\n"
    );
}

#[test]
fn diff_in_reverse_swaps_added_and_removed() {
    let o = run(&["diff", "--quiet", &case("new"), &case("old")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stderr.is_empty(), "--quiet prints no summary");
    let stdout = String::from_utf8(o.stdout).unwrap();
    let marks: Vec<&str> = stdout.lines().map(|l| &l[..6]).collect();
    assert_eq!(
        marks,
        ["- node", "~ node", "+ node", "- edge", "~ edge", "+ edge"]
    );
    assert!(stdout.contains("mentions 7 -> 5; aliases -\"the Organization\"; documents -c.txt"));
}

#[test]
fn diff_of_a_folder_with_itself_is_empty_and_exits_0() {
    for dir in [case("old"), root().join("out").display().to_string()] {
        let o = run(&["diff", &dir, &dir]);
        assert_eq!(o.status.code(), Some(0), "{dir}");
        assert!(o.stdout.is_empty() && o.stderr.is_empty(), "{dir}");
    }
}

#[test]
fn diff_exits_2_on_bad_input_naming_the_file() {
    let missing = case("nowhere");
    let cases = [
        (
            vec!["diff".to_string(), missing.clone(), case("new")],
            format!("plenary: {missing}: not a folder\n"),
        ),
        (
            vec!["diff".to_string(), case("old"), case("no-edges")],
            format!(
                "plenary: {}/edges.csv: no such file or directory\n",
                case("no-edges")
            ),
        ),
    ];
    for (args, want) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
        assert_eq!(String::from_utf8(o.stderr).unwrap(), want);
    }
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("nodes.csv"), "id,name\nx,y\n").unwrap();
    std::fs::write(tmp.path().join("edges.csv"), ":START_ID,:END_ID,:TYPE\n").unwrap();
    let o = run(&["diff", &case("old"), &tmp.path().display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8(o.stderr)
        .unwrap()
        .ends_with("nodes.csv: no column `id:ID` in the header\n"));
}

#[test]
fn stats_counts_types_and_ranks_nodes_by_degree() {
    let o = run(&["stats", &case("new"), "--top", "3"]);
    assert_eq!(o.status.code(), Some(0));
    let want = "\
nodes 5
  Location           2
  Organization       2
  Conference         1
edges 3
  HELD_IN         1
  HOSTED          1
  MEMBER_OF       1
top 3 nodes by degree (degree, in, out, id, type, name)
     2    1    1  conference:first-meeting-of-the-global-forum  Conference  \"first meeting of the Global Forum\"
     1    0    1  location:belgium  Location  \"Belgium\"
     1    1    0  location:brussels  Location  \"Brussels\"
";
    assert_eq!(String::from_utf8(o.stdout).unwrap(), want);
    let o = run(&["stats", &case("no-edges")]);
    assert_eq!(o.status.code(), Some(2));
}
