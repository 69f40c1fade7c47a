//! Where the time goes: each stage of the pipeline timed over a folder of
//! documents, one thread, with MB/s on the input bytes, so that a slow stage
//! (or one slow matcher inside the entity stage) shows by name.
//!
//! ```text
//! cargo bench --bench stages                      # bench-data/ungd (benches/ungd.sh unpacks it)
//! cargo bench --bench stages -- fixtures          # another folder
//! PLENARY_BENCH_LIMIT=1000 cargo bench --bench stages
//! ```
//!
//! The entity stage is timed as a whole (`EntityMatcher::find`) and per
//! matcher through their public functions; "titles, overlaps" is the rest of
//! it. "aliases, composites, relations" is `extract_normalized` minus the
//! sentence and entity stages it runs again inside.

use plenary::document::{decode_vec, Source};
use plenary::entity::{date, symbol, EntityMatcher};
use plenary::extract::Extractor;
use plenary::graph::GraphBuilder;
use plenary::normalize::normalize;
use plenary::rules::RuleSet;
use plenary::sentence::SentenceSplitter;
use std::time::{Duration, Instant};

// The allocator of the `plenary` binary, so the stages cost what they cost there.
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[derive(Default)]
struct Clock {
    read: Duration,
    normalize: Duration,
    sentences: Duration,
    entities: Duration,
    gazetteer: Duration,
    dates: Duration,
    symbols: Duration,
    resolutions: Duration,
    patterns: Duration,
    extract: Duration,
    graph: Duration,
}

fn time<T>(slot: &mut Duration, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let r = f();
    *slot += t.elapsed();
    r
}

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_else(|| "bench-data/ungd".into());
    let limit: usize = std::env::var("PLENARY_BENCH_LIMIT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let inputs = match plenary::document::collect(std::slice::from_ref(&dir)) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("stages: {e} (run benches/ungd.sh once to unpack the corpus)");
            std::process::exit(2);
        }
    };
    let sources: Vec<Source> = inputs.sources.into_iter().take(limit).collect();
    let rules = RuleSet::default_rules();
    let ex = Extractor::new(&rules).expect("embedded rules compile");
    let splitter = SentenceSplitter::new(rules.abbreviations.iter().map(String::as_str));
    let entities = EntityMatcher::new(&rules).expect("embedded rules compile");
    let resolutions = symbol::ResolutionFinder::new(&rules.patterns.resolution_issuers);

    let mut c = Clock::default();
    let mut bytes = 0usize;
    let mut sentences_n = 0usize;
    let mut graph = GraphBuilder::default();
    let wall = Instant::now();
    for src in &sources {
        let Some(decoded) = time(&mut c.read, || {
            src.read().ok().and_then(|b| {
                bytes += b.len();
                decode_vec(b).ok()
            })
        }) else {
            continue;
        };
        let norm = time(&mut c.normalize, || normalize(&decoded.text));
        let sentences = time(&mut c.sentences, || splitter.split(&norm.text, &norm.units));
        sentences_n += sentences.len();
        let text = &norm.text;
        for s in &sentences {
            let sentence = &text[s.start..s.end];
            time(&mut c.entities, || entities.find(text, s));
            time(&mut c.gazetteer, || entities.gazetteer.find(sentence));
            time(&mut c.dates, || date::find(sentence));
            time(&mut c.symbols, || symbol::find_symbols(sentence));
            time(&mut c.resolutions, || {
                resolutions.find(sentence);
                symbol::find_parenthesized_resolutions(sentence, s.start)
            });
            time(&mut c.patterns, || {
                entities.patterns.find(sentence, s.start)
            });
        }
        let result = time(&mut c.extract, || {
            ex.extract_normalized(&src.name(), &norm, decoded.base)
        });
        time(&mut c.graph, || graph.add(result));
    }
    let wall = wall.elapsed();
    let matchers = c.gazetteer + c.dates + c.symbols + c.resolutions + c.patterns;
    let later = c.extract.saturating_sub(c.sentences + c.entities);
    let total = c.read + c.normalize + c.extract + c.graph;
    let mb = bytes as f64 / 1e6;
    println!(
        "{} documents, {:.1} MB, {} sentences from {dir}; one thread",
        sources.len(),
        mb,
        sentences_n
    );
    println!(
        "{:<34} {:>9} {:>7} {:>9}",
        "stage", "seconds", "share", "MB/s"
    );
    let row = |name: &str, d: Duration| {
        let s = d.as_secs_f64();
        println!(
            "{name:<34} {s:>9.3} {:>6.1}% {:>9.1}",
            100.0 * s / total.as_secs_f64(),
            if s > 0.0 { mb / s } else { f64::INFINITY }
        );
    };
    row("read, decode", c.read);
    row("normalize", c.normalize);
    row("sentences", c.sentences);
    row("entities", c.entities);
    row("  gazetteer", c.gazetteer);
    row("  dates", c.dates);
    row("  symbols", c.symbols);
    row("  resolutions", c.resolutions);
    row("  patterns", c.patterns);
    row(
        "  titles, overlaps (the rest)",
        c.entities.saturating_sub(matchers),
    );
    row("aliases, composites, relations", later);
    row("graph", c.graph);
    row("total (extract, one thread)", total);
    println!(
        "(wall {:.1} s including the per-matcher timings, which run the matchers twice)",
        wall.as_secs_f64()
    );
}
