//! The knowledge graph: nodes merged across documents by canonical key, edges
//! one per (subject, type, object). Aggregation is commutative — counts add,
//! sets unite, the evidence kept is the first by (document, position) — so the
//! graph is the same whatever the order of documents or the number of threads.

use crate::extract::DocResult;
use crate::model::{NodeKey, RelType};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeData {
    pub aliases: BTreeSet<String>,
    pub mentions: u64,
    pub documents: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub document: String,
    pub position: usize,
    pub text: String,
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdgeData {
    /// Distinct (document, sentence) occurrences.
    pub occurrences: BTreeSet<(String, usize)>,
    pub evidence: Evidence,
}

impl EdgeData {
    pub fn count(&self) -> u64 {
        self.occurrences.len() as u64
    }

    pub fn documents(&self) -> BTreeSet<&str> {
        self.occurrences.iter().map(|(d, _)| d.as_str()).collect()
    }
}

/// One mention for the provenance export.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct MentionRow {
    pub document: String,
    pub start: usize,
    pub end: usize,
    pub key: NodeKey,
    pub surface: String,
}

/// The graph while documents are being added.
#[derive(Debug, Clone, Default)]
pub struct GraphBuilder {
    pub nodes: BTreeMap<NodeKey, NodeData>,
    pub edges: BTreeMap<(NodeKey, RelType, NodeKey), EdgeData>,
    pub mentions: Vec<MentionRow>,
    pub keep_mentions: bool,
}

impl GraphBuilder {
    pub fn new(keep_mentions: bool) -> GraphBuilder {
        GraphBuilder {
            keep_mentions,
            ..Default::default()
        }
    }

    fn node(&mut self, key: &NodeKey) -> &mut NodeData {
        if !self.nodes.contains_key(key) {
            self.nodes.insert(key.clone(), NodeData::default());
        }
        self.nodes.get_mut(key).unwrap()
    }

    /// Adds everything one document found.
    pub fn add(&mut self, doc: DocResult) {
        let d = doc.document;
        for m in doc.mentions {
            let n = self.node(&m.key);
            if m.counts {
                n.mentions += 1;
            }
            n.documents.insert(d.clone());
            if m.surface != m.key.name && !m.surface.is_empty() {
                n.aliases.insert(m.surface.clone());
            }
            if self.keep_mentions {
                self.mentions.push(MentionRow {
                    document: d.clone(),
                    start: m.start,
                    end: m.end,
                    key: m.key,
                    surface: m.surface,
                });
            }
        }
        for (key, alias) in doc.aliases {
            if alias != key.name && !alias.is_empty() {
                self.node(&key).aliases.insert(alias);
            }
        }
        for r in doc.relations {
            for k in [&r.subject, &r.object] {
                self.node(k).documents.insert(d.clone());
            }
            let ev = Evidence {
                document: d.clone(),
                position: r.position,
                text: r.evidence,
                rule: r.rule,
            };
            let key = (r.subject, r.kind, r.object);
            match self.edges.get_mut(&key) {
                Some(e) => {
                    e.occurrences.insert((d.clone(), r.position));
                    if ev_order(&ev) < ev_order(&e.evidence) {
                        e.evidence = ev;
                    }
                }
                None => {
                    let mut occurrences = BTreeSet::new();
                    occurrences.insert((d.clone(), r.position));
                    self.edges.insert(
                        key,
                        EdgeData {
                            occurrences,
                            evidence: ev,
                        },
                    );
                }
            }
        }
    }

    /// Merges another partial graph into this one.
    pub fn merge(&mut self, other: GraphBuilder) {
        for (k, n) in other.nodes {
            let mine = self.node(&k);
            mine.mentions += n.mentions;
            mine.aliases.extend(n.aliases);
            mine.documents.extend(n.documents);
        }
        for (k, e) in other.edges {
            match self.edges.get_mut(&k) {
                Some(mine) => {
                    mine.occurrences.extend(e.occurrences);
                    if ev_order(&e.evidence) < ev_order(&mine.evidence) {
                        mine.evidence = e.evidence;
                    }
                }
                None => {
                    self.edges.insert(k, e);
                }
            }
        }
        self.mentions.extend(other.mentions);
    }

    /// The finished graph, with ids and sorted order.
    pub fn finish(mut self) -> Graph {
        self.mentions.sort();
        self.mentions.dedup();
        let ids = assign_ids(self.nodes.keys());
        let mut order: Vec<&NodeKey> = self.nodes.keys().collect();
        order.sort_by(|a, b| ids[*a].cmp(&ids[*b]));
        let mut g: DiGraph<Node, Edge> = DiGraph::new();
        let mut index: HashMap<NodeKey, NodeIndex> = HashMap::new();
        for key in order {
            let data = self.nodes[key].clone();
            let i = g.add_node(Node {
                id: ids[key].clone(),
                key: key.clone(),
                data,
            });
            index.insert(key.clone(), i);
        }
        let mut edges: Vec<(&(NodeKey, RelType, NodeKey), &EdgeData)> = self.edges.iter().collect();
        edges.sort_by(|(a, _), (b, _)| {
            (&ids[&a.0], a.1.name(), &ids[&a.2]).cmp(&(&ids[&b.0], b.1.name(), &ids[&b.2]))
        });
        for ((s, t, o), e) in edges {
            g.add_edge(
                index[s],
                index[o],
                Edge {
                    kind: *t,
                    data: e.clone(),
                },
            );
        }
        let mentions = self
            .mentions
            .into_iter()
            .map(|m| {
                let id = ids[&m.key].clone();
                (id, m)
            })
            .collect();
        Graph { graph: g, mentions }
    }
}

fn ev_order(e: &Evidence) -> (&str, usize, &str, &str) {
    (&e.document, e.position, &e.rule, &e.text)
}

/// Ids from content; where two names give the same id, the later ones in key
/// order get `-2`, `-3`, … so that ids stay unique and stable.
fn assign_ids<'a>(keys: impl Iterator<Item = &'a NodeKey>) -> HashMap<NodeKey, String> {
    let mut by_id: BTreeMap<String, Vec<&NodeKey>> = BTreeMap::new();
    for k in keys {
        by_id.entry(k.id()).or_default().push(k);
    }
    let mut out = HashMap::new();
    for (id, mut ks) in by_id {
        ks.sort();
        for (n, k) in ks.into_iter().enumerate() {
            let id = if n == 0 {
                id.clone()
            } else {
                format!("{id}-{}", n + 1)
            };
            out.insert(k.clone(), id);
        }
    }
    out
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub key: NodeKey,
    pub data: NodeData,
}

#[derive(Debug, Clone)]
pub struct Edge {
    pub kind: RelType,
    pub data: EdgeData,
}

/// The finished graph in petgraph, nodes sorted by id, edges by (start, type, end).
pub struct Graph {
    pub graph: DiGraph<Node, Edge>,
    /// (node id, mention), sorted by document and position.
    pub mentions: Vec<(String, MentionRow)>,
}

impl Graph {
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// Edges with their endpoints, in export order.
    pub fn edges(&self) -> impl Iterator<Item = (&Node, &Edge, &Node)> {
        self.graph.edge_indices().map(move |e| {
            let (a, b) = self.graph.edge_endpoints(e).unwrap();
            (&self.graph[a], &self.graph[e], &self.graph[b])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{FoundMention, FoundRelation};
    use crate::model::NodeType;

    fn doc(name: &str, pos: usize) -> DocResult {
        let iom = NodeKey::new(
            NodeType::Organization,
            "International Organization for Migration",
        );
        let gmg = NodeKey::new(NodeType::Organization, "Global Migration Group");
        DocResult {
            document: name.into(),
            mentions: vec![FoundMention {
                key: iom.clone(),
                surface: "IOM".into(),
                start: 0,
                end: 3,
                counts: true,
            }],
            relations: vec![FoundRelation {
                subject: iom,
                kind: RelType::MemberOf,
                object: gmg,
                evidence: format!("evidence in {name}"),
                position: pos,
                rule: "r".into(),
            }],
            aliases: vec![],
        }
    }

    #[test]
    fn merging_is_order_independent() {
        let mut a = GraphBuilder::new(true);
        a.add(doc("b.txt", 5));
        a.add(doc("a.txt", 9));
        let mut b = GraphBuilder::new(true);
        let mut part = GraphBuilder::new(true);
        part.add(doc("a.txt", 9));
        b.merge(part);
        b.add(doc("b.txt", 5));
        let (ga, gb) = (a.finish(), b.finish());
        let ea: Vec<_> = ga
            .edges()
            .map(|(s, e, o)| (s.id.clone(), e.data.clone(), o.id.clone()))
            .collect();
        let eb: Vec<_> = gb
            .edges()
            .map(|(s, e, o)| (s.id.clone(), e.data.clone(), o.id.clone()))
            .collect();
        assert_eq!(ea, eb);
        assert_eq!(ea[0].1.count(), 2);
        assert_eq!(ea[0].1.evidence.document, "a.txt");
        let iom = ga
            .nodes()
            .find(|n| n.key.name.starts_with("International"))
            .unwrap();
        assert_eq!(iom.data.mentions, 2);
        assert_eq!(iom.data.aliases.iter().collect::<Vec<_>>(), vec!["IOM"]);
    }

    #[test]
    fn colliding_ids_stay_unique() {
        let a = NodeKey::new(NodeType::Document, "A/C.2/61/L.12");
        let b = NodeKey::new(NodeType::Document, "A/C.2/61/L/12");
        let ids = assign_ids([&a, &b].into_iter());
        assert_eq!(ids[&a], "document:a-c-2-61-l-12");
        assert_eq!(ids[&b], "document:a-c-2-61-l-12-2");
    }
}
