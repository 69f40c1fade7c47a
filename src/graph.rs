//! The knowledge graph: nodes merged across documents by canonical key, edges
//! one per (subject, type, object). Aggregation is commutative — counts add,
//! sets unite, the evidence kept is the first by (document, position) — so the
//! graph is the same whatever the order of documents or the number of threads.

use crate::extract::DocResult;
use crate::model::{NodeKey, NodeType, RelType};
use crate::sortedset::SortedSet;
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeData {
    pub aliases: BTreeSet<String>,
    pub mentions: u64,
    pub documents: SortedSet<DocName>,
}

/// A document's name, stored once and shared by every node and edge it
/// names: a big run has millions of (entity, document) pairs.
pub type DocName = Arc<str>;

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
    pub occurrences: SortedSet<(DocName, usize)>,
    pub evidence: Evidence,
}

impl EdgeData {
    pub fn count(&self) -> u64 {
        self.occurrences.len() as u64
    }

    pub fn documents(&self) -> BTreeSet<&str> {
        self.occurrences.iter().map(|(d, _)| &**d).collect()
    }
}

/// One mention for the provenance export: where a surface form of a node is
/// in an input file (byte offsets into the file as read, byte-order mark included).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct MentionRow {
    pub start: usize,
    pub end: usize,
    pub key: NodeKey,
    pub surface: String,
}

/// Mentions kept for the provenance export. A corpus has many more mentions
/// than nodes, so they are not held in memory: each document's mentions are
/// appended, as one block of compact binary rows, to an anonymous temporary
/// file shared by all threads, and read back one document at a time when
/// `mentions.csv` is written. Memory grows with the number of documents
/// (one small block record each), not with the number of mentions.
#[derive(Debug)]
pub struct MentionSpill {
    file: Mutex<SpillFile>,
}

#[derive(Debug)]
struct SpillFile {
    file: std::fs::File,
    len: u64,
}

impl MentionSpill {
    /// A new spill in the system's temporary folder (deleted when dropped).
    pub fn new() -> std::io::Result<Arc<MentionSpill>> {
        Ok(Arc::new(MentionSpill {
            file: Mutex::new(SpillFile {
                file: tempfile::tempfile()?,
                len: 0,
            }),
        }))
    }

    fn append(&self, bytes: &[u8]) -> std::io::Result<u64> {
        let mut f = self.file.lock().unwrap_or_else(|e| e.into_inner());
        let at = f.len;
        f.file.seek(SeekFrom::Start(at))?;
        f.file.write_all(bytes)?;
        f.len += bytes.len() as u64;
        Ok(at)
    }

    fn read(&self, offset: u64, len: u64) -> std::io::Result<Vec<u8>> {
        let mut f = self.file.lock().unwrap_or_else(|e| e.into_inner());
        f.file.seek(SeekFrom::Start(offset))?;
        let mut buf = vec![0; len as usize];
        f.file.read_exact(&mut buf)?;
        Ok(buf)
    }
}

/// Where one document's mentions are in a spill.
#[derive(Debug, Clone)]
struct MentionBlock {
    document: String,
    spill: Arc<MentionSpill>,
    offset: u64,
    len: u64,
}

/// A row in the spill: start and end (u64), the node type (u8), then the
/// name and the surface, each as a u32 length and UTF-8 bytes.
fn encode_mention(out: &mut Vec<u8>, start: usize, end: usize, key: &NodeKey, surface: &str) {
    out.extend_from_slice(&(start as u64).to_le_bytes());
    out.extend_from_slice(&(end as u64).to_le_bytes());
    let kind = NodeType::ALL
        .iter()
        .position(|t| *t == key.kind)
        .unwrap_or(0);
    out.push(kind as u8);
    for s in [key.name.as_str(), surface] {
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
}

fn decode_mentions(mut b: &[u8]) -> Result<Vec<MentionRow>, String> {
    fn take<'a>(b: &mut &'a [u8], n: usize) -> Result<&'a [u8], String> {
        if b.len() < n {
            return Err("the mention spill file is truncated".into());
        }
        let (head, tail) = b.split_at(n);
        *b = tail;
        Ok(head)
    }
    fn text(b: &mut &[u8]) -> Result<String, String> {
        let n = u32::from_le_bytes(take(b, 4)?.try_into().unwrap()) as usize;
        String::from_utf8(take(b, n)?.to_vec()).map_err(|e| e.to_string())
    }
    let mut rows = Vec::new();
    while !b.is_empty() {
        let start = u64::from_le_bytes(take(&mut b, 8)?.try_into().unwrap()) as usize;
        let end = u64::from_le_bytes(take(&mut b, 8)?.try_into().unwrap()) as usize;
        let kind = NodeType::ALL
            .get(take(&mut b, 1)?[0] as usize)
            .copied()
            .ok_or("bad node type in the mention spill file")?;
        let name = text(&mut b)?;
        let surface = text(&mut b)?;
        rows.push(MentionRow {
            start,
            end,
            key: NodeKey::new(kind, name),
            surface,
        });
    }
    Ok(rows)
}

/// The kept mentions of a finished graph, read back document by document.
#[derive(Debug, Clone, Default)]
pub struct Mentions {
    kept: bool,
    /// Sorted by document name.
    blocks: Vec<MentionBlock>,
    error: Option<String>,
    /// Nodes merged into another at the end (spelling variants): old key → kept key.
    renamed: BTreeMap<NodeKey, NodeKey>,
}

impl Mentions {
    /// Whether mentions were kept at all (`GraphBuilder::new(true)` or a spill).
    pub fn kept(&self) -> bool {
        self.kept
    }

    /// Calls `f` once per document, in document order, with that document's
    /// mentions sorted by (start, end, key, surface) and without duplicates.
    pub fn for_each_document(
        &self,
        mut f: impl FnMut(&str, Vec<MentionRow>) -> Result<(), String>,
    ) -> Result<(), String> {
        if let Some(e) = &self.error {
            return Err(format!("mentions could not be kept: {e}"));
        }
        let mut i = 0;
        while i < self.blocks.len() {
            let doc = &self.blocks[i].document;
            let mut rows = Vec::new();
            while i < self.blocks.len() && &self.blocks[i].document == doc {
                let b = &self.blocks[i];
                let bytes = b
                    .spill
                    .read(b.offset, b.len)
                    .map_err(|e| format!("cannot read back the mention spill file: {e}"))?;
                rows.extend(decode_mentions(&bytes)?);
                i += 1;
            }
            for r in &mut rows {
                if let Some(k) = self.renamed.get(&r.key) {
                    r.key = k.clone();
                }
            }
            rows.sort();
            rows.dedup();
            f(doc, rows)?;
        }
        Ok(())
    }
}

/// The graph while documents are being added.
#[derive(Debug, Clone, Default)]
pub struct GraphBuilder {
    // Hash maps: a sorted map compared long names at every one of millions of
    // look-ups, and `finish` sorts everything by id anyway.
    pub nodes: FxHashMap<NodeKey, NodeData>,
    pub edges: FxHashMap<(NodeKey, RelType, NodeKey), EdgeData>,
    pub keep_mentions: bool,
    spill: Option<Arc<MentionSpill>>,
    mention_blocks: Vec<MentionBlock>,
    mention_error: Option<String>,
}

impl GraphBuilder {
    /// A builder; with `keep_mentions` it makes its own spill for the
    /// mentions on the first document. Builders that run in parallel should
    /// share one spill instead: see [`GraphBuilder::with_spill`].
    pub fn new(keep_mentions: bool) -> GraphBuilder {
        GraphBuilder {
            keep_mentions,
            ..Default::default()
        }
    }

    /// A builder that keeps mentions in `spill` (shared by every builder of
    /// a run, so one temporary file serves all threads), or none with `None`.
    pub fn with_spill(spill: Option<Arc<MentionSpill>>) -> GraphBuilder {
        GraphBuilder {
            keep_mentions: spill.is_some(),
            spill,
            ..Default::default()
        }
    }

    /// Appends one document's mentions to the spill.
    fn keep(&mut self, document: &str, rows: &[u8]) {
        if rows.is_empty() || self.mention_error.is_some() {
            return;
        }
        if self.spill.is_none() {
            match MentionSpill::new() {
                Ok(s) => self.spill = Some(s),
                Err(e) => {
                    self.mention_error = Some(format!("cannot create a temporary file: {e}"));
                    return;
                }
            }
        }
        let spill = self.spill.clone().unwrap();
        match spill.append(rows) {
            Ok(offset) => self.mention_blocks.push(MentionBlock {
                document: document.to_string(),
                spill,
                offset,
                len: rows.len() as u64,
            }),
            Err(e) => self.mention_error = Some(format!("cannot write a temporary file: {e}")),
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
        let d: DocName = Arc::from(doc.document);
        let mut kept = Vec::new();
        // A document names most of its entities again and again: its mentions
        // are summed per entity first, so that the graph's map of all nodes
        // is searched once per entity and document, not once per mention.
        let mut per_node: FxHashMap<NodeKey, (u64, Vec<String>)> = FxHashMap::default();
        for m in doc.mentions {
            if self.keep_mentions {
                encode_mention(&mut kept, m.start, m.end, &m.key, &m.surface);
            }
            let alias = m.surface != m.key.name && !m.surface.is_empty();
            let (count, aliases) = per_node.entry(m.key).or_default();
            *count += m.counts as u64;
            if alias {
                aliases.push(m.surface);
            }
        }
        for (key, (count, aliases)) in per_node {
            let n = self.nodes.entry(key).or_default();
            n.mentions += count;
            n.documents.insert(d.clone());
            n.aliases.extend(aliases);
        }
        if self.keep_mentions {
            self.keep(&d, &kept);
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
                document: d.to_string(),
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
                    let mut occurrences = SortedSet::default();
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
            mine.documents.union_with(n.documents);
        }
        for (k, e) in other.edges {
            self.merge_edge(k, e);
        }
        self.keep_mentions |= other.keep_mentions;
        if self.spill.is_none() {
            self.spill = other.spill;
        }
        self.mention_blocks.extend(other.mention_blocks);
        if self.mention_error.is_none() {
            self.mention_error = other.mention_error;
        }
    }

    /// The finished graph, with ids and sorted order.
    pub fn finish(mut self) -> Graph {
        // Blocks in document order; within a document the rows are sorted when read.
        self.mention_blocks
            .sort_by(|a, b| (&a.document, a.offset).cmp(&(&b.document, b.offset)));
        let renamed = self.merge_spelling_variants();
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
        let mentions = Mentions {
            kept: self.keep_mentions,
            blocks: self.mention_blocks,
            error: self.mention_error,
            renamed,
        };
        Graph { graph: g, mentions }
    }
}

impl GraphBuilder {
    /// Names that differ only in spelling across documents are one node:
    /// diacritics (`António Guterres`, `Antonio Guterres`), case (`fourth
    /// Conference of …`, `Fourth Conference of …`), a hyphen or a space
    /// (`Non- Aligned`, `Non-Aligned`). It takes a spelling with no hyphen
    /// broken by a line end, then one with diacritics (plain ASCII is the
    /// usual loss in transcripts), then one with a capital, then the one most
    /// mentioned; the others become aliases. Returns where each merged key
    /// went, for the mentions.
    fn merge_spelling_variants(&mut self) -> BTreeMap<NodeKey, NodeKey> {
        let mut groups: BTreeMap<(NodeType, String), Vec<NodeKey>> = BTreeMap::new();
        for k in self.nodes.keys() {
            groups
                .entry((k.kind, fold_spelling(k.kind, &k.name)))
                .or_default()
                .push(k.clone());
        }
        let mut renamed = BTreeMap::new();
        for keys in groups.into_values().filter(|v| v.len() > 1) {
            // A spelling with no broken hyphen wins, then the one with
            // diacritics ("António"), then a capital ("Fourth Conference"),
            // then the most mentioned.
            let accented = |k: &NodeKey| crate::normalize::without_diacritics(&k.name) != k.name;
            let capitalized = |k: &NodeKey| k.name.starts_with(char::is_uppercase);
            // "Non- Aligned": a hyphen left by a line break in the transcript.
            let whole = |k: &NodeKey| !k.name.contains("- ");
            // "Law• of the Sea", "Co¬operation", "Countries/": marks a scan left.
            let clean = |k: &NodeKey| {
                !k.name.trim_end().ends_with(['/', '-', '—'])
                    && k.name.chars().all(|c| {
                        c.is_alphanumeric() || c.is_whitespace() || "-'’,.()&:".contains(c)
                    })
            };
            let rank = |k: &NodeKey| {
                let n = self.nodes[k].mentions;
                (
                    whole(k),
                    clean(k),
                    accented(k),
                    capitalized(k),
                    n,
                    k.name.clone(),
                )
            };
            let keep = keys.iter().max_by_key(|k| rank(k)).unwrap().clone();
            for k in keys.into_iter().filter(|k| *k != keep) {
                let gone = self.nodes.remove(&k).unwrap();
                let n = self.nodes.get_mut(&keep).unwrap();
                n.mentions += gone.mentions;
                n.aliases.extend(gone.aliases);
                n.aliases.insert(k.name.clone());
                n.documents.union_with(gone.documents);
                n.aliases.remove(&keep.name);
                renamed.insert(k, keep.clone());
            }
        }
        if renamed.is_empty() {
            return renamed;
        }
        let to = |k: NodeKey| renamed.get(&k).cloned().unwrap_or(k);
        for ((s, t, o), e) in std::mem::take(&mut self.edges) {
            let (s, o) = (to(s), to(o));
            if s == o {
                continue;
            }
            self.merge_edge((s, t, o), e);
        }
        renamed
    }

    /// Adds an edge's occurrences to the edge of the same key, keeping the
    /// evidence that comes first in (document, position) order.
    fn merge_edge(&mut self, key: (NodeKey, RelType, NodeKey), e: EdgeData) {
        match self.edges.get_mut(&key) {
            Some(mine) => {
                mine.occurrences.union_with(e.occurrences);
                if ev_order(&e.evidence) < ev_order(&mine.evidence) {
                    mine.evidence = e.evidence;
                }
            }
            None => {
                self.edges.insert(key, e);
            }
        }
    }
}

/// A name without case, diacritics, apostrophes or marks between its words
/// (a hyphen, a slash, a bullet a scan left): the spelling of one name.
fn fold_spelling(kind: NodeType, name: &str) -> String {
    // Dates, resolution and document symbols keep their marks: "2006/2009"
    // is not "2006-2009" written another way, nor is "A/57/PV.2" a name.
    let symbol = matches!(kind, NodeType::Date | NodeType::Resolution)
        || (name.contains('/') && !name.contains(' '));
    let folded: String = crate::normalize::without_diacritics(name)
        .chars()
        .filter(|&c| symbol || !matches!(c, '\'' | '’'))
        .map(|c| match c {
            '-' => ' ',
            '’' => '\'',
            // Any other mark between words is a spelling, not a name:
            // "Asia/Europe Meeting", "Co¬operation", "Law• of the Sea".
            c if !symbol && !c.is_alphanumeric() => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ev_order(e: &Evidence) -> (&str, usize, &str, &str) {
    (&e.document, e.position, &e.rule, &e.text)
}

/// Ids from content; where two names give the same id, the later ones in key
/// order get `-2`, `-3`, … so that ids stay unique and stable. A suffix that
/// is some other name's own id (`Law of the Sea.3` is `…-sea-3`) is skipped:
/// a repeated id would make neo4j-admin refuse the import and Gephi merge nodes.
fn assign_ids<'a>(keys: impl Iterator<Item = &'a NodeKey>) -> HashMap<NodeKey, String> {
    let mut by_id: BTreeMap<String, Vec<&NodeKey>> = BTreeMap::new();
    for k in keys {
        by_id.entry(k.id()).or_default().push(k);
    }
    let mut taken: std::collections::HashSet<String> = by_id.keys().cloned().collect();
    let mut out = HashMap::new();
    for (id, mut ks) in by_id {
        ks.sort();
        let mut n = 1;
        for (i, k) in ks.into_iter().enumerate() {
            let id = if i == 0 {
                id.clone()
            } else {
                loop {
                    n += 1;
                    let candidate = format!("{id}-{n}");
                    if taken.insert(candidate.clone()) {
                        break candidate;
                    }
                }
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
    /// The kept mentions, read back per document by the `mentions.csv` export.
    pub mentions: Mentions,
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

    /// One speech writes "António Guterres", another "Antonio Guterres".
    fn person_doc(document: &str, name: &str, mentions: usize) -> DocResult {
        let person = NodeKey::new(NodeType::Person, name);
        let role = NodeKey::new(NodeType::Role, "Secretary-General");
        DocResult {
            document: document.into(),
            mentions: (0..mentions)
                .map(|i| FoundMention {
                    key: person.clone(),
                    surface: name.into(),
                    start: i * 100,
                    end: i * 100 + name.len(),
                    counts: true,
                })
                .collect(),
            relations: vec![FoundRelation {
                subject: person,
                kind: RelType::Holds,
                object: role,
                evidence: format!("{name}, the Secretary-General"),
                position: 0,
                rule: "r".into(),
            }],
            aliases: vec![],
        }
    }

    #[test]
    fn people_spelled_with_and_without_diacritics_are_one_node() {
        for order in [[0, 1, 2, 3, 4], [4, 2, 1, 0, 3]] {
            let docs = [
                person_doc("a.txt", "António Guterres", 1),
                person_doc("b.txt", "Antonio Guterres", 2),
                person_doc("c.txt", "Tarja Filatov", 1),
                // A letter with a stroke does not decompose in Unicode.
                person_doc("d.txt", "Stanisław Trepczyński", 1),
                person_doc("e.txt", "Stanislaw Trepczynski", 1),
            ];
            let mut b = GraphBuilder::new(true);
            for i in order {
                b.add(docs[i].clone());
            }
            let g = b.finish();
            let people: Vec<_> = g
                .nodes()
                .filter(|n| n.key.kind == NodeType::Person)
                .collect();
            assert_eq!(people.len(), 3);
            let sg = people
                .iter()
                .find(|n| n.key.name.contains("Guterres"))
                .unwrap();
            assert_eq!(sg.key.name, "António Guterres");
            assert_eq!(sg.data.mentions, 3);
            assert_eq!(
                sg.data.aliases.iter().collect::<Vec<_>>(),
                vec!["Antonio Guterres"]
            );
            let holds: Vec<_> = g
                .edges()
                .filter(|(s, _, _)| s.id == sg.id)
                .map(|(_, e, _)| e.data.count())
                .collect();
            assert_eq!(holds, vec![2], "both HOLDS edges end on the kept node");
            let mut rows = 0;
            g.mentions
                .for_each_document(|_, found| {
                    rows += found.iter().filter(|r| r.key == sg.key).count();
                    Ok(())
                })
                .unwrap();
            assert_eq!(rows, 3, "mentions of the variant point at the kept node");
        }
    }

    #[test]
    fn names_that_differ_in_case_or_hyphen_spacing_are_one_node() {
        let doc = |document: &str, kind: NodeType, name: &str, mentions: usize| {
            let mut d = person_doc(document, name, mentions);
            for m in &mut d.mentions {
                m.key = NodeKey::new(kind, name);
            }
            d.relations.clear();
            d
        };
        let docs = [
            doc(
                "a.txt",
                NodeType::Conference,
                "Fourth Conference of Non-Aligned Countries",
                1,
            ),
            doc(
                "b.txt",
                NodeType::Conference,
                "fourth Conference of Non- Aligned Countries",
                2,
            ),
            doc(
                "c.txt",
                NodeType::Conference,
                "Fourth Conference of Non Aligned Countries",
                1,
            ),
            // A mark a scan left between words is a spelling too.
            doc(
                "e.txt",
                NodeType::Conference,
                "Fourth Conference of Non•Aligned Countries/",
                1,
            ),
            // Symbols keep their marks: these are two documents.
            doc("f.txt", NodeType::Document, "A/57/PV.2", 1),
            doc("g.txt", NodeType::Document, "A/57/PV/2", 1),
            // Another type with the same name stays apart.
            doc(
                "d.txt",
                NodeType::Document,
                "Fourth Conference of Non-Aligned Countries",
                1,
            ),
        ];
        let mut b = GraphBuilder::new(true);
        for d in docs {
            b.add(d);
        }
        let g = b.finish();
        let names: Vec<(NodeType, &str, u64)> = g
            .nodes()
            .map(|n| (n.key.kind, n.key.name.as_str(), n.data.mentions))
            .collect();
        assert_eq!(
            names,
            vec![
                (
                    NodeType::Conference,
                    "Fourth Conference of Non-Aligned Countries",
                    5
                ),
                (NodeType::Document, "A/57/PV.2", 1),
                (NodeType::Document, "A/57/PV/2", 1),
                (
                    NodeType::Document,
                    "Fourth Conference of Non-Aligned Countries",
                    1
                ),
            ]
        );
    }

    #[test]
    fn mentions_spill_and_come_back_sorted_per_document() {
        let spill = MentionSpill::new().unwrap();
        let mut a = GraphBuilder::with_spill(Some(spill.clone()));
        let mut b = GraphBuilder::with_spill(Some(spill));
        let mut late = doc("b.txt", 1);
        late.mentions[0].start = 40;
        late.mentions[0].end = 43;
        late.mentions[0].surface = "IOM ÷ é".into();
        a.add(late);
        b.add(doc("b.txt", 1));
        b.add(doc("a.txt", 2));
        b.add(doc("a.txt", 2));
        a.merge(b);
        let g = a.finish();
        assert!(g.mentions.kept());
        let mut seen = Vec::new();
        g.mentions
            .for_each_document(|d, rows| {
                seen.push((
                    d.to_string(),
                    rows.iter()
                        .map(|r| (r.start, r.end, r.surface.clone()))
                        .collect::<Vec<_>>(),
                ));
                assert!(rows.iter().all(|r| r.key.name.starts_with("International")));
                Ok(())
            })
            .unwrap();
        assert_eq!(
            seen,
            [
                ("a.txt".to_string(), vec![(0, 3, "IOM".to_string())]),
                (
                    "b.txt".to_string(),
                    vec![(0, 3, "IOM".to_string()), (40, 43, "IOM ÷ é".to_string())]
                ),
            ]
        );
        assert!(!GraphBuilder::new(false).finish().mentions.kept());
    }

    #[test]
    fn colliding_ids_stay_unique() {
        let a = NodeKey::new(NodeType::Document, "A/C.2/61/L.12");
        let b = NodeKey::new(NodeType::Document, "A/C.2/61/L/12");
        let ids = assign_ids([&a, &b].into_iter());
        assert_eq!(ids[&a], "document:a-c-2-61-l-12");
        assert_eq!(ids[&b], "document:a-c-2-61-l-12-2");
        // Found on the UN General Debate corpus: footnote marks left in names.
        let keys: Vec<NodeKey> = [
            "Law of the Sea",
            "Law of the Sea'",
            "Law of the Sea.",
            "Law of the Sea.3",
            "Law of the Sea'^",
        ]
        .into_iter()
        .map(|n| NodeKey::new(NodeType::Document, n))
        .collect();
        let ids = assign_ids(keys.iter());
        let got: Vec<&str> = keys.iter().map(|k| ids[k].as_str()).collect();
        assert_eq!(
            got,
            [
                "document:law-of-the-sea",
                "document:law-of-the-sea-2",
                "document:law-of-the-sea-5",
                "document:law-of-the-sea-3",
                "document:law-of-the-sea-4",
            ]
        );
    }
}
