//! libFuzzer target: any bytes through decoding, normalization and extraction
//! must not panic, and every mention's offsets must lie on char boundaries of
//! the decoded text and, mapped back, inside the input.
//!
//! RUSTC_BOOTSTRAP=1 cargo fuzz run decode_extract -s none -- -max_total_time=600
//! (the machine has stable Rust only; RUSTC_BOOTSTRAP lets cargo-fuzz pass its
//! flags, and `-s none` skips the sanitizer, which needs nightly's std).

#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary::document::decode;
use plenary::extract::Extractor;
use plenary::rules::RuleSet;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(&RuleSet::default_rules()).unwrap())
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(decoded) = decode(bytes) else {
        return;
    };
    let text = &decoded.text;
    let mut doc = extractor().extract("fuzz.txt", text, 0);
    for m in &doc.mentions {
        assert!(m.start < m.end && m.end <= text.len(), "{m:?}");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{m:?}");
    }
    for r in &doc.relations {
        assert!(!r.evidence.contains(['\n', '\r']), "{r:?}");
    }
    decoded.to_input_offsets(doc.mentions.iter_mut().flat_map(|m| [&mut m.start, &mut m.end]));
    for m in &doc.mentions {
        assert!(m.start <= m.end && m.end <= bytes.len(), "{m:?}");
    }
});
