//! Property tests over arbitrary input: decoding, normalization and extraction
//! never panic, and every offset they give is sane. Three generators: raw
//! bytes (binary, broken UTF-8, stray byte-order marks), UN-like text built
//! from the vocabulary of the fixtures plus the characters normalization
//! treats specially, and fixture windows with random bytes spliced in.
//!
//! `PROPTEST_CASES=N` sets the number of cases per property (default 512);
//! a long run: `PROPTEST_CASES=20000 cargo test --release --test tests fuzz`.

use plenary::document::decode;
use plenary::extract::{DocResult, Extractor};
use plenary::rules::RuleSet;
use proptest::prelude::*;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(&RuleSet::default_rules()).unwrap())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(512)
}

/// Runs bytes through decode and extract, checking every offset.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(decoded) = decode(bytes) else {
        return Ok(());
    };
    let text = &decoded.text;
    let mut doc: DocResult = extractor().extract("fuzz.txt", text, 0);
    for m in &doc.mentions {
        prop_assert!(m.start < m.end, "empty mention {m:?}");
        prop_assert!(
            m.end <= text.len(),
            "{m:?} beyond the text ({})",
            text.len()
        );
        prop_assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "{m:?} not on char boundaries of {text:?}"
        );
        prop_assert!(!m.surface.is_empty() && !m.surface.contains(['\n', '\r']));
        prop_assert!(!m.key.name.is_empty(), "{m:?} has no name");
    }
    for r in &doc.relations {
        prop_assert!(!r.evidence.is_empty() && !r.evidence.contains(['\n', '\r']));
        prop_assert!(r.subject != r.object, "{r:?} joins a node to itself");
    }
    // Mapped back to the input: inside it, and for UTF-8 input on its char
    // boundaries (where the input is the decoded text shifted by any BOM).
    decoded.to_input_offsets(
        doc.mentions
            .iter_mut()
            .flat_map(|m| [&mut m.start, &mut m.end]),
    );
    let utf8 = std::str::from_utf8(bytes).ok();
    for m in &doc.mentions {
        prop_assert!(
            m.start <= m.end && m.end <= bytes.len(),
            "{m:?} beyond the input"
        );
        if let Some(s) = utf8 {
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
        }
    }
    Ok(())
}

/// Words of the fixtures plus what normalization and the matchers treat
/// specially: line breaks of every kind, page furniture, bullets, markdown,
/// footnote markers, hyphens at line ends, symbols, dates, multibyte text.
fn vocabulary() -> &'static Vec<String> {
    static V: OnceLock<Vec<String>> = OnceLock::new();
    V.get_or_init(|| {
        let mut words: Vec<String> = Vec::new();
        for f in crate::util::fixtures() {
            let text = std::fs::read_to_string(f).unwrap();
            words.extend(text.split_whitespace().map(String::from));
        }
        words.sort();
        words.dedup();
        for w in [
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "\u{c}",
            "\t",
            "\u{feff}",
            "\u{a0}",
            "\u{2028}",
            "-\n",
            "co-\ndevelopment",
            "- 1.",
            "•",
            "#",
            "##",
            "**",
            "*",
            "_",
            "(",
            ")",
            "[",
            "]",
            "“",
            "”",
            "’",
            "'",
            "\"",
            ".",
            ",",
            ";",
            ":",
            "/",
            "-",
            "–",
            "—",
            "06-58181",
            "A/63/269",
            "A/RES/60/227",
            "resolution 61/208",
            "E/1995/69",
            "Rev.1",
            "Add.2",
            "Mr.",
            "H.E.",
            "a.i.",
            "e.g.",
            "et al.",
            "No.",
            "para.",
            "2006",
            "14 and 15 September 2006",
            "29 November - 2 December 2005",
            "mid-2008",
            "2008-2010",
            "1",
            "12",
            "3/",
            "Genève",
            "Côte d’Ivoire",
            "中国",
            "😀",
            "\u{301}",
            "\u{200b}",
            "\u{fffd}",
            "IOM",
            "(IOM)",
            "UNHCR",
            "the Forum",
            "the Assembly",
            "Date:",
            "Venue:",
            "Organizers:",
            "Outcome Document:",
            "Annex",
            "I.",
            "II.",
            "a)",
            "(b)",
            "§",
            "<",
            ">",
            "<O1>",
            "&",
        ] {
            words.push(w.to_string());
        }
        words
    })
}

fn un_like_text() -> impl Strategy<Value = String> {
    let n = vocabulary().len();
    prop::collection::vec(
        (0..n, prop::sample::select(vec![" ", " ", " ", "", "\n"])),
        0..300,
    )
    .prop_map(|picks| {
        let v = vocabulary();
        let mut s = String::new();
        for (i, sep) in picks {
            s.push_str(&v[i]);
            s.push_str(sep);
        }
        s
    })
}

fn fixture_with_noise() -> impl Strategy<Value = Vec<u8>> {
    let texts: Vec<Vec<u8>> = crate::util::fixtures()
        .iter()
        .map(|f| std::fs::read(f).unwrap())
        .collect();
    (
        0..texts.len(),
        any::<prop::sample::Index>(),
        200usize..3000,
        prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                prop::collection::vec(any::<u8>(), 1..4),
            ),
            0..8,
        ),
    )
        .prop_map(move |(f, at, len, noise)| {
            let t = &texts[f];
            let start = at.index(t.len());
            let mut v = t[start..(start + len).min(t.len())].to_vec();
            for (at, bytes) in noise {
                let i = at.index(v.len() + 1);
                v.splice(i..i, bytes);
            }
            v
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_and_give_sane_offsets(
        bom in prop::sample::select(vec![&b""[..], b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"]),
        body in prop::collection::vec(any::<u8>(), 0..2000),
    ) {
        let mut bytes = bom.to_vec();
        bytes.extend(body);
        check(&bytes)?;
    }

    #[test]
    fn un_like_text_never_panics_and_gives_sane_offsets(text in un_like_text()) {
        check(text.as_bytes())?;
        // The same text as UTF-16: offsets must map back into those bytes.
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        check(&utf16)?;
    }

    #[test]
    fn fixture_windows_with_noise_never_panic_and_give_sane_offsets(bytes in fixture_with_noise()) {
        check(&bytes)?;
    }
}
