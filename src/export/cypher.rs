//! `load.cypher`: a script that loads `nodes.csv` and `edges.csv`, as they
//! are, into a running Neo4j with `LOAD CSV`, for users of Neo4j Browser or
//! cypher-shell who do not run `neo4j-admin database import`.
//!
//! Plain Cypher, no APOC: uniqueness constraints on node ids first (so that
//! every `MERGE` and `MATCH` by id is an index lookup), then one `MERGE` per
//! node label and one per relationship type, because Cypher cannot take a
//! label or a relationship type from a parameter or a column. Every node also
//! gets the label `Entity`, which carries the constraint that relationships
//! are matched by; `neo4j-admin database import full --nodes=Entity=nodes.csv`
//! gives the same labels. The property conversions are derived from the
//! typed CSV headers (`count:int` → `toInteger`, `documents:string[]` →
//! `split(…, ';')`), so the script follows the CSV columns. Running it twice
//! changes nothing: everything is merged by id.

use super::csv::{EDGE_HEADER, NODE_HEADER};
use crate::graph::Graph;
use crate::model::{NodeType, RelType};
use std::io::Write;

/// The label every node gets beside its type.
pub const ENTITY: &str = "Entity";

/// Where the script reads the CSVs from: Neo4j's import folder.
pub const NODES_URL: &str = "file:///nodes.csv";
pub const EDGES_URL: &str = "file:///edges.csv";

/// `SET` items for the typed columns of a header, skipping the ones that are
/// ids, labels or types rather than properties.
fn properties(var: &str, header: &[&str]) -> Vec<String> {
    header
        .iter()
        .filter_map(|col| {
            let (name, ty) = col.split_once(':').unwrap_or((col, ""));
            if name.is_empty() || matches!(ty, "ID" | "START_ID" | "END_ID" | "LABEL" | "TYPE") {
                return None;
            }
            let value = format!("row.`{col}`");
            let value = match ty {
                "int" | "long" => format!("toInteger({value})"),
                "double" | "float" => format!("toFloat({value})"),
                "boolean" => format!("toBoolean({value})"),
                "string[]" => format!("split({value}, ';')"),
                _ => value,
            };
            Some(format!("{var}.{name} = {value}"))
        })
        .collect()
}

pub fn script() -> String {
    let mut s = String::new();
    s.push_str(
        "// Loads nodes.csv and edges.csv, written beside this file by plenary, into Neo4j.\n\
         // 1. Copy nodes.csv and edges.csv into the import folder of the database\n\
         //    (`import/` in the Neo4j home; Neo4j Desktop: Open folder > Import).\n\
         // 2. Run this file: `cypher-shell -u neo4j -p PASSWORD -f load.cypher`,\n\
         //    or paste it into Neo4j Browser (Settings: enable multi-statement query editor).\n\
         // Every node is merged by id, so running it again updates rather than duplicates.\n\
         // Every node has the label Entity besides its type; match nodes by (n:Entity {id: ...}).\n\n",
    );
    s.push_str("// Constraints first: each MERGE and MATCH by id below is an index lookup.\n");
    let mut labels = vec![ENTITY];
    labels.extend(NodeType::ALL.iter().map(|t| t.label()));
    for label in labels {
        s.push_str(&format!(
            "CREATE CONSTRAINT {}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;\n",
            label.to_lowercase()
        ));
    }
    let node_props = properties("n", &NODE_HEADER).join(",\n    ");
    s.push_str("\n// Nodes: one statement per label (a label cannot come from a column).\n");
    for t in NodeType::ALL {
        s.push_str(&format!(
            "LOAD CSV WITH HEADERS FROM '{NODES_URL}' AS row\n\
             WITH row WHERE row.`:LABEL` = '{label}'\n\
             MERGE (n:{ENTITY} {{id: row.`id:ID`}})\n\
             SET n:{label},\n    {node_props};\n",
            label = t.label()
        ));
    }
    let edge_props = properties("r", &EDGE_HEADER).join(",\n    ");
    s.push_str("\n// Relationships: one statement per type (a type cannot come from a column).\n");
    for t in RelType::ALL {
        s.push_str(&format!(
            "LOAD CSV WITH HEADERS FROM '{EDGES_URL}' AS row\n\
             WITH row WHERE row.`:TYPE` = '{ty}'\n\
             MATCH (a:{ENTITY} {{id: row.`:START_ID`}})\n\
             MATCH (b:{ENTITY} {{id: row.`:END_ID`}})\n\
             MERGE (a)-[r:{ty}]->(b)\n\
             SET {edge_props};\n",
            ty = t.name()
        ));
    }
    s
}

pub fn write(_g: &Graph, w: &mut dyn Write) -> Result<(), String> {
    w.write_all(script().as_bytes()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraints_come_before_any_load() {
        let s = script();
        let last_constraint = s.rfind("CREATE CONSTRAINT").unwrap();
        let first_load = s.find("LOAD CSV").unwrap();
        assert!(last_constraint < first_load);
        assert!(s.contains(
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"
        ));
    }

    #[test]
    fn one_merge_per_label_and_per_type() {
        let s = script();
        for t in NodeType::ALL {
            assert_eq!(
                s.matches(&format!("row.`:LABEL` = '{}'", t.label()))
                    .count(),
                1
            );
            assert!(s.contains(&format!("FOR (n:{}) REQUIRE n.id IS UNIQUE", t.label())));
        }
        for t in RelType::ALL {
            assert_eq!(
                s.matches(&format!("MERGE (a)-[r:{}]->(b)", t.name()))
                    .count(),
                1
            );
        }
        assert_eq!(s.matches("LOAD CSV").count(), 8 + 15);
    }

    #[test]
    fn typed_columns_are_converted() {
        let props = properties("r", &EDGE_HEADER);
        assert!(props.contains(&"r.count = toInteger(row.`count:int`)".to_string()));
        assert!(props.contains(&"r.documents = split(row.`documents:string[]`, ';')".to_string()));
        assert!(props.contains(&"r.evidence = row.`evidence`".to_string()));
        assert!(props.contains(&"r.weight = toFloat(row.`weight:double`)".to_string()));
        assert!(!props
            .iter()
            .any(|p| p.contains("START_ID") || p.contains("TYPE")));
        let props = properties("n", &NODE_HEADER);
        assert_eq!(
            props,
            [
                "n.name = row.`name`",
                "n.aliases = split(row.`aliases:string[]`, ';')",
                "n.mentions = toInteger(row.`mentions:int`)",
                "n.documents = split(row.`documents:string[]`, ';')",
            ]
        );
    }
}
