//! Capitalized titles with a head word: `Global Commission on International
//! Migration` (Organization), `Ministerial Euro-African Conference on Migration
//! and Development` (Conference), `Rabat Declaration` (Document). The head word
//! lists and the connectors allowed inside a title come from `patterns.toml`.
//!
//! A title stops before a place or a known body it merely names
//! (`Declaration on Migration and Development` | `in Tripoli`,
//! `Carolina Foundation` | `of Spain`), so that the composite rules can relate
//! them; a place that is its topic (`Conference on Afghanistan`) or opens a
//! text it names (`Review Conference of the Nairobi Declaration`) is part of it.

use crate::model::{Mention, NodeType};
use crate::rules::{PlaceKind, Titles};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub struct TitleMatcher {
    heads: HashMap<String, NodeType>,
    /// Multi-word heads such as `Programme of Action`, as word lists, by first word.
    multi_heads: HashMap<String, Vec<(Vec<String>, NodeType)>>,
    connectors: HashSet<String>,
    left_connectors: HashSet<String>,
    stop: HashSet<String>,
    /// Known names that may open a longer title: `United Nations`.
    left_names: HashSet<String>,
    /// Fixed phrases read as one word inside a title, by first word.
    inner_phrases: HashMap<String, Vec<Vec<String>>>,
    /// Connectors after which a known place is a title's topic.
    topic_connectors: HashSet<String>,
    /// Words that open a second name after "and the" (`Final Act`).
    name_words: HashSet<String>,
    /// Posts held "of" a body, by the last part of their name.
    posts: HashSet<String>,
    /// Particles inside a personal name.
    name_particles: HashSet<String>,
    /// Words for a state of affairs, after which "in" a country is a topic.
    topic_nouns: HashSet<String>,
}

#[derive(Debug)]
struct Tok<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    opens: bool,
    closes: Option<char>,
}

/// A known mention that a title must not swallow, by start offset.
pub struct Blocker {
    pub kind: NodeType,
    pub place: Option<PlaceKind>,
    pub end: usize,
}

/// Every head word (the first word of a multi-word head). A title needs one,
/// so a sentence where none begins a word (two in three) holds no title: the
/// gazetteer's search, which visits every word anyway, looks for them too.
pub fn head_words(t: &Titles) -> Vec<String> {
    let mut words: Vec<String> = t
        .heads
        .values()
        .flatten()
        .map(|w| w.split(' ').next().unwrap_or_default().to_string())
        .filter(|w| !w.is_empty())
        .collect();
    words.sort();
    words.dedup();
    words
}

impl TitleMatcher {
    pub fn new(t: &Titles) -> TitleMatcher {
        let mut heads = HashMap::default();
        let mut multi_heads: HashMap<String, Vec<(Vec<String>, NodeType)>> = HashMap::default();
        for (kind, words) in &t.heads {
            let Some(kind) = NodeType::from_label(kind) else {
                continue;
            };
            for w in words {
                if w.contains(' ') {
                    let words: Vec<String> = w.split(' ').map(String::from).collect();
                    multi_heads
                        .entry(words[0].clone())
                        .or_default()
                        .push((words, kind));
                } else {
                    heads.insert(w.clone(), kind);
                }
            }
        }
        TitleMatcher {
            heads,
            multi_heads,
            connectors: t.connectors.iter().cloned().collect(),
            left_connectors: t.left_connectors.iter().cloned().collect(),
            stop: t.stop_words.iter().cloned().collect(),
            left_names: t.left_names.iter().cloned().collect(),
            inner_phrases: by_first_word(&t.inner_phrases),
            topic_connectors: t.topic_connectors.iter().cloned().collect(),
            name_words: t.name_words.iter().cloned().collect(),
            posts: t.posts.iter().cloned().collect(),
            name_particles: t.name_particles.iter().cloned().collect(),
            topic_nouns: t.topic_nouns.iter().cloned().collect(),
        }
    }

    fn cap(&self, t: &Tok) -> bool {
        let mut chars = t.text.chars();
        chars.next().is_some_and(|c| c.is_uppercase())
            && !self.stop.contains(t.text)
            && !is_possessive(t.text)
            && !is_participle_adjective(t.text)
            && !is_symbol(t.text)
    }

    /// An ordinal that may open an event title: `90th`, `Ninetieth`, `Second`.
    fn ordinal(&self, t: &Tok) -> bool {
        let x = t.text;
        let b = x.as_bytes();
        let numeric = b.len() > 2
            && b[..b.len() - 2].iter().all(u8::is_ascii_digit)
            && matches!(&b[b.len() - 2..], b"st" | b"nd" | b"rd" | b"th");
        // "Third", "Twenty-first", "Sixtieth": the last word of the number is an ordinal
        // ("South" and "Youth" end in "th" and are none).
        let last = x.rsplit('-').next().unwrap_or(x).to_ascii_lowercase();
        numeric
            || (x.starts_with(char::is_uppercase)
                && crate::alias::ordinal_number(&last).is_some()
                && !self.heads.contains_key(x))
    }

    fn head_at(&self, toks: &[Tok], i: usize) -> Option<(usize, NodeType)> {
        for (words, kind) in self.multi_heads.get(toks[i].text).into_iter().flatten() {
            if i + words.len() <= toks.len()
                && words.iter().enumerate().all(|(k, w)| toks[i + k].text == w)
                && toks[i..i + words.len() - 1]
                    .iter()
                    .all(|t| t.closes.is_none())
            {
                return Some((i + words.len() - 1, *kind));
            }
        }
        self.heads.get(toks[i].text).map(|k| (i, *k))
    }

    /// Titles in one sentence starting at byte `offset` of the document text.
    pub fn find(
        &self,
        sentence: &str,
        offset: usize,
        blockers: &HashMap<usize, Blocker>,
    ) -> Vec<Mention> {
        let toks = tokenize(sentence);
        // Ends of known names other than places, with their starts.
        // Where two names end at one place ("Food and Agriculture Organization
        // of the United Nations", "United Nations"), the longer one wins, so
        // the result does not depend on the HashMap's iteration order.
        let mut gaz_ends: HashMap<usize, (usize, NodeType)> = HashMap::default();
        for (s, b) in blockers
            .iter()
            .filter(|(_, b)| b.kind != NodeType::Location)
        {
            let e = gaz_ends.entry(b.end).or_insert((*s, b.kind));
            if *s < e.0 {
                *e = (*s, b.kind);
            }
        }
        let gaz_spans: HashSet<(usize, usize)> =
            blockers.iter().map(|(s, b)| (*s, b.end)).collect();
        // (left, right) token span -> the type given by its last head word.
        let mut spans: Vec<((usize, usize), usize, NodeType)> = Vec::new();
        for i in 0..toks.len() {
            if !toks[i].text.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let Some((head_end, head_kind)) = self.head_at(&toks, i) else {
                continue;
            };
            let event = head_kind == NodeType::Conference;
            let l = self.extend_left(&toks, i, offset, &gaz_ends, event, sentence);
            let l = self.open_at_place(&toks, l, i, offset, blockers);
            let scan = Scan {
                toks: &toks,
                l,
                offset,
                blockers,
                gaz_spans: &gaz_spans,
            };
            let r = self.extend_right(&scan, head_end);
            if r <= l {
                continue;
            }
            let typed_from = self.head_after_known_name(&toks, l, r, offset, &gaz_ends);
            let (last, kind) = self.last_head(&toks, typed_from.unwrap_or(i), r);
            match spans.iter_mut().find(|(span, _, _)| *span == (l, r)) {
                Some(entry) if entry.1 < last => *entry = ((l, r), last, kind),
                Some(_) => {}
                None => spans.push(((l, r), last, kind)),
            }
        }
        let mut out = Vec::new();
        for ((l, r), _, kind) in spans {
            // "75th Session", "Second Summit": an ordinal and a head name nothing.
            if toks[l..=r]
                .iter()
                .all(|t| self.ordinal(t) || self.heads.contains_key(t.text))
            {
                continue;
            }
            let (s, e) = (toks[l].start, toks[r].end);
            // "Fourth Global Platform for Disaster Risk Reduction": an ordinal
            // before a known event is one of its sessions, whatever its head says.
            let kind = match blockers.get(&(offset + toks[(l + 1).min(r)].start)) {
                Some(b)
                    if b.kind == NodeType::Conference
                        && self.ordinal(&toks[l])
                        && b.end == offset + e =>
                {
                    b.kind
                }
                _ => kind,
            };
            out.push(Mention {
                kind,
                start: offset + s,
                end: offset + e,
                name: sentence[s..e].to_string(),
                rule: "title",
            });
        }
        out
    }

    /// "Dar es Salaam Declaration": a title whose first token `l` lies inside
    /// a known place (ending before the head at `i`) opens where the place does.
    fn open_at_place(
        &self,
        toks: &[Tok],
        l: usize,
        i: usize,
        offset: usize,
        blockers: &HashMap<usize, Blocker>,
    ) -> usize {
        let (first, head) = (offset + toks[l].start, offset + toks[i].start);
        blockers
            .iter()
            .filter(|(s, b)| {
                b.kind == NodeType::Location && **s < first && b.end > first && b.end <= head
            })
            .filter_map(|(s, _)| toks.iter().position(|t| offset + t.start == *s))
            .filter(|&k| self.cap(&toks[k]))
            .min()
            .unwrap_or(l)
    }

    /// "Council of Europe Convention on Cybercrime": a known body that opens
    /// the title names it, and the head right after it (its token) types it.
    fn head_after_known_name(
        &self,
        toks: &[Tok],
        l: usize,
        r: usize,
        offset: usize,
        gaz_ends: &HashMap<usize, (usize, NodeType)>,
    ) -> Option<usize> {
        let opens_at_l = |t: &Tok| {
            gaz_ends
                .get(&(offset + t.end))
                .is_some_and(|&(start, _)| start == offset + toks[l].start)
        };
        (l + 1..r)
            .find(|&x| opens_at_l(&toks[x]) && self.head_at(toks, x + 1).is_some())
            .map(|x| x + 1)
    }

    fn extend_left(
        &self,
        toks: &[Tok],
        i: usize,
        offset: usize,
        gaz_ends: &HashMap<usize, (usize, NodeType)>,
        event: bool,
        sentence: &str,
    ) -> usize {
        let mut l = i;
        let mut saw_and = false;
        while l > 0 && !toks[l].opens {
            let p = &toks[l - 1];
            // A known name ends just before: "International Dialogue on Migration |
            // International Organization …", "IOM Council | on IOM Strategy". An
            // acronym alone is a modifier: "IOM Council", "UNESCO Institute …".
            if let Some(&(start, kind)) = gaz_ends
                .get(&(offset + p.end))
                .filter(|_| p.closes.is_none())
            {
                let acronym = start == offset + p.start
                    && p.text.len() > 1
                    && p.text
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
                // "United Nations Global Initiative …"; "IOM Council Session" (a
                // body's session or meeting).
                let modifier = acronym
                    || self.left_names.contains(&sentence[start - offset..p.end])
                    || (event && kind == NodeType::Organization);
                if !modifier || self.left_connectors.contains(toks[l].text) {
                    break;
                }
                l = toks
                    .iter()
                    .position(|t| offset + t.start == start)
                    .unwrap_or(l - 1);
                continue;
            }
            match p.closes {
                // "African, Caribbean and Pacific States": an enumeration closed by "and".
                // A post is no item: in "Kim Hak-Sen, Executive Secretary, Economic and
                // Social Commission" the enumeration begins at "Economic".
                Some(',') if saw_and && self.cap(p) && !self.is_post(p) => {
                    l -= 1;
                    continue;
                }
                Some(_) => break,
                None => {}
            }
            if self.cap(p) {
                l -= 1;
                continue;
            }
            if self.left_connectors.contains(p.text)
                && l >= 2
                && self.cap(&toks[l - 2])
                && !toks[l - 1].opens
                && (toks[l - 2].closes.is_none() || toks[l - 2].closes == Some(','))
                && !gaz_ends.contains_key(&(offset + toks[l - 2].end))
            {
                saw_and |= p.text == "and";
                if toks[l - 2].closes == Some(',') && !saw_and {
                    break;
                }
                l -= 2;
                continue;
            }
            // "90th Council Session": an ordinal opens an event's title.
            if event && self.ordinal(p) && p.closes.is_none() {
                l -= 1;
            }
            break;
        }
        l
    }

    /// The last token of the title that `head_end` ends, read to the right.
    fn extend_right(&self, scan: &Scan, head_end: usize) -> usize {
        let mut r = head_end;
        let mut in_topic = false;
        let mut before_indefinite = None;
        while let Some((next, topic)) = self.step_right(scan, r, in_topic) {
            debug_assert!(next > r, "a step right moves right");
            if before_indefinite.is_none() && scan.toks[r + 1..next].iter().any(|t| t.text == "a") {
                before_indefinite = Some(r);
            }
            (r, in_topic) = (next, topic);
        }
        // "Plan for a Safe | El Salvador": words after "a" that stop at a
        // known name have lost their noun to it; the title ends before "a".
        if let Some(before) = before_indefinite.filter(|_| scan.blocked(r + 1)) {
            return self.without_adjective_tail(scan, head_end, before);
        }
        self.without_adjective_tail(scan, head_end, r)
    }

    /// "Bandung Conference | of Asian and African countries": a title that
    /// ends in adjectives of nationality before a lower-case noun has lost
    /// that noun, so it ends before the connector that opens them.
    fn without_adjective_tail(&self, scan: &Scan, head_end: usize, r: usize) -> usize {
        let toks = scan.toks;
        // "the Caribbean", "the Mediterranean": a known place is no adjective.
        let adjective = |k: usize| {
            is_nationality_adjective(toks[k].text) && !scan.blocked(k) && !scan.is_region(k)
        };
        let noun_follows = toks.get(r + 1).is_some_and(|t| {
            t.text.starts_with(char::is_lowercase) && !self.connectors.contains(t.text)
        }) && toks[r].closes.is_none();
        if !noun_follows || !adjective(r) {
            return r;
        }
        let mut k = r;
        while k > head_end && (adjective(k) || matches!(toks[k].text, "and" | "or")) {
            k -= 1;
        }
        if k == head_end || !self.connectors.contains(toks[k].text) {
            return r;
        }
        while k > head_end && self.connectors.contains(toks[k].text) {
            k -= 1;
        }
        k
    }

    /// The token the title reaches next from its last token `r`, and whether
    /// that ends a place read as its topic; `None` where the title ends.
    fn step_right(&self, scan: &Scan, r: usize, in_topic: bool) -> Option<(usize, bool)> {
        let toks = scan.toks;
        if let Some(last) = self.inner_phrase_at(toks, r) {
            return Some((last, in_topic));
        }
        if let Some(c) = toks[r].closes {
            let goes_on = c == ',' && self.comma_continues(toks, r) && !scan.blocked(r + 1);
            return goes_on.then_some((r + 1, in_topic));
        }
        let nx = toks.get(r + 1).filter(|t| !t.opens)?;
        if self.modifiers_joined_by_or(scan, r) {
            return Some((r + 2, false));
        }
        if self.connectors.contains(nx.text) {
            return self.across_connectors(scan, r, in_topic);
        }
        // "Board | Twenty-fifth session": an ordinal opens what follows a name.
        let goes_on = self.cap(nx) && !scan.blocked(r + 1) && !self.ordinal(nx);
        (goes_on && !self.holder_after_post(scan, r)).then_some((r + 1, false))
    }

    /// "Vice-President of the Human Rights Council | Yuri Borissov Sterk": after
    /// a post "of the" body, two to four capitalized words right after the
    /// body's head word `r`, none of them a head and nothing joined after them,
    /// are the holder's name, not more of the body's.
    fn holder_after_post(&self, scan: &Scan, r: usize) -> bool {
        let toks = scan.toks;
        if self.heads.get(toks[r].text) != Some(&NodeType::Organization) {
            return false;
        }
        // "Vice-President", "Director-General": by the last part.
        let post = |k: usize| self.is_post(&toks[k]);
        let l = scan.l;
        let after_post = match l {
            2.. if toks[l - 1].text == "the" && toks[l - 2].text == "of" => l >= 3 && post(l - 3),
            1.. if toks[l - 1].text == "of" => l >= 2 && post(l - 2),
            _ => false,
        };
        if !after_post {
            return false;
        }
        let name_word = |t: &Tok| {
            let mut cs = t.text.chars();
            cs.next().is_some_and(char::is_uppercase)
                && cs.clone().next().is_some_and(char::is_lowercase)
                && cs.all(|c| c.is_alphabetic() || c == '-')
        };
        // Tokens read (`n`) and name words among them (`words`): a particle inside
        // a name ("Juan de la Cruz") is read but not counted.
        let (mut n, mut words) = (0, 0);
        for (k, t) in toks.iter().enumerate().skip(r + 1) {
            let is_particle = |t: &Tok| self.name_particles.contains(t.text);
            let particle = words > 0
                && is_particle(t)
                && toks
                    .get(k + 1)
                    .is_some_and(|next| name_word(next) || is_particle(next));
            if particle {
                n += 1;
                continue;
            }
            let head = self.head_at(toks, k).is_some();
            if !name_word(t) || self.connectors.contains(t.text) || head {
                break;
            }
            (n, words) = (n + 1, words + 1);
            if t.closes.is_some() {
                return (2..=4).contains(&words);
            }
        }
        let ends = toks.get(r + 1 + n).is_none_or(|t| {
            t.text.starts_with(char::is_lowercase) && !self.connectors.contains(t.text)
        });
        (2..=4).contains(&words) && ends
    }

    /// "New or Restored Democracies": "or" after token `r` joins two modifiers
    /// of one head, the first right after a connector, no head among the words
    /// after it (not "Commission on Gender Equality or Youth Development Council").
    fn modifiers_joined_by_or(&self, scan: &Scan, r: usize) -> bool {
        let (toks, l) = (scan.toks, scan.l);
        toks[r + 1].text == "or"
            && toks[r + 1].closes.is_none()
            && !self.heads.contains_key(toks[r].text)
            && r > l
            && self.connectors.contains(toks[r - 1].text)
            && r + 3 < toks.len()
            && !toks[r + 2..]
                .iter()
                .take_while(|t| self.cap(t))
                .any(|t| self.heads.contains_key(t.text))
            && [r + 2, r + 3]
                .iter()
                .all(|&k| self.cap(&toks[k]) && !toks[k].opens && !scan.blocked(k))
            && toks[r + 2].closes.is_none()
    }

    /// The step over the connectors after token `r` ("of the", "on", "and").
    fn across_connectors(&self, scan: &Scan, r: usize, in_topic: bool) -> Option<(usize, bool)> {
        let toks = scan.toks;
        let mut k = r + 1;
        while k < toks.len()
            && k - r <= 2
            && self.connectors.contains(toks[k].text)
            && toks[k].closes.is_none()
        {
            k += 1;
        }
        let words: Vec<&str> = toks[r + 1..k.min(toks.len())]
            .iter()
            .map(|t| t.text)
            .collect();
        // A complete known name is not extended: "Non-Aligned Movement |
        // on Interfaith Dialogue".
        let after_known = scan
            .gaz_spans
            .contains(&(scan.offset + toks[scan.l].start, scan.offset + toks[r].end));
        // A place after a topic word is the topic, no venue: "International
        // Conference on Afghanistan", "Conference on Sanctions against South Africa".
        let topic_and = in_topic && matches!(words.as_slice(), ["and"]);
        if let Some(end) = self
            .topic_place(
                scan,
                &words,
                k,
                topic_and,
                in_topic_after_head(self, scan, r),
            )
            .filter(|_| !after_known)
        {
            return Some((end, true));
        }
        // "the Trusteeship Agreement on Palau | the Council": an article
        // alone joins two names; after a verb it opens its object
        // ("Treaty Establishing the …", "Committee to Study the …").
        if words.first() == Some(&"the") && !self.verb_object_follows(scan, r) {
            return None;
        }
        // "an" opens a topic ("Conference on an International Code of
        // Conduct") or a verb's object, not a loose phrase ("Secretariat |
        // with an Early Warning System").
        let an_ok = match words.as_slice() {
            ["a" | "an"] => self.verb_object_follows(scan, r),
            [w, "a" | "an"] => matches!(*w, "of" | "on" | "for" | "to" | "towards"),
            ws => !ws.iter().any(|w| matches!(*w, "a" | "an")),
        };
        if !an_ok {
            return None;
        }
        // "Review Conference of the Nairobi | Declaration": a place that
        // opens another title is part of it.
        let of = matches!(words.as_slice(), ["of"] | ["of", "the"]);
        if let Some(end) = self
            .place_before_head(scan, k)
            .filter(|_| of && !after_known)
        {
            return Some((end, false));
        }
        // "Working Group on the Revitalization of the General Assembly": in a
        // topic, a body after an action noun is what is acted on, part of
        // the name (a body after a head or a plain noun is the one it belongs
        // to: "Special Committee | of the General Assembly").
        if let Some(end) = scan
            .known_end(k, NodeType::Organization)
            .filter(|_| of && in_topic_after_head(self, scan, r) && self.acted_on(scan, r))
        {
            return Some((end, false));
        }
        // "Meeting of the Representatives of the Governments of …": inside a
        // title, after "of" and a word that is no head, the stop word
        // "Governments" is a word of it ("the Government of X" is a place).
        let governments = of
            && self.head_at(toks, r).is_none()
            && k < toks.len()
            && toks[k].text == "Governments";
        if k >= toks.len()
            || !(self.cap(&toks[k]) || governments)
            || toks[k].opens
            || scan.blocked(k)
            || scan.blocked(r + 2)
        {
            return None;
        }
        // "Commission for Asia | and the Pacific": a region that ends the run is
        // the topic's; one that opens a name of its own ("and the Bali
        // Democracy Forum") is not.
        let region_ends_run = |i: usize| {
            scan.is_region(i)
                && scan.place_end(i).is_some_and(|e| {
                    toks[e].closes.is_some() || toks.get(e + 1).is_none_or(|t| !self.cap(t))
                })
        };
        let region_next = region_ends_run(k) || region_ends_run(r + 2);
        // A second name follows: "Migration Dialogue for Southern Africa |
        // and the Migration Dialogue …" (a venue is stopped as a known place).
        let coordinated = words.len() > 1 && words[0] == "and";
        if after_known || (coordinated && !region_next && !self.topic_goes_on(scan, r, k)) {
            return None;
        }
        Some((k, false))
    }

    /// "Committee on the Peaceful Uses of the Sea-Bed | and the Ocean Floor
    /// beyond …": after a title's topic has opened (an "of", "on" or "for"
    /// after its head), "and the" goes on with that topic when no word up to
    /// the end of the capitalized run names something of its own: a head
    /// ("and the Migration Dialogue"), a name word ("and the Final Act") or a
    /// known name other than a place ("and the African Union").
    fn topic_goes_on(&self, scan: &Scan, r: usize, k: usize) -> bool {
        let toks = scan.toks;
        let topic_open = toks[scan.l..r]
            .iter()
            .any(|t| matches!(t.text, "of" | "on" | "for"));
        if toks[r + 1].text != "and" || toks[r + 2].text != "the" || !topic_open {
            return false;
        }
        let names_its_own = |j: usize| {
            self.head_at(toks, j).is_some()
                || toks[j]
                    .text
                    .split('-')
                    .any(|part| self.heads.contains_key(part) || self.name_words.contains(part))
                || scan.blocked(j)
        };
        let mut j = k;
        while j < toks.len() && !toks[j].opens {
            if self.cap(&toks[j]) {
                if scan.place_end(j).is_some() && j > k {
                    break;
                }
                if names_its_own(j) {
                    return false;
                }
            } else if toks[j].text.starts_with(char::is_uppercase) {
                // Cut by a stop word or a possessive ("and the Mauritanian
                // People's Party"): the run is no topic known to end here.
                return false;
            } else if !self.connectors.contains(toks[j].text) {
                return j > k && self.run_ends_at(toks, j);
            }
            if toks[j].closes.is_some() {
                return j >= k;
            }
            j += 1;
        }
        // Cut by a line the sentence splitter broke, or by a quotation.
        false
    }

    /// The capitalized run of a topic ends before the lower-case word at `j`:
    /// not "and the Smart Africa secretariat", "and the Inter-American
    /// economic and Social Council" (a head in the next words), "and the Rule
    /// of law" (a connector left hanging) or "and the Mohammed bin Rashid …"
    /// (a particle inside a name).
    fn run_ends_at(&self, toks: &[Tok], j: usize) -> bool {
        let hanging = self.connectors.contains(toks[j - 1].text);
        let head_follows = toks[j..toks.len().min(j + 4)]
            .iter()
            .any(|t| self.head_in_lower_case(t.text) || self.heads.contains_key(t.text));
        let particle = toks.get(j + 1).is_some_and(|t| self.cap(t)) && toks[j].closes.is_none();
        !hanging && !head_follows && !particle
    }

    /// `agreements` or `secretariat`: a head word or name word, written in
    /// lower case, singular or plural.
    fn head_in_lower_case(&self, word: &str) -> bool {
        let mut chars = word.chars();
        let Some(first) = chars.next().filter(|c| c.is_lowercase()) else {
            return false;
        };
        let capitalized: String = first.to_uppercase().chain(chars).collect();
        let singular = capitalized.strip_suffix('s').unwrap_or(&capitalized);
        [capitalized.as_str(), singular]
            .iter()
            .any(|w| self.heads.contains_key(*w) || self.name_words.contains(*w))
    }

    /// Token `r` ends "the <action noun>", perhaps with a modifier: "the
    /// Revitalization", "the Financial Situation" (not "Development", a
    /// field, nor "the Human Dimension").
    fn acted_on(&self, scan: &Scan, r: usize) -> bool {
        let toks = scan.toks;
        is_action_noun(toks[r].text)
            && (r >= 1 && toks[r - 1].text == "the"
                || r >= 2 && toks[r - 2].text == "the" && self.cap(&toks[r - 1]))
    }

    /// Token `r` is a verb whose object may follow: a gerund ("Governing"),
    /// or a word shortly after "to" ("to Prevent, Combat and Eradicate"); no
    /// head ("Meeting") and no known name ("Beijing").
    fn verb_object_follows(&self, scan: &Scan, r: usize) -> bool {
        let (toks, l) = (scan.toks, scan.l);
        let word = &toks[r];
        let known = scan
            .blockers
            .values()
            .any(|b| b.end == scan.offset + word.end);
        if self.heads.contains_key(word.text) || known {
            return false;
        }
        word.text.ends_with("ing")
            || toks[l.max(r.saturating_sub(5))..r]
                .iter()
                .any(|t| t.text == "to")
    }

    /// The head word after a known place at token `k` ("Nairobi Declaration"),
    /// if the place is followed by one that names a text.
    fn place_before_head(&self, scan: &Scan, k: usize) -> Option<usize> {
        let toks = scan.toks;
        let last = scan.place_end(k)?;
        let next = toks.get(last + 1)?;
        if toks[last].closes.is_some() || next.opens {
            return None;
        }
        // Only a text: "Declaration of the Bandung Conference", "Report of the
        // Helsinki Process" keep the event and the body as their own names.
        self.head_at(toks, last + 1)
            .filter(|(_, kind)| *kind == NodeType::Document)
            .map(|(end, _)| end)
    }

    /// The last token of a known place at token `k` that follows a topic
    /// connector (`on`, `against`, `for`, with or without `the`), or `and`
    /// after such a place (`and_more`: "Observer Group for India and Pakistan").
    /// In a topic, a country or region after "in" and a word that is no head is the
    /// topic's too (not "Conference | in Kenya", nor a city: "Summit on Climate |
    /// in Paris"): see `place_is_topic`.
    fn topic_place(
        &self,
        scan: &Scan,
        words: &[&str],
        k: usize,
        and_more: bool,
        after_topic: bool,
    ) -> Option<usize> {
        // "Assistance to Chad" is a topic; "Council | to Chile", "Bandung
        // Conference | to the Georgetown Conference" are a head or a place
        // going somewhere.
        let after_head = || {
            let Some(before) = k.checked_sub(words.len() + 1).map(|i| &scan.toks[i]) else {
                return true;
            };
            // "… in Asia and the Pacific | to Kathmandu", "Group of States | to Fiji".
            let known = scan
                .blockers
                .values()
                .any(|b| b.end == scan.offset + before.end);
            self.heads.contains_key(before.text) || known || before.text == "States"
        };
        let country_or_region = || {
            scan.blocker(k)
                .is_some_and(|b| matches!(b.place, Some(PlaceKind::Country | PlaceKind::Region)))
        };
        let topic = match words {
            ["to"] | ["to", "the"] => self.topic_connectors.contains("to") && !after_head(),
            ["in"] | ["in", "the"] => {
                after_topic && !after_head() && country_or_region() && self.place_is_topic(scan, k)
            }
            [w] | [w, "the"] => self.topic_connectors.contains(*w) || and_more,
            _ => false,
        };
        if !topic {
            return None;
        }
        scan.place_end(k)
    }

    /// Is the country or region after "in" at token `k` a topic's? In a text's
    /// title it is ("Agreement on a Firm and Lasting Peace in Guatemala"); in an
    /// event's, where it is mostly the venue ("International Conference on SIDS |
    /// in Samoa"), only after a word for a state of affairs ("Pledging Event for
    /// the Humanitarian Crisis in Yemen", "Summit on Peace in Ukraine").
    fn place_is_topic(&self, scan: &Scan, k: usize) -> bool {
        let toks = scan.toks;
        let Some(before) = toks[..k]
            .iter()
            .rev()
            .find(|t| t.text != "in" && t.text != "the")
        else {
            return false;
        };
        let text_title = (scan.l..k).any(|i| {
            self.head_at(toks, i)
                .is_some_and(|(_, kind)| kind == NodeType::Document)
        });
        text_title || self.topic_nouns.contains(before.text)
    }

    /// The last token of a fixed phrase starting at token `i`
    /// ("Heads of State | or Government"), with no punctuation inside.
    fn inner_phrase_at(&self, toks: &[Tok], i: usize) -> Option<usize> {
        self.inner_phrases
            .get(toks[i].text)?
            .iter()
            .find(|words| {
                i + words.len() <= toks.len()
                    && words.iter().enumerate().all(|(k, w)| {
                        let t = &toks[i + k];
                        t.text == w
                            && (k + 1 == words.len() || t.closes.is_none())
                            && (k == 0 || !t.opens)
                    })
            })
            .map(|words| i + words.len() - 1)
    }

    /// A post held "of" a body, by the last part of its name ("Director-General").
    fn is_post(&self, t: &Tok) -> bool {
        let last = t.text.rsplit('-').next().unwrap_or_default();
        self.posts.contains(last)
    }

    /// A comma inside a title is an enumeration closed by "and" (`Migration,
    /// Remittances and Development`), not a list of titles. UN names put no
    /// comma before that "and"; prose lists do ("… on Sustainable Development,
    /// Elizabeth Thompson, and Co-Chair …").
    fn comma_continues(&self, toks: &[Tok], r: usize) -> bool {
        if r + 1 >= toks.len() || !self.cap(&toks[r + 1]) || toks[r + 1].opens {
            return false;
        }
        let mut k = r + 1;
        while k < toks.len() && k <= r + 5 {
            let t = &toks[k];
            if t.text == "and" {
                let serial_comma = toks[k - 1].closes == Some(',');
                return !serial_comma && k + 1 < toks.len() && self.cap(&toks[k + 1]);
            }
            let word = self.cap(t) || self.connectors.contains(t.text);
            if !word || matches!(t.closes, Some(c) if c != ',') {
                return false;
            }
            k += 1;
        }
        false
    }

    /// The type of a title is given by the last head word from head `i` up to
    /// the first connector after it: `Helsinki Process Meeting` is a meeting.
    fn last_head(&self, toks: &[Tok], i: usize, r: usize) -> (usize, NodeType) {
        let (mut end, mut kind) = self.head_at(toks, i).expect("a head starts the scan");
        let mut last = i;
        let mut j = end + 1;
        while j <= r && !self.connectors.contains(toks[j].text) {
            match self.head_at(toks, j) {
                Some((e, k)) if e <= r => {
                    (last, end, kind) = (j, e, k);
                    j = end + 1;
                }
                _ => j += 1,
            }
        }
        let _ = end;
        (last, kind)
    }
}

/// One sentence's tokens and known names, as a title is read to the right
/// from its first token `l`.
struct Scan<'a> {
    toks: &'a [Tok<'a>],
    l: usize,
    offset: usize,
    blockers: &'a HashMap<usize, Blocker>,
    gaz_spans: &'a HashSet<(usize, usize)>,
}

impl Scan<'_> {
    fn blocker(&self, k: usize) -> Option<&Blocker> {
        self.blockers.get(&(self.offset + self.toks.get(k)?.start))
    }

    fn region(b: &Blocker) -> bool {
        b.kind == NodeType::Location && b.place == Some(PlaceKind::Region)
    }

    /// A known name that is no region (regions may sit inside a title:
    /// "Migration Dialogue for Southern Africa") starts at token `k`.
    fn blocked(&self, k: usize) -> bool {
        self.blocker(k).is_some_and(|b| !Self::region(b))
    }

    fn is_region(&self, k: usize) -> bool {
        self.blocker(k).is_some_and(Self::region)
    }

    /// The last token of the known place that starts at token `k`, if one does.
    fn place_end(&self, k: usize) -> Option<usize> {
        self.known_end(k, NodeType::Location)
    }

    /// The last token of the known name of type `kind` that starts at token `k`.
    fn known_end(&self, k: usize, kind: NodeType) -> Option<usize> {
        self.toks.get(k).filter(|t| !t.opens)?;
        let b = self.blocker(k).filter(|b| b.kind == kind)?;
        self.toks[k..]
            .iter()
            .position(|t| self.offset + t.end == b.end)
            .map(|i| k + i)
    }
}

fn by_first_word(phrases: &[String]) -> HashMap<String, Vec<Vec<String>>> {
    let mut map: HashMap<String, Vec<Vec<String>>> = HashMap::default();
    for p in phrases {
        let words: Vec<String> = p.split(' ').map(String::from).collect();
        if words.len() > 1 {
            map.entry(words[0].clone()).or_default().push(words);
        }
    }
    map
}

/// "State-led", "Government-owned": adjectives, not part of a name.
fn is_participle_adjective(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(_, tail)| {
        matches!(
            tail,
            "led"
                | "based"
                | "driven"
                | "owned"
                | "wide"
                | "specific"
                | "related"
                | "oriented"
                | "funded"
                | "sponsored"
                | "run"
        )
    })
}

/// The title reads a topic at token `r`: an "on" or "for" after its first
/// head word and before `r`.
fn in_topic_after_head(m: &TitleMatcher, scan: &Scan, r: usize) -> bool {
    let toks = scan.toks;
    let Some(head) = (scan.l..r).find(|&i| m.head_at(toks, i).is_some()) else {
        return false;
    };
    toks[head + 1..r]
        .iter()
        .any(|t| matches!(t.text, "on" | "for"))
}

/// `Revitalization`, `Reform`, `Strengthening`: a noun for acting on something.
fn is_action_noun(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && (["tion", "sion", "ment", "ing"]
            .iter()
            .any(|suffix| w.len() > suffix.len() + 2 && w.ends_with(suffix))
            || matches!(w, "Reform" | "Role" | "Work" | "Membership" | "Review"))
}

/// `African`, `Asian-African`, `Arab`, `Chinese`: a word of nationality or
/// region used as an adjective (not `Ocean` or `Pacific`, which name places).
fn is_nationality_adjective(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.split('-').all(|part| {
            part == "Arab"
                || part == "Afro"
                || ["ian", "can", "ese", "ish"]
                    .iter()
                    .any(|suffix| part.len() > suffix.len() + 1 && part.ends_with(suffix))
                || (part.ends_with("ean") && part != "Ocean")
        })
}

/// A document symbol (TD/B/44/8) is no word of a name; HIV/AIDS is.
fn is_symbol(w: &str) -> bool {
    w.contains('/') && w.contains(|c: char| c.is_ascii_digit())
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// Bytes of opening brackets and quotes at the start of a word: `(`, `"`,
/// `[`, `“`, `‘`.
fn opening_marks(word: &str) -> usize {
    let b = word.as_bytes();
    let mut i = 0;
    loop {
        match b.get(i..) {
            Some([b'(' | b'"' | b'[', ..]) => i += 1,
            Some([0xe2, 0x80, 0x9c | 0x98, ..]) => i += 3,
            _ => return i,
        }
    }
}

/// The word without closing punctuation, brackets and quotes: `,;:.)"]?!\^'`,
/// `”`, `’`.
fn without_closing_marks(word: &str) -> &str {
    let b = word.as_bytes();
    let mut end = b.len();
    loop {
        match &b[..end] {
            [.., b',' | b';' | b':' | b'.' | b')' | b'"' | b']' | b'?' | b'!' | b'\\' | b'^' | b'\''] => {
                end -= 1
            }
            [.., 0xe2, 0x80, 0x9d | 0x99] => end -= 3,
            _ => return &word[..end],
        }
    }
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::with_capacity(s.len() / 5);
    let bytes = s.as_bytes();
    let mut start = 0;
    // Words between single spaces; a plain byte loop beats a memchr call per word.
    while start < bytes.len() {
        let len = bytes[start..]
            .iter()
            .position(|&b| b == b' ')
            .unwrap_or(bytes.len() - start);
        let (word_start, word) = (start, &s[start..start + len]);
        start += len + 1;
        if word.is_empty() {
            continue;
        }
        let lead = opening_marks(word);
        let core = &word[lead..];
        // A comma with no space after it still ends the word ("Peoples,to be held").
        let core = match core.bytes().position(|b| b == b',' || b == b';') {
            Some(p) if p > 0 => &core[..=p],
            _ => core,
        };
        let trimmed = without_closing_marks(core);
        // Keep a final apostrophe of a possessive plural (`Migrants’`).
        let trimmed = if core[trimmed.len()..].starts_with('’')
            && trimmed.ends_with('s')
            && core.len() == trimmed.len() + '’'.len_utf8()
        {
            core
        } else {
            trimmed
        };
        if trimmed.is_empty() {
            if let Some(last) = out.last_mut() {
                let last: &mut Tok = last;
                last.closes = core.chars().next();
            }
            continue;
        }
        let closes = core[trimmed.len()..].chars().next();
        out.push(Tok {
            start: word_start + lead,
            end: word_start + lead + trimmed.len(),
            text: trimmed,
            opens: lead > 0,
            closes,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn titles(s: &str) -> Vec<(NodeType, String)> {
        let r = RuleSet::default_rules();
        let t = TitleMatcher::new(&r.patterns.titles);
        let g = crate::entity::gazetteer::Gazetteer::build(&r);
        let blockers = g
            .find(s)
            .into_iter()
            .map(|m| {
                let place = g.place_kind(&s[m.start..m.end]);
                (
                    m.start,
                    Blocker {
                        kind: m.kind,
                        place,
                        end: m.end,
                    },
                )
            })
            .collect();
        t.find(s, 0, &blockers)
            .into_iter()
            .map(|m| (m.kind, m.name))
            .collect()
    }

    #[test]
    fn finds_titles_with_their_type() {
        let cases: Vec<(&str, Vec<(NodeType, &str)>)> = vec![
            (
                // A country after "in" in a topic: a text's, or a state of affairs'.
                "They signed the Agreement on a Firm and Lasting Peace in Guatemala before the Pledging Event for the Humanitarian Crisis in Yemen.",
                vec![
                    (NodeType::Document, "Agreement on a Firm and Lasting Peace in Guatemala"),
                    (NodeType::Conference, "Pledging Event for the Humanitarian Crisis in Yemen"),
                ],
            ),
            (
                // An event's venue is not part of its name.
                "The International Conference on Small Island Developing States in Samoa was held.",
                vec![(NodeType::Conference, "International Conference on Small Island Developing States")],
            ),
            (
                // A post word before a comma ends the enumeration of a title.
                "It was said by Kim Hak-Sen, Executive Secretary, Economic and Social Commission for Asia.",
                vec![(NodeType::Organization, "Economic and Social Commission for Asia")],
            ),
            (
                // A comma before "and" ends a list of people and posts, not a name.
                "It will include the Coordinator for the United Nations Conference on Sustainable Development, Elizabeth Thompson, and Co-Chair John Ashe.",
                vec![(NodeType::Conference, "United Nations Conference on Sustainable Development")],
            ),
            (
                "In 2003, the Governments took the initiative to launch the Global Commission on International Migration (GCIM).",
                vec![(NodeType::Organization, "Global Commission on International Migration")],
            ),
            (
                "Ministerial Conference of the Least Developed Countries on Migrants’ Remittances",
                vec![(NodeType::Conference, "Ministerial Conference of the Least Developed Countries on Migrants’ Remittances")],
            ),
            (
                "Regional Consultation on Migration, Remittances and Development in Latin America and the Caribbean",
                vec![(NodeType::Conference, "Regional Consultation on Migration, Remittances and Development in Latin America and the Caribbean")],
            ),
            (
                "In November 2006 a joint meeting adopted a Declaration on Migration and Development in Tripoli.",
                vec![(NodeType::Document, "Declaration on Migration and Development")],
            ),
            (
                // "South" ends in "th" and is no ordinal; "Second" is one.
                "The South Summit met before the Second Conference.",
                vec![(NodeType::Conference, "South Summit")],
            ),
            ("Outcome Document: Plan of Action, Rabat Declaration", vec![(NodeType::Document, "Plan of Action"), (NodeType::Document, "Rabat Declaration")]),
            ("Organizers: Iberoamerican Secretariat; Carolina Foundation of Spain", vec![(NodeType::Organization, "Iberoamerican Secretariat"), (NodeType::Organization, "Carolina Foundation")]),
            ("UNDP and the Financing for Development Office of the Department of Economic and Social Affairs", vec![(NodeType::Organization, "Financing for Development Office"), (NodeType::Organization, "Department of Economic and Social Affairs")]),
            ("the Helsinki Process Meeting on International Migration", vec![(NodeType::Conference, "Helsinki Process Meeting on International Migration")]),
            ("the Programme of Action of the Conference", vec![(NodeType::Document, "Programme of Action of the Conference")]),
            ("The Council met. Participants welcomed the meeting.", vec![]),
            // A fixed phrase holds "or" and the stop word "Government".
            ("at the Summit of Heads of State or Government of the Caribbean Community.", vec![(NodeType::Conference, "Summit of Heads of State or Government"), (NodeType::Organization, "Caribbean Community")]),
            ("the Conference of Heads of State and Government, which met in Lomé", vec![(NodeType::Conference, "Conference of Heads of State and Government")]),
            // A place after a topic word is part of the name; after "in" it is the venue.
            ("The International Conference on Afghanistan was held in Bonn.", vec![(NodeType::Conference, "International Conference on Afghanistan")]),
            ("the United Nations Military Observer Group for India and Pakistan", vec![(NodeType::Organization, "United Nations Military Observer Group for India and Pakistan")]),
            // An article alone joins no two names, unless a verb precedes it.
            ("with the end of the Trusteeship Agreement on Palau the Council has concluded", vec![(NodeType::Document, "Trusteeship Agreement on Palau")]),
            ("a National Commission to Protect the Rights of Minorities", vec![(NodeType::Organization, "National Commission to Protect the Rights of Minorities")]),
            ("the International Conference of New or Restored Democracies", vec![(NodeType::Conference, "International Conference of New or Restored Democracies")]),
            ("Kenya hosted the Second Ministerial Review Conference of the Nairobi Declaration, which", vec![(NodeType::Conference, "Second Ministerial Review Conference of the Nairobi Declaration"), (NodeType::Document, "Nairobi Declaration")]),
            ("the Consultative Meeting of the Representatives of the Governments of Non-Aligned Countries held in Belgrade", vec![(NodeType::Conference, "Consultative Meeting of the Representatives of the Governments of Non-Aligned Countries")]),
            // A symbol is no word of a name, unlike HIV/AIDS.
            ("English TD/B/44/8 Trade and Development Board Twenty-fifth session", vec![(NodeType::Organization, "Trade and Development Board")]),
            ("the Declaration of Commitment on HIV/AIDS was adopted", vec![(NodeType::Document, "Declaration of Commitment on HIV/AIDS")]),
            // "a" like "an": after a topic word or a verb, not at a known name.
            ("the Ad Hoc Expert Group to Conduct a Comprehensive Study on Cybercrime met", vec![(NodeType::Organization, "Ad Hoc Expert Group to Conduct a Comprehensive Study on Cybercrime")]),
            ("the Negotiating Conference on a Common Fund, held in March", vec![(NodeType::Conference, "Negotiating Conference on a Common Fund"), (NodeType::Organization, "Common Fund")]),
            ("the Plan for a Safe El Salvador has yielded results", vec![]),
            ("the United Nations Conference on an International Code of Conduct on the Transfer of Technology", vec![(NodeType::Conference, "United Nations Conference on an International Code of Conduct on the Transfer of Technology"), (NodeType::Document, "International Code of Conduct on the Transfer of Technology")]),
            ("the Secretariat with an Early Warning System", vec![]),
            // A known body that opens a title does not give it its type.
            ("the Council of Europe Convention on Cybercrime", vec![(NodeType::Document, "Council of Europe Convention on Cybercrime"), (NodeType::Document, "Convention on Cybercrime")]),
            ("the Commission on Gender Equality or Youth Development Council", vec![(NodeType::Organization, "Commission on Gender Equality"), (NodeType::Organization, "Youth Development Council")]),
            ("after the Preparatory Meeting the Assembly held its session", vec![(NodeType::Conference, "Preparatory Meeting")]),
            ("the Lusaka Manifesto and the Dar es Salaam Declaration of 1975", vec![(NodeType::Document, "Dar es Salaam Declaration")]),
            // "and the" goes on with a topic, unless a name of its own follows.
            ("the Fifth Congress on the Prevention of Crime and the Treatment of Offenders, held in Geneva", vec![(NodeType::Conference, "Fifth Congress on the Prevention of Crime and the Treatment of Offenders")]),
            ("the Department of Trade and the Armed Forces", vec![(NodeType::Organization, "Department of Trade")]),
            ("the Commission on Human Rights and the Human Rights Committee", vec![(NodeType::Organization, "Commission on Human Rights"), (NodeType::Organization, "Human Rights Committee")]),
            ("the Broadband Commission for Sustainable Development and the Smart Africa secretariat", vec![(NodeType::Organization, "Broadband Commission for Sustainable Development")]),
            ("a Conference on Peace and the Rule of law in International Affairs", vec![(NodeType::Conference, "Conference on Peace")]),
            // Adjectives of nationality before a lower-case noun leave the title.
            ("the Bandung Conference of Asian and African countries in 1955", vec![(NodeType::Conference, "Bandung Conference")]),
            ("the Islamic Conference of South America and the Caribbean region", vec![(NodeType::Conference, "Islamic Conference of South America and the Caribbean")]),
            // After a word that is no head, "to" and a place are a topic.
            ("the International Conference on Assistance to Chad was held", vec![(NodeType::Conference, "International Conference on Assistance to Chad")]),
            ("the transfer of the Supreme Council to Chile", vec![(NodeType::Organization, "Supreme Council")]),
            // A body acted on in a topic is part of it; a body something belongs to is not.
            ("the Ad Hoc Working Group on the Revitalization of the General Assembly met", vec![(NodeType::Organization, "Ad Hoc Working Group on the Revitalization of the General Assembly")]),
            ("the Committee for Development Planning of the Economic and Social Council", vec![(NodeType::Organization, "Committee for Development Planning"), (NodeType::Organization, "Economic and Social Council")]),
            // "or" outside such a phrase still ends a title.
            ("the Commission on Human Rights or the Security Council", vec![(NodeType::Organization, "Commission on Human Rights"), (NodeType::Organization, "Security Council")]),
        ];
        for (s, want) in cases {
            let want: Vec<(NodeType, String)> =
                want.into_iter().map(|(k, n)| (k, n.to_string())).collect();
            assert_eq!(titles(s), want, "{s}");
        }
    }
}
