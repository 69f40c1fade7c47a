//! Text normalization: turns a decoded UN document into clean logical lines.
//!
//! Real UN text arrives messy: CRLF and form feeds, page headers and footers
//! (`06-58181`, page numbers), footnote markers glued to words (`Group1`),
//! lines wrapped at ~90 columns with words hyphenated across the break
//! (`co-\ndevelopment`), bullet and paragraph numbers (`- 1.`), and `#`/`**`
//! left by converters. Matching runs on the output of this stage, where every
//! paragraph and every labelled line (`Date:`, `Venue:`, `Organizers:` …) is one
//! line of text. An [`OffsetMap`] leads every output byte back to the input, so
//! mentions can cite byte offsets in the original file.

use regex::Regex;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

/// The normalized text of one document.
#[derive(Debug, Default)]
pub struct Normalized {
    pub text: String,
    pub units: Vec<Unit>,
    pub map: OffsetMap,
}

/// One logical line of the normalized text: a paragraph, a heading, or a labelled line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub start: usize,
    pub end: usize,
    /// `Some("venue")` for `Venue: Brussels, Belgium`; the label is lowercased and
    /// its value starts at `value_start`.
    pub label: Option<String>,
    pub value_start: usize,
    /// Index of the paragraph (blank-line separated group) the unit belongs to.
    pub paragraph: usize,
}

/// Maps byte offsets of the normalized text back to byte offsets of the input.
#[derive(Debug, Default, Clone)]
pub struct OffsetMap {
    /// (output offset, input offset - output offset), one entry where the shift changes.
    points: Vec<(usize, isize)>,
    /// Output bytes that stand for a wider input character (U+2011 written as "-"),
    /// with that character's width, in output order.
    wide: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// The input offset of the output byte at `pos`.
    pub fn to_original(&self, pos: usize) -> usize {
        let i = self.points.partition_point(|&(p, _)| p <= pos);
        let delta = if i == 0 { 0 } else { self.points[i - 1].1 };
        (pos as isize + delta).max(0) as usize
    }

    /// The input range covering the output range (end is exclusive).
    pub fn range_to_original(&self, range: Range<usize>) -> Range<usize> {
        let start = self.to_original(range.start);
        let end = if range.end > range.start {
            let last = range.end - 1;
            let width = match self.wide.binary_search_by_key(&last, |&(p, _)| p) {
                Ok(i) => self.wide[i].1,
                Err(_) => 1,
            };
            self.to_original(last) + width
        } else {
            start
        };
        start..end.max(start)
    }
}

struct Patterns {
    furniture: Regex,
    contents_entry: Regex,
    label: Regex,
    unit_starter: Regex,
    removals: Regex,
    leading: Regex,
    glued_footnote: Regex,
    italics: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        // Page headers and footers: job numbers (`06-58181`), page numbers, alone on
        // a line; table-of-contents entries that end in a tab and a page number.
        furniture: Regex::new(
            r"^\s*(?:\d{2}-\d{5}(?:\s*\**\s*\d{1,3}\s*\**)?|\**\d{1,3}\**|Page \d{1,3}(?: of \d{1,3})?|\d{1,3}/\d{1,3}|Contents|Page)\s*$",
        )
        .unwrap(),
        // Only tried on a line with a tab: it would scan every line to its end.
        contents_entry: Regex::new(r"^.*\t\s*\d{1,3}\s*$").unwrap(),
        label: Regex::new(
            r"^(Dates?|Venue|Place|Location|Organi[sz]ers?|Organi[sz]ed by|Hosts?|Chairs?|Chairperson|Theme|Outcome [Dd]ocuments?):\s*",
        )
        .unwrap(),
        // "Distr. GENERAL" under a body's long name on a cover page is a line of its own.
        unit_starter: Regex::new(
            r"^(?:(?:Letter|Identical letters|Note verbale|Note) dated |Distr\.?:?\s*(?i:general|limited|restricted)\b)",
        )
        .unwrap(),
        // Markup to drop wherever it occurs: image placeholders, footnote markers,
        // HTML tags (content kept), superscript digits, control characters.
        removals: Regex::new(
            r"\[image:[^\]]*\]|<sup>\s*[0-9*]+\s*</sup>|</?(?:sup|sub|b|i|em|strong|u|span|br)\s*/?>|\^\{[^}]*\}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[\x00-\x08\x0b\x0e-\x1f\x7f]",
        )
        .unwrap(),
        // Markdown headings, bullets, paragraph numbers and heading numbers at line start.
        leading: Regex::new(
            r"^[\s\x{feff}]*(?:#{1,6}\s+)?(?:[-•▪◦·●]\s+)?(?:(?:\d{1,3}|[IVXL]{1,6}|[A-H])\.(?:\s+|$))?",
        )
        .unwrap(),
        // A footnote number glued to the end of a lowercase word: `Group1 to`, `instruments2 and`.
        glued_footnote: Regex::new(r"[a-z]{2}\.?(\d{1,2})(?:[\s,.;:)]|$)").unwrap(),
        italics: Regex::new(r"(?:^|[\s(])(\*)[^*\s][^*]*?(\*)(?:[\s.,;:)]|$)").unwrap(),
    })
}

/// One input line after markup removal: kept byte ranges of the input, in order,
/// with an optional replacement text for a range.
struct CleanLine {
    pieces: Vec<Piece>,
    is_label: Option<(String, usize)>,
    starts_unit: bool,
    blank: bool,
}

#[derive(Clone)]
enum Piece {
    Keep(Range<usize>),
    Space(usize),
}

fn clean_line(text: &str, range: Range<usize>) -> Option<CleanLine> {
    let p = patterns();
    let line = &text[range.clone()];
    let has = LineBytes::scan(line.as_bytes());
    if p.furniture.is_match(line) || has.tab && p.contents_entry.is_match(line) {
        return None;
    }
    let mut cuts: Vec<(Range<usize>, bool)> = Vec::new(); // (local range, replace with space)
    if let Some(m) = p.leading.find(line) {
        if m.end() > 0 {
            cuts.push((0..m.end(), false));
        }
    }
    if has.markup {
        for m in p.removals.find_iter(line) {
            cuts.push((m.range(), false));
        }
    }
    if has.glued_digit {
        for c in p.glued_footnote.captures_iter(line) {
            let g = c.get(1).unwrap();
            // A symbol's part number is no footnote: `A/67/79/Add.1`, `A/50/50/Rev.1`,
            // nor the part cited after its symbol: "E/CN.4/1995/78 and Add.1".
            let word_start = line[..g.start()]
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let word = &line[word_start..g.start()];
            if word.contains('/') || matches!(word, "Add." | "Rev." | "Corr." | "Amend.") {
                continue;
            }
            cuts.push((g.range(), false));
        }
    }
    if has.star {
        for c in p.italics.captures_iter(line) {
            cuts.push((c.get(1).unwrap().range(), false));
            cuts.push((c.get(2).unwrap().range(), false));
        }
        let bytes = line.as_bytes();
        let mut i = 0;
        while let Some(off) = line[i..].find("**") {
            let s = i + off;
            let e = s + 2;
            let prev_alnum = s > 0 && bytes[s - 1].is_ascii_alphanumeric();
            let next_alnum = e < bytes.len() && bytes[e].is_ascii_alphanumeric();
            cuts.push((s..e, prev_alnum && next_alnum));
            i = e;
        }
    }
    cuts.sort_by_key(|(r, _)| (r.start, r.end));
    let mut pieces = Vec::new();
    let mut pos = 0;
    for (r, space) in cuts {
        if r.start < pos {
            if r.end > pos {
                pos = r.end;
            }
            continue;
        }
        if r.start > pos {
            pieces.push(Piece::Keep(range.start + pos..range.start + r.start));
        }
        if space {
            pieces.push(Piece::Space(range.start + r.start));
        }
        pos = r.end;
    }
    if pos < line.len() {
        pieces.push(Piece::Keep(range.start + pos..range.end));
    }
    let flat = flatten(text, &pieces);
    let trimmed = flat.trim_start();
    let is_label = p
        .label
        .captures(trimmed)
        .map(|c| (c[1].to_lowercase(), c.get(0).unwrap().end()));
    let starts_unit = p.unit_starter.is_match(trimmed);
    let blank = trimmed.trim().is_empty();
    Some(CleanLine {
        pieces,
        is_label,
        starts_unit,
        blank,
    })
}

/// What one pass over a line's bytes says about which cleaning regexes can
/// match it; most lines of prose need none of them.
struct LineBytes {
    tab: bool,
    star: bool,
    /// `[`, `<`, `^`, a control character, or the lead bytes of superscript digits.
    markup: bool,
    /// A digit after a lowercase letter or a period (`Group1`, `instruments.2`).
    glued_digit: bool,
}

impl LineBytes {
    const TAB: u8 = 1;
    const STAR: u8 = 2;
    const MARKUP: u8 = 4;
    const DIGIT: u8 = 8;

    /// The flags each byte raises.
    const CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 0x20 {
            t[b] = Self::MARKUP;
            b += 1;
        }
        t[b'\t' as usize] = Self::TAB;
        t[b'*' as usize] = Self::STAR;
        let mut m = 0;
        let markup = [b'[', b'<', b'^', 0x7f, 0xc2, 0xe2];
        while m < markup.len() {
            t[markup[m] as usize] = Self::MARKUP;
            m += 1;
        }
        let mut d = b'0';
        while d <= b'9' {
            t[d as usize] = Self::DIGIT;
            d += 1;
        }
        t
    };

    fn scan(bytes: &[u8]) -> LineBytes {
        // One branch-free pass for the flags; digits get a second look only
        // where there are any.
        let flags = bytes
            .iter()
            .fold(0u8, |acc, &b| acc | Self::CLASS[b as usize]);
        let glued_digit = flags & Self::DIGIT != 0
            && bytes
                .windows(2)
                .any(|w| w[1].is_ascii_digit() && (w[0].is_ascii_lowercase() || w[0] == b'.'));
        LineBytes {
            tab: flags & Self::TAB != 0,
            star: flags & Self::STAR != 0,
            markup: flags & Self::MARKUP != 0,
            glued_digit,
        }
    }
}

/// The text of a line's pieces, borrowed when it is one range of the input.
fn flatten<'a>(text: &'a str, pieces: &[Piece]) -> Cow<'a, str> {
    if let [Piece::Keep(r)] = pieces {
        return Cow::Borrowed(&text[r.clone()]);
    }
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Keep(r) => s.push_str(&text[r.clone()]),
            Piece::Space(_) => s.push(' '),
        }
    }
    Cow::Owned(s)
}

/// Splits `text` into lines, treating `\r\n`, `\r`, `\n` and form feeds as breaks.
/// A form feed also ends the paragraph, so it yields an extra empty line.
fn raw_lines(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut skip_lf = None; // the `\n` of a `\r\n` pair
    for i in memchr::memchr3_iter(b'\n', b'\r', 0x0c, bytes) {
        if skip_lf == Some(i) {
            start = i + 1;
            continue;
        }
        lines.push(start..i);
        if bytes[i] == 0x0c {
            lines.push(i..i);
        }
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            skip_lf = Some(i + 1);
        }
        start = i + 1;
    }
    if start < bytes.len() {
        lines.push(start..bytes.len());
    }
    lines
}

/// Builds the output text while recording where each byte came from.
struct Builder<'a> {
    input: &'a str,
    out: String,
    map: OffsetMap,
    last_delta: Option<isize>,
}

impl<'a> Builder<'a> {
    fn push_char(&mut self, c: char, orig: usize) {
        let delta = orig as isize - self.out.len() as isize;
        if self.last_delta != Some(delta) {
            self.map.points.push((self.out.len(), delta));
            self.last_delta = Some(delta);
        }
        self.out.push(c);
    }

    /// Appends text copied unchanged from input offset `orig` on.
    fn push_str(&mut self, s: &str, orig: usize) {
        let delta = orig as isize - self.out.len() as isize;
        if self.last_delta != Some(delta) {
            self.map.points.push((self.out.len(), delta));
            self.last_delta = Some(delta);
        }
        self.out.push_str(s);
    }

    fn ends_with_space(&self) -> bool {
        self.out.is_empty() || self.out.ends_with([' ', '\n'])
    }

    /// Appends the pieces of a line, mapping whitespace variants to one space and
    /// collapsing runs of spaces.
    fn push_pieces(&mut self, pieces: &[Piece], unit_start: usize) {
        for p in pieces {
            match p {
                Piece::Keep(r) => {
                    let piece = &self.input[r.clone()];
                    let bytes = piece.as_bytes();
                    // A run is copied as it is: text, and single spaces inside it.
                    let mut run: Option<usize> = None;
                    let mut i = 0;
                    while i < bytes.len() {
                        if bytes[i] > b' ' && bytes[i] < 0x80 {
                            // Plain ASCII, the common case: extend the run over it
                            // and over single spaces between plain bytes.
                            run.get_or_insert(i);
                            i += 1;
                            while i < bytes.len()
                                && (bytes[i] > b' ' && bytes[i] < 0x80
                                    || bytes[i] == b' '
                                        && bytes[i - 1] != b' '
                                        && !is_broken_hyphen(bytes, i))
                            {
                                i += 1;
                            }
                            continue;
                        }
                        let (space, len) = match bytes[i] {
                            b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => (true, 1),
                            b if b < 0x80 => (false, 1),
                            _ => {
                                let c = piece[i..].chars().next().unwrap_or(' ');
                                let space = c.is_whitespace() || c == '\u{feff}' || c == '\u{ad}';
                                (space, c.len_utf8())
                            }
                        };
                        if is_broken_hyphen(bytes, i) {
                            if let Some(a) = run.take() {
                                self.push_str(&piece[a..i], r.start + a);
                            }
                            i += 1;
                            continue;
                        }
                        // "Assistant Secretary‑General" with U+2011: the hyphen and the
                        // non-breaking hyphen are the hyphen the rules spell.
                        if piece[i..].starts_with(['\u{2010}', '\u{2011}']) {
                            if let Some(a) = run.take() {
                                self.push_str(&piece[a..i], r.start + a);
                            }
                            self.map.wide.push((self.out.len(), len));
                            self.push_char('-', r.start + i);
                            i += len;
                            continue;
                        }
                        let single_space =
                            bytes[i] == b' ' && run.is_some() && bytes[i - 1] != b' ';
                        if !space || single_space {
                            run.get_or_insert(i);
                            i += len;
                            continue;
                        }
                        if let Some(a) = run.take() {
                            self.push_str(&piece[a..i], r.start + a);
                        }
                        if !(self.out.len() == unit_start || self.ends_with_space()) {
                            self.push_char(' ', r.start + i);
                        }
                        i += len;
                    }
                    if let Some(a) = run {
                        self.push_str(&piece[a..], r.start + a);
                    }
                }
                Piece::Space(at) => {
                    if self.out.len() > unit_start && !self.ends_with_space() {
                        self.push_char(' ', *at);
                    }
                }
            }
        }
    }

    fn trim_end(&mut self, floor: usize) {
        while self.out.len() > floor && self.out.ends_with(' ') {
            self.out.pop();
        }
    }
}

fn first_char(pieces: &[Piece], input: &str) -> Option<char> {
    for p in pieces {
        if let Piece::Keep(r) = p {
            if let Some(c) = input[r.clone()].chars().find(|c| !c.is_whitespace()) {
                return Some(c);
            }
        }
    }
    None
}

fn ends_sentence(s: &str) -> bool {
    matches!(
        s.trim_end().chars().last(),
        Some('.' | '!' | '?' | ':' | ';' | ')' | '"' | '”' | '’' | ']')
    )
}

/// Normalizes a decoded document.
pub fn normalize(input: &str) -> Normalized {
    let lines: Vec<CleanLine> = raw_lines(input)
        .into_iter()
        .filter_map(|r| clean_line(input, r))
        .collect();

    // Group lines into paragraphs (runs of non-blank lines).
    let mut paragraphs: Vec<Vec<usize>> = Vec::new();
    let mut current = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.blank {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            current.push(i);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }

    let mut b = Builder {
        input,
        out: String::with_capacity(input.len()),
        map: OffsetMap::default(),
        last_delta: None,
    };
    let mut units: Vec<Unit> = Vec::new();
    let short = short_line_limit(&lines, input);

    for (pi, para) in paragraphs.iter().enumerate() {
        let breaks = unit_breaks(para, &lines, input, short);
        // A paragraph that continues the previous one across a page break: the
        // previous text has no closing punctuation and this one starts lowercase.
        let continues = pi > 0
            && units.last().is_some_and(|u| {
                u.label.is_none() && !ends_sentence(&b.out[u.start..u.end]) && u.end == b.out.len()
            })
            && (first_char(&lines[para[0]].pieces, input).is_some_and(|c| c.is_lowercase())
                || units.last().is_some_and(|u| {
                    let prev = &b.out[u.start..u.end];
                    open_quote(prev) || ends_with_connector(prev)
                }));
        let mut open: Option<Unit> = None;
        if continues {
            let u = units.pop().unwrap();
            join_separator(&mut b, &lines[para[0]], input, u.start);
            open = Some(u);
        }
        for (k, &li) in para.iter().enumerate() {
            let line = &lines[li];
            if k == 0 && continues {
                b.push_pieces(&line.pieces, open.as_ref().unwrap().start);
                continue;
            }
            if breaks[k] || open.is_none() {
                if let Some(mut u) = open.take() {
                    b.trim_end(u.start);
                    u.end = b.out.len();
                    push_unit(&mut units, u);
                }
                if !b.out.is_empty() {
                    b.out.push('\n');
                    if k == 0 {
                        b.out.push('\n');
                    }
                }
                let start = b.out.len();
                b.push_pieces(&line.pieces, start);
                // The value starts after the label as written out, where runs
                // of spaces are already collapsed.
                let (label, value_start) = match &line.is_label {
                    Some((name, _)) => {
                        let label = canonical_label(name);
                        let len = patterns()
                            .label
                            .find(&b.out[start..])
                            .map_or(0, |m| m.end());
                        (Some(label), start + len)
                    }
                    None => (None, start),
                };
                open = Some(Unit {
                    start,
                    end: start,
                    label,
                    value_start,
                    paragraph: pi,
                });
            } else if let Some(start) = open.as_ref().map(|u| u.start) {
                join_separator(&mut b, line, input, start);
                b.push_pieces(&line.pieces, start);
            }
        }
        if let Some(mut u) = open.take() {
            b.trim_end(u.start);
            u.end = b.out.len();
            push_unit(&mut units, u);
        }
    }
    Normalized {
        text: b.out,
        units,
        map: b.map,
    }
}

fn push_unit(units: &mut Vec<Unit>, u: Unit) {
    if u.end > u.start {
        units.push(u);
    }
}

/// The space at `i` follows a hyphen that a converter split from the rest of
/// its word ("Under-Secretary- General", "Sharm el- Sheikh"): a letter, a hyphen,
/// this space and a capital. A lower-case word after it may be a suspended
/// compound ("medium- and long-term"), so it stays.
fn is_broken_hyphen(bytes: &[u8], i: usize) -> bool {
    // The hyphen, or U+2010 / U+2011 ("Secretary‑ General").
    let hyphen_len = match bytes[..i] {
        [.., b'-'] => 1,
        [.., 0xE2, 0x80, 0x90 | 0x91] => 3,
        _ => return false,
    };
    bytes[i] == b' '
        && i > hyphen_len
        && bytes[i - hyphen_len - 1].is_ascii_alphabetic()
        && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
}

/// Between two wrapped lines of one unit: nothing after a hyphenated word
/// (`co-` + `development` → `co-development`), one space otherwise.
fn join_separator(b: &mut Builder, next: &CleanLine, input: &str, unit_start: usize) {
    b.trim_end(unit_start);
    let hyphenated = {
        let mut it = b.out[unit_start..].chars().rev();
        matches!((it.next(), it.next()), (Some('-'), Some(c)) if c.is_alphabetic())
    };
    let next_letter = first_char(&next.pieces, input).is_some_and(|c| c.is_alphabetic());
    if !(hyphenated && next_letter) {
        let at = match next.pieces.first() {
            Some(Piece::Keep(r)) => r.start,
            Some(Piece::Space(a)) => *a,
            None => 0,
        };
        b.push_char(' ', at);
    }
}

fn canonical_label(name: &str) -> String {
    let n = name.to_lowercase();
    if n.starts_with("date") {
        "date".into()
    } else if n.starts_with("venue") || n.starts_with("place") || n.starts_with("location") {
        "venue".into()
    } else if n.starts_with("organi") {
        "organizers".into()
    } else if n.starts_with("host") {
        "hosts".into()
    } else if n.starts_with("chair") {
        "chair".into()
    } else if n.starts_with("outcome") {
        "outcome".into()
    } else {
        n
    }
}

fn ends_with_connector(s: &str) -> bool {
    let last = s.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "and" | "of" | "the" | "for" | "to" | "on" | "in" | "at" | "with" | "by" | "a" | "an"
    )
}

/// How short a line must be to stand alone rather than wrap into the next: 45
/// characters, or less in a document wrapped at a narrow column (a verbatim
/// record at 50 columns wraps "… accede to the International" at 44). The
/// column is read off the lines that certainly wrap, those the next line goes
/// on from in lowercase, so a list of short names does not lower it.
fn short_line_limit(lines: &[CleanLine], input: &str) -> usize {
    let mut widths: Vec<usize> = lines
        .windows(2)
        .filter(|w| !w[0].blank && w[0].is_label.is_none() && !w[1].blank)
        .filter(|w| first_char(&w[1].pieces, input).is_some_and(char::is_lowercase))
        .map(|w| flatten(input, &w[0].pieces).trim().chars().count())
        .collect();
    if widths.len() < 10 {
        return 45;
    }
    widths.sort_unstable();
    let wrap_width = widths[widths.len() / 2];
    45.min(wrap_width * 7 / 10)
}

/// A straight or curly quotation left open: the text goes on after a page break.
fn open_quote(s: &str) -> bool {
    s.matches('"').count() % 2 == 1 || s.matches('“').count() > s.matches('”').count()
}

/// Where a paragraph breaks into units: before every labelled line, before a
/// `Letter dated …` line, and before the title of a labelled block (the lines
/// just above a label that follow a line closed by `.` or `)`).
fn unit_breaks(para: &[usize], lines: &[CleanLine], input: &str, short: usize) -> Vec<bool> {
    let mut breaks = vec![false; para.len()];
    breaks[0] = true;
    for k in 1..para.len() {
        let line = &lines[para[k]];
        if line.starts_unit {
            breaks[k] = true;
        }
        // Short lines stacked in front matter are separate lines, not a wrapped
        // paragraph: "Sixty-first session" / "Second Committee" / "Agenda item 55 (b)".
        let prev = flatten(input, &lines[para[k - 1]].pieces);
        let prev = prev.trim();
        let dangling = prev.ends_with([',', ';', '-', '(']) || ends_with_connector(prev);
        let starts_upper =
            first_char(&line.pieces, input).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if prev.chars().count() < short
            && !dangling
            && starts_upper
            && lines[para[k - 1]].is_label.is_none()
        {
            breaks[k] = true;
        }
        if line.is_label.is_some() {
            breaks[k] = true;
            // Walk back over the title lines of the block, if any.
            let mut j = k;
            while j > 0 {
                let prev = &lines[para[j - 1]];
                if prev.is_label.is_some() {
                    break; // continuation lines of the previous label
                }
                let text = flatten(input, &prev.pieces);
                if ends_sentence(&text) || prev.starts_unit && j - 1 != 0 && ends_sentence(&text) {
                    breaks[j] = true;
                    break;
                }
                j -= 1;
            }
        }
    }
    breaks
}

/// A name without diacritics, for comparing spellings: "Pérez de Cuéllar" is
/// "Perez de Cuellar" and "Trepczyński" "Trepczynski"; letters with a stroke
/// or ligature, which Unicode does not decompose (ł, ø, đ, ß, æ, œ), too.
pub fn without_diacritics(name: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let mut out = String::with_capacity(name.len());
    for c in name.nfd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'ł' => out.push('l'),
            'Ł' => out.push('L'),
            'ø' => out.push('o'),
            'Ø' => out.push('O'),
            'đ' => out.push('d'),
            'Đ' => out.push('D'),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("Ae"),
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("Oe"),
            c => out.push(c),
        }
    }
    out.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_at_lf_crlf_cr_and_form_feed() {
        let text = "a\r\nb\rc\x0cd\n\ne\r";
        let lines: Vec<&str> = raw_lines(text).into_iter().map(|r| &text[r]).collect();
        // The form feed also ends the paragraph: an empty line after "c".
        assert_eq!(lines, ["a", "b", "c", "", "d", "", "e"]);
    }

    fn lines_of(input: &str) -> Vec<String> {
        let n = normalize(input);
        n.units
            .iter()
            .map(|u| n.text[u.start..u.end].to_string())
            .collect()
    }

    #[test]
    fn lines_wrapped_at_a_narrow_column_join_even_when_a_line_ends_short() {
        // A verbatim record wrapped at about 50 columns: a 44-character line
        // ending in a capitalized word is still inside the sentence.
        let narrow = "We have worked hard over the past few decades \nto bolster our capability to respond to such \nevents, and we will continue to do so with the \nsupport of our partners in the region. \n";
        let passage = "issues relating to migration. My delegation invites \nMember States to accede to the International \nConvention on the Protection of the Rights of All \nMigrant Workers and Members of Their Families in \norder to demonstrate the universality of rights.";
        let input = format!("{}{passage}", narrow.repeat(4));
        let units = lines_of(&input);
        assert_eq!(units.len(), 1, "{units:?}");
        assert!(
            units[0].ends_with("issues relating to migration. My delegation invites Member States to accede to the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families in order to demonstrate the universality of rights."),
            "{units:?}"
        );
    }

    #[test]
    fn a_list_of_short_names_stays_apart_in_a_document_of_long_lines() {
        let prose = "The organizations that took part in the consultations were listed in \nthe annex to the report, which the secretariat prepared with care and \nsubmitted to the members for their comments before the meeting began.\n";
        let input = format!("{}\nInternational Catholic Migration Commission\nPlatform for International Cooperation\nWorld Bank\n", prose.repeat(6));
        let units = lines_of(&input);
        assert!(
            units.contains(&"International Catholic Migration Commission".to_string()),
            "{units:?}"
        );
        assert!(
            units.contains(&"Platform for International Cooperation".to_string()),
            "{units:?}"
        );
    }

    #[test]
    fn mends_hyphens_and_offsets_still_lead_back_to_the_input() {
        let cases = [
            // A hyphen split from its capitalized word is closed, a suspended one kept.
            (
                "The Under-Secretary- General met the Sub- Commission in Sharm el- Sheikh on medium- and long-term plans - and left.",
                "The Under-Secretary-General met the Sub-Commission in Sharm el-Sheikh on medium- and long-term plans - and left.",
            ),
            // The hyphen and the non-breaking hyphen are the ASCII one the rules spell.
            (
                "the Assistant Secretary\u{2011}General and Secretary\u{2010}General.",
                "the Assistant Secretary-General and Secretary-General.",
            ),
            (
                "the Under\u{2011}Secretary\u{2011} General for Political Affairs.",
                "the Under-Secretary-General for Political Affairs.",
            ),
        ];
        for (input, expected) in cases {
            let n = normalize(input);
            assert_eq!(n.text.trim_end(), expected);
            // "General" after the dropped space or the replaced hyphen.
            let at = n.text.find("General").unwrap();
            assert_eq!(&input[n.map.to_original(at)..][..7], "General", "{input}");
            // A range that ends on a replaced hyphen ends after its whole character.
            let hyphen = n.text.find("Secretary-").unwrap() + "Secretary-".len();
            let r = n.map.range_to_original(0..hyphen);
            assert!(input.is_char_boundary(r.end), "{input}: {r:?}");
            assert!(
                input[..r.end].ends_with(['-', '\u{2011}']),
                "{input}: {r:?}"
            );
        }
    }

    #[test]
    fn joins_wrapped_lines_and_keeps_hyphenated_compounds_whole() {
        let input = "Countries that were supporting co-\ndevelopment projects noted that engaging \nmigrants was useful. \n \nNext paragraph.";
        assert_eq!(
            lines_of(input),
            vec![
                "Countries that were supporting co-development projects noted that engaging migrants was useful.",
                "Next paragraph."
            ]
        );
    }

    #[test]
    fn removes_page_furniture_footnotes_and_markup() {
        let input = "\u{feff}# Note by the **President**\r\n\r\n06-58181\r\n\r\n- 1. It was decided to expand the \r\nGeneva Migration Group1 to create a mechanism.\r\n\x0c 9\r\n**9**\r\nThe 90<sup>th</sup> Council Session<sup>1</sup> met. Masood **Khan**Ambassador";
        assert_eq!(
            lines_of(input),
            vec![
                "Note by the President",
                "It was decided to expand the Geneva Migration Group to create a mechanism.",
                "The 90th Council Session met. Masood Khan Ambassador"
            ]
        );
    }

    #[test]
    fn keeps_the_part_number_of_a_symbol() {
        assert_eq!(
            lines_of("See A/67/79/Add.1 and A/50/50/Rev.2, E/CN.4/1995/78 and Add.1, not the Group1 of experts."),
            vec!["See A/67/79/Add.1 and A/50/50/Rev.2, E/CN.4/1995/78 and Add.1, not the Group of experts."]
        );
        // A footnote after a no-break or thin space before the word.
        for space in ["\u{a0}", "\u{2009}"] {
            let line = format!("The meeting of the{space}Group1 of experts.");
            assert_eq!(lines_of(&line).len(), 1, "{line}");
        }
    }

    #[test]
    fn joins_a_sentence_split_by_a_page_break() {
        let input = "Furthermore, with the support of the\n\ninternational community, countries acted.\n\nNew one.";
        assert_eq!(
            lines_of(input),
            vec![
                "Furthermore, with the support of the international community, countries acted.",
                "New one."
            ]
        );
    }

    #[test]
    fn labelled_blocks_become_one_unit_per_label() {
        let input = "Letter dated 7 June 2006 from the Permanent Representative of Peru to the United \nNations addressed to the President (A/61/91)  \n Ministerial Euro-African Conference on Migration and \nDevelopment \nDate: 10-11 July 2006 \nVenue: Rabat, Morocco \nOrganizers: Governments of Morocco, Spain and France; European \nCommission \nOutcome Document: Plan of Action, Rabat Declaration  \nLetter dated 19 July 2006 from Morocco (A/61/170) \n";
        let n = normalize(input);
        let got: Vec<(Option<String>, String)> = n
            .units
            .iter()
            .map(|u| (u.label.clone(), n.text[u.start..u.end].to_string()))
            .collect();
        assert_eq!(
            got,
            vec![
                (None, "Letter dated 7 June 2006 from the Permanent Representative of Peru to the United Nations addressed to the President (A/61/91)".into()),
                (None, "Ministerial Euro-African Conference on Migration and Development".into()),
                (Some("date".into()), "Date: 10-11 July 2006".into()),
                (Some("venue".into()), "Venue: Rabat, Morocco".into()),
                (Some("organizers".into()), "Organizers: Governments of Morocco, Spain and France; European Commission".into()),
                (Some("outcome".into()), "Outcome Document: Plan of Action, Rabat Declaration".into()),
                (None, "Letter dated 19 July 2006 from Morocco (A/61/170)".into()),
            ]
        );
        let venue = &n.units[3];
        assert_eq!(&n.text[venue.value_start..venue.end], "Rabat, Morocco");
    }

    #[test]
    fn offsets_lead_back_to_the_input_bytes() {
        let input =
            "Intro \u{a0}line with\r\nwrap. The Government of Belgium offered, in Asunción.";
        let n = normalize(input);
        for needle in ["Government of Belgium", "Asunción", "wrap"] {
            let at = n.text.find(needle).unwrap();
            let r = n.map.range_to_original(at..at + needle.len());
            assert_eq!(&input[r], needle);
        }
    }

    #[test]
    fn front_matter_lines_stay_apart_and_open_quotes_join_pages() {
        let input = "Sixty-first session\nSecond Committee\nAgenda item 55 (b)\n\nthe League adopted a declaration entitled \"Activating the Role of Migration in National\n\nDevelopment and Arab Regional Integration\", which recognized it.";
        assert_eq!(
            lines_of(input),
            vec![
                "Sixty-first session",
                "Second Committee",
                "Agenda item 55 (b)",
                "the League adopted a declaration entitled \"Activating the Role of Migration in National Development and Arab Regional Integration\", which recognized it."
            ]
        );
    }

    #[test]
    fn tables_of_contents_are_page_furniture() {
        let input = "Contents\n\t\t\tPage\nI.\tIntr\toduction\t3\n\tA.\tUnited Nations Secretariat\t9\n\nIn 2007, it launched the\n\n08-45678 **9**\n\nUnited Nations Global Initiative.";
        assert_eq!(
            lines_of(input),
            vec!["In 2007, it launched the United Nations Global Initiative."]
        );
    }

    #[test]
    fn a_label_value_starts_after_collapsed_spaces() {
        let n =
            normalize("Meeting on Water\nOrganizers:    Göteborg City Council\nVenue:   Zürich\n");
        let values: Vec<&str> = n
            .units
            .iter()
            .filter(|u| u.label.is_some())
            .map(|u| &n.text[u.value_start..u.end])
            .collect();
        assert_eq!(values, vec!["Göteborg City Council", "Zürich"]);
    }

    #[test]
    fn empty_and_whitespace_input_give_nothing() {
        assert!(normalize("").text.is_empty());
        assert!(normalize(" \n\r\n\x0c\t ").units.is_empty());
    }
}
