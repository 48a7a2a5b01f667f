//! Writes a benchmark corpus of *distinct* real-language documents to a directory.
//!
//! Usage: `bench_corpus <out-dir> <scale> [<source-dir>...]`
//!
//! The base corpus (scale 1) is every `.txt`, `.html` and `.md` file under the source directories
//! (by default the held-out gold documents, the seeds and the Markdown notes of `../shared`), copied
//! unchanged. At scale `k` each base document also gets `k - 1` variants. A variant is made
//! deterministically (no randomness, no clock): its paragraphs are rotated, and every token
//! (whitespace-separated: words, numbers, table cells) is replaced, with probability 1/3 chosen by a
//! hash of (document, variant, token position), by another token of the same document; one token of
//! every paragraph is always replaced, so no paragraph is repeated exactly, and so is every token of
//! three or more words (URLs, dates, paths), which would otherwise be runs shared by every variant. Two variants of one
//! document then share about (2/3)^10 ≈ 2 % of their 5-word shingles and a variant shares about
//! (2/3)^5 ≈ 13 % with its original, below the copy threshold (30 %): the corpus grows without
//! becoming a corpus of near-copies, while sentences keep their names, dates and verbs often enough
//! for the extractor to find claims in them.
//!
//! `bench_corpus <out-dir> big <mb> [<source-dir>...]` instead writes one document of about `mb`
//! megabytes on a single line (the base documents joined by spaces, repeated with variants) plus the
//! base corpus, for the memory measurement.

use std::fs;
use std::path::{Path, PathBuf};

fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt" | "html" | "md")
        ) {
            out.push(p);
        }
    }
}

/// A variant of `text`: paragraphs rotated, a third of the words (any whitespace-separated token)
/// replaced by tokens of the same text, and at least one token of every paragraph replaced.
fn variant(text: &str, doc: usize, v: usize) -> String {
    let paras: Vec<&str> = text.split("\n\n").collect();
    let n = paras.len();
    let vocab: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::with_capacity(text.len() + 64);
    let mut pos = 0u64;
    for k in 0..n {
        let p = paras[(k + v) % n];
        let tokens = p
            .split([' ', '\n'])
            .filter(|w| !w.is_empty())
            .count()
            .max(1);
        let forced =
            mix(((doc as u64) << 40) ^ ((v as u64) << 20) ^ (k as u64) ^ 0x5eed) as usize % tokens;
        let mut t = 0usize;
        let mut first = true;
        for line in p.split('\n') {
            if !first {
                out.push('\n');
            }
            first = false;
            let mut w_first = true;
            for w in line.split(' ') {
                if !w_first {
                    out.push(' ');
                }
                w_first = false;
                if w.is_empty() {
                    continue;
                }
                pos += 1;
                let h = mix(((doc as u64) << 40) ^ ((v as u64) << 20) ^ pos);
                // A token of three or more words (a URL, a date, a path) is always replaced: kept,
                // it would be a shared run of words in every variant.
                let runs = w
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|x| !x.is_empty())
                    .count();
                if !vocab.is_empty() && (h % 3 == 0 || t == forced || runs >= 3) {
                    let mut r = vocab[(h >> 8) as usize % vocab.len()];
                    if r == w {
                        r = vocab[((h >> 8) as usize + 1) % vocab.len()];
                    }
                    out.push_str(r);
                } else {
                    out.push_str(w);
                }
                t += 1;
            }
        }
        out.push_str("\n\n");
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, mode, rest) = match args.as_slice() {
        [out, mode, rest @ ..] => (PathBuf::from(out), mode.clone(), rest.to_vec()),
        _ => return Err("usage: bench_corpus <out-dir> <scale>|big <mb> [<source-dir>...]".into()),
    };
    let (big_mb, rest) = if mode == "big" {
        let mb: usize = rest.first().ok_or("big needs a size in MB")?.parse()?;
        (Some(mb), rest[1..].to_vec())
    } else {
        (None, rest)
    };
    let scale: usize = if big_mb.is_some() { 1 } else { mode.parse()? };
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let sources: Vec<PathBuf> = if rest.is_empty() {
        vec![
            manifest.join("tests/data/heldout/docs"),
            manifest.join("../../../shared/seeds"),
            manifest.join("../../../shared/data"),
            manifest.join("../../../shared/design"),
            manifest.join("../../../shared/eval"),
        ]
    } else {
        rest.iter().map(PathBuf::from).collect()
    };
    let mut files = Vec::new();
    for s in &sources {
        collect(s, &mut files);
    }
    if files.is_empty() {
        return Err("no source documents found".into());
    }
    fs::create_dir_all(&out)?;
    let mut total = 0usize;
    let mut count = 0usize;
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = String::from_utf8_lossy(&fs::read(p).unwrap_or_default()).into_owned();
            (name, text)
        })
        .collect();
    for (d, (name, text)) in texts.iter().enumerate() {
        fs::write(out.join(format!("{d:04}_0_{name}")), text)?;
        total += text.len();
        count += 1;
        for v in 1..scale {
            let t = variant(text, d, v);
            fs::write(out.join(format!("{d:04}_{v}_{name}")), &t)?;
            total += t.len();
            count += 1;
        }
    }
    if let Some(mb) = big_mb {
        let mut line = String::with_capacity(mb * 1_000_000 + 100_000);
        let mut v = 1;
        while line.len() < mb * 1_000_000 {
            for (d, (_, text)) in texts.iter().enumerate() {
                let t = variant(text, d, v);
                for w in t.split_whitespace() {
                    line.push_str(w);
                    line.push(' ');
                }
            }
            v += 1;
        }
        line.push('\n');
        fs::write(out.join("zz_one_line.txt"), &line)?;
        total += line.len();
        count += 1;
    }
    println!("{count} documents, {total} bytes in {}", out.display());
    Ok(())
}
