//! Reading documents: files, folders (recursively, `.txt`), or `-` for stdin;
//! decoding UTF-8 (with or without a byte-order mark), UTF-16 with a
//! byte-order mark, and invalid UTF-8 (lossily, with a warning); refusing
//! binary files (PDF, images, NUL bytes) with a warning.

use crate::error::Error;
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

    pub fn size(&self) -> u64 {
        match self {
            Source::File(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            Source::Stdin => 0,
        }
    }

    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Source::File(p) => std::fs::read(p),
            Source::Stdin => {
                let mut v = Vec::new();
                std::io::stdin().lock().read_to_end(&mut v)?;
                Ok(v)
            }
        }
    }
}

/// The inputs named on the command line, expanded: a folder gives its `.txt`
/// files, recursively, in sorted order. Problems inside folders (a symlink
/// loop, an unreadable subfolder) are warnings; a named path that does not
/// exist is a usage error.
pub fn collect(paths: &[String]) -> Result<(Vec<Source>, Vec<String>), Error> {
    let mut sources = Vec::new();
    let mut warnings = Vec::new();
    let mut stdin = false;
    for p in paths {
        if p == "-" {
            if !stdin {
                sources.push(Source::Stdin);
                stdin = true;
            }
            continue;
        }
        let path = Path::new(p);
        let meta = std::fs::metadata(path)
            .map_err(|e| Error::Usage(format!("{p}: {}", describe_io(&e))))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            for entry in walkdir::WalkDir::new(path)
                .follow_links(true)
                .sort_by_file_name()
            {
                match entry {
                    Ok(e) => {
                        let is_txt = e
                            .path()
                            .extension()
                            .is_some_and(|x| x.eq_ignore_ascii_case("txt"));
                        if e.file_type().is_file() && is_txt {
                            found.push(Source::File(e.into_path()));
                        }
                    }
                    Err(e) => {
                        let at = e
                            .path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|| p.clone());
                        let why = if e.loop_ancestor().is_some() {
                            "symlink loop, skipped".to_string()
                        } else {
                            e.io_error()
                                .map(describe_io)
                                .unwrap_or_else(|| e.to_string())
                        };
                        warnings.push(format!("{at}: {why}"));
                    }
                }
            }
            sources.extend(found);
        } else {
            sources.push(Source::File(path.to_path_buf()));
        }
    }
    Ok((sources, warnings))
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
    /// Byte offset of `text` in the input (3 after a UTF-8 byte-order mark).
    pub base: usize,
    pub warning: Option<String>,
}

/// Why a document was not extracted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    Binary(&'static str),
}

/// Decodes the bytes of a document.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Refused> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Ok(utf8(&bytes[3..], 3));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units = bytes[2..].chunks(2).map(|c| {
            let pair = [c[0], *c.get(1).unwrap_or(&0)];
            if le {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        });
        let text: String = char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        return Ok(Decoded {
            text,
            base: 2,
            warning: Some("decoded from UTF-16; mention offsets refer to the text as UTF-8".into()),
        });
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(Refused::Binary(kind));
    }
    Ok(utf8(bytes, 0))
}

fn utf8(bytes: &[u8], base: usize) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            base,
            warning: None,
        },
        Err(e) => Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            base,
            warning: Some(format!(
                "invalid UTF-8 at byte {}, decoded with replacement characters",
                base + e.valid_up_to()
            )),
        },
    }
}

fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 7] = [
        (b"%PDF", "a PDF file"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX …)"),
        (b"\xD0\xCF\x11\xE0", "an OLE file (DOC, XLS …)"),
        (b"\x7FELF", "an executable"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("a binary file (NUL bytes)");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_utf16_and_refuses_binaries() {
        let d = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!((d.text.as_str(), d.base, d.warning), ("Hello", 3, None));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Génève".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16).unwrap().text, "Génève");
        let bad = decode(b"ab\xFFcd").unwrap();
        assert_eq!(bad.text, "ab\u{FFFD}cd");
        assert_eq!(
            bad.warning.as_deref(),
            Some("invalid UTF-8 at byte 2, decoded with replacement characters")
        );
        assert_eq!(decode(b"%PDF-1.4 ..."), Err(Refused::Binary("a PDF file")));
        assert_eq!(
            decode(b"text\0more"),
            Err(Refused::Binary("a binary file (NUL bytes)"))
        );
        assert_eq!(decode(b"").unwrap().text, "");
    }
}
