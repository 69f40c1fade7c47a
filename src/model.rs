//! The vocabulary shared by every stage: node and relation types of `schema.md`,
//! mentions found in a document and relations between them.

use std::fmt;

/// The eight node types of the schema, in the order the schema lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeType {
    Organization,
    Person,
    Role,
    Resolution,
    Document,
    Conference,
    Date,
    Location,
}

impl NodeType {
    pub const ALL: [NodeType; 8] = [
        NodeType::Organization,
        NodeType::Person,
        NodeType::Role,
        NodeType::Resolution,
        NodeType::Document,
        NodeType::Conference,
        NodeType::Date,
        NodeType::Location,
    ];

    /// The `:LABEL` written to the exports.
    pub fn label(self) -> &'static str {
        match self {
            NodeType::Organization => "Organization",
            NodeType::Person => "Person",
            NodeType::Role => "Role",
            NodeType::Resolution => "Resolution",
            NodeType::Document => "Document",
            NodeType::Conference => "Conference",
            NodeType::Date => "Date",
            NodeType::Location => "Location",
        }
    }

    /// One letter per type, used in masked sentences (`<O3>`) and in relation rules.
    pub fn code(self) -> char {
        match self {
            NodeType::Organization => 'O',
            NodeType::Person => 'P',
            NodeType::Role => 'R',
            NodeType::Resolution => 'S',
            NodeType::Document => 'D',
            NodeType::Conference => 'C',
            NodeType::Date => 'T',
            NodeType::Location => 'L',
        }
    }

    pub fn from_code(c: char) -> Option<NodeType> {
        NodeType::ALL.into_iter().find(|t| t.code() == c)
    }

    pub fn from_label(s: &str) -> Option<NodeType> {
        NodeType::ALL.into_iter().find(|t| t.label() == s)
    }
}

impl fmt::Display for NodeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The fifteen relation types of the schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelType {
    Proposed,
    Hosted,
    Organized,
    MemberOf,
    PartOf,
    HeldIn,
    HeldOn,
    Chaired,
    Appointed,
    Holds,
    Established,
    Adopted,
    Authored,
    PursuantTo,
    Dated,
}

impl RelType {
    pub const ALL: [RelType; 15] = [
        RelType::Proposed,
        RelType::Hosted,
        RelType::Organized,
        RelType::MemberOf,
        RelType::PartOf,
        RelType::HeldIn,
        RelType::HeldOn,
        RelType::Chaired,
        RelType::Appointed,
        RelType::Holds,
        RelType::Established,
        RelType::Adopted,
        RelType::Authored,
        RelType::PursuantTo,
        RelType::Dated,
    ];

    /// The `:TYPE` written to the exports.
    pub fn name(self) -> &'static str {
        match self {
            RelType::Proposed => "PROPOSED",
            RelType::Hosted => "HOSTED",
            RelType::Organized => "ORGANIZED",
            RelType::MemberOf => "MEMBER_OF",
            RelType::PartOf => "PART_OF",
            RelType::HeldIn => "HELD_IN",
            RelType::HeldOn => "HELD_ON",
            RelType::Chaired => "CHAIRED",
            RelType::Appointed => "APPOINTED",
            RelType::Holds => "HOLDS",
            RelType::Established => "ESTABLISHED",
            RelType::Adopted => "ADOPTED",
            RelType::Authored => "AUTHORED",
            RelType::PursuantTo => "PURSUANT_TO",
            RelType::Dated => "DATED",
        }
    }

    pub fn from_name(s: &str) -> Option<RelType> {
        RelType::ALL.into_iter().find(|t| t.name() == s)
    }
}

impl fmt::Display for RelType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A node key: type plus canonical name. Ids are derived from it, never from order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeKey {
    pub kind: NodeType,
    pub name: String,
}

impl NodeKey {
    pub fn new(kind: NodeType, name: impl Into<String>) -> Self {
        NodeKey {
            kind,
            name: name.into(),
        }
    }

    /// `organization:international-organization-for-migration`, `date:2006-09-14`,
    /// `resolution:a-res-60-227`: the type, a colon, the name lowercased with every
    /// run of other characters turned into one `-`.
    pub fn id(&self) -> String {
        let mut id = String::with_capacity(self.name.len() + 14);
        id.push_str(&self.kind.label().to_lowercase());
        id.push(':');
        let mut dash = false;
        for c in self.name.chars() {
            if c.is_alphanumeric() {
                if dash && !id.ends_with(':') {
                    id.push('-');
                }
                dash = false;
                id.extend(c.to_lowercase());
            } else {
                dash = true;
            }
        }
        id
    }
}

/// One occurrence of an entity in a document's normalized text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub kind: NodeType,
    /// Byte range in the normalized text.
    pub start: usize,
    pub end: usize,
    /// Canonical name of the entity this mention refers to.
    pub name: String,
    /// Which matcher found it (`gazetteer`, `date`, `title`, …).
    pub rule: &'static str,
}

impl Mention {
    pub fn key(&self) -> NodeKey {
        NodeKey::new(self.kind, self.name.clone())
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn overlaps(&self, other: &Mention) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A relation stated by one sentence (or labelled block) of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relation {
    pub subject: NodeKey,
    pub kind: RelType,
    pub object: NodeKey,
    /// Byte range of the evidence in the normalized text.
    pub evidence_start: usize,
    pub evidence_end: usize,
    pub rule: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_schema_examples() {
        let cases = [
            (
                NodeType::Organization,
                "International Organization for Migration",
                "organization:international-organization-for-migration",
            ),
            (NodeType::Date, "2006-09-14", "date:2006-09-14"),
            (
                NodeType::Resolution,
                "A/RES/60/227",
                "resolution:a-res-60-227",
            ),
            (NodeType::Location, "Asunción", "location:asunción"),
            (NodeType::Organization, "  the  (x) ", "organization:the-x"),
        ];
        for (kind, name, id) in cases {
            assert_eq!(NodeKey::new(kind, name).id(), id);
        }
    }

    #[test]
    fn codes_round_trip() {
        for t in NodeType::ALL {
            assert_eq!(NodeType::from_code(t.code()), Some(t));
            assert_eq!(NodeType::from_label(t.label()), Some(t));
        }
        for r in RelType::ALL {
            assert_eq!(RelType::from_name(r.name()), Some(r));
        }
    }
}
