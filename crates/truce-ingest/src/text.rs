//! Small text helpers shared by the modules: word splitting, sentences, stop words.

/// Splits `s` into words: maximal runs of alphanumeric characters (any script), with inner
/// apostrophes and hyphens kept ("al-Qaeda", "don't").
///
/// Every stage of the noise pass and of the leads splits every paragraph into words, so this
/// reads ASCII bytes directly and decodes only the other characters.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    let len = s.len();
    let mut pos = 0;
    std::iter::from_fn(move || {
        let mut i = pos;
        loop {
            if i >= len {
                pos = len;
                return None;
            }
            let (c, n) = char_at(s, i);
            if is_word_char(c) {
                break;
            }
            i += n;
        }
        let start = i;
        let mut end = i;
        while i < len {
            let (c, n) = char_at(s, i);
            if is_word_char(c) {
                i += n;
                end = i;
            } else if matches!(c, '\'' | '-' | '’')
                && i + n < len
                && is_word_char(char_at(s, i + n).0)
            {
                i += n;
            } else {
                break;
            }
        }
        pos = end;
        Some(&s[start..end])
    })
}

/// The character at byte `i` (a character boundary) and its length in bytes.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = s[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Answered here without the Unicode tables, whose search is slow and which news text
        // asks about most: the Cyrillic alphabet and the general punctuation (dashes, curly
        // quotes, bullets, thin spaces). `is_word_char_agrees_with_the_unicode_tables` checks
        // every character.
        '\u{0410}'..='\u{044F}' | '\u{0401}' | '\u{0451}' => true,
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Collapses runs of whitespace to one space and trims.
pub(crate) fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Splits a paragraph into sentences at `.`, `!` or `?` followed by a space and an upper-case
/// letter, digit or quote, leaving common abbreviations ("Mr.", "Oct.", "U.S.") alone.
pub(crate) fn sentences(p: &str) -> Vec<&str> {
    const ABBREV: &[&str] = &[
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "gov",
        "sen", "rep", "prof", "brig", "u.s", "u.n", "e.g", "i.e", "approx", "est",
    ];
    let mut out = Vec::new();
    let mut start = 0;
    let b = p.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if (c == b'.' || c == b'!' || c == b'?') && i + 2 < b.len() && b[i + 1] == b' ' {
            let next = p[i + 2..].chars().next().unwrap_or(' ');
            let word_before = p[start..i]
                .rsplit(|ch: char| ch.is_whitespace())
                .next()
                .unwrap_or("")
                .trim_start_matches(['(', '"', '“'])
                .to_ascii_lowercase();
            let is_abbrev = c == b'.'
                && (ABBREV.contains(&word_before.as_str())
                    || (word_before.len() == 1 && word_before.chars().all(|x| x.is_alphabetic())));
            if !is_abbrev
                && (next.is_uppercase() || next.is_ascii_digit() || "\"“‘'(".contains(next))
            {
                out.push(p[start..=i].trim());
                start = i + 2;
            }
        }
        i += 1;
    }
    let last = p[start..].trim();
    if !last.is_empty() {
        out.push(last);
    }
    // Urdu ends a sentence with "۔" and asks with "؟"; Arabic-script letters have no case, so
    // the rule above never splits there.
    if p.contains(['۔', '؟']) {
        out = out
            .into_iter()
            .flat_map(|s| {
                let mut parts = Vec::new();
                let mut from = 0;
                for (i, c) in s.char_indices() {
                    let end = i + c.len_utf8();
                    if (c == '۔' || c == '؟') && s[end..].starts_with(char::is_whitespace) {
                        parts.push(s[from..end].trim());
                        from = end;
                    }
                }
                parts.push(s[from..].trim());
                parts.into_iter().filter(|x| !x.is_empty())
            })
            .collect();
    }
    out
}

/// A word lower-cased, borrowed when it has no capital: most words of running text have none,
/// and the noise pass looks up every word of every paragraph, so sparing the copy is most of
/// the cost of those look-ups.
pub(crate) fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Common English function words, which carry no topic.
pub(crate) fn is_stopword(w: &str) -> bool {
    const STOP: &[&str] = &[
        "a",
        "about",
        "above",
        "according",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "another",
        "any",
        "are",
        "as",
        "at",
        "back",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "can't",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "don't",
        "down",
        "during",
        "each",
        "even",
        "few",
        "first",
        "for",
        "from",
        "further",
        "get",
        "got",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "however",
        "i",
        "i'm",
        "if",
        "in",
        "into",
        "is",
        "it",
        "it's",
        "its",
        "itself",
        "just",
        "last",
        "like",
        "made",
        "make",
        "many",
        "may",
        "me",
        "more",
        "most",
        "much",
        "my",
        "new",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "said",
        "same",
        "say",
        "says",
        "she",
        "should",
        "since",
        "so",
        "some",
        "still",
        "such",
        "take",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "there's",
        "these",
        "they",
        "they're",
        "this",
        "those",
        "through",
        "time",
        "to",
        "too",
        "two",
        "under",
        "until",
        "up",
        "us",
        "very",
        "was",
        "way",
        "we",
        "we're",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "year",
        "years",
        "you",
        "your",
        "yours",
    ];
    STOP.binary_search(&w).is_ok() || (w.len() < 3 && w.is_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_borrows_lower_case_words_and_lowers_the_rest() {
        assert!(matches!(
            lower("crossing"),
            std::borrow::Cow::Borrowed("crossing")
        ));
        assert_eq!(lower("Torkham"), "torkham");
        assert_eq!(lower("ÉTAT"), "état");
    }

    #[test]
    fn stopword_table_is_sorted_so_binary_search_works() {
        // is_stopword relies on binary search; check a few from across the table.
        for w in [
            "a",
            "according",
            "you",
            "however",
            "there's",
            "yours",
            "we're",
        ] {
            assert!(is_stopword(w), "{w}");
        }
        assert!(!is_stopword("taliban"));
    }

    #[test]
    fn is_word_char_agrees_with_the_unicode_tables() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn words_keep_inner_hyphens_and_scripts() {
        let w: Vec<_> = words("al-Qaeda's men, in پشاور — 12 killed.").collect();
        assert_eq!(w, ["al-Qaeda's", "men", "in", "پشاور", "12", "killed"]);
    }

    #[test]
    fn urdu_full_stop_ends_a_sentence() {
        assert_eq!(
            sentences("پشاور میں حملہ ہوا۔ ذمہ داری قبول کر لی۔"),
            ["پشاور میں حملہ ہوا۔", "ذمہ داری قبول کر لی۔"]
        );
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let s = sentences("Gen. Munir spoke on Oct. 12. Then U.S. envoys left. 3 died.");
        assert_eq!(
            s,
            [
                "Gen. Munir spoke on Oct. 12.",
                "Then U.S. envoys left.",
                "3 died."
            ]
        );
    }
}
