//! Decoding: bytes to text, robustly, with an offset map back to the bytes and flags for damage.
//!
//! Order of decisions: a byte-order mark wins (UTF-8, UTF-16LE/BE); else UTF-16 is guessed from NUL
//! patterns; else UTF-8 is used when at most 1 % of bytes are invalid (invalid sequences become U+FFFD
//! and are flagged); else Windows-1252 (flagged as a fallback). NUL and other control characters become
//! spaces (flagged). U+FFFD already present and mojibake (`Ã©`, `â€™`) are counted and flagged, never
//! "repaired" silently.

use crate::flag::{Flag, FlagKind};
use crate::offset_map::OffsetMap;

/// A decoded document: text, the encoding used, a map from text bytes to original bytes, and flags.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The decoded text (valid UTF-8, no NUL bytes).
    pub text: String,
    /// Name of the encoding used (`UTF-8`, `UTF-16LE`, `UTF-16BE`, `windows-1252`).
    pub encoding: &'static str,
    /// Maps byte offsets of `text` to byte ranges of the original bytes.
    pub map: OffsetMap,
    /// What was noticed while decoding.
    pub flags: Vec<Flag>,
}

/// Decodes `bytes` to text. Never panics; damage is flagged.
///
/// # Example
/// ```
/// let d = comity_ingest::decode("Thaçi".as_bytes());
/// assert_eq!((d.encoding, d.text.as_str()), ("UTF-8", "Thaçi"));
/// let w = comity_ingest::decode(b"Tha\xe7i"); // Windows-1252 bytes
/// assert_eq!((w.encoding, w.text.as_str()), ("windows-1252", "Thaçi"));
/// assert_eq!(w.map.map_range(3..5), 3..4); // 'ç' is original byte 3
/// ```
pub fn decode(bytes: &[u8]) -> Decoded {
    let mut flags = Vec::new();
    let (mut text, encoding, mut map) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        decode_utf8(rest, 3, &mut flags)
    } else if bytes.starts_with(b"\xFF\xFE") {
        decode_utf16(&bytes[2..], 2, false, &mut flags)
    } else if bytes.starts_with(b"\xFE\xFF") {
        decode_utf16(&bytes[2..], 2, true, &mut flags)
    } else if let Some(big_endian) = guess_utf16(bytes) {
        decode_utf16(bytes, 0, big_endian, &mut flags)
    } else {
        let invalid = count_invalid_utf8(bytes);
        if invalid == 0 || invalid * 100 <= bytes.len() {
            decode_utf8(bytes, 0, &mut flags)
        } else {
            decode_single_byte(bytes, &mut flags)
        }
    };
    scrub_controls(&mut text, &mut map, &mut flags);
    count_damage(&text, &map, &mut flags);
    Decoded {
        text,
        encoding,
        map,
        flags,
    }
}

fn count_invalid_utf8(bytes: &[u8]) -> usize {
    bytes.utf8_chunks().map(|c| c.invalid().len()).sum()
}

fn decode_utf8(
    bytes: &[u8],
    base: usize,
    flags: &mut Vec<Flag>,
) -> (String, &'static str, OffsetMap) {
    let mut text = String::with_capacity(bytes.len());
    let mut map = OffsetMap::new();
    let mut pos = 0usize;
    let mut invalid = 0usize;
    let mut first_invalid = None;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        text.push_str(valid);
        map.push_copy(base + pos, valid.len());
        pos += valid.len();
        let bad = chunk.invalid();
        if !bad.is_empty() {
            invalid += 1;
            first_invalid.get_or_insert(base + pos);
            text.push('\u{FFFD}');
            map.push_replace(3, base + pos..base + pos + bad.len());
            pos += bad.len();
        }
    }
    if invalid > 0 {
        let at = first_invalid.unwrap_or(base);
        flags.push(Flag {
            kind: FlagKind::InvalidUtf8,
            original: Some(at..at + 1),
            count: invalid,
            note: format!(
                "{invalid} invalid UTF-8 sequence(s) replaced by U+FFFD; first at byte {at}"
            ),
        });
    }
    (text, "UTF-8", map)
}

fn guess_utf16(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096)];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if odd_nul * 10 > pairs * 6 && even_nul * 10 < pairs {
        Some(false)
    } else if even_nul * 10 > pairs * 6 && odd_nul * 10 < pairs {
        Some(true)
    } else {
        None
    }
}

fn decode_utf16(
    bytes: &[u8],
    base: usize,
    big_endian: bool,
    flags: &mut Vec<Flag>,
) -> (String, &'static str, OffsetMap) {
    let units = bytes.chunks_exact(2).map(|c| {
        if big_endian {
            u16::from_be_bytes([c[0], c[1]])
        } else {
            u16::from_le_bytes([c[0], c[1]])
        }
    });
    let mut text = String::with_capacity(bytes.len());
    let mut map = OffsetMap::new();
    let mut pos = base;
    let mut bad = 0usize;
    for r in char::decode_utf16(units) {
        let (ch, width) = match r {
            Ok(c) => (c, c.len_utf16() * 2),
            Err(_) => {
                bad += 1;
                ('\u{FFFD}', 2)
            }
        };
        text.push(ch);
        map.push_replace(ch.len_utf8(), pos..pos + width);
        pos += width;
    }
    if bytes.len() % 2 == 1 {
        bad += 1;
        text.push('\u{FFFD}');
        map.push_replace(3, pos..pos + 1);
    }
    if bad > 0 {
        flags.push(Flag::counted(
            FlagKind::InvalidUtf8,
            bad,
            format!("{bad} unpaired surrogate(s) or odd trailing byte in UTF-16"),
        ));
    }
    (text, if big_endian { "UTF-16BE" } else { "UTF-16LE" }, map)
}

fn decode_single_byte(bytes: &[u8], flags: &mut Vec<Flag>) -> (String, &'static str, OffsetMap) {
    let (cow, _had_errors) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    let text = cow.into_owned();
    let mut map = OffsetMap::new();
    // Windows-1252 maps every byte to exactly one character.
    for (i, ch) in text.chars().enumerate() {
        map.push_replace(ch.len_utf8(), i..i + 1);
    }
    flags.push(Flag::counted(
        FlagKind::FallbackEncoding,
        1,
        "more than 1% invalid UTF-8: decoded as windows-1252",
    ));
    (text, "windows-1252", map)
}

/// Replaces NUL and control characters (other than tab, newline, carriage return) by spaces, in place
/// (same byte length, so the offset map is unchanged).
fn scrub_controls(text: &mut String, map: &mut OffsetMap, flags: &mut Vec<Flag>) {
    let nul = text.bytes().filter(|b| *b == 0).count();
    let ctrl = text
        .bytes()
        .filter(|b| *b != 0 && *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
        .count();
    if nul + ctrl == 0 {
        return;
    }
    let first = text
        .bytes()
        .position(|b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'));
    let cleaned: String = text
        .chars()
        .map(|c| {
            if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect();
    *text = cleaned;
    let at = first.map(|p| map.map_byte(p));
    if nul > 0 {
        flags.push(Flag {
            kind: FlagKind::NulBytes,
            original: at.clone(),
            count: nul,
            note: format!("{nul} NUL byte(s) replaced by spaces"),
        });
    }
    if ctrl > 0 {
        flags.push(Flag {
            kind: FlagKind::ControlChars,
            original: at,
            count: ctrl,
            note: format!("{ctrl} control character(s) replaced by spaces"),
        });
    }
}

/// Mojibake markers counted: UTF-8 multi-byte sequences read as Windows-1252.
const MOJIBAKE_COUNTED: [&str; 14] = [
    "Ã©",
    "Ã¨",
    "Ã¶",
    "Ã¼",
    "Ã§",
    "â€™",
    "â€œ",
    "â€\u{9d}",
    "â€“",
    "â€”",
    "Ã¡",
    "Ã³",
    "Ã‡",
    "Ã«",
];

/// Occurrences of the [`MOJIBAKE_COUNTED`] markers in `text` and where the first is: one pass over
/// the bytes instead of a search per marker. Every marker begins with `Ã` or `â`, both encoded
/// with the lead byte 0xC3, and none can overlap another's occurrence at the same place, so each
/// 0xC3 byte is tested against the markers.
fn mojibake(text: &str) -> (usize, Option<usize>) {
    let (mut count, mut first) = (0usize, None);
    for (i, _) in text.bytes().enumerate().filter(|(_, b)| *b == 0xC3) {
        let rest = &text.as_bytes()[i..];
        count += MOJIBAKE_COUNTED
            .iter()
            .filter(|m| rest.starts_with(m.as_bytes()))
            .count();
        if count > 0 && first.is_none() {
            first = Some(i);
        }
    }
    (count, first)
}

fn count_damage(text: &str, map: &OffsetMap, flags: &mut Vec<Flag>) {
    let fffd: Vec<usize> = text.match_indices('\u{FFFD}').map(|(i, _)| i).collect();
    let already: usize = flags
        .iter()
        .filter(|f| f.kind == FlagKind::InvalidUtf8)
        .map(|f| f.count)
        .sum();
    if fffd.len() > already {
        let n = fffd.len();
        flags.push(Flag {
            kind: FlagKind::ReplacementChar,
            original: fffd.first().map(|p| map.map_byte(*p)),
            count: n,
            note: format!(
                "{n} U+FFFD replacement character(s) in the text (including any from decoding)"
            ),
        });
    }
    let (count, first) = mojibake(text);
    if count > 0 {
        flags.push(Flag {
            kind: FlagKind::Mojibake,
            original: first.map(|p| map.map_byte(p)),
            count,
            note: format!("{count} mojibake sequence(s) such as `Ã©` or `â€™`"),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(d: &Decoded) -> Vec<FlagKind> {
        d.flags.iter().map(|f| f.kind).collect()
    }

    #[test]
    fn utf8_bom_is_skipped_and_mapped() {
        let d = decode(b"\xEF\xBB\xBFabc");
        assert_eq!(d.text, "abc");
        assert_eq!(d.map.map_range(0..3), 3..6);
    }

    #[test]
    fn utf16le_with_bom() {
        // "Hé" in UTF-16LE: H=0x0048, é=0x00E9.
        let d = decode(&[0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]);
        assert_eq!(d.text, "Hé");
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(d.map.map_range(1..3), 4..6);
    }

    #[test]
    fn utf16be_without_bom_is_guessed() {
        let bytes: Vec<u8> = "Kosovo and Russia"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        let d = decode(&bytes);
        assert_eq!(d.encoding, "UTF-16BE");
        assert_eq!(d.text, "Kosovo and Russia");
    }

    #[test]
    fn a_few_invalid_bytes_stay_utf8_and_are_flagged() {
        let mut bytes = "Kosovo ".repeat(50).into_bytes();
        bytes.push(0xFF);
        let d = decode(&bytes);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.ends_with('\u{FFFD}'));
        assert!(kinds(&d).contains(&FlagKind::InvalidUtf8));
        let end = d.text.len();
        assert_eq!(d.map.map_range(end - 3..end), 350..351);
    }

    #[test]
    fn mostly_latin1_falls_back_to_windows_1252() {
        // "Thaçi’s" in Windows-1252: ç = 0xE7, ’ = 0x92.
        let d = decode(b"Tha\xE7i\x92s caf\xE9");
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.text, "Thaçi’s café");
        assert!(kinds(&d).contains(&FlagKind::FallbackEncoding));
        // 'ç' (2 bytes in UTF-8) maps to original byte 3.
        assert_eq!(d.map.map_range(3..5), 3..4);
    }

    #[test]
    fn nul_bytes_become_spaces_and_are_flagged() {
        let d = decode(b"a\0b");
        assert_eq!(d.text, "a b");
        assert!(kinds(&d).contains(&FlagKind::NulBytes));
    }

    proptest::proptest! {
        /// One pass over the 0xC3 bytes counts what a search per marker counts, and finds the
        /// same first occurrence.
        #[test]
        fn mojibake_is_counted_as_by_a_search_per_marker(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Ã", "â", "€", "©", "™", "\u{9d}", "Ã©", "â€™", "â€", "é", "a", " ", "Ã‡", "«",
                ]),
                0..40,
            )
        ) {
            let text: String = parts.concat();
            let mut count = 0usize;
            let mut first = None;
            for pat in MOJIBAKE_COUNTED {
                for (i, _) in text.match_indices(pat) {
                    count += 1;
                    first = Some(first.map_or(i, |f: usize| f.min(i)));
                }
            }
            proptest::prop_assert_eq!(mojibake(&text), (count, first));
        }
    }

    #[test]
    fn existing_replacement_chars_and_mojibake_are_flagged_not_fixed() {
        let d = decode("\u{FFFD}We support\u{FFFD} Serbiaâ€™s caf\u{c3}\u{a9}".as_bytes());
        assert!(kinds(&d).contains(&FlagKind::ReplacementChar));
        assert!(kinds(&d).contains(&FlagKind::Mojibake));
        assert!(d.text.contains("â€™"));
    }
}
