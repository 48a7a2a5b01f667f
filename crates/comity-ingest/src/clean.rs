//! Cleaning: plain text, wiki/Markdown text and HTML to plain paragraphs, with an offset map.
//!
//! The cleaner keeps text verbatim wherever it can (so that evidence is a substring of the original),
//! removes markup, citation markers, script fragments, navigation and newsletter lines, reference lists,
//! and FLAGS chatbot leftovers and embedded "related articles" snippets (kept, but marked). Every removal
//! is recorded as a [`Flag`] with its range in the original bytes: nothing disappears silently.

use crate::decode::Decoded;
use crate::flag::{Flag, FlagKind};
use crate::gate::ToLower;
use crate::html;
use crate::offset_map::OffsetMap;
use crate::rx::Rx as Regex;
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

/// The kind of input the cleaner recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Plain,
    /// Wiki or Markdown text (`==Heading==`, `# Heading`, `- item`).
    Wiki,
    /// HTML.
    Html,
}

/// The role of a block of cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// The document's title.
    Title,
    /// A section heading (also the title line of an embedded related-article snippet).
    Heading,
    /// A paragraph.
    Paragraph,
    /// A list item.
    ListItem,
}

/// One block (paragraph, heading, list item) of cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// Byte range in the cleaned text.
    pub range: Range<usize>,
    /// Its role.
    pub kind: BlockKind,
    /// Flags that apply to the whole block (chatbot passage, related articles...).
    pub flags: Vec<FlagKind>,
}

/// A cleaned document.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// What the input looked like.
    pub format: Format,
    /// The cleaned text: blocks separated by blank lines.
    pub text: String,
    /// Maps byte offsets of `text` to byte ranges of the DECODED text.
    pub map: OffsetMap,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
    /// Removals and passage flags, with ranges in the ORIGINAL bytes.
    pub flags: Vec<Flag>,
    /// The document title, when one was found.
    pub title: Option<String>,
    /// A date stated by the document itself (meta tag or "Published:" line), as written.
    pub stated_date: Option<String>,
}

/// Limits that keep cleaning bounded on hostile input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CleanOptions {
    /// HTML nesting deeper than this is not tracked (flagged), bounding memory.
    pub max_depth: usize,
    /// Lines longer than this are flagged (still processed).
    pub long_line: usize,
}

impl Default for CleanOptions {
    fn default() -> Self {
        Self {
            max_depth: 256,
            long_line: 1_000_000,
        }
    }
}

/// A piece of a block before assembly: a verbatim copy of decoded text, or replacement text.
#[derive(Debug, Clone)]
pub(crate) enum Piece {
    /// Copy of `decoded[range]`.
    Copy(Range<usize>),
    /// Text standing for `decoded[range]` (an entity, a separator).
    Text(String, Range<usize>),
}

/// A block under construction.
#[derive(Debug, Clone)]
pub(crate) struct RawBlock {
    pub pieces: Vec<Piece>,
    pub kind: BlockKind,
    /// Range of the decoded text the block came from.
    pub src: Range<usize>,
    /// `Some` when the block is removed (and flagged) instead of kept.
    pub removed: Option<(FlagKind, String)>,
    pub flags: Vec<(FlagKind, String)>,
}

impl RawBlock {
    pub(crate) fn new(kind: BlockKind, src: Range<usize>) -> Self {
        Self {
            pieces: Vec::new(),
            kind,
            src,
            removed: None,
            flags: Vec::new(),
        }
    }

    pub(crate) fn text(&self, decoded: &str) -> String {
        let mut s = String::new();
        for p in &self.pieces {
            match p {
                Piece::Copy(r) => s.push_str(decoded.get(r.clone()).unwrap_or("")),
                Piece::Text(t, _) => s.push_str(t),
            }
        }
        s
    }
}

pub(crate) fn re(cell: &'static OnceLock<Option<Regex>>, pattern: &str) -> Option<&'static Regex> {
    cell.get_or_init(|| crate::rx::regex(pattern).ok()).as_ref()
}

/// Cleans a decoded document.
///
/// # Example
/// ```
/// let d = comity_ingest::decode(b"==History==\nRussia opposed it. [1]\n\nNEWSLETTER\n");
/// let c = comity_ingest::clean(&d, &Default::default());
/// assert_eq!(c.text, "History\n\nRussia opposed it.");
/// ```
pub fn clean(decoded: &Decoded, opts: &CleanOptions) -> Cleaned {
    let text = decoded.text.as_str();
    let format = detect_format(text);
    let mut flags = Vec::new();
    let mut stated_date = None;
    let mut title = None;
    let mut raw = match format {
        Format::Html => {
            let out = html::extract(text, opts.max_depth);
            stated_date = out.stated_date;
            title = out.title;
            if out.too_deep {
                flags.push(Flag::counted(
                    FlagKind::DeepNesting,
                    1,
                    format!("HTML nested deeper than {} elements", opts.max_depth),
                ));
            }
            out.blocks
        }
        Format::Plain | Format::Wiki => lines_to_blocks(text, format, opts, &mut flags),
    };
    mark_sections(&mut raw, text, format);
    mark_chatbot(&mut raw, text);
    if title.is_none() {
        title = raw
            .iter()
            .find(|b| {
                b.removed.is_none() && matches!(b.kind, BlockKind::Title | BlockKind::Heading)
            })
            .map(|b| b.text(text).trim().to_string());
    }
    if stated_date.is_none() {
        stated_date = find_stated_date(&raw, text);
    }
    assemble(raw, decoded, format, flags, title, stated_date)
}

fn detect_format(text: &str) -> Format {
    let head: String = text
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    let trimmed = head.trim_start();
    if trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || head.contains("<body")
    {
        return Format::Html;
    }
    let tags =
        head.matches("</p>").count() + head.matches("<div").count() + head.matches("<br").count();
    if tags >= 3 {
        return Format::Html;
    }
    let wiki = text
        .lines()
        .take(400)
        .filter(|l| {
            let l = l.trim();
            (l.starts_with("==") && l.ends_with("==")) || (l.starts_with("= ") && l.ends_with(" ="))
        })
        .count();
    if wiki > 0 {
        Format::Wiki
    } else {
        Format::Plain
    }
}

static WIKI_HEADING: OnceLock<Option<Regex>> = OnceLock::new();
static MD_HEADING: OnceLock<Option<Regex>> = OnceLock::new();
static LIST_ITEM: OnceLock<Option<Regex>> = OnceLock::new();
static INLINE_JUNK: OnceLock<Option<Regex>> = OnceLock::new();
static BOILERPLATE: OnceLock<Option<Regex>> = OnceLock::new();

/// Splits plain or wiki text into line blocks, removing inline markup.
fn lines_to_blocks(
    text: &str,
    format: Format,
    opts: &CleanOptions,
    flags: &mut Vec<Flag>,
) -> Vec<RawBlock> {
    let wiki_heading = re(&WIKI_HEADING, r"^(=+)\s*(.*?)\s*=+\s*$");
    let md_heading = re(&MD_HEADING, r"^#{1,6}\s+(.*?)\s*$");
    let list_item = re(&LIST_ITEM, r"^\s*(?:[-*•]|\d{1,3}\.)\s+");
    let mut blocks = Vec::new();
    let mut start = 0usize;
    let mut first = true;
    let mut long_lines = 0usize;
    while start <= text.len() {
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let mut line_end = end;
        if text[start..line_end].ends_with('\r') {
            line_end -= 1;
        }
        if line_end - start > opts.long_line {
            long_lines += 1;
        }
        let line = &text[start..line_end];
        let lead = line.len() - line.trim_start().len();
        let content = start + lead..start + line.trim_end().len();
        if content.is_empty() {
            // A blank line: an empty paragraph marker, used to group chunks.
            blocks.push(RawBlock::new(BlockKind::Paragraph, content));
        } else {
            let mut kind = BlockKind::Paragraph;
            let mut inner = content.clone();
            if let Some(c) = wiki_heading.and_then(|r| r.captures(line.trim())) {
                if let Some(m) = c.get(2) {
                    let off = content.start;
                    inner = off + m.start()..off + m.end();
                    kind = if c.get(1).map_or(0, |m| m.len()) == 1 && first {
                        BlockKind::Title
                    } else {
                        BlockKind::Heading
                    };
                }
            } else if let Some(c) = md_heading.and_then(|r| r.captures(line.trim())) {
                if let (Some(m), Format::Wiki) = (c.get(1), format) {
                    inner = content.start + m.start()..content.start + m.end();
                    kind = BlockKind::Heading;
                }
            } else if let Some(m) = list_item.and_then(|r| r.find(line.trim())) {
                inner = content.start + m.end()..content.end;
                kind = BlockKind::ListItem;
            }
            if first && kind == BlockKind::Paragraph && looks_like_title(&text[content.clone()]) {
                kind = BlockKind::Title;
            }
            if text[content.clone()].contains("mw-page-title-main") {
                kind = BlockKind::Heading;
            }
            first = false;
            let mut block = RawBlock::new(kind, content.clone());
            inline_pieces(text, inner, &mut block);
            let plain = block.text(text);
            if is_boilerplate_line(plain.trim()) {
                block.removed = Some((
                    FlagKind::Boilerplate,
                    plain.trim().chars().take(80).collect(),
                ));
            }
            blocks.push(block);
        }
        start = end + 1;
    }
    if long_lines > 0 {
        flags.push(Flag::counted(
            FlagKind::LongLine,
            long_lines,
            format!("{long_lines} line(s) longer than {} bytes", opts.long_line),
        ));
    }
    blocks
}

fn looks_like_title(line: &str) -> bool {
    let l = line.trim();
    l.len() < 150 && !l.ends_with('.') && !l.contains("  ")
}

/// Fills `block` with the pieces of `text[range]`, skipping tags, citation markers and script code.
pub(crate) fn inline_pieces(text: &str, range: Range<usize>, block: &mut RawBlock) {
    let junk = re(
        &INLINE_JUNK,
        r#"<[A-Za-z/][^<>]{0,300}>|\[\d{1,3}\]|\[citation needed\]|\bvar\s+[A-Za-z_$][\w$]*\s*=\s*[^;{}]{0,300}[;{]|\bfunction\s*\([^)]{0,100}\)\s*\{|\bdocument\.(?:write|createElement|getElementById)\([^)]{0,200}\);?"#,
    );
    let slice = &text[range.clone()];
    let mut pos = 0usize;
    if let Some(junk) = junk {
        for m in junk.find_iter(slice) {
            if m.start() > pos {
                block
                    .pieces
                    .push(Piece::Copy(range.start + pos..range.start + m.start()));
            }
            let s = m.as_str();
            if !s.starts_with('<') && !s.starts_with('[') {
                block.flags.push((
                    FlagKind::ScriptFragment,
                    format!("{}@{}", truncate(s, 60), range.start + m.start()),
                ));
            }
            pos = m.end();
        }
    }
    if pos < slice.len() {
        block.pieces.push(Piece::Copy(range.start + pos..range.end));
    }
}

pub(crate) fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

pub(crate) fn is_boilerplate_line(line: &str) -> bool {
    if line.is_empty() || line.len() > 120 {
        return false;
    }
    let r = re(
        &BOILERPLATE,
        r"(?i)^(?:newsletter|contents|last updated|advertisement|share( this)?( on \w+)?|follow us.*|sign (?:in|up)|log ?in|subscribe.*|skip to (?:main )?content|cookie.*|accept( all)? cookies|print|email|tweet|read more|back to top|menu|home|search)$|join .*mailing list|make a (?:charitable )?donation|donate (?:now|today)|all rights reserved|^©|\.(?:svg|png|jpe?g|gif|webp)$|^infobox$|^- map:",
    );
    r.is_some_and(|r| r.is_match(line))
}

const REFERENCE_HEADINGS: [&str; 7] = [
    "references",
    "notes",
    "external links",
    "sources",
    "bibliography",
    "further reading",
    "see also",
];
const RELATED_MARKERS: [&str; 7] = [
    "related research articles",
    "related articles",
    "related posts",
    "related stories",
    "you may also like",
    "read next",
    "more from",
];

/// Removes reference sections and marks related-article snippets.
fn mark_sections(blocks: &mut [RawBlock], text: &str, format: Format) {
    let mut in_refs = false;
    // "See also" lists links: a long block after it is prose again (a sidebar's "See also" at the
    // top of an encyclopedia mirror had removed the whole article; h/extract15).
    let mut see_also = false;
    let mut in_related = false;
    for b in blocks.iter_mut() {
        if b.src.is_empty() {
            continue;
        }
        let t = b.text(text);
        let key = t.trim().trim_end_matches(':');
        // Lower-casing shortens a text at most threefold (the Kelvin sign, 3 bytes, becomes `k`), so
        // a block of 120 bytes or more is not short enough to be heading-like: not lower-cased.
        if !matches!(b.kind, BlockKind::Heading) && key.len() >= 120 && !in_refs && !in_related {
            if t.contains("mw-page-title-main") {
                b.flags.push((
                    FlagKind::RelatedArticles,
                    String::from("embedded snippet of another page"),
                ));
            }
            continue;
        }
        let lower = key.to_lower();
        let heading_like = matches!(b.kind, BlockKind::Heading) || lower.len() < 40;
        if heading_like && REFERENCE_HEADINGS.contains(&lower.as_str()) {
            in_refs = true;
            see_also = lower == "see also";
            b.removed = Some((FlagKind::References, lower.clone()));
            continue;
        }
        if heading_like && RELATED_MARKERS.iter().any(|m| lower.starts_with(m)) {
            in_related = true;
            in_refs = false;
            b.removed = Some((FlagKind::RelatedArticles, lower.clone()));
            continue;
        }
        if in_refs {
            // A new wiki heading ends a reference section; otherwise everything until the end is removed.
            if (b.kind == BlockKind::Heading && format == Format::Wiki)
                || (see_also && key.len() >= 120)
            {
                in_refs = false;
            } else {
                b.removed
                    .get_or_insert((FlagKind::References, truncate(t.trim(), 60)));
                continue;
            }
        }
        if in_related || t.contains("mw-page-title-main") {
            b.flags.push((
                FlagKind::RelatedArticles,
                String::from("embedded snippet of another page"),
            ));
        }
    }
}

/// Chatbot phrases: the block containing one is flagged, and for list-openers the blocks that follow.
const CHATBOT_PHRASES: [(&str, usize, usize); 10] = [
    // (phrase, blocks flagged before, blocks flagged after)
    ("regenerate response", 1, 0),
    ("as an ai language model", 0, 1),
    ("here are some key aspects", 0, 4),
    ("here are some key points", 0, 4),
    ("i hope this helps", 1, 0),
    ("it is important to note that", 0, 0),
    ("as of my knowledge cutoff", 0, 1),
    ("as of my last update", 0, 1),
    ("certainly! here", 0, 3),
    ("in summary,", 0, 0),
];

fn mark_chatbot(blocks: &mut [RawBlock], text: &str) {
    let content: Vec<usize> = (0..blocks.len())
        .filter(|i| !blocks[*i].src.is_empty() && blocks[*i].removed.is_none())
        .collect();
    let mut marks: Vec<(usize, String)> = Vec::new();
    // The phrases each block's lower case contains, from one pass over the block.
    static PHRASES: OnceLock<crate::gate::LowerPhrases> = OnceLock::new();
    let phrases =
        PHRASES.get_or_init(|| crate::gate::LowerPhrases::new(&CHATBOT_PHRASES.map(|p| p.0)));
    for (ci, &bi) in content.iter().enumerate() {
        let found = phrases.found(&blocks[bi].text(text));
        for (k, (phrase, before, after)) in CHATBOT_PHRASES.into_iter().enumerate() {
            if found & 1 << k != 0 {
                let lo = ci.saturating_sub(before);
                let hi = (ci + after).min(content.len().saturating_sub(1));
                for &j in &content[lo..=hi] {
                    marks.push((j, format!("near \"{phrase}\"")));
                }
            }
        }
    }
    // Style signal in wiki text: a blank-line-delimited chunk with two or more unmarked title-case
    // headings (chatbot essays pasted into a wiki article), plus the paragraph just before it.
    let mut chunk: Vec<usize> = Vec::new();
    let mut prev_chunk: Vec<usize> = Vec::new();
    for i in 0..=blocks.len() {
        let blank = i == blocks.len() || blocks[i].src.is_empty();
        if !blank {
            chunk.push(i);
            continue;
        }
        if chunk.len() >= 3 {
            let unmarked = chunk
                .iter()
                .filter(|&&j| {
                    blocks[j].kind == BlockKind::Paragraph
                        && is_unmarked_heading(&blocks[j].text(text))
                })
                .count();
            if unmarked >= 2 {
                for &j in chunk.iter().chain(if prev_chunk.len() == 1 {
                    prev_chunk.iter()
                } else {
                    [].iter()
                }) {
                    marks.push((j, String::from("unmarked headings inside wiki text")));
                }
            }
        }
        if !chunk.is_empty() {
            prev_chunk = std::mem::take(&mut chunk);
        }
    }
    for (j, note) in marks {
        if let Some(b) = blocks.get_mut(j) {
            if !b.flags.iter().any(|(k, _)| *k == FlagKind::ChatbotPassage) {
                b.flags.push((FlagKind::ChatbotPassage, note));
            }
        }
    }
}

fn is_unmarked_heading(line: &str) -> bool {
    let l = line.trim();
    let words: Vec<&str> = l.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || l.ends_with(['.', ':', ',', ';', '"', '?', '!']) {
        return false;
    }
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        .count();
    caps * 10 >= words.len() * 6
}

static STATED_DATE: OnceLock<Option<Regex>> = OnceLock::new();

fn find_stated_date(blocks: &[RawBlock], text: &str) -> Option<String> {
    let r = re(
        &STATED_DATE,
        r"(?i)^(?:published|posted|updated|last updated|date)\s*(?:on)?\s*[:\-]?\s*(.{6,40})$",
    )?;
    blocks.iter().take(40).find_map(|b| {
        let t = b.text(text);
        r.captures(t.trim())
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())
    })
}

fn assemble(
    raw: Vec<RawBlock>,
    decoded: &Decoded,
    format: Format,
    mut flags: Vec<Flag>,
    title: Option<String>,
    stated_date: Option<String>,
) -> Cleaned {
    let text = decoded.text.as_str();
    let mut out = String::new();
    let mut map = OffsetMap::new();
    let mut blocks = Vec::new();
    for b in raw {
        if b.src.is_empty() {
            continue;
        }
        let orig = decoded.map.map_range(b.src.clone());
        for (k, note) in &b.flags {
            let at = note
                .rsplit_once('@')
                .and_then(|(_, p)| p.parse::<usize>().ok())
                .map(|p| decoded.map.map_range(p..p + 1))
                .unwrap_or_else(|| orig.clone());
            flags.push(Flag::at(*k, at, note.clone()));
        }
        if let Some((k, note)) = b.removed {
            flags.push(Flag::at(k, orig, note));
            continue;
        }
        // Trim leading/trailing whitespace of the block while keeping pieces verbatim.
        let mut pieces = b.pieces;
        trim_pieces(&mut pieces, text);
        if pieces.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
            map.push_replace(2, b.src.start..b.src.start);
        }
        let start = out.len();
        for p in pieces {
            match p {
                Piece::Copy(r) => {
                    out.push_str(&text[r.clone()]);
                    map.push_copy(r.start, r.len());
                }
                Piece::Text(t, r) => {
                    out.push_str(&t);
                    map.push_replace(t.len(), r);
                }
            }
        }
        let mut kinds: Vec<FlagKind> = b.flags.iter().map(|(k, _)| *k).collect();
        kinds.sort();
        kinds.dedup();
        blocks.push(Block {
            range: start..out.len(),
            kind: b.kind,
            flags: kinds,
        });
    }
    Cleaned {
        format,
        text: out,
        map,
        blocks,
        flags,
        title,
        stated_date,
    }
}

fn trim_pieces(pieces: &mut Vec<Piece>, text: &str) {
    // Collapse: drop empty copies; trim the start of the first and the end of the last copy.
    pieces.retain(|p| !matches!(p, Piece::Copy(r) if r.is_empty()));
    while let Some(Piece::Copy(r)) = pieces.first_mut() {
        let s = &text[r.clone()];
        let t = s.trim_start();
        r.start += s.len() - t.len();
        if r.start >= r.end {
            pieces.remove(0);
        } else {
            break;
        }
    }
    while let Some(Piece::Copy(r)) = pieces.last_mut() {
        let s = &text[r.clone()];
        let t = s.trim_end();
        r.end = r.start + t.len();
        if r.start >= r.end {
            pieces.pop();
        } else {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `gate::LowerPhrases` finds what `to_lowercase` then `contains` finds only for lower-case
    /// ASCII phrases.
    #[test]
    fn chatbot_phrases_are_lower_case_ascii() {
        for w in super::CHATBOT_PHRASES {
            let w = w.0;
            assert!(w.is_ascii() && w.to_ascii_lowercase() == w, "{w}");
        }
    }
    use crate::decode::decode;

    fn cleaned(s: &str) -> Cleaned {
        clean(&decode(s.as_bytes()), &CleanOptions::default())
    }

    #[test]
    fn wiki_headings_refs_and_citations() {
        let c =
            cleaned("= T =\n\n==History==\nRussia opposed it. [1] [2]\n\n==References==\n1. x\n");
        assert_eq!(c.format, Format::Wiki);
        assert_eq!(c.text, "T\n\nHistory\n\nRussia opposed it.");
        assert!(c.flags.iter().any(|f| f.kind == FlagKind::References));
    }

    #[test]
    fn inline_script_is_removed_and_flagged() {
        let c = cleaned("Because the issues differ. var script = document.createElement(\"script\"); Russia does not recognize it.");
        assert!(!c.text.contains("var script"));
        assert!(c.text.contains("Russia does not recognize it."));
        assert!(c.flags.iter().any(|f| f.kind == FlagKind::ScriptFragment));
    }

    #[test]
    fn chatbot_leftovers_are_flagged_not_deleted() {
        let c = cleaned("Title\n\nA policy. Here are some key aspects of it.\n\nPoint one.\n\nRegenerate response\n\nNEWSLETTER\n");
        assert!(c.text.contains("Point one."));
        let flagged: Vec<_> = c
            .blocks
            .iter()
            .filter(|b| b.flags.contains(&FlagKind::ChatbotPassage))
            .collect();
        assert!(flagged.len() >= 2);
        assert!(c.flags.iter().any(|f| f.kind == FlagKind::Boilerplate));
    }

    proptest::proptest! {
        #[test]
        fn cleaned_chars_map_back_to_themselves(s in r"[=A-Za-z .,\n\[\]0-9<>/é’-]{0,400}") {
            let d = decode(s.as_bytes());
            let c = clean(&d, &CleanOptions::default());
            for (i, ch) in c.text.char_indices() {
                if ch == '\n' {
                    continue;
                }
                let r = d.map.map_range(c.map.map_range(i..i + ch.len_utf8()));
                let want = ch.to_string();
                proptest::prop_assert_eq!(s.get(r), Some(want.as_str()));
            }
        }
    }

    #[test]
    fn every_cleaned_byte_maps_into_the_original() {
        let src = "= T =\n\n==History==\nA <b>bold</b> claim. [3]\n";
        let d = decode(src.as_bytes());
        let c = clean(&d, &CleanOptions::default());
        for (i, ch) in c.text.char_indices() {
            if ch == '\n' {
                continue;
            }
            let r = d.map.map_range(c.map.map_range(i..i + ch.len_utf8()));
            assert_eq!(&src[r], ch.to_string(), "char {ch:?} at {i}");
        }
    }
}
