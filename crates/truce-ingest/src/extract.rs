//! Article bytes (HTML or plain text) → title and paragraphs.
//!
//! HTML goes through dom_smoothie (a Readability port) to find the main content, then our own
//! walk of that content turns block elements into paragraphs and records how much of each one is
//! link text (the noise pass uses it). Plain text is split at blank lines, or at line breaks when
//! the text has no blank lines.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

use crate::Warning;
use crate::text::squash;

/// What kind of block a paragraph came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text (`<p>`, `<div>` text, a plain-text paragraph).
    Text,
    /// A heading (`<h1>`..`<h6>`).
    Heading,
    /// A list item.
    ListItem,
    /// A quotation or preformatted block.
    Quote,
}

/// One paragraph of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The text, whitespace collapsed.
    pub text: String,
    /// Share of the text's characters that sit inside links (0 for plain-text input).
    pub link_density: f32,
    /// Where the paragraph came from.
    pub kind: BlockKind,
}

/// An extracted article: its title (when known) and paragraphs in reading order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// The page title, when the input had one.
    pub title: Option<String>,
    /// Paragraphs of the main content, in order.
    pub blocks: Vec<Block>,
}

/// Returns true when `input` looks like HTML rather than plain text.
pub fn looks_like_html(input: &str) -> bool {
    let mut cut = input.len().min(4096);
    while !input.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &input[..cut];
    let lower = head.to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<body",
        "<head",
        "<p>",
        "<p ",
        "<div",
        "<article",
        "<br",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

/// Extracts an article from raw bytes, sniffing HTML or plain text.
pub fn extract(input: &[u8]) -> (Article, Vec<Warning>) {
    let mut warnings = Vec::new();
    let text = match std::str::from_utf8(input) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => {
            warnings.push(Warning::InvalidUtf8);
            String::from_utf8_lossy(input)
        }
    };
    let (article, more) = if looks_like_html(&text) {
        extract_html(&text)
    } else {
        (extract_text(&text), Vec::new())
    };
    warnings.extend(more);
    if article.blocks.is_empty() {
        warnings.push(Warning::Empty);
    }
    (article, warnings)
}

/// Plain text: paragraphs at blank lines; one paragraph per line when there are no blank lines.
pub fn extract_text(text: &str) -> Article {
    let text = text.replace("\r\n", "\n");
    let has_blank = text.split('\n').any(|l| l.trim().is_empty())
        && text.split("\n\n").filter(|p| !p.trim().is_empty()).count() > 1;
    let parts: Vec<&str> = if has_blank {
        text.split("\n\n").collect()
    } else {
        text.split('\n').collect()
    };
    let blocks = parts
        .into_iter()
        .map(squash)
        .filter(|p| !p.is_empty())
        .map(|text| Block {
            text,
            link_density: 0.0,
            kind: BlockKind::Text,
        })
        .collect();
    Article {
        title: None,
        blocks,
    }
}

/// The element dom_smoothie leaves the extracted content in (Readability.js's convention).
const CONTENT_ROOT: &str = "#readability-page-1";

/// Removes `<script>` and `<style>` elements, except JSON-LD scripts (dom_smoothie reads the
/// title and byline metadata from them), comments, inline `<svg>` icons and the page's
/// `<nav>`, `<aside>` and `<footer>` chrome before the page is parsed (icons are 8 % of the
/// benchmark pages' bytes once scripts are gone, and their only text is labels such as
/// "Share"; menus, side boxes and footers are a fifth of the parse and scoring, and no line of
/// the benchmark's stories is in one: cutting them changed no extraction but one page's
/// precision in the fourth decimal).
///
/// Why: more than half of a news page's bytes are inline scripts and style sheets (55 % over
/// the extraction benchmark's pages), which the HTML parser tokenizes character by character
/// into text nodes only for Readability to delete them again first thing. Cutting them out with
/// a byte search is the same document for extraction at a fraction of the parse. Hand-written
/// because the job is a few lines of byte search; an HTML rewriting crate would tokenize the
/// whole page again. A script whose text holds `<!--` is left to the parser (inside it the
/// first `</script>` may not be its end).
fn strip_raw_text_elements(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut at = 0;
    while let Some(rel) = html[at..].find('<') {
        let start = at + rel;
        at = start + 1;
        if b[start + 1..].starts_with(b"!--") {
            // A comment: nothing of it reaches the page's text.
            let Some(rel_end) = memchr::memmem::find(&b[start + 4..], b"-->") else {
                break;
            };
            let end = start + 4 + rel_end + 3;
            out.push_str(&html[copied..start]);
            copied = end;
            at = end;
            continue;
        }
        if let Some(name) = [&b"svg"[..], b"nav", b"aside", b"footer"]
            .into_iter()
            .find(|name| starts_with_tag(&b[start + 1..], name))
        {
            if let Some(end) = element_end(html, start, name) {
                out.push_str(&html[copied..start]);
                copied = end;
                at = end;
            }
            continue;
        }
        let name = if starts_with_tag(&b[start + 1..], b"script") {
            "script"
        } else if starts_with_tag(&b[start + 1..], b"style") {
            "style"
        } else {
            continue;
        };
        let Some(open_end) = tag_end(b, start + 1 + name.len()) else {
            break;
        };
        let Some(close) = find_end_tag(html, open_end, name.as_bytes()) else {
            break;
        };
        let Some(close_end) = tag_end(b, close + 2 + name.len()) else {
            break;
        };
        let body = &html[open_end..close];
        let keep = (name == "script"
            && html[start..open_end]
                .to_ascii_lowercase()
                .contains("ld+json"))
            || memchr::memmem::find(body.as_bytes(), b"<!--").is_some();
        if !keep {
            out.push_str(&html[copied..start]);
            copied = close_end;
        }
        at = close_end;
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    std::borrow::Cow::Owned(out)
}

/// The index just past the end of the inline `<svg>` element that opens at `start`, when it
/// holds no other `<svg>` (one that does is left to the parser, as is one never closed).
fn element_end(html: &str, start: usize, name: &[u8]) -> Option<usize> {
    let b = html.as_bytes();
    let open_end = tag_end(b, start + 1 + name.len())?;
    if b[..open_end].ends_with(b"/>") {
        return Some(open_end);
    }
    let close = find_end_tag(html, open_end, name)?;
    let inner = &b[open_end..close];
    if inner
        .windows(name.len() + 1)
        .any(|w| w[0] == b'<' && w[1..].eq_ignore_ascii_case(name))
    {
        return None;
    }
    tag_end(b, close + 2 + name.len())
}

/// Whether `rest` opens with the tag name `name` (any case) followed by the end of the name.
fn starts_with_tag(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name)
        && matches!(
            rest[name.len()],
            b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'
        )
}

/// The index just past the `>` that closes the tag whose attributes start at `from`, skipping
/// quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &c) in b.iter().enumerate().skip(from) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The index of the `</name` that ends a raw-text element whose text starts at `from`.
fn find_end_tag(html: &str, from: usize, name: &[u8]) -> Option<usize> {
    // memchr's vectorised search: a script's text is most of a page's bytes, and the standard
    // library's substring search read them several times slower.
    let b = html.as_bytes();
    memchr::memmem::find_iter(&b[from..], b"</")
        .map(|rel| from + rel)
        .find(|&i| starts_with_tag(&b[i + 2..], name))
}

/// HTML: the main content found by dom_smoothie, walked into paragraphs.
pub fn extract_html(html: &str) -> (Article, Vec<Warning>) {
    let html = &*strip_raw_text_elements(html);
    let mut warnings = Vec::new();
    let cfg = Config {
        max_elements_to_parse: 0,
        // Class names stay so that the walk can skip captions, share bars and related-story
        // boxes that sites mark by class (see `is_chrome`).
        keep_classes: true,
        ..Config::default()
    };
    // The walk reads the content node inside dom_smoothie's own document after the parse, rather
    // than parsing the serialised content a second time (a second HTML parse cost about a fifth
    // of the time per article).
    let parsed = Readability::new(html, None, Some(cfg)).and_then(|mut r| {
        let a = r.parse()?;
        let mut blocks = Vec::new();
        let content = r.doc.select(CONTENT_ROOT);
        match content.nodes().first() {
            Some(root) => walk_root(root, &mut blocks),
            None => {
                let doc = Document::from(a.content.as_ref());
                walk_root(&doc.root(), &mut blocks);
            }
        }
        Ok((a, blocks))
    });
    match parsed {
        Ok((a, blocks)) => {
            let title = Some(squash(&a.title)).filter(|t| !t.is_empty());
            if !blocks.is_empty() {
                return (Article { title, blocks }, warnings);
            }
            warnings.push(Warning::NoMainContent {
                reason: "empty main content".into(),
            });
        }
        Err(e) => warnings.push(Warning::NoMainContent {
            reason: e.to_string(),
        }),
    }
    // Fallback: every text block of the body, chrome included; the noise pass still runs.
    let doc = Document::from(html);
    let mut blocks = Vec::new();
    let body = doc.select("body");
    match body.nodes().first() {
        Some(b) => walk_root(b, &mut blocks),
        None => walk_root(&doc.root(), &mut blocks),
    }
    let title = doc
        .select("title")
        .nodes()
        .first()
        .map(|t| squash(&t.text()))
        .filter(|t| !t.is_empty());
    (Article { title, blocks }, warnings)
}

/// Accumulates inline text until a block boundary.
#[derive(Default)]
struct Buf {
    text: String,
    link_chars: usize,
    kind: Option<BlockKind>,
}

fn walk_root(root: &NodeRef, out: &mut Vec<Block>) {
    let mut buf = Buf::default();
    // A wrapper whose class looks like chrome but that holds most of the text is the article
    // (a site that puts its story in `<div class="post ad-slot-wrapper">`).
    let limit = root.text().len() / 2;
    walk(root, out, &mut buf, false, limit);
    flush(out, &mut buf);
}

fn flush(out: &mut Vec<Block>, buf: &mut Buf) {
    let text = squash(&buf.text);
    if !text.is_empty() && text.chars().any(|c| c.is_alphanumeric()) {
        let total = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
        out.push(Block {
            link_density: (buf.link_chars as f32 / total as f32).min(1.0),
            kind: buf.kind.unwrap_or(BlockKind::Text),
            text,
        });
    }
    *buf = Buf::default();
}

fn block_kind(tag: &str) -> Option<BlockKind> {
    Some(match tag {
        "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "table" | "tr"
        | "td" | "th" | "dd" | "dt" | "dl" | "figcaption" | "figure" | "ul" | "ol" | "form"
        | "center" | "address" | "aside" | "nav" | "details" | "summary" | "caption" => {
            BlockKind::Text
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" => BlockKind::ListItem,
        "blockquote" | "pre" => BlockKind::Quote,
        _ => return None,
    })
}

/// Page furniture that sites mark by class or id: captions and credits, galleries, share bars,
/// related-story boxes, timestamps. Matched on whole hyphen/underscore-separated parts, so
/// "article-body" is not "body" chrome and "shared" is not "share".
fn is_chrome(node: &NodeRef) -> bool {
    const PARTS: &[&str] = &[
        "caption",
        "credit",
        "credits",
        "gallery",
        "share",
        "sharing",
        "social",
        "related",
        "promo",
        "newsletter",
        "timestamp",
        "dateline",
        "byline",
        "tags",
        "copyright",
        "advert",
        "ad",
        "ads",
        "sponsored",
        "recommended",
        "trending",
        "comments",
        "subscribe",
        "breadcrumb",
        "breadcrumbs",
        "author",
        "toolbar",
        "modal",
        "popup",
    ];
    let mut names = String::new();
    if let Some(c) = node.attr("class") {
        names.push_str(&c);
    }
    if let Some(i) = node.attr("id") {
        names.push(' ');
        names.push_str(&i);
    }
    if names.is_empty() {
        return false;
    }
    names
        .to_ascii_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .any(|part| PARTS.contains(&part))
}

fn walk(node: &NodeRef, out: &mut Vec<Block>, buf: &mut Buf, in_link: bool, limit: usize) {
    for child in node.children_it(false) {
        if child.is_text() {
            let t = child.text();
            if in_link {
                buf.link_chars += t.chars().filter(|c| !c.is_whitespace()).count();
            }
            buf.text.push_str(&t);
            continue;
        }
        if !child.is_element() {
            continue;
        }
        let tag = child
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        match tag.as_str() {
            "script" | "style" | "noscript" | "template" | "svg" | "button" | "select"
            | "textarea" | "iframe" | "head" | "title" | "meta" | "link" | "input" | "figure"
            | "figcaption" => continue,
            _ if is_chrome(&child) && child.text().len() < limit => continue,
            "br" | "hr" => {
                flush(out, buf);
                continue;
            }
            _ => {}
        }
        match block_kind(&tag) {
            Some(kind) => {
                flush(out, buf);
                buf.kind = Some(kind);
                walk(&child, out, buf, in_link, limit);
                flush(out, buf);
            }
            None => {
                // Inline element: keep words apart where the markup separated them.
                if matches!(tag.as_str(), "span" | "a" | "em" | "strong" | "b" | "i") {
                    walk(&child, out, buf, in_link || tag == "a", limit);
                } else {
                    buf.text.push(' ');
                    walk(&child, out, buf, in_link || tag == "a", limit);
                    buf.text.push(' ');
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_styles_are_cut_before_the_parse_and_json_ld_stays() {
        let page = concat!(
            "<html><head><STYLE type=\"text/css\">p { color: red }</STYLE>",
            "<script type=\"application/ld+json\">{\"headline\": \"Talks\"}</script>",
            "<script data-x=\"a>b\">var s = '<p>not text</p>';</script ></head>",
            "<body><p>Talks resumed.</p><scripted>kept</scripted></body></html>"
        );
        let out = strip_raw_text_elements(page);
        assert!(
            !out.contains("color: red") && !out.contains("not text"),
            "{out}"
        );
        assert!(
            out.contains("ld+json") && out.contains("\"headline\""),
            "{out}"
        );
        assert!(out.contains("<p>Talks resumed.</p>") && out.contains("<scripted>kept"));
        // A script holding a comment opener, and one never closed, are left to the parser.
        let tricky = "<script><!-- document.write('<script></script>') --></script><p>x</p>";
        assert_eq!(strip_raw_text_elements(tricky), tricky);
        let open = "<p>x</p><script>var a = 1;";
        assert_eq!(strip_raw_text_elements(open), open);
        // A page without either is borrowed, not copied.
        assert!(matches!(
            strip_raw_text_elements("<p>x</p>"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn comments_and_inline_icons_are_cut_before_the_parse() {
        let page = concat!(
            "<body><!-- ad slot 3 --><p>Talks <!--x-->resumed.</p>",
            "<a href=\"/share\"><SVG viewBox=\"0 0 9 9\"><title>Share</title><path d=\"M0\"/></SVG>",
            "Share</a><svg/><p>End.</p></body>"
        );
        let out = strip_raw_text_elements(page);
        assert_eq!(
            out,
            "<body><p>Talks resumed.</p><a href=\"/share\">Share</a><p>End.</p></body>"
        );
        // An icon holding another inline SVG is left to the parser, all but the inner one; one
        // never closed is left whole.
        let nested = "<svg><svg><path/></svg></svg><p>x</p>";
        assert_eq!(strip_raw_text_elements(nested), "<svg></svg><p>x</p>");
        let open = "<p>x</p><svg><path/>";
        assert_eq!(strip_raw_text_elements(open), open);
        let (a, _) = extract_html(page);
        let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.iter().all(|t| !t.contains("ad slot")), "{texts:?}");
    }

    #[test]
    fn menus_side_boxes_and_footers_are_cut_before_the_parse() {
        let page = concat!(
            "<body><NAV class=\"top\"><a href=\"/\">Home</a></NAV><p>Talks resumed.</p>",
            "<aside><h3>Most read</h3><p>Other story</p></aside><p>End.</p>",
            "<footer>© Gazette</footer><navbar>kept</navbar></body>"
        );
        assert_eq!(
            strip_raw_text_elements(page),
            "<body><p>Talks resumed.</p><p>End.</p><navbar>kept</navbar></body>"
        );
        // A menu holding another menu is left to the parser, as is one never closed.
        let nested = "<nav><nav>x</nav></nav><p>y</p>";
        assert_eq!(strip_raw_text_elements(nested), "<nav></nav><p>y</p>");
        let open = "<p>x</p><footer>© Gazette";
        assert_eq!(strip_raw_text_elements(open), open);
    }

    #[test]
    fn cutting_scripts_changes_nothing_that_is_extracted() {
        let body = concat!(
            "<body><article><h1>Talks resume</h1>",
            "<p>Officials from both sides met at the crossing on Monday to discuss reopening ",
            "the border to trade and pedestrians, according to officials in Chaman.</p>",
            "SCRIPT",
            "<p>Traders said hundreds of trucks were stranded on both sides of the border as ",
            "the crossing stayed closed for a second day.</p></article></body></html>"
        );
        let head = "<html><head><title>Talks resume</title>";
        let with = format!(
            "{head}<script>var x = \"<p>Ad text</p>\";</script><style>.a{{}}</style></head>{}",
            body.replace("SCRIPT", "<script>document.write('x')</script>")
        );
        let without = format!("{head}</head>{}", body.replace("SCRIPT", ""));
        let texts = |html: &str| {
            let (a, _) = extract_html(html);
            (
                a.title,
                a.blocks.into_iter().map(|b| b.text).collect::<Vec<_>>(),
            )
        };
        let (title, blocks) = texts(&with);
        assert_eq!((title.clone(), blocks.clone()), texts(&without));
        assert_eq!(title.as_deref(), Some("Talks resume"));
        assert_eq!(blocks.len(), 2, "{blocks:?}");
    }

    #[test]
    fn plain_text_splits_at_blank_lines_else_lines() {
        let a = extract_text("One line\nstill one.\n\nTwo.");
        assert_eq!(a.blocks.len(), 2);
        assert_eq!(a.blocks[0].text, "One line still one.");
        let b = extract_text("First.\nSecond.\n");
        assert_eq!(
            b.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
            ["First.", "Second."]
        );
    }

    #[test]
    fn html_main_content_with_link_density() {
        let body = "Security forces said the attack on the check post in the district began before dawn and lasted several hours. ".repeat(4);
        let html = format!(
            "<html><head><title>Attack</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>\
             <article><h1>Attack</h1><p>{body}</p><p><a href='/x'>Find out more about the border</a></p><p>{body}</p></article>\
             <footer>Copyright</footer></body></html>"
        );
        let (a, w) = extract(html.as_bytes());
        assert!(w.is_empty(), "{w:?}");
        let link = a
            .blocks
            .iter()
            .find(|b| b.text.starts_with("Find out"))
            .expect("teaser kept by extractor");
        assert!(link.link_density > 0.9);
        assert!(a.blocks.iter().all(|b| !b.text.contains("Copyright")));
    }

    #[test]
    // (dom_smoothie turns a `<div>` holding only text into a `<p>` without its class, so the
    // chrome here is on `<p>` elements.)
    fn chrome_classes_are_skipped_unless_they_hold_the_article() {
        let para = "Officials said the border crossing reopened to trade on Monday after talks between the two sides, and trucks began to move again. ";
        let html = format!(
            "<html><body><div class='post ad-wrapper'><article><p>{p}</p>\
             <p class='share-bar'>Share on Facebook Share on X</p>\
             <p class='photo-credit'>Jane Doe</p><p>{p}</p><p>{p}</p></article></div></body></html>",
            p = para.repeat(3)
        );
        let (a, _) = extract(html.as_bytes());
        assert_eq!(a.blocks.len(), 3, "{:?}", a.blocks);
        assert!(a.blocks.iter().all(|b| b.text.starts_with("Officials")));
    }

    #[test]
    fn sniffing_never_splits_a_character() {
        // Found by the noise evaluation: a multi-byte character across byte 4096 panicked.
        let text = format!("{}— and more", "a".repeat(4095));
        let (a, _) = extract(text.as_bytes());
        assert_eq!(a.blocks.len(), 1);
    }

    #[test]
    fn invalid_utf8_and_empty_input_warn() {
        let (_, w) = extract(b"abc \xff def");
        assert!(w.contains(&Warning::InvalidUtf8));
        let (a, w) = extract(b"   ");
        assert!(a.blocks.is_empty());
        assert!(w.contains(&Warning::Empty));
    }
}
