//! The noise-line pass: judges each paragraph against the rest of its article.
//!
//! Extractors drop page chrome but keep lines planted inside the body: other articles' headlines,
//! "Find out more about …" teasers, comment forms, "Scroll to Top", bylines and author bios. No
//! list of known lines catches the next site's wording, so each paragraph is scored on its shape
//! and its fit: length, whether it ends like a sentence, how much of it is link text, whether it
//! opens with an imperative call to action, how much of its vocabulary is web-interface or
//! newsroom vocabulary, and topical coherence — the share of its content words that the rest of
//! the article also uses. A spliced headline from another story shares few words with this one.

use std::collections::HashMap;

use crate::Warning;
use crate::extract::{Article, Block, BlockKind};
use crate::text::{is_stopword, words};

/// Why a paragraph was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoiseKind {
    /// A headline of another article spliced into the body.
    Headline,
    /// A teaser or call to action ("Find out more about …", "Also read: …").
    Teaser,
    /// A comment or sign-up form ("Leave a Reply", "Your email address will not be published").
    Form,
    /// Navigation ("Scroll to Top", "Next article").
    Navigation,
    /// A byline, author bio or photo credit.
    Byline,
    /// A line made mostly of links.
    Links,
    /// A short line the article already showed (a caption or teaser shown twice).
    Repeated,
}

impl NoiseKind {
    /// A short lowercase name, for reports.
    pub fn name(self) -> &'static str {
        match self {
            NoiseKind::Headline => "headline",
            NoiseKind::Teaser => "teaser",
            NoiseKind::Form => "form",
            NoiseKind::Navigation => "navigation",
            NoiseKind::Byline => "byline",
            NoiseKind::Links => "links",
            NoiseKind::Repeated => "repeated",
        }
    }
}

/// The article with noise removed, and what was removed.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// Title, as extracted.
    pub title: Option<String>,
    /// Paragraphs kept, in order.
    pub kept: Vec<Block>,
    /// Paragraphs removed, with the reason.
    pub removed: Vec<(Block, NoiseKind)>,
}

/// Removes noise paragraphs from an extracted article.
pub fn clean(article: &Article) -> (Cleaned, Vec<Warning>) {
    let verdicts = classify(article);
    let total: usize = article.blocks.iter().map(|b| b.text.len()).sum();
    let removed_chars: usize = article
        .blocks
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| v.is_some())
        .map(|(b, _)| b.text.len())
        .sum();
    // A filter that would remove most of an article has misjudged it: keep everything and say so.
    if total > 0 && removed_chars * 10 > total * 7 && article.blocks.len() > 2 {
        let c = Cleaned {
            title: article.title.clone(),
            kept: article.blocks.clone(),
            removed: vec![],
        };
        return (c, vec![Warning::NoiseFilterSkipped]);
    }
    let mut c = Cleaned {
        title: article.title.clone(),
        ..Cleaned::default()
    };
    for (b, v) in article.blocks.iter().zip(verdicts) {
        match v {
            Some(k) => c.removed.push((b.clone(), k)),
            None => c.kept.push(b.clone()),
        }
    }
    (c, Vec::new())
}

/// Judges every paragraph; `None` means it belongs to the article.
pub fn classify(article: &Article) -> Vec<Option<NoiseKind>> {
    let stems: Vec<Vec<String>> = article
        .blocks
        .iter()
        .map(|b| content_stems(&b.text))
        .collect();
    // How many paragraphs use each stem; the title counts as one more paragraph.
    let mut df: HashMap<&str, u32> = HashMap::new();
    for s in &stems {
        let mut seen: Vec<&str> = s.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for w in seen {
            *df.entry(w).or_default() += 1;
        }
    }
    let title_stems = article
        .title
        .as_deref()
        .map(content_stems)
        .unwrap_or_default();
    let n_blocks = article.blocks.len();
    let style = Style::of(article);
    let mut seen_lines: std::collections::HashSet<&str> = std::collections::HashSet::new();
    article
        .blocks
        .iter()
        .zip(&stems)
        .map(|(b, s)| {
            let coherence = if n_blocks < 3 || s.is_empty() {
                1.0
            } else {
                let mut own: Vec<&str> = s.iter().map(String::as_str).collect();
                own.sort_unstable();
                own.dedup();
                let shared = own
                    .iter()
                    .filter(|w| {
                        df.get(*w).copied().unwrap_or(0) > 1 || title_stems.iter().any(|t| t == *w)
                    })
                    .count();
                shared as f32 / own.len() as f32
            };
            let repeated = style.opener_count(&b.text) >= 3;
            // A line that already appeared (a caption shown twice, a repeated teaser) adds nothing.
            let n_words = words(&b.text).count();
            if !seen_lines.insert(b.text.as_str())
                && (3..=20).contains(&n_words)
                && !ends_as_sentence(&b.text)
            {
                return Some(NoiseKind::Repeated);
            }
            judge(b, coherence, &style, repeated)
        })
        .collect()
}

/// What the article itself looks like, so a paragraph is judged against its own article: in a
/// list-style page short lines and link lines are the content, not something planted in it.
struct Style {
    /// Share of paragraphs that are short and do not end as sentences.
    short_share: f32,
    /// Share of paragraphs that are mostly link text.
    link_share: f32,
    /// How many paragraphs open with each first word (lower-cased) and its following punctuation.
    openers: HashMap<String, u32>,
}

impl Style {
    fn of(article: &Article) -> Style {
        let n = article.blocks.len().max(1) as f32;
        let short = article
            .blocks
            .iter()
            .filter(|b| words(&b.text).count() <= 25 && !ends_as_sentence(&b.text))
            .count();
        let links = article
            .blocks
            .iter()
            .filter(|b| b.link_density >= 0.6)
            .count();
        let mut openers = HashMap::new();
        for b in &article.blocks {
            *openers.entry(opener(&b.text)).or_insert(0) += 1;
        }
        // Spliced noise is a few lines; a page is list-shaped only when many lines are short.
        let short_share = if short >= 6 { short as f32 / n } else { 0.0 };
        Style {
            short_share,
            link_share: links as f32 / n,
            openers,
        }
    }

    fn opener_count(&self, text: &str) -> u32 {
        self.openers.get(&opener(text)).copied().unwrap_or(0)
    }
}

/// The first word of a paragraph, lower-cased, with the character after it ("q:", "get ").
fn opener(text: &str) -> String {
    let t = text.trim_start();
    let end = t.find(|c: char| !c.is_alphanumeric()).unwrap_or(t.len());
    let mut o = t[..end].to_lowercase();
    if let Some(c) = t[end..].chars().next() {
        o.push(c);
    }
    o
}

fn ends_as_sentence(text: &str) -> bool {
    let text = text.trim_end();
    let last = text.chars().last().unwrap_or(' ');
    matches!(
        last,
        '.' | '"' | '”' | '’' | ')' | ';' | '!' | '?' | ':' | '。' | '！' | '？'
    ) && !text.ends_with("...")
}

/// Crude stems of the content words: lower-cased, first six letters.
fn content_stems(text: &str) -> Vec<String> {
    words(text)
        .map(|w| w.to_lowercase())
        .filter(|w| {
            w.chars().count() >= 3 && !is_stopword(w) && w.chars().any(|c| c.is_alphabetic())
        })
        .map(|w| w.chars().take(6).collect())
        .collect()
}

/// Imperative verbs that open calls to action.
const CTA: &[&str] = &[
    "access",
    "browse",
    "check",
    "click",
    "continue",
    "discover",
    "don't",
    "download",
    "explore",
    "find",
    "follow",
    "get",
    "join",
    "learn",
    "like",
    "listen",
    "read",
    "register",
    "see",
    "share",
    "sign",
    "subscribe",
    "support",
    "tap",
    "try",
    "view",
    "visit",
    "watch",
];
/// Web-interface words: what forms, menus and widgets are made of.
const UI: &[&str] = &[
    "account",
    "alerts",
    "app",
    "article",
    "articles",
    "back",
    "browser",
    "cancel",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "copyright",
    "e-mail",
    "email",
    "facebook",
    "fields",
    "home",
    "homepage",
    "inbox",
    "instagram",
    "leave",
    "linkedin",
    "log",
    "login",
    "menu",
    "navigation",
    "newsletter",
    "next",
    "notifications",
    "notify",
    "page",
    "password",
    "post",
    "posts",
    "previous",
    "print",
    "privacy",
    "published",
    "reply",
    "required",
    "reserved",
    "rights",
    "save",
    "scroll",
    "search",
    "share",
    "sign",
    "skip",
    "stories",
    "submit",
    "subscribe",
    "subscription",
    "telegram",
    "terms",
    "top",
    "twitter",
    "updates",
    "website",
    "whatsapp",
    "youtube",
];
/// Newsroom roles that mark bylines and author bios.
const ROLE: &[&str] = &[
    "author",
    "columnist",
    "contributor",
    "correspondent",
    "editor",
    "journalist",
    "photographer",
    "producer",
    "reporter",
    "reporting",
    "writer",
];
/// Words a timestamp line is made of.
fn is_stamp_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
        || matches!(
            w,
            "updated"
                | "posted"
                | "published"
                | "last"
                | "am"
                | "pm"
                | "a.m"
                | "p.m"
                | "gmt"
                | "utc"
                | "pkt"
                | "ist"
                | "est"
                | "edt"
                | "cst"
                | "cdt"
                | "pst"
                | "pdt"
                | "bst"
                | "cet"
                | "on"
                | "at"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "hours"
                | "ago"
                | "mins"
                | "minutes"
                | "read"
                | "min"
        )
}

/// Words that label a picture credit.
const CREDIT: &[&str] = &[
    "credit",
    "credits",
    "image",
    "images",
    "photo",
    "photograph",
    "photos",
    "picture",
    "pictures",
    "source",
];
/// Words that label a teaser line ("Also read: …", "Related: …").
const LABEL: &[&str] = &[
    "also",
    "latest",
    "more",
    "popular",
    "read",
    "recommended",
    "related",
    "see",
    "trending",
    "watch",
];

fn judge(b: &Block, coherence: f32, style: &Style, repeated: bool) -> Option<NoiseKind> {
    let text = b.text.trim();
    let ws: Vec<&str> = words(text).collect();
    let n = ws.len();
    if n == 0 {
        return None;
    }
    let lower: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
    let ends_sentence = ends_as_sentence(text);
    let ui_hits = lower.iter().filter(|w| UI.contains(&w.as_str())).count();
    let role_hits = lower.iter().filter(|w| ROLE.contains(&w.as_str())).count();
    let capitalised = ws
        .iter()
        .filter(|w| w.chars().count() >= 4 && !is_stopword(&w.to_lowercase()))
        .collect::<Vec<_>>();
    let title_case = if capitalised.is_empty() {
        0.0
    } else {
        capitalised
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count() as f32
            / capitalised.len() as f32
    };
    let first = lower[0].as_str();
    let has_handle = text
        .split_whitespace()
        .any(|t| t.starts_with('@') && t.len() > 2);
    let label_colon = text
        .find(':')
        .filter(|&i| i < 30)
        .map(|i| {
            let ws: Vec<String> = words(&text[..i]).map(|w| w.to_lowercase()).collect();
            ws.iter().any(|w| LABEL.contains(&w.as_str()))
                && ws
                    .iter()
                    .all(|w| LABEL.contains(&w.as_str()) || w.len() <= 4)
        })
        .unwrap_or(false);

    // Forms: short lines dense in form vocabulary ("Leave a Reply", "Required fields are marked").
    let form_words = lower
        .iter()
        .filter(|w| {
            matches!(
                w.as_str(),
                "comment"
                    | "comments"
                    | "reply"
                    | "email"
                    | "e-mail"
                    | "required"
                    | "fields"
                    | "website"
                    | "cancel"
                    | "submit"
                    | "notify"
                    | "browser"
                    | "newsletter"
                    | "inbox"
                    | "subscribe"
                    | "password"
                    | "leave"
                    | "post"
                    | "save"
                    | "marked"
                    | "sign"
                    | "login"
                    | "log"
            )
        })
        .count();
    if (n <= 30 && form_words >= 2 && form_words * 5 >= n)
        || (n <= 4 && form_words >= 1 && !ends_sentence)
    {
        return Some(NoiseKind::Form);
    }
    // Navigation: a few words, no sentence, most of them interface words ("Scroll to Top").
    if n <= 6 && !ends_sentence && ui_hits * 2 >= n.max(2) - (n > 2) as usize {
        return Some(NoiseKind::Navigation);
    }
    // Bylines and bios: "By Jane Doe", "Jane Doe is a correspondent … Follow her @jdoe".
    // Timestamps: "Updated 5:27 am CST, Wednesday, November 20, 2019", "Posted Nov 19, 6:51 AM".
    let stamp_words = lower.iter().filter(|w| is_stamp_word(w)).count();
    let named_stamp = lower
        .iter()
        .filter(|w| is_stamp_word(w) && !w.chars().all(|c| c.is_ascii_digit()))
        .count();
    if n <= 16 && named_stamp >= 2 && stamp_words * 10 >= n * 7 {
        return Some(NoiseKind::Byline);
    }
    // Credits: "Photo: Jane Doe/AFP", "Image courtesy of …".
    let credit =
        text.find(':').filter(|&i| i < 20).is_some_and(|i| {
            words(&text[..i]).all(|w| CREDIT.contains(&w.to_lowercase().as_str()))
        }) || CREDIT.contains(&first)
            && lower
                .get(1)
                .is_some_and(|w| w == "courtesy" || w == "by" || w == "credit");
    // "Getty Images", "Image 3 of 8": a credit word and nothing but names or numbers.
    let gallery = n <= 5
        && lower.iter().any(|w| CREDIT.contains(&w.as_str()))
        && !ends_sentence
        && (n <= 3 || text.chars().any(|c| c.is_ascii_digit()));
    if (credit && n <= 14) || gallery {
        return Some(NoiseKind::Byline);
    }
    if repeated {
        // A shape the article repeats ("Q:", "See it now:", "Аккаунт: @…") is its structure.
        return None;
    }
    // "By Jane Doe", "Written by Jane Doe", "Additional reporting by Jane Doe in Kabul".
    let by_name = lower
        .iter()
        .take(4)
        .position(|w| w == "by")
        .is_some_and(|i| {
            ws.iter()
                .skip(i + 1)
                .take(2)
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && ws.len() > i + 2
        });
    if by_name && n <= 14 && (!ends_sentence || n <= 8 || coherence < 0.5) {
        return Some(NoiseKind::Byline);
    }
    if (role_hits >= 1 || has_handle)
        && n <= 60
        && coherence < 0.5
        && (role_hits + has_handle as usize) * 12 >= n.min(24)
    {
        return Some(NoiseKind::Byline);
    }
    if has_handle && n <= 30 && coherence < 0.5 {
        return Some(NoiseKind::Byline);
    }
    // Links: a line that is mostly link text and short enough to be a list of other stories.
    if b.link_density >= 0.6 && n <= 30 && style.link_share < 0.25 {
        return Some(NoiseKind::Links);
    }
    // Teasers: a label ("Also read:") or an imperative opener, on a line that is not a sentence of
    // this article.
    let cta_start = CTA.contains(&first)
        && lower
            .get(1)
            .is_some_and(|w| !w.ends_with("ed") && w != "by");
    if label_colon && n <= 30 && (coherence < 0.8 || b.link_density > 0.3) {
        return Some(NoiseKind::Teaser);
    }
    if cta_start
        && n <= 25
        && (!ends_sentence || b.link_density > 0.3 || coherence < 0.5 || ui_hits >= 1)
    {
        return Some(NoiseKind::Teaser);
    }
    // Very short lines made of interface words that the article does not otherwise use.
    if n <= 6 && ui_hits + form_words >= 1 && coherence < 0.5 {
        return Some(if form_words > 0 {
            NoiseKind::Form
        } else {
            NoiseKind::Navigation
        });
    }
    // Spliced headlines: short, not ending as a sentence, and sharing little with the article.
    let numbered = text.starts_with(|c: char| c.is_ascii_digit()) && text.contains([')', '.']);
    if (3..=25).contains(&n)
        && !ends_sentence
        && b.kind != BlockKind::ListItem
        && !numbered
        && style.short_share < 0.3
    {
        let limit = if title_case > 0.6 { 0.55 } else { 0.45 };
        if coherence < limit {
            return Some(NoiseKind::Headline);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article about a border clash, with `line` spliced into the middle.
    fn verdict(line: &str, link_density: f32) -> Option<NoiseKind> {
        let body = [
            "Pakistani security forces exchanged fire with Afghan Taliban fighters near the Chaman border crossing on Sunday, officials said.",
            "The clash at the crossing lasted several hours and left the border closed to trade, according to local officials in Chaman.",
            "Traders said hundreds of trucks were stranded on both sides of the border as the crossing stayed closed for a second day.",
            line,
            "Officials from both sides met at the crossing on Monday to discuss reopening the border to trade and pedestrians.",
            "The Chaman crossing is one of the busiest trade routes between Pakistan and Afghanistan, officials said.",
        ];
        let mut a = crate::extract::extract_text(&body.join("\n\n"));
        a.blocks[3].link_density = link_density;
        classify(&a)[3]
    }

    #[test]
    fn each_noise_type_is_removed() {
        let cases: &[(&str, f32, NoiseKind)] = &[
            ("Scroll to Top", 0.0, NoiseKind::Navigation),
            ("Back to top ↑", 0.0, NoiseKind::Navigation),
            ("Next article", 0.0, NoiseKind::Navigation),
            ("Leave a Reply", 0.0, NoiseKind::Form),
            (
                "Your email address will not be published. Required fields are marked *",
                0.0,
                NoiseKind::Form,
            ),
            ("Sign up for our daily newsletter", 0.0, NoiseKind::Form),
            (
                "Find out more about our coverage of South Asia",
                0.0,
                NoiseKind::Teaser,
            ),
            (
                "Also read: Inflation eases in Punjab as wheat prices fall",
                0.0,
                NoiseKind::Teaser,
            ),
            ("Click here to download the app", 0.0, NoiseKind::Teaser),
            ("By Ayesha Khan and Tom Reid", 0.0, NoiseKind::Byline),
            (
                "Ayesha Khan is a senior correspondent covering politics and culture. Follow her @ayeshakhan",
                0.0,
                NoiseKind::Byline,
            ),
            (
                "Cricket board names new captain ahead of England tour",
                0.0,
                NoiseKind::Headline,
            ),
            (
                "Stock Market Closes Higher On Banking Rally",
                0.0,
                NoiseKind::Headline,
            ),
            (
                "Opinion: Why Monsoon Floods Keep Catching Cities Off Guard",
                1.0,
                NoiseKind::Links,
            ),
        ];
        for (line, ld, want) in cases {
            assert_eq!(verdict(line, *ld), Some(*want), "{line}");
        }
    }

    #[test]
    fn article_paragraphs_are_kept() {
        for line in [
            "Local officials said the border crossing would reopen once talks concluded.",
            "Border trade resumes at Chaman",
            "\"We have lost everything,\" said one trader stranded at the crossing.",
            "Read by officials at the crossing, the statement called for calm.",
        ] {
            assert_eq!(verdict(line, 0.0), None, "{line}");
        }
    }

    #[test]
    fn filter_that_would_remove_most_of_an_article_keeps_it() {
        let a =
            crate::extract::extract_text("Home\n\nMenu\n\nScroll to Top\n\nBack to top\n\nA note.");
        let (c, w) = clean(&a);
        assert_eq!(c.kept.len(), 5);
        assert_eq!(w, vec![Warning::NoiseFilterSkipped]);
    }
}
