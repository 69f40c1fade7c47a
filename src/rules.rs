//! The rule set: gazetteers and patterns kept as data, not code.
//!
//! The default rules are embedded in the binary from `src/rules/`. A user can
//! extend them with `--rules DIR`: every file of the same name found in `DIR`
//! (`organizations.tsv`, `locations.tsv`, `roles.tsv`, `documents.tsv`,
//! `conferences.tsv`, `persons.tsv`, `demonyms.tsv`, `abbreviations.txt`, `patterns.toml`) is read after the
//! embedded one, so its entries add to the defaults.

use crate::error::Error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

const ORGANIZATIONS: &str = include_str!("rules/organizations.tsv");
const LOCATIONS: &str = include_str!("rules/locations.tsv");
const ROLES: &str = include_str!("rules/roles.tsv");
const DOCUMENTS: &str = include_str!("rules/documents.tsv");
const CONFERENCES: &str = include_str!("rules/conferences.tsv");
const PERSONS: &str = include_str!("rules/persons.tsv");
const DEMONYMS: &str = include_str!("rules/demonyms.tsv");
const ABBREVIATIONS: &str = include_str!("rules/abbreviations.txt");
const PATTERNS: &str = include_str!("rules/patterns.toml");

/// A named entity of a gazetteer with the other names it goes by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazEntry {
    pub canonical: String,
    /// Case-sensitive short forms (`IOM`).
    pub acronyms: Vec<String>,
    pub names: Vec<String>,
}

/// A person of `persons.tsv`: the holders of the highest United Nations posts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownPerson {
    pub canonical: String,
    /// The family name as written alone after a title ("Mr. Illueca").
    pub family_names: Vec<String>,
    pub names: Vec<String>,
}

/// The kind of a place in `locations.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    City,
    Region,
    /// A building or compound meetings are held in: the Palais des Nations.
    Venue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    pub kind: PlaceKind,
    pub country: Option<String>,
    pub names: Vec<String>,
}

/// An adjective of nationality of `demonyms.tsv`: "Haitian" is Haiti's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Demonym {
    pub adjective: String,
    /// The `name` of the place in `locations.tsv`.
    pub place: String,
}

/// Every rule the extractor applies.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub organizations: Vec<GazEntry>,
    pub roles: Vec<GazEntry>,
    pub documents: Vec<GazEntry>,
    pub conferences: Vec<GazEntry>,
    pub persons: Vec<KnownPerson>,
    pub places: Vec<Place>,
    pub demonyms: Vec<Demonym>,
    pub abbreviations: Vec<String>,
    pub patterns: Patterns,
}

/// `patterns.toml`: word lists for title phrases, regex rules for entities,
/// composite entities and relations.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patterns {
    #[serde(default)]
    pub macros: BTreeMap<String, String>,
    #[serde(default)]
    pub titles: Titles,
    #[serde(default)]
    pub definite: Definite,
    #[serde(default)]
    pub person_stop_words: Vec<String>,
    /// Words that show a "name" after a title is a thing named after a person
    /// ("the King David Hotel", "the Secretary-General Bulletin").
    #[serde(default)]
    pub not_person_words: Vec<String>,
    /// Titles and ranks that may open a written name ("Lieutenant General",
    /// "Shrimati") and are no part of the person's name.
    #[serde(default)]
    pub honorifics: Vec<String>,
    /// Honorifics that are also given names ("Don Antonio Guzman", "Don
    /// MacKay"): dropped only where two names or more follow.
    #[serde(default)]
    pub full_name_honorifics: Vec<String>,
    /// A country's posts named by its adjective or possessive: "the Haitian
    /// President", "Mexico's President" (with `demonyms.tsv`).
    #[serde(default)]
    pub national_posts: Vec<String>,
    /// A country's organs named by its adjective or possessive: "the Mexican
    /// Senate" is the Senate of Mexico.
    #[serde(default)]
    pub national_bodies: Vec<String>,
    /// Who acts for a country, named by its adjective or possessive: "the
    /// Belgian Government", "the Israeli authorities".
    #[serde(default)]
    pub national_agents: Vec<String>,
    /// Countries named with "the" after "of" ("President of the United
    /// States").
    #[serde(default)]
    pub places_with_article: Vec<String>,
    #[serde(default)]
    pub resolution_issuers: BTreeMap<String, String>,
    /// The organ that adopts resolutions of a symbol series: `"A/RES" = "General Assembly"`.
    #[serde(default)]
    pub resolution_adopters: BTreeMap<String, String>,
    #[serde(default)]
    pub entity: Vec<EntityRule>,
    #[serde(default)]
    pub composite: Vec<CompositeRule>,
    #[serde(default)]
    pub rename: Vec<RenameRule>,
    #[serde(default)]
    pub relation: Vec<RelationRule>,
}

/// Word lists that drive the capitalized-title matcher (`Global Commission on
/// International Migration`, `Rabat Declaration`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Titles {
    #[serde(default)]
    pub heads: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub connectors: Vec<String>,
    #[serde(default)]
    pub left_connectors: Vec<String>,
    #[serde(default)]
    pub stop_words: Vec<String>,
    /// Known names that may open a longer title (`United Nations`).
    #[serde(default)]
    pub left_names: Vec<String>,
    /// Fixed phrases a title reads as one word (`State or Government`), though
    /// they hold a word that is no connector or a stop word.
    #[serde(default)]
    pub inner_phrases: Vec<String>,
    /// Connectors after which a known place is the topic of a title, part of
    /// its name (`Conference on Afghanistan`), not its venue.
    #[serde(default)]
    pub topic_connectors: Vec<String>,
    /// Capitalized words that make a phrase a name of its own though they
    /// type no title (`Final Act`, `Armed Forces`): after "and the" inside a
    /// title's topic, one of them opens a second name, not more topic.
    #[serde(default)]
    pub name_words: Vec<String>,
    /// Posts held "of" a body, by the last part of their name (`Vice-President`,
    /// `Director-General`): capitalized words after the body may name the holder.
    #[serde(default)]
    pub posts: Vec<String>,
    /// Particles inside a personal name (`de`, `van`).
    #[serde(default)]
    pub name_particles: Vec<String>,
    /// Words for a state of affairs, after which "in" a country is an event's topic
    /// (`Crisis`: "Pledging Event for the Humanitarian Crisis in Yemen").
    #[serde(default)]
    pub topic_nouns: Vec<String>,
}

/// Definite descriptions (`the Forum`) resolved to the last entity so named.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Definite {
    #[serde(default)]
    pub heads: Vec<String>,
    /// A head with no antecedent in the document still means this entity
    /// (`the Assembly` → `General Assembly`): `head = "Type:Canonical"`.
    #[serde(default)]
    pub defaults: BTreeMap<String, String>,
    /// A short name that still means one entity when the document never
    /// spells out the long one: `"Global Forum" = "Organization:Global Forum on …"`.
    #[serde(default)]
    pub short_forms: BTreeMap<String, String>,
    /// Group acronyms written inside names for the words they stand for:
    /// "Conference on LDCs" is the "Conference on the Least Developed Countries".
    #[serde(default)]
    pub acronym_words: BTreeMap<String, String>,
}

/// A regex that finds an entity in plain text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityRule {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub pattern: String,
    /// Template of the canonical name; `{group}` inserts a capture group.
    #[serde(default)]
    pub canonical: Option<String>,
    /// Capture group giving the mention's span (default: the whole match).
    #[serde(default)]
    pub span: Option<String>,
    /// Characters that must not stand just before the match ("-" keeps
    /// "Vice-President X" from reading as "President X"). A check after the
    /// match, so the regex can still start with its literal words, which is
    /// what lets it skip most sentences fast.
    #[serde(default)]
    pub not_after: String,
}

/// A rule over a masked sentence that builds a larger entity from found ones.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompositeRule {
    pub name: String,
    /// The rule runs only on sentences holding one of these words (case-insensitive).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// `new` (default): a new entity; `absorb`: the one mention in slot `X`
    /// grows to cover the match; `part-of`: `X of Y` unit of an organization.
    #[serde(default)]
    pub action: Option<String>,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    pub pattern: String,
    #[serde(default)]
    pub canonical: Option<String>,
    #[serde(default)]
    pub span: Option<String>,
    /// Canonical names a slot must not have for the rule to apply.
    #[serde(default)]
    pub unless: BTreeMap<String, Vec<String>>,
    /// A regex the canonical name of a slot must match.
    #[serde(default)]
    pub require: BTreeMap<String, String>,
    /// A regex the canonical name of a slot must not match.
    #[serde(default)]
    pub forbid: BTreeMap<String, String>,
    #[serde(default)]
    pub emit: Vec<[String; 3]>,
}

/// Rewrites a canonical name (`Special Representative on X` → `… of the Secretary-General on X`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenameRule {
    #[serde(rename = "type")]
    pub kind: String,
    pub from: String,
    pub to: String,
}

/// A relation stated by a sentence pattern over the masked sentence.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationRule {
    pub name: String,
    /// The rule runs only on sentences holding one of these words (case-insensitive).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Shorthand for `emit = [["S", type, "O"]]`.
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    pub pattern: String,
    #[serde(default)]
    pub emit: Vec<[String; 3]>,
    /// The rule does not apply to a sentence this regex matches (its masked text).
    #[serde(default)]
    pub unless: Option<String>,
    /// A regex the canonical name of a slot must not match.
    #[serde(default)]
    pub forbid: BTreeMap<String, String>,
    /// A regex the canonical name of every mention in a slot must match.
    #[serde(default)]
    pub require: BTreeMap<String, String>,
    /// The match does not count if its own text (masked) matches this regex:
    /// another subject between the two ends, such as "we" or "which".
    #[serde(default)]
    pub unless_match: Option<String>,
}

impl RuleSet {
    /// The embedded default rules.
    pub fn default_rules() -> RuleSet {
        let mut rules = RuleSet {
            organizations: Vec::new(),
            roles: Vec::new(),
            documents: Vec::new(),
            conferences: Vec::new(),
            persons: Vec::new(),
            places: Vec::new(),
            demonyms: Vec::new(),
            abbreviations: Vec::new(),
            patterns: Patterns::default(),
        };
        rules
            .add_sources(&Sources::embedded(), "embedded rules")
            .expect("the embedded rules are valid");
        rules
    }

    /// The default rules extended by the files in `dir`.
    pub fn with_extension(dir: &Path) -> Result<RuleSet, Error> {
        let mut rules = RuleSet::default_rules();
        if !dir.is_dir() {
            return Err(Error::Usage(format!(
                "{}: --rules expects a folder of rule files",
                dir.display()
            )));
        }
        let sources = Sources::from_dir(dir)?;
        if sources.is_empty() {
            return Err(Error::Usage(format!(
                "{}: no rule files found (expected organizations.tsv, locations.tsv, roles.tsv, documents.tsv, conferences.tsv, persons.tsv, demonyms.tsv, abbreviations.txt or patterns.toml)",
                dir.display()
            )));
        }
        rules.add_sources(&sources, &dir.display().to_string())?;
        Ok(rules)
    }

    fn add_sources(&mut self, s: &Sources, origin: &str) -> Result<(), Error> {
        let at = |file: &str| format!("{origin}/{file}");
        if let Some(t) = &s.organizations {
            self.organizations
                .extend(parse_gazetteer(t, 3, &at("organizations.tsv"))?);
        }
        if let Some(t) = &s.roles {
            self.roles.extend(parse_gazetteer(t, 2, &at("roles.tsv"))?);
        }
        if let Some(t) = &s.documents {
            self.documents
                .extend(parse_gazetteer(t, 3, &at("documents.tsv"))?);
        }
        if let Some(t) = &s.conferences {
            self.conferences
                .extend(parse_gazetteer(t, 3, &at("conferences.tsv"))?);
        }
        if let Some(t) = &s.persons {
            // The second column of persons.tsv holds family names, not acronyms.
            self.persons.extend(
                parse_gazetteer(t, 3, &at("persons.tsv"))?
                    .into_iter()
                    .map(|e| KnownPerson {
                        canonical: e.canonical,
                        family_names: e.acronyms,
                        names: e.names,
                    }),
            );
        }
        if let Some(t) = &s.locations {
            self.places.extend(parse_places(t, &at("locations.tsv"))?);
        }
        if let Some(t) = &s.demonyms {
            let parsed = parse_demonyms(t, &self.places, &at("demonyms.tsv"))?;
            self.demonyms.extend(parsed);
        }
        if let Some(t) = &s.abbreviations {
            self.abbreviations.extend(
                t.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(String::from),
            );
        }
        if let Some(t) = &s.patterns {
            let p: Patterns = toml::from_str(t).map_err(|e| Error::Rules {
                file: at("patterns.toml"),
                message: e.to_string(),
            })?;
            merge_patterns(&mut self.patterns, p);
        }
        Ok(())
    }
}

fn merge_patterns(into: &mut Patterns, p: Patterns) {
    into.macros.extend(p.macros);
    for (k, v) in p.titles.heads {
        into.titles.heads.entry(k).or_default().extend(v);
    }
    into.titles.connectors.extend(p.titles.connectors);
    into.titles.left_connectors.extend(p.titles.left_connectors);
    into.titles.stop_words.extend(p.titles.stop_words);
    into.titles.left_names.extend(p.titles.left_names);
    into.titles.inner_phrases.extend(p.titles.inner_phrases);
    into.titles
        .topic_connectors
        .extend(p.titles.topic_connectors);
    into.titles.name_words.extend(p.titles.name_words);
    into.titles.posts.extend(p.titles.posts);
    into.titles.name_particles.extend(p.titles.name_particles);
    into.titles.topic_nouns.extend(p.titles.topic_nouns);
    into.definite.heads.extend(p.definite.heads);
    into.definite.defaults.extend(p.definite.defaults);
    into.definite.short_forms.extend(p.definite.short_forms);
    into.definite.acronym_words.extend(p.definite.acronym_words);
    into.person_stop_words.extend(p.person_stop_words);
    into.not_person_words.extend(p.not_person_words);
    into.honorifics.extend(p.honorifics);
    into.full_name_honorifics.extend(p.full_name_honorifics);
    into.national_posts.extend(p.national_posts);
    into.national_agents.extend(p.national_agents);
    into.national_bodies.extend(p.national_bodies);
    into.places_with_article.extend(p.places_with_article);
    into.resolution_issuers.extend(p.resolution_issuers);
    into.resolution_adopters.extend(p.resolution_adopters);
    into.entity.extend(p.entity);
    into.composite.extend(p.composite);
    into.rename.extend(p.rename);
    into.relation.extend(p.relation);
}

#[derive(Default)]
struct Sources {
    organizations: Option<String>,
    roles: Option<String>,
    documents: Option<String>,
    conferences: Option<String>,
    persons: Option<String>,
    locations: Option<String>,
    demonyms: Option<String>,
    abbreviations: Option<String>,
    patterns: Option<String>,
}

impl Sources {
    fn embedded() -> Sources {
        Sources {
            organizations: Some(ORGANIZATIONS.into()),
            roles: Some(ROLES.into()),
            documents: Some(DOCUMENTS.into()),
            conferences: Some(CONFERENCES.into()),
            persons: Some(PERSONS.into()),
            locations: Some(LOCATIONS.into()),
            demonyms: Some(DEMONYMS.into()),
            abbreviations: Some(ABBREVIATIONS.into()),
            patterns: Some(PATTERNS.into()),
        }
    }

    fn from_dir(dir: &Path) -> Result<Sources, Error> {
        let read = |name: &str| -> Result<Option<String>, Error> {
            let path = dir.join(name);
            if !path.exists() {
                return Ok(None);
            }
            std::fs::read_to_string(&path)
                .map(Some)
                .map_err(|e| Error::Rules {
                    file: path.display().to_string(),
                    message: e.to_string(),
                })
        };
        Ok(Sources {
            organizations: read("organizations.tsv")?,
            roles: read("roles.tsv")?,
            documents: read("documents.tsv")?,
            conferences: read("conferences.tsv")?,
            persons: read("persons.tsv")?,
            locations: read("locations.tsv")?,
            demonyms: read("demonyms.tsv")?,
            abbreviations: read("abbreviations.txt")?,
            patterns: read("patterns.toml")?,
        })
    }

    fn is_empty(&self) -> bool {
        self.organizations.is_none()
            && self.roles.is_none()
            && self.documents.is_none()
            && self.conferences.is_none()
            && self.persons.is_none()
            && self.locations.is_none()
            && self.demonyms.is_none()
            && self.abbreviations.is_none()
            && self.patterns.is_none()
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Parses `canonical<TAB>acronyms<TAB>other names` (3 columns) or
/// `canonical<TAB>other names` (2 columns).
fn parse_gazetteer(text: &str, columns: usize, file: &str) -> Result<Vec<GazEntry>, Error> {
    let mut out = Vec::new();
    for (n, line) in data_lines(text) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.is_empty() || cols[0].trim().is_empty() || cols.len() > columns {
            return Err(Error::Rules {
                file: file.into(),
                message: format!(
                    "line {n}: expected at most {columns} tab-separated columns with a name first"
                ),
            });
        }
        let get = |i: usize| cols.get(i).copied().unwrap_or("");
        let (acronyms, names) = if columns == 3 {
            (split_list(get(1)), split_list(get(2)))
        } else {
            (Vec::new(), split_list(get(1)))
        };
        out.push(GazEntry {
            canonical: cols[0].trim().to_string(),
            acronyms,
            names,
        });
    }
    Ok(out)
}

/// Parses `name<TAB>kind<TAB>country<TAB>other names`.
fn parse_places(text: &str, file: &str) -> Result<Vec<Place>, Error> {
    let mut out = Vec::new();
    for (n, line) in data_lines(text) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 || cols.len() > 4 || cols[0].trim().is_empty() {
            return Err(Error::Rules {
                file: file.into(),
                message: format!(
                    "line {n}: expected name, kind, country and other names separated by tabs"
                ),
            });
        }
        let kind = match cols[1].trim() {
            "country" | "observer" | "territory" | "former" => PlaceKind::Country,
            "city" => PlaceKind::City,
            "region" => PlaceKind::Region,
            "venue" => PlaceKind::Venue,
            other => {
                return Err(Error::Rules {
                    file: file.into(),
                    message: format!("line {n}: unknown kind {other:?}"),
                })
            }
        };
        let country = cols
            .get(2)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(String::from);
        out.push(Place {
            name: cols[0].trim().to_string(),
            kind,
            country,
            names: cols.get(3).map(|s| split_list(s)).unwrap_or_default(),
        });
    }
    Ok(out)
}

/// Parses `adjective<TAB>country`; the country must be a place already known.
fn parse_demonyms(text: &str, places: &[Place], file: &str) -> Result<Vec<Demonym>, Error> {
    let mut out = Vec::new();
    for (n, line) in data_lines(text) {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() != 2 || cols.iter().any(|c| c.is_empty()) {
            return Err(Error::Rules {
                file: file.into(),
                message: format!(
                    "line {n}: expected an adjective and a country separated by a tab"
                ),
            });
        }
        let place = cols[1];
        if !places.iter().any(|p| p.name == place) {
            return Err(Error::Rules {
                file: file.into(),
                message: format!("line {n}: {place:?} is no name of locations.tsv"),
            });
        }
        out.push(Demonym {
            adjective: cols[0].to_string(),
            place: place.to_string(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rules_load_with_real_un_knowledge() {
        let r = RuleSet::default_rules();
        let iom = r
            .organizations
            .iter()
            .find(|o| o.canonical == "International Organization for Migration")
            .expect("IOM is in the gazetteer");
        assert!(iom.acronyms.contains(&"IOM".to_string()));
        let countries = r
            .places
            .iter()
            .filter(|p| p.kind == PlaceKind::Country)
            .count();
        assert!(countries >= 193, "{countries} countries");
        let brussels = r.places.iter().find(|p| p.name == "Brussels").unwrap();
        assert_eq!(brussels.country.as_deref(), Some("Belgium"));
        assert!(r.roles.iter().any(|x| x.canonical == "Secretary-General"));
        assert!(r.abbreviations.iter().any(|a| a == "a.i"));
        assert!(!r.patterns.relation.is_empty());
    }

    #[test]
    fn bad_rule_files_name_the_file_and_line() {
        let err = parse_gazetteer("ok\t\t\nbad\ta\tb\tc\n", 3, "x/organizations.tsv").unwrap_err();
        assert_eq!(
            err.to_string(),
            "x/organizations.tsv: line 2: expected at most 3 tab-separated columns with a name first"
        );
        let err = parse_places("Paris\ttown\tFrance\t\n", "x/locations.tsv").unwrap_err();
        assert!(err.to_string().contains("line 1: unknown kind \"town\""));
        let places = parse_places("France\tcountry\t\t\n", "x/locations.tsv").unwrap();
        let err = parse_demonyms("French\tFrance\nGallic\tGaul\n", &places, "x/demonyms.tsv")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "x/demonyms.tsv: line 2: \"Gaul\" is no name of locations.tsv"
        );
    }
}
