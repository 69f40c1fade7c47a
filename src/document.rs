//! Reading documents: files, folders (recursively, `.txt`), or `-` for stdin;
//! decoding UTF-8 (with or without a byte-order mark), UTF-16 with a
//! byte-order mark, and invalid UTF-8 (lossily, with a warning); refusing
//! binary files (PDF, images, NUL bytes) with a reason. Decoding keeps a map
//! from the decoded text back to the input bytes, so mention offsets always
//! point into the file as it is on disk, whatever its encoding.

use crate::error::Error;
use std::collections::{BTreeMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    /// The document name used in the exports: the file name, or `stdin`.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
            Source::Stdin => "stdin".into(),
        }
    }

    /// The path shown in messages.
    pub fn display(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".into(),
        }
    }

    /// The size on disk, for the progress bar (0 when unknown).
    pub fn size(&self) -> u64 {
        match self {
            Source::File(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            Source::Stdin => 0,
        }
    }

    /// The whole document. A folder where a file was expected (a folder named
    /// `x.txt` that appeared after the walk) is an error, not an empty read.
    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Source::File(p) => {
                let mut f = std::fs::File::open(p)?;
                let meta = f.metadata()?;
                if meta.is_dir() {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::IsADirectory,
                        "is a directory",
                    ));
                }
                let mut v = Vec::with_capacity(meta.len() as usize);
                f.read_to_end(&mut v)?;
                Ok(v)
            }
            Source::Stdin => {
                let mut v = Vec::new();
                std::io::stdin().lock().read_to_end(&mut v)?;
                Ok(v)
            }
        }
    }
}

/// The documents named on the command line, expanded.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Every document to read, each once, sorted by path (stdin last).
    pub sources: Vec<Source>,
    /// Problems that lost nothing (a symlink loop, an empty folder).
    pub warnings: Vec<String>,
    /// Problems that may have lost documents (an unreadable subfolder).
    pub failures: Vec<String>,
}

/// Expands the paths named on the command line: a folder gives its `.txt`
/// files, recursively, following symlinks; a file is read whatever its name.
/// A named path that does not exist is a usage error; problems inside folders
/// are reported and the walk goes on. A broken symlink named `*.txt` inside a
/// folder stays in the list, so that reading it reports the document as failed.
pub fn collect(paths: &[String]) -> Result<Inputs, Error> {
    let mut inputs = Inputs::default();
    let mut files = Vec::new();
    let mut stdin = false;
    for p in paths {
        if p == "-" {
            stdin = true;
            continue;
        }
        let path = Path::new(p);
        let meta = std::fs::metadata(path)
            .map_err(|e| Error::Usage(format!("{p}: {}", describe_io(&e))))?;
        if !meta.is_dir() {
            files.push(path.to_path_buf());
            continue;
        }
        let before = files.len();
        for entry in walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
        {
            match entry {
                Ok(e) => {
                    if e.file_type().is_file() && is_txt(e.path()) {
                        files.push(e.into_path());
                    }
                }
                Err(e) => {
                    let at = e
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| p.clone());
                    if e.loop_ancestor().is_some() {
                        inputs
                            .warnings
                            .push(format!("{at}: symlink loop, not followed"));
                        continue;
                    }
                    let broken_link = e.path().is_some_and(|p| {
                        is_txt(p) && p.symlink_metadata().is_ok_and(|m| m.is_symlink())
                    });
                    match e.path() {
                        Some(p) if broken_link => files.push(p.to_path_buf()),
                        _ => {
                            let why = e
                                .io_error()
                                .map(describe_io)
                                .unwrap_or_else(|| e.to_string());
                            inputs
                                .failures
                                .push(format!("{at}: {why}, its documents were skipped"));
                        }
                    }
                }
            }
        }
        if files.len() == before {
            inputs.warnings.push(format!("{p}: no .txt files found"));
        }
    }
    // Each file once, however it was named (`dir` and `dir/a.txt`, `./a.txt` and `a.txt`).
    let mut seen = HashSet::new();
    let mut unique: Vec<PathBuf> = Vec::with_capacity(files.len());
    for f in files {
        let canonical = std::fs::canonicalize(&f).unwrap_or_else(|_| f.clone());
        if seen.insert(canonical) {
            unique.push(f);
        }
    }
    unique.sort();
    inputs.warnings.extend(shared_names(&unique));
    inputs.sources = unique.into_iter().map(Source::File).collect();
    if stdin {
        inputs.sources.push(Source::Stdin);
    }
    Ok(inputs)
}

fn is_txt(p: &Path) -> bool {
    p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt"))
}

/// Exports name documents by file name: two files with one name merge.
fn shared_names(files: &[PathBuf]) -> Vec<String> {
    let mut by_name: BTreeMap<String, Vec<&PathBuf>> = BTreeMap::new();
    for f in files {
        by_name
            .entry(Source::File(f.clone()).name())
            .or_default()
            .push(f);
    }
    by_name
        .into_iter()
        .filter(|(_, v)| v.len() > 1)
        .map(|(name, v)| {
            format!(
                "{} and {} more have the same file name; the exports list them all as {name}",
                v[0].display(),
                v.len() - 1
            )
        })
        .collect()
}

/// An io error in a few words, without the "(os error 2)" tail.
pub fn describe_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "is a directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// A decoded document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Byte offset of `text` in the input (3 after a UTF-8 byte-order mark,
    /// 2 after a UTF-16 one).
    pub base: usize,
    pub warning: Option<String>,
    /// How offsets in `text` lead back to the input bytes.
    map: OffsetMap,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum OffsetMap {
    /// `text` is the input from `base` on.
    Same,
    /// Lossy UTF-8: (offset in `text`, offset in the input after `base`) at
    /// the start and the end of every replacement character.
    Lossy(Vec<(usize, usize)>),
    /// UTF-16: two input bytes per UTF-16 code unit.
    Utf16,
}

impl Decoded {
    /// Replaces every offset into `text` (on a char boundary) by the offset of
    /// the same place in the input bytes.
    pub fn to_input_offsets<'a>(&self, offsets: impl IntoIterator<Item = &'a mut usize>) {
        match &self.map {
            OffsetMap::Same => {
                for o in offsets {
                    *o += self.base;
                }
            }
            OffsetMap::Lossy(points) => {
                for o in offsets {
                    let i = points.partition_point(|&(d, _)| d <= *o);
                    *o = self.base
                        + match i.checked_sub(1).map(|k| points[k]) {
                            Some((d, orig)) => orig + (*o - d),
                            None => *o,
                        };
                }
            }
            OffsetMap::Utf16 => {
                let mut refs: Vec<&mut usize> = offsets.into_iter().collect();
                refs.sort_by_key(|o| **o);
                let mut units = 0;
                let mut chars = self.text.char_indices().peekable();
                for o in refs {
                    while let Some(&(at, c)) = chars.peek() {
                        if at >= *o {
                            break;
                        }
                        units += c.len_utf16();
                        chars.next();
                    }
                    *o = self.base + 2 * units;
                }
            }
        }
    }
}

/// Why a document was not extracted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    Binary(&'static str),
}

/// Decodes the bytes of a document.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Refused> {
    decode_vec(bytes.to_vec())
}

/// Decodes the bytes of a document, reusing the buffer for valid UTF-8.
pub fn decode_vec(mut bytes: Vec<u8>) -> Result<Decoded, Refused> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(Refused::Binary("UTF-32 text, which is not supported"));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(utf16(&bytes));
    }
    let base = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
        3
    } else {
        0
    };
    if let Some(kind) = binary_kind(&bytes) {
        return Err(Refused::Binary(kind));
    }
    Ok(utf8(bytes, base))
}

fn utf16(bytes: &[u8]) -> Decoded {
    let le = bytes[0] == 0xFF;
    let body = &bytes[2..];
    let units = body.chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut replaced = 0usize;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                replaced += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    // A last lone byte is not text: it is dropped, with a warning.
    let odd = body.len() % 2 == 1;
    let mut problems = Vec::new();
    if replaced > 0 {
        problems.push(format!("{replaced} unpaired surrogates replaced"));
    }
    if odd {
        problems.push("an odd last byte dropped".to_string());
    }
    let warning =
        (!problems.is_empty()).then(|| format!("invalid UTF-16: {}", problems.join(", ")));
    Decoded {
        text,
        base: 2,
        warning,
        map: OffsetMap::Utf16,
    }
}

fn utf8(bytes: Vec<u8>, base: usize) -> Decoded {
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            base,
            warning: None,
            map: OffsetMap::Same,
        },
        Err(e) => {
            let bytes = e.into_bytes();
            let (text, points, bad) = lossy(&bytes);
            Decoded {
                text,
                base,
                warning: Some(format!(
                    "invalid UTF-8 at byte {}{}, decoded with replacement characters",
                    base + points[0].1,
                    if bad > 1 {
                        format!(" ({bad} invalid sequences in all)")
                    } else {
                        String::new()
                    }
                )),
                map: OffsetMap::Lossy(points),
            }
        }
    }
}

/// Lossy UTF-8 like `String::from_utf8_lossy` (one U+FFFD per maximal invalid
/// sequence), with the offset map and the number of invalid sequences.
fn lossy(bytes: &[u8]) -> (String, Vec<(usize, usize)>, usize) {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut points = Vec::new();
    let mut bad = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            // Where this invalid sequence starts in the input.
            let at =
                chunk.valid().as_ptr() as usize - bytes.as_ptr() as usize + chunk.valid().len();
            points.push((text.len(), at));
            text.push(char::REPLACEMENT_CHARACTER);
            points.push((text.len(), at + invalid.len()));
            bad += 1;
        }
    }
    (text, points, bad)
}

fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 8] = [
        (b"%PDF", "a PDF file"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX …)"),
        (b"\xD0\xCF\x11\xE0", "an OLE file (DOC, XLS …)"),
        (b"\x7FELF", "an executable"),
        (b"\x1F\x8B", "a gzip archive"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    // As git and grep do: a NUL byte near the start means binary.
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("a binary file (NUL bytes)");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offsets(d: &Decoded, mut v: Vec<usize>) -> Vec<usize> {
        d.to_input_offsets(v.iter_mut());
        v
    }

    #[test]
    fn decodes_boms_utf16_and_refuses_binaries() {
        let d = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(
            (d.text.as_str(), d.base, d.warning.clone()),
            ("Hello", 3, None)
        );
        assert_eq!(offsets(&d, vec![0, 5]), vec![3, 8]);
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Génève".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let d = decode(&utf16).unwrap();
        assert_eq!((d.text.as_str(), d.warning.clone()), ("Génève", None));
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Génève".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode(&be).unwrap().text, "Génève");
        assert_eq!(decode(b"%PDF-1.4 ..."), Err(Refused::Binary("a PDF file")));
        assert_eq!(
            decode(b"text\0more"),
            Err(Refused::Binary("a binary file (NUL bytes)"))
        );
        assert!(decode(b"\xFF\xFE\0\0a\0\0\0").is_err());
        assert_eq!(decode(b"").unwrap().text, "");
    }

    #[test]
    fn invalid_utf8_is_lossy_with_the_byte_offset() {
        let cases: [(&[u8], &str, &str); 4] = [
            (b"ab\xFFcd", "ab\u{FFFD}cd", "invalid UTF-8 at byte 2, decoded with replacement characters"),
            (
                b"\xEF\xBB\xBFab\xC3",
                "ab\u{FFFD}",
                "invalid UTF-8 at byte 5, decoded with replacement characters",
            ),
            (
                b"\xE2\x82x \xFF\xFE",
                "\u{FFFD}x \u{FFFD}\u{FFFD}",
                "invalid UTF-8 at byte 0 (3 invalid sequences in all), decoded with replacement characters",
            ),
            (b"Gen\xE8ve", "Gen\u{FFFD}ve", "invalid UTF-8 at byte 3, decoded with replacement characters"),
        ];
        for (bytes, text, warning) in cases {
            let d = decode(bytes).unwrap();
            assert_eq!(d.text, text);
            assert_eq!(d.text, String::from_utf8_lossy(&bytes[d.base..]));
            assert_eq!(d.warning.as_deref(), Some(warning));
        }
    }

    #[test]
    fn offsets_lead_back_to_the_input_bytes() {
        // Latin-1 "Genève" inside UTF-8: the replacement char is 3 bytes, the input 1.
        let input = b"In Gen\xE8ve, the Global Forum met.";
        let d = decode(input).unwrap();
        let at = d.text.find("Global Forum").unwrap();
        let mut v = [at, at + "Global Forum".len()];
        d.to_input_offsets(v.iter_mut());
        assert_eq!(&input[v[0]..v[1]], b"Global Forum");
        // UTF-16 with a character outside the BMP (two code units).
        let text = "😀 Génève and the Global Forum";
        let bytes: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let d = decode(&bytes).unwrap();
        let at = d.text.find("Global Forum").unwrap();
        let mut v = [at + "Global Forum".len(), at];
        d.to_input_offsets(v.iter_mut());
        let units: Vec<u16> = bytes[v[1]..v[0]]
            .chunks(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        assert_eq!(String::from_utf16(&units).unwrap(), "Global Forum");
    }
}
