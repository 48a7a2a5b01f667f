//! HTML main-content extraction with byte offsets.
//!
//! A small streaming tokenizer (no tree, no recursion: bounded memory on 100k-deep nesting) that keeps
//! the byte offset of every text run, decodes character references, skips `script`/`style`/`head`
//! content, and scores blocks: text inside `nav`/`header`/`footer`/`aside`/`form` or elements whose
//! class/id says menu, footer, sidebar, share, cookie, newsletter, related... is removed as boilerplate
//! (flagged), as are link-dense blocks. We chose this over `dom_smoothie`/`readability`-style crates
//! because those return re-serialised text without source offsets, and every span we keep must map
//! back to the original bytes.

use crate::clean::{BlockKind, Piece, RawBlock};
use crate::flag::FlagKind;

/// What the extractor found.
pub(crate) struct HtmlOut {
    pub blocks: Vec<RawBlock>,
    pub title: Option<String>,
    pub stated_date: Option<String>,
    pub too_deep: bool,
}

const SKIP: [&str; 8] = [
    "script", "style", "noscript", "template", "svg", "iframe", "head", "select",
];
const BLOCK: [&str; 30] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "form",
    "dd",
    "dt",
];
const BOILER_TAGS: [&str; 5] = ["nav", "header", "footer", "aside", "form"];
const BOILER_WORDS: [&str; 16] = [
    "nav",
    "menu",
    "footer",
    "sidebar",
    "cookie",
    "banner",
    "share",
    "social",
    "newsletter",
    "related",
    "comment",
    "breadcrumb",
    "promo",
    "advert",
    "subscribe",
    "donate",
];

struct Current {
    block: RawBlock,
    link_bytes: usize,
    text_bytes: usize,
    boiler: Option<String>,
}

/// Extracts the blocks of an HTML document.
pub(crate) fn extract(text: &str, max_depth: usize) -> HtmlOut {
    let bytes = text.as_bytes();
    let mut out = HtmlOut {
        blocks: Vec::new(),
        title: None,
        stated_date: None,
        too_deep: false,
    };
    // Stack of open elements that matter (boilerplate containers and `a`); capped at `max_depth`.
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut overflow = 0usize;
    let mut in_link = 0usize;
    let mut cur = new_current(0, BlockKind::Paragraph);
    let mut i = 0usize;
    let mut text_start = 0usize;
    let mut in_title = false;
    let mut title = String::new();
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            i += 1;
            continue;
        }
        // Flush text before the tag.
        push_text(
            text,
            text_start..i,
            &mut cur,
            in_link > 0,
            in_title.then_some(&mut title),
        );
        if text[i..].starts_with("<!--") {
            let end = text[i + 4..]
                .find("-->")
                .map_or(bytes.len(), |p| i + 4 + p + 3);
            i = end;
            text_start = i;
            continue;
        }
        let tag_end = find_tag_end(bytes, i + 1);
        let tag = text
            .get(i + 1..tag_end.max(i + 1))
            .map(|t| t.strip_suffix('>').unwrap_or(t))
            .unwrap_or("");
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        i = tag_end;
        text_start = i;
        if name.is_empty() {
            continue;
        }
        if !closing && SKIP.contains(&name.as_str()) && name != "head" {
            // Skip raw text up to the matching end tag.
            let end = find_close(bytes, i, name.as_bytes());
            let end_tag = find_tag_end(bytes, end + 1).min(bytes.len());
            if name == "script" || name == "style" {
                cur.block
                    .flags
                    .push((FlagKind::ScriptFragment, format!("<{name}> element@{i}")));
            }
            i = end_tag.max(end);
            text_start = i;
            continue;
        }
        if name == "title" {
            in_title = !closing;
            continue;
        }
        if name == "meta" && !closing {
            let lower = tag.to_ascii_lowercase();
            if (lower.contains("published") || lower.contains("date")) && out.stated_date.is_none()
            {
                out.stated_date = attr(tag, "content");
            }
            continue;
        }
        if name == "a" {
            if closing {
                in_link = in_link.saturating_sub(1);
            } else {
                in_link += 1;
            }
            continue;
        }
        if BLOCK.contains(&name.as_str()) {
            finish(&mut cur, &mut out.blocks, &stack, i);
            let kind = if name.len() == 2 && name.starts_with('h') && name != "hr" && !closing {
                BlockKind::Heading
            } else {
                BlockKind::Paragraph
            };
            cur = new_current(i, kind);
            if name == "br"
                || name == "p"
                || name == "li"
                || name == "td"
                || name == "th"
                || name == "dd"
                || name == "dt"
            {
                continue;
            }
            if closing {
                if let Some(pos) = stack.iter().rposition(|(n, _)| *n == name) {
                    stack.truncate(pos);
                } else {
                    overflow = overflow.saturating_sub(1);
                }
            } else if !tag.ends_with('/') {
                let lower = tag.to_ascii_lowercase();
                let boiler = BOILER_TAGS.contains(&name.as_str())
                    || ["class=", "id=", "role="].iter().any(|a| {
                        attr(&lower, a.trim_end_matches('='))
                            .is_some_and(|v| BOILER_WORDS.iter().any(|w| v.contains(w)))
                    });
                if stack.len() < max_depth {
                    stack.push((name, boiler));
                } else {
                    overflow += 1;
                    out.too_deep = true;
                }
            }
        }
    }
    push_text(text, text_start..bytes.len(), &mut cur, in_link > 0, None);
    finish(&mut cur, &mut out.blocks, &stack, bytes.len());
    let t = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if !t.is_empty() {
        out.title = Some(t);
    }
    out
}

fn new_current(at: usize, kind: BlockKind) -> Current {
    Current {
        block: RawBlock::new(kind, at..at),
        link_bytes: 0,
        text_bytes: 0,
        boiler: None,
    }
}

/// Position of `</name` (ASCII case-insensitive) at or after `from`, or the end of input.
fn find_close(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut j = from;
    while j + 1 < bytes.len() {
        if bytes[j] == b'<' && bytes[j + 1] == b'/' {
            let cand = &bytes[j + 2..(j + 2 + name.len()).min(bytes.len())];
            if cand.eq_ignore_ascii_case(name) {
                return j;
            }
        }
        j += 1;
    }
    bytes.len()
}

fn find_tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = 0u8;
    let limit = (from + 4096).min(bytes.len());
    for (j, &b) in bytes.iter().enumerate().take(limit).skip(from) {
        match (quote, b) {
            (0, b'"') | (0, b'\'') => quote = b,
            (q, c) if q != 0 && c == q => quote = 0,
            (0, b'>') => return j + 1,
            _ => {}
        }
    }
    // No '>' within the limit: stop at a character boundary.
    let mut end = limit;
    while end < bytes.len() && (bytes[end] & 0xC0) == 0x80 {
        end += 1;
    }
    end
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let pos = lower.find(&format!("{name}="))?;
    let rest = &tag[pos + name.len() + 1..];
    let (q, rest) = match rest.chars().next()? {
        '"' => ('"', &rest[1..]),
        '\'' => ('\'', &rest[1..]),
        _ => (' ', rest),
    };
    let end = rest.find(q).unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

/// Adds the text `text[range]` to the current block, decoding character references.
fn push_text(
    text: &str,
    range: std::ops::Range<usize>,
    cur: &mut Current,
    link: bool,
    title: Option<&mut String>,
) {
    if range.is_empty() {
        return;
    }
    let s = &text[range.clone()];
    if let Some(t) = title {
        t.push_str(s);
        return;
    }
    let before = cur.text_bytes;
    let mut pos = 0usize;
    while let Some(amp) = s[pos..].find('&') {
        let at = pos + amp;
        let tail = &s[at..];
        let mut n = tail.len().min(12);
        while !tail.is_char_boundary(n) {
            n -= 1;
        }
        let semi = tail[..n].find(';');
        let decoded = semi.and_then(|e| entity(&tail[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                if at > pos {
                    cur.block
                        .pieces
                        .push(Piece::Copy(range.start + pos..range.start + at));
                }
                let abs = range.start + at;
                cur.block
                    .pieces
                    .push(Piece::Text(c.to_string(), abs..abs + len));
                pos = at + len;
            }
            None => {
                cur.block
                    .pieces
                    .push(Piece::Copy(range.start + pos..range.start + at + 1));
                pos = at + 1;
            }
        }
    }
    if pos < s.len() {
        cur.block
            .pieces
            .push(Piece::Copy(range.start + pos..range.end));
    }
    let added = s.trim().len();
    cur.text_bytes = before + added;
    if link {
        cur.link_bytes += added;
    }
    if cur.block.src.is_empty() {
        cur.block.src = range.clone();
    }
    cur.block.src.end = range.end;
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return char::from_u32(v).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "eacute" => 'é',
        "ccedil" => 'ç',
        "euml" => 'ë',
        "copy" => '©',
        _ => return None,
    })
}

fn finish(cur: &mut Current, blocks: &mut Vec<RawBlock>, stack: &[(String, bool)], _at: usize) {
    if cur.text_bytes == 0 {
        // Keep script flags even for empty blocks.
        if !cur.block.flags.is_empty() {
            let mut b =
                std::mem::replace(&mut cur.block, RawBlock::new(BlockKind::Paragraph, 0..0));
            b.removed = Some((
                FlagKind::ScriptFragment,
                String::from("script or style element"),
            ));
            b.pieces.clear();
            if b.src.is_empty() {
                b.src = b.src.start..b.src.start + 1;
            }
            blocks.push(b);
        }
        return;
    }
    let mut b = std::mem::replace(&mut cur.block, RawBlock::new(BlockKind::Paragraph, 0..0));
    if stack.iter().any(|(_, boiler)| *boiler) {
        b.removed = Some((
            FlagKind::Boilerplate,
            String::from("inside navigation/footer/aside"),
        ));
    } else if cur.link_bytes * 2 > cur.text_bytes && cur.text_bytes < 400 {
        b.removed = Some((FlagKind::Boilerplate, String::from("link-dense block")));
    }
    cur.boiler = None;
    blocks.push(b);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_text_kept_nav_and_script_removed() {
        let html =
            "<html><head><title>T</title></head><body><nav><a href=x>Home</a> <a>News</a></nav>\
<p>Russia &amp; Serbia signed.</p><script>var a = 1;</script><footer>© 2023</footer></body></html>";
        let out = extract(html, 64);
        let kept: Vec<String> = out
            .blocks
            .iter()
            .filter(|b| b.removed.is_none())
            .map(|b| b.text(html))
            .collect();
        assert_eq!(kept, vec!["Russia & Serbia signed."]);
        assert_eq!(out.title.as_deref(), Some("T"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_pieces_are_in_bounds(s in "[<>/a-z&#;x0-9 \u{a0}é\"'=!-]{0,300}") {
            let out = extract(&s, 8);
            for b in &out.blocks {
                for p in &b.pieces {
                    let (Piece::Copy(r) | Piece::Text(_, r)) = p;
                    proptest::prop_assert!(s.get(r.clone()).is_some());
                }
            }
        }
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let html = format!("{}x{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
        let out = extract(&html, 256);
        assert!(out.too_deep);
    }
}
