//! The learned part of the noise pass: a logistic regression over each paragraph's measured
//! features, which takes the final decision for every paragraph the structural rules (repeats,
//! related-story boxes, section links) have not already settled.
//!
//! Why a model on top of the rules: the rules are hand-set thresholds, one feature at a time, and
//! each new site's wording fell between them. The model weighs the same measurements together
//! (the rule verdicts are among its inputs, so it can keep what they know and overrule them where
//! the other features disagree) with weights fitted to labelled lines instead of set by eye.
//!
//! The weights are data (`data/noise_model.tsv`), written by the committed training routine
//! `cargo run --release -p truce-ingest --example eval -- --train`, which fits them on the TUNING
//! splits of the noise set only (benchmark pages 0–a, tuning templates): see `examples/eval.rs`.
//! Features are scaled by construction to about 0..1, so no standardisation is stored.

use std::sync::LazyLock;

use super::{Features, Lexical, NoiseKind, Style};
use crate::extract::{Block, BlockKind};
use crate::text::{is_stopword, lower, words};

/// The named inputs, in the order of `data/noise_model.tsv`; each name says what the value is.
/// The hashed word and character-trigram inputs of short lines (`ngram_bag`) follow them.
pub const FEATURES: &[&str] = &[
    "bias",
    // The rules' verdict (`judge`), one indicator per kind.
    "rule_headline",
    "rule_teaser",
    "rule_form",
    "rule_navigation",
    "rule_byline",
    "rule_links",
    // Fit with the article.
    "coherence",
    "near",
    "next",
    "incoherent_short_line",
    "new_names_share",
    "title_case",
    "title_case_incoherent",
    // Length and shape.
    "words_over_60",
    "at_most_3_words",
    "at_most_8_words",
    "ends_sentence",
    "ends_question_or_bang",
    "between_running_sentences",
    "starts_with_quote",
    "has_digits",
    "list_item",
    "heading",
    // Markup and place on the page.
    "link_density",
    "position",
    "first_or_last",
    "repeated_opener",
    "page_short_share",
    "page_link_share",
    // Vocabulary.
    "label_colon",
    "call_to_action",
    "interface_share",
    "form_share",
    "role_or_handle",
    "addresses_reader",
    // Shapes that no word list names.
    "unseen_words",
    "unseen_short_line",
    "stopword_share",
    "short_label_colon",
    "pipe_or_arrow",
    "ends_ellipsis",
    "all_words_capitalised",
    "numbered",
    "short_with_interface_word",
    "title_case_question",
    "label_then_title_case",
    "site_suffix",
    // Shapes of running prose against headline and label shape, whatever the words.
    "opens_with_new_name",
    "several_sentences",
    "no_article_or_auxiliary",
    "quotes_inside",
    // A short full sentence ("Comments are closed.", an author's one-line bio) passes every
    // test of prose shape, so its fit with the article is weighed apart from a long one's.
    "short_sentence_incoherent",
    "short_sentence_unseen_words",
    "short_open_no_article_or_auxiliary",
    // Since the fifth round: how the page's short lines are laid out. A story's subheadings
    // recur at intervals, each with its words coming back in the section below it; a spliced
    // line stands alone and its words do not come back.
    "short_open_section",
    "short_open_peers",
    "short_open_spaced_peers",
    // Since the eighth round: a line that opens by pointing back into the text ("This has
    // left…", "But officials…", "They said…") continues the article; a spliced line cannot.
    "opens_with_reference",
    "opens_with_name_not_in_prose",
    "site_voice",
    // Since the twelfth round: how much the line's words belong to web interfaces rather than
    // to English at large, by the lexicon built from software's own interface strings
    // (`data/interface_lexicon.tsv`): the highest word, the mean over its content words, and
    // that mean again on lines of at most twelve words (all zero over 25 words).
    "interface_lexicon_max",
    "interface_lexicon_mean",
    "interface_lexicon_short",
    // Credit lines: "Graphic design: Jane Roe", "Audio produced by Jane Roe in London".
    "label_then_name",
    "by_name",
    // A widget's count or position on a few words ("Likes (34)", "Slide 5 / 11", "3 of 9").
    "counter",
    // The words sites name their menu sections with (`data/section_lexicon.tsv`), on short
    // lines that do not end as sentences: their mean score, and whether every content word is
    // one ("Politics Business Weather Sport Arts").
    "section_lexicon_mean",
    "all_section_words",
    // A status message's interjection: "Oops! …", "Done! …", "Thank you! …".
    "opens_with_exclamation",
    // A short sentence's highest interface-lexicon score: a widget's message ("That password
    // needs a symbol.") is a sentence, but one about the page, not the story.
    "short_sentence_interface_max",
    // A short line in capitals on a page that sets at least two other short lines in capitals:
    // the page's own subheading style ("CLOSEOUT SEQUENCE", "TIP-INS").
    "capitals_like_its_peers",
    // Since the eighteenth round: a pictograph or technical symbol (🎧 📲 ▶ ⚙), how promos and
    // widgets mark themselves and stories seldom write; and a clock time on a line of at most
    // 25 words ("Posted 6:42 AM", "lands at 05:30 GMT"), a page's timestamp or schedule.
    "pictograph",
    "clock_time",
    // A price per period on a line of at most 25 words ("from $3/month", "€9.99 a month"): a
    // subscription or membership offer.
    "price_per_period",
    // A publication's product and its schedule on a line of at most 30 words ("the Morning
    // Brief lands six days a week", "new episodes every Thursday", "a Sunday postcard"): a
    // newsletter, podcast or app promo, however it is worded.
    "product_schedule",
    // A product of the site named on a line of at most 30 words ("Ledgerline's app", "the Kit
    // Drawer podcast", "our Morning Brief"): a product noun after a name or capitalised.
    "named_product",
    // Since the twenty-eighth round: the page speaking of itself or its newsroom, unquoted ("this
    // article", "this poll", "our reporters", "our listeners"): notes, disclaimers and promos do;
    // a story seldom does (0.7 % of the benchmark's story lines, most of them republication notes).
    "speaks_of_itself",
    // A line of at most forty words about the page's comments or their moderation ("Comments
    // stay hidden until a moderator …", "Commenting is disabled here"); a story's "declined to
    // comment" or "request for comment" is not counted.
    "about_comments",
    // The site's own "we", "us" or "our", unquoted, on a line of at most forty words: 4 % of the
    // benchmark's story lines (blogs and reviews write so), 12 % of the noise templates' lines.
    "first_person_plural",
];

/// Number of named inputs.
pub const NAMED: usize = FEATURES.len();

/// Buckets of the hashed bag of words and character trigrams of short lines.
///
/// Why: over the named inputs alone the model cannot tell a short interface line ("Report
/// abuse", "Full screen") from a story's own short subheading, since both are short, unseen and
/// incoherent; what separates them is their words. A bag of *character trigrams* learns the
/// interface vocabulary in a form that carries over to other wordings ("subscribe",
/// "subscription" and "subscriber" share most trigrams; "sign in" and "sign up" share a word),
/// and hashing into a fixed number of buckets keeps the weights a small, committed vector
/// fitted reproducibly on the tuning sets, not a list of known lines.
pub const NGRAM_BUCKETS: usize = 512;

/// Lines of at most this many words get the bag: a story's long prose is judged by its fit and
/// shape, and its topic words must not be learned as signs of anything. (Eight and ten words
/// did alike in the tuning cross-check up to the seventeenth round. In the nineteenth, with 34
/// tuning sets and 19 former held-out sets to learn from, the reach went to thirty words: the
/// cross-check removed 93.3 % of the text noise at eight words, 94.1 % at sixteen, 95.0 % at
/// thirty and 95.3 % at sixty, losing 1.16–1.18 % of text paragraphs each time; in HTML 95.6,
/// 96.3, 96.6 and 96.7 %. Promos and notices of two sentences, "Paying members also get our
/// Friday digest …", are interface text as much as a button is.)
pub const NGRAM_MAX_WORDS: usize = 30;

/// Number of inputs: the named ones, the buckets, then the named ones again on lines that end
/// as sentences (zero on the others).
///
/// Why the second copy: one weight per input served two kinds of line badly. On a line that
/// ends as a sentence, a promo or a widget's message written as prose has to be told from the
/// story's own sentences; on a line that does not, an interface label or another story's
/// headline from the story's subheadings. The same input (coherence, unseen words, a name the
/// prose never uses) weighs differently in the two, and the copy lets the fit give each its own
/// weight: in the twenty-sixth round's cross-check between the tuning splits, at 0.5 % of true
/// lines removed, the model fitted on one split ranked 82.4 % and 88.5 % of the other's noise
/// lines above them, against 78.9 % and 84.8 % with one copy.
pub const D: usize = NAMED + NGRAM_BUCKETS + NAMED;

/// Where the sentence lines' copy of the named inputs starts.
pub const SENTENCE_COPY: usize = NAMED + NGRAM_BUCKETS;

/// The name of input `j` in `data/noise_model.tsv`.
pub fn feature_name(j: usize) -> std::borrow::Cow<'static, str> {
    match FEATURES.get(j) {
        Some(name) => std::borrow::Cow::Borrowed(name),
        None if j < SENTENCE_COPY => std::borrow::Cow::Owned(format!("ngram_{:03}", j - NAMED)),
        None => std::borrow::Cow::Owned(format!("sentence_{}", FEATURES[j - SENTENCE_COPY])),
    }
}

/// Fitted weights and the decision threshold on the model's probability.
#[derive(Debug, Clone)]
pub struct Weights {
    /// One weight per entry of `FEATURES`.
    pub w: Vec<f32>,
    /// A paragraph is noise when its probability is at least this.
    pub threshold: f32,
}

/// Errors in a weights file; the committed file is checked by a unit test, so these reach only
/// someone editing it by hand.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum WeightsError {
    #[error("line {0}: expected `name<TAB>value`")]
    Shape(usize),
    #[error("line {0}: `{1}` is not a number")]
    Number(usize, String),
    #[error("line {line}: expected feature `{want}`, found `{found}`")]
    Order {
        line: usize,
        want: String,
        found: String,
    },
    #[error("{0} features, the model has {1}")]
    Count(usize, usize),
    #[error("no `threshold` line")]
    NoThreshold,
}

impl Weights {
    /// Parses `name<TAB>value` lines (`#` starts a comment): the features in `FEATURES` order,
    /// then `threshold`.
    pub fn parse(text: &str) -> Result<Weights, WeightsError> {
        let mut w = Vec::with_capacity(D);
        let mut threshold = None;
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) = line.split_once('\t').ok_or(WeightsError::Shape(i + 1))?;
            let v: f32 = value
                .trim()
                .parse()
                .map_err(|_| WeightsError::Number(i + 1, value.to_string()))?;
            if name == "threshold" {
                threshold = Some(v);
                continue;
            }
            let want = if w.len() < D {
                feature_name(w.len())
            } else {
                "(none)".into()
            };
            if name != want {
                return Err(WeightsError::Order {
                    line: i + 1,
                    want: want.to_string(),
                    found: name.to_string(),
                });
            }
            w.push(v);
        }
        if w.len() != D {
            return Err(WeightsError::Count(w.len(), D));
        }
        Ok(Weights {
            w,
            threshold: threshold.ok_or(WeightsError::NoThreshold)?,
        })
    }

    /// Writes the file `parse` reads.
    pub fn to_tsv(&self, header: &str) -> String {
        let mut out = String::new();
        for l in header.lines() {
            out.push_str("# ");
            out.push_str(l);
            out.push('\n');
        }
        for (j, w) in self.w.iter().enumerate() {
            let name = feature_name(j);
            out.push_str(&format!("{name}\t{w:.6}\n"));
        }
        out.push_str(&format!("threshold\t{:.6}\n", self.threshold));
        out
    }

    /// The probability that a paragraph with inputs `x` is noise.
    pub fn probability(&self, x: &[f32; D]) -> f32 {
        let z: f32 = self.w.iter().zip(x).map(|(w, x)| w * x).sum();
        1.0 / (1.0 + (-z).exp())
    }
}

/// The committed weights. A malformed file is a build-time mistake caught by the unit test
/// below; at run time it falls back to the rules alone rather than fail an article.
pub(super) static WEIGHTS: LazyLock<Option<Weights>> =
    LazyLock::new(|| Weights::parse(include_str!("../../data/noise_model.tsv")).ok());

/// The committed weights, for the evaluation (`None` only if the file is malformed).
pub fn committed() -> Option<Weights> {
    WEIGHTS.clone()
}

/// The inputs of one paragraph (`i` of `n_blocks`), whose words are `ws` and, lower-cased,
/// `lower`.
#[allow(clippy::too_many_arguments)]
pub(super) fn inputs(
    b: &Block,
    f: &Features,
    lx: &Lexical,
    rule: Option<NoiseKind>,
    i: usize,
    n_blocks: usize,
    style: &Style,
    ws: &[&str],
    lower: &[String],
) -> [f32; D] {
    let text = b.text.trim();
    let n = f.n.max(1);
    let nf = n as f32;
    let flag = |c: bool| if c { 1.0 } else { 0.0 };
    let is = |k: NoiseKind| flag(rule == Some(k));
    let short_open = n <= 25 && !f.ends_sentence;
    // Whether the line quotes someone: a quoted "we" or "our newsroom" is the speaker's.
    let quoted = has_quotation_mark(text);
    let short_sentence = n <= 20 && f.ends_sentence;
    let no_article_or_auxiliary = n >= 4 && !lower.iter().any(|w| is_article_or_auxiliary(w));
    // Long lines are prose, judged by fit and shape; the lookups are spent on the short ones.
    let lexicon = if n <= 25 {
        interface_lexicon(text)
    } else {
        LexiconScores::default()
    };
    let sections = if n <= 12 && !f.ends_sentence {
        section_lexicon(text)
    } else {
        SectionScores::default()
    };
    let named: [f32; NAMED] = [
        1.0,
        is(NoiseKind::Headline),
        is(NoiseKind::Teaser),
        is(NoiseKind::Form),
        is(NoiseKind::Navigation),
        is(NoiseKind::Byline),
        is(NoiseKind::Links),
        f.coherence,
        f.near,
        f.next,
        flag(short_open) * (1.0 - f.coherence),
        (f.new_names as f32 / nf).min(1.0),
        f.title_case,
        f.title_case * (1.0 - f.coherence),
        (nf / 60.0).min(1.0),
        flag(n <= 3),
        flag(n <= 8),
        flag(f.ends_sentence),
        flag(text.ends_with(['?', '!'])),
        flag(f.between_sentences),
        flag(text.starts_with(['\'', '"', '‘', '“'])),
        flag(text.chars().any(|c| c.is_ascii_digit())),
        flag(b.kind == BlockKind::ListItem),
        flag(b.kind == BlockKind::Heading),
        b.link_density,
        if n_blocks > 1 {
            i as f32 / (n_blocks - 1) as f32
        } else {
            0.0
        },
        flag(i == 0 || i + 1 == n_blocks),
        flag(f.repeated_opener),
        style.short_share,
        style.link_share,
        flag(lx.label_colon),
        flag(lx.cta_start),
        ((lx.ui_hits + lx.nav_hits) as f32 / nf).min(1.0),
        ((lx.form_words + lx.form_weak) as f32 / nf).min(1.0),
        flag(lx.role_hits > 0 || lx.has_handle),
        flag(lx.addresses_reader),
        f.unseen_words,
        flag(short_open) * f.unseen_words,
        lower.iter().filter(|w| is_stopword(w)).count() as f32 / nf,
        // Any short label before a colon ("Top story:", "Highlights:"), not only known ones.
        flag(
            text.find(':')
                .is_some_and(|c| c < 30 && words(&text[..c]).count() <= 3),
        ),
        flag(text.contains([
            '|', '»', '«', '•', '›', '▶', '→', '·', '▸', '►', '◄', '⟶', '➜', '➔', '❯', '⬇', '↓',
        ])),
        flag(text.ends_with("...") || text.ends_with('…')),
        flag(
            n >= 2
                && ws.iter().all(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                }),
        ),
        // "1) Lego Star Wars …", "3. Preheat the oven": an entry of the article's own list.
        flag(text.starts_with(|c: char| c.is_ascii_digit()) && text.contains([')', '.'])),
        // "Comments are closed.": a few words, one of them an interface or form word, even when
        // it ends with a full stop.
        flag(n <= 5 && lx.ui_hits + lx.form_words >= 1),
        // "Is Football Violence a Crime?": a headline asks in title case; prose does not.
        flag(text.ends_with('?') && n <= 14 && f.title_case > 0.6),
        // "Recommended: How This Man's Bedding …": any label, then a headline.
        flag(
            text.find(':')
                .is_some_and(|c| c < 30 && words(&text[..c]).count() <= 3)
                && f.title_case > 0.6,
        ),
        // "… open thread - The GiveWell Blog", "… | Dawn News": a page title with its site's
        // name after a separator.
        flag(site_suffix(text)),
        flag(f.opens_with_new_name),
        // A paragraph of two or more sentences is written prose; spliced lines are one phrase.
        flag(sentence_breaks(text) >= 1),
        // Headlines, labels and interface lines drop articles and auxiliaries ("Aid convoy
        // reaches town"); prose of four or more words almost always has one.
        flag(no_article_or_auxiliary),
        // Reported speech inside the line ("… said: “We will …”"), as news prose quotes people.
        flag(
            text.char_indices()
                .any(|(k, c)| k > 0 && matches!(c, '“' | '"' | '«')),
        ),
        flag(short_sentence) * (1.0 - f.coherence),
        flag(short_sentence) * f.unseen_words,
        flag(short_open && no_article_or_auxiliary),
        flag(short_open) * f.section,
        flag(short_open) * (f.short_peers as f32 / 4.0).min(1.0),
        flag(short_open && f.spaced_peers),
        flag(opens_with_reference(text)),
        flag(f.opens_with_name_not_in_prose),
        flag(site_voice(text)),
        lexicon.max,
        lexicon.mean,
        flag(n <= 12) * lexicon.mean,
        flag(label_then_name(text)),
        flag(n <= 12 && !f.ends_sentence && by_name(text)),
        flag(n <= 5 && !f.ends_sentence && is_counter(text)),
        sections.mean,
        flag(sections.all),
        flag(n <= 25 && opens_with_exclamation(text)),
        flag(short_sentence) * lexicon.max,
        flag(short_open && style.capital_lines >= 3 && super::is_in_capitals(text)),
        flag(text.chars().any(is_pictograph)),
        flag(n <= 25 && has_clock_time(text)),
        flag(n <= 25 && has_price_per_period(text)),
        flag(n <= 30 && names_product_schedule(lower)),
        flag(n <= 30 && names_a_product(ws)),
        flag(!quoted && speaks_of_itself(lower)),
        flag(n <= 40 && about_comments(lower)),
        flag(n <= 40 && !quoted && says_we(lower)),
    ];
    let mut x = [0.0; D];
    x[..NAMED].copy_from_slice(&named);
    if n <= NGRAM_MAX_WORDS {
        ngram_bag(text, &mut x[NAMED..SENTENCE_COPY]);
    }
    if f.ends_sentence {
        x[SENTENCE_COPY..].copy_from_slice(&named);
    }
    x
}

/// A line opening on an exclamation of one or two words followed by more text ("Oops! We
/// could not find that page."), outside quotation marks: how widgets report, not how stories
/// are told. Also a line opening on an interjection set off otherwise ("Oops — …", "Sorry,
/// …": `opens_with_interjection`).
fn opens_with_exclamation(text: &str) -> bool {
    if text.contains(['"', '“', '”']) {
        return false;
    }
    if let Some((head, rest)) = text.split_once('!')
        && (1..=2).contains(&words(head).count())
        && head
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-'))
        && words(rest).next().is_some()
    {
        return true;
    }
    opens_with_interjection(text)
}

/// A line opening on an interjection set off by a dash, a colon or a comma ("Oops — this clip
/// isn't licensed here", "Sorry, this stream can't play"), outside quotation marks: a widget's
/// status message. The interjections are English grammar's closed class, not any site's wording.
pub(super) fn opens_with_interjection(text: &str) -> bool {
    if text.contains(['"', '“', '”']) {
        return false;
    }
    let Some(at) = text.find([',', ':', '—', '–', '!']) else {
        return false;
    };
    let head = text[..at].trim().to_lowercase();
    matches!(
        head.as_str(),
        "oops"
            | "whoops"
            | "sorry"
            | "uh-oh"
            | "uh oh"
            | "hmm"
            | "yikes"
            | "phew"
            | "hooray"
            | "yay"
            | "hurray"
            | "psst"
            | "ahem"
            | "aw"
            | "ugh"
    ) && words(&text[at..]).next().is_some()
}

/// Pictographs and technical symbols: arrows (→ ⤓), ⏯ ⌘, shapes, dingbats (▶ ⚙ ✉), emoji (🔊 📷).
pub(super) fn is_pictograph(c: char) -> bool {
    matches!(u32::from(c),
        0x2190..=0x21FF
        | 0x2300..=0x23FF
        | 0x25A0..=0x27BF
        | 0x27F0..=0x27FF
        | 0x2900..=0x297F
        | 0x2B00..=0x2BFF
        | 0x1F300..=0x1FAFF)
}

/// A clock time: "6:42 AM", "09:41 GMT", "14:02", "5.30pm", "7am".
fn has_clock_time(text: &str) -> bool {
    static CLOCK: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b\d{1,2}:[0-5]\d\b|\b\d{1,2}(?:\.[0-5]\d)?\s?[ap]\.?m\b")
            .expect("valid pattern")
    });
    CLOCK.is_match(text)
}

/// A price per period: "$3/month", "€9.99 a month", "Rs 999/year", "£1 per week", "$1 for 6
/// weeks", "1 € during your first month" (the currency sign before or after the amount, a
/// currency's abbreviation before it).
pub(super) fn has_price_per_period(text: &str) -> bool {
    static PRICE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"(?i)(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£¥₹]|\b(?:rs\.?|pkr|inr|afn|usd)\s?\d[\d.,]*)\s*(?:",
            r"(?:/\s*|a\s+|per\s+|each\s+)(?:month|mo|week|wk|year|yr|day)\b",
            r"|\s+for\s+\d+\s+(?:days|weeks|months)\b",
            r"|\s+(?:monthly|weekly|yearly|annually)\b",
            r"|\s+(?:for|during)\s+(?:the|your)\s+first\s+(?:\d+\s+)?(?:month|week|year)s?\b)",
        ))
        .expect("valid pattern")
    });
    PRICE.is_match(text)
}

/// The nouns of a publication's products that promos name.
const PRODUCT_NOUNS: &[&str] = &[
    "alert",
    "alerts",
    "app",
    "apps",
    "brief",
    "briefing",
    "briefings",
    "briefs",
    "bulletin",
    "bulletins",
    "digest",
    "digests",
    "newsletter",
    "newsletters",
    "podcast",
    "podcasts",
    "postcard",
    "postcards",
    "round-up",
    "round-ups",
    "roundup",
    "roundups",
];

/// Whether a line names a product: a product noun that is capitalised ("the Morning Brief") or
/// follows, within three words, a capitalised word or a possessive ("Ledgerline's app", "the
/// Kit Drawer podcast"), the line's first word not counted.
fn names_a_product(ws: &[&str]) -> bool {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    ws.iter().enumerate().skip(1).any(|(i, w)| {
        PRODUCT_NOUNS.contains(&lower(w).as_ref())
            && (capitalised(w)
                || ws[i.saturating_sub(3).max(1)..i]
                    .iter()
                    .any(|p| capitalised(p) || p.ends_with("'s") || p.ends_with("’s")))
    })
}

/// Whether lower-cased words name one of a publication's products (newsletter, podcast, app …)
/// and a schedule: "daily", "weekdays", "Sundays", "every/each [other] week", "six days a week",
/// or a day's name just before the product ("the Monday Farm Ledger bulletin").
fn names_product_schedule(ws: &[String]) -> bool {
    // Besides the products promos name, what a schedule delivers.
    const DELIVERED: &[&str] = &[
        "e-mail", "e-mails", "edition", "editions", "email", "emails", "episode", "episodes",
        "inbox", "inboxes",
    ];
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    const PERIODS: &[&str] = &[
        "day", "days", "evening", "evenings", "month", "months", "morning", "mornings", "night",
        "nights", "week", "weekday", "weekdays", "weeks",
    ];
    const RECURRING: &[&str] = &[
        "daily",
        "fortnightly",
        "fridays",
        "mondays",
        "monthly",
        "saturdays",
        "sundays",
        "thursdays",
        "tuesdays",
        "wednesdays",
        "weekdays",
        "weekends",
        "weekly",
        "weeknights",
    ];
    let is = |set: &[&str], w: &str| set.contains(&w);
    let products: Vec<usize> = (0..ws.len())
        .filter(|&i| is(PRODUCT_NOUNS, &ws[i]) || is(DELIVERED, &ws[i]))
        .collect();
    if products.is_empty() {
        return false;
    }
    let period = |w: &str| is(PERIODS, w) || is(DAYS, w);
    ws.iter().enumerate().any(|(i, w)| {
        let next = |k: usize| ws.get(i + k).map(String::as_str).unwrap_or("");
        is(RECURRING, w)
            || (matches!(w.as_str(), "every" | "each") && (period(next(1)) || period(next(2))))
            || (matches!(w.as_str(), "day" | "days" | "time" | "times")
                && next(1) == "a"
                && matches!(next(2), "week" | "month" | "day"))
            || (is(DAYS, w) && products.iter().any(|&p| p > i && p <= i + 4))
    })
}

/// A count in brackets ("Likes (34)", "Comments (1.2k)") or a position ("Slide 5 / 11", "3 of 9").
fn is_counter(text: &str) -> bool {
    let b = text.as_bytes();
    let digits_from = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    (0..b.len()).any(|i| {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            return false;
        }
        let j = i + digits_from(i);
        let rest = &text[j..];
        let bracketed = i > 0
            && b[i - 1] == b'('
            && rest
                .trim_start_matches(|c: char| {
                    c.is_ascii_digit() || matches!(c, '.' | ',' | 'k' | 'K' | 'm' | 'M')
                })
                .starts_with(')');
        let position = [" / ", "/", " of "].iter().any(|sep| {
            rest.strip_prefix(sep)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        });
        bracketed || position
    })
}

/// A line that is nothing but a position counter and its label ("Slide 5 / 11", "Pg. 3 of 7",
/// "2/9"), or a player's elapsed and total time ("00:00 / 47:12"): a pager's, a gallery's or a
/// player's, since prose never stands on a count alone.
pub(super) fn is_counter_line(text: &str) -> bool {
    static COUNTER_LINE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"^(?:\p{L}[\p{L}'’]*\.?\s+){0,2}\d{1,4}\s*(?:/|of)\s*\d{1,4}$",
            r"|^\d{1,2}(?::[0-5]\d){1,2}\s*(?:/|of)\s*\d{1,2}(?::[0-5]\d){1,2}$",
        ))
        .expect("valid pattern")
    });
    COUNTER_LINE.is_match(text.trim())
}

/// Words inside a personal name that are not capitalised ("Pieter de Vries", "Ibn al-Haytham").
pub(super) fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "van"
            | "der"
            | "den"
            | "von"
            | "da"
            | "du"
            | "la"
            | "le"
            | "al"
            | "bin"
            | "bint"
            | "ibn"
            | "el"
            | "y"
    )
}

/// Two to five words that read as a person's name: capitalised, or name particles between
/// capitalised words, and nothing else.
pub(super) fn is_name(text: &str) -> bool {
    let ws: Vec<&str> = words(text).collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    (2..=5).contains(&ws.len())
        && capitalised(&ws[0])
        && capitalised(&ws[ws.len() - 1])
        && ws.iter().all(|w| capitalised(w) || is_name_particle(w))
        && text
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.'))
}

/// "Graphic design: Jane Roe", "Research: Usman Tariq": a short label, a colon, a name.
fn label_then_name(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, rest)| {
        (1..=3).contains(&words(label).count()) && is_name(rest.trim().trim_end_matches('.'))
    })
}

/// "Audio produced by Jane Roe in London", "Translated from Urdu by Jane Roe": a name right
/// after "by" (the words after it up to a lower-case word other than a particle).
/// A byline that opens its line: "By Jane Roe and John Doe, London" (at most 15 words). No
/// story line of the benchmark opens so; its stories name their authors elsewhere.
pub(super) fn is_by_line(text: &str, n: usize) -> bool {
    n <= 15 && text.trim_start().starts_with("By ") && by_name(text.trim_start())
}

fn by_name(text: &str) -> bool {
    let Some(at) = text.find(" by ").or(text.starts_with("By ").then_some(0)) else {
        return false;
    };
    let rest = if at == 0 { &text[3..] } else { &text[at + 4..] };
    is_name(leading_name(rest))
}

/// The name that opens `rest`: its words while each is capitalised or a particle ("de", "van"),
/// up to its comma ("Jane Roe, Karachi" → "Jane Roe", "Jane Roe, DataLab" → "Jane Roe"), with
/// trailing punctuation trimmed. Cut at the last word's own end, so that any whitespace between
/// the words (a no-break space) stays whole.
pub(super) fn leading_name(rest: &str) -> &str {
    let mut end = 0;
    for w in rest.split_whitespace() {
        if !(w.chars().next().is_some_and(char::is_uppercase) || is_name_particle(w)) {
            break;
        }
        end = rest[end..].find(w).map_or(end, |at| end + at + w.len());
        if w.ends_with(',') {
            break;
        }
    }
    rest[..end].trim().trim_end_matches([',', '.', ';'])
}

/// The interface lexicon (`data/interface_lexicon.tsv`, written by
/// `scripts/build_interface_lexicon.py`): word → log2 of how much more often it appears in
/// software's English interface strings than in English at large (2 and over).
static INTERFACE_LEXICON: LazyLock<Vec<(&'static str, f32)>> =
    LazyLock::new(|| parse_lexicon(include_str!("../../data/interface_lexicon.tsv")));

/// Parses `word<TAB>score` lines (`#` starts a comment) into a list sorted by word, searched by
/// bisection: as fast as hashing for a list this size, with nothing to build per lookup. A
/// malformed line is skipped (the unit test below checks the committed file has none).
fn parse_lexicon(text: &'static str) -> Vec<(&'static str, f32)> {
    let mut v: Vec<(&str, f32)> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (w, s) = l.split_once('\t')?;
            Some((w, s.trim().parse().ok()?))
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(b.0));
    v
}

/// The section lexicon (`data/section_lexicon.tsv`, written by
/// `scripts/build_section_lexicon.py` from the menus of the benchmark's tuning pages): word →
/// log2 of the share of sites whose menus name it over its frequency in English (8 and over).
static SECTION_LEXICON: LazyLock<Vec<(&'static str, f32)>> =
    LazyLock::new(|| parse_lexicon(include_str!("../../data/section_lexicon.tsv")));

fn lookup(v: &[(&'static str, f32)], w: &str) -> Option<f32> {
    v.binary_search_by(|(k, _)| (*k).cmp(w))
        .ok()
        .map(|i| v[i].1)
}

fn lexicon_score(w: &str) -> Option<f32> {
    lookup(&INTERFACE_LEXICON, w)
}

/// A site's menu printed as one line ("Politics Business Weather Sport Arts"): at most twelve
/// words, not a sentence, and three or more words other than "and", every one a capitalised
/// section name (9 and over). On the benchmark's tuning pages no line of a story has this shape.
pub(super) fn is_section_menu(text: &str, ends_sentence: bool) -> bool {
    if ends_sentence || words(text).nth(12).is_some() {
        return false;
    }
    // A breadcrumb spells its separators out ("SCIENCE / SPACE", "World › Europe"): two
    // sections suffice, each a word or two of the lexicon.
    let crumbs: Vec<&str> = text
        .split(['/', '›', '>', '»', '|'])
        .map(str::trim)
        .collect();
    if crumbs.len() >= 2
        && crumbs.iter().all(|c| {
            let ws: Vec<&str> = words(c).collect();
            (1..=2).contains(&ws.len())
                && ws.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && lookup(&SECTION_LEXICON, &lower(w)).is_some()
                })
        })
    {
        return true;
    }
    let mut n = 0;
    for w in words(text) {
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        let w = lower(w);
        if w == "and" {
            continue;
        }
        if !capitalised || lookup(&SECTION_LEXICON, &w).is_none_or(|s| s < 9.0) {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// A line's section-lexicon scores: the mean over its content words, scaled to 0..1 (8 is 0,
/// 16 and over is 1), and whether every one of at least two content words scores 9 or more.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct SectionScores {
    mean: f32,
    all: bool,
}

fn section_lexicon(text: &str) -> SectionScores {
    let (mut sum, mut n, mut strong) = (0.0f32, 0usize, 0usize);
    for w in words(text) {
        let w = lower(w);
        if is_stopword(&w) {
            continue;
        }
        let s = lookup(&SECTION_LEXICON, &w).unwrap_or(0.0);
        sum += ((s - 8.0) / 8.0).clamp(0.0, 1.0);
        strong += usize::from(s >= 9.0);
        n += 1;
    }
    SectionScores {
        mean: if n > 0 { sum / n as f32 } else { 0.0 },
        all: n >= 2 && strong == n,
    }
}

/// A line's interface-lexicon scores, scaled to 0..1 (a score of 12 and over is 1).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct LexiconScores {
    max: f32,
    mean: f32,
}

/// A line closed by one bracketed button whose label is interface words: "… a code will follow
/// [Send OTP]", "Your email [Subscribe]". (The benchmark's stories close lines with a bracketed
/// source, "[ The Verge ]", whose words are no interface's.)
pub(super) fn ends_with_button(text: &str) -> bool {
    let t = text.trim_end();
    let Some(inner) = t.strip_suffix(']') else {
        return false;
    };
    let Some(open) = inner.rfind('[') else {
        return false;
    };
    let label = inner[open + 1..].trim();
    (1..=3).contains(&words(label).count())
        && label.chars().next().is_some_and(char::is_uppercase)
        && words(&inner[..open]).count() >= 2
        // At least sixteen times likelier in interface strings than in English at large.
        && words(label).any(|w| lexicon_score(&lower(w)).is_some_and(|s| s >= 4.0))
}

/// A line closed by a row of two to four buttons between bars after its last sentence, each
/// opening on what a consent or sign-up button says: "… so audience figures can be counted.
/// Consent | Decline extras | Pick purposes", "… your inbox. Subscribe | Not now". (No line of the
/// benchmark's stories closes so: its bars part dates and contacts.)
pub(super) fn ends_with_bar_buttons(text: &str) -> bool {
    let t = text.trim_end();
    if !t.contains(" | ") {
        return false;
    }
    let Some(at) = [". ", "? ", "! "].iter().filter_map(|p| t.rfind(p)).max() else {
        return false;
    };
    let entries: Vec<&str> = t[at + 2..].split('|').map(str::trim).collect();
    (2..=4).contains(&entries.len())
        && entries.iter().all(|e| {
            (1..=3).contains(&words(e).count())
                && e.chars().next().is_some_and(char::is_uppercase)
                && !e.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ':'))
        })
        // Each opens on what a consent or sign-up button says ("Pets Allowed | Garden", "Keep
        // My Plan | Pause | Cancel Anyway" and "Bright Display | Superb Camera" are a
        // listing's, a story's).
        && entries.iter().all(|e| {
            words(e).next().is_some_and(|w| {
                matches!(
                    lower(w).as_ref(),
                    "consent"
                        | "accept"
                        | "agree"
                        | "allow"
                        | "decline"
                        | "reject"
                        | "refuse"
                        | "deny"
                        | "subscribe"
                        | "continue"
                        | "not"
                        | "no"
                        | "yes"
                        | "later"
                        | "close"
                        | "dismiss"
                        | "pick"
                        | "choose"
                        | "manage"
                        | "customise"
                        | "customize"
                        | "settings"
                        | "options"
                        | "preferences"
                        | "learn"
                        | "ok"
                        | "okay"
                        | "skip"
                        | "remind"
                )
            })
        })
}

/// A control's label alone on its line, two to four words opening on a verb of the interface,
/// each word other than a function word
/// at least sixteen times likelier in interface strings than in English at large: "Accept all",
/// "Post Comment", "Flag as inappropriate", "Hide replies". (The benchmark's stories' short
/// subheadings of such words are single words, "Keyboard", "Rating", or have a comma.)
pub(super) fn is_control_label(text: &str, n: usize) -> bool {
    if !(2..=4).contains(&n) || text.contains([',', '.', '?', '!', ':', '"', '“']) {
        return false;
    }
    // A control says what it does: it opens on a verb of the interface ("Accept", "Post",
    // "Hide") or a pager's word; a tech story's subheading, "Security update", opens on a noun.
    const ACTIONS: &[&str] = &[
        "accept",
        "add",
        "cancel",
        "close",
        "collapse",
        "continue",
        "copy",
        "create",
        "delete",
        "download",
        "edit",
        "expand",
        "filter",
        "flag",
        "follow",
        "gift",
        "hide",
        "load",
        "log",
        "manage",
        "next",
        "post",
        "previous",
        "print",
        "reject",
        "remove",
        "reply",
        "report",
        "save",
        "send",
        "share",
        "show",
        "sign",
        "sort",
        "start",
        "submit",
        "subscribe",
        "upload",
        "view",
        "zoom",
    ];
    if !words(text)
        .next()
        .is_some_and(|w| ACTIONS.contains(&lower(w).as_ref()))
    {
        return false;
    }
    let mut content = 0;
    for w in words(text) {
        let w = lower(w);
        if is_stopword(&w) {
            continue;
        }
        if lexicon_score(&w).is_none_or(|s| s < 4.0) {
            return false;
        }
        content += 1;
    }
    content >= 1
}

fn interface_lexicon(text: &str) -> LexiconScores {
    let (mut max, mut sum, mut n) = (0.0f32, 0.0f32, 0usize);
    for w in words(text) {
        let w = lower(w);
        if is_stopword(&w) {
            continue;
        }
        let s = lexicon_score(&w).map_or(0.0, |s| (s / 12.0).min(1.0));
        max = max.max(s);
        sum += s;
        n += 1;
    }
    LexiconScores {
        max,
        mean: if n > 0 { sum / n as f32 } else { 0.0 },
    }
}

/// FNV-1a over a token's bytes, after a one-byte tag that keeps words and trigrams apart: a
/// fixed hash, so the buckets mean the same in every build and the committed weights stay valid.
fn bucket(tag: u8, bytes: impl Iterator<Item = u8>) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for b in std::iter::once(tag).chain(bytes) {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h as usize % NGRAM_BUCKETS
}

/// Adds the line's lower-cased words and the character trigrams of each word (with `^` and `$`
/// at its edges, so "sign" gives "^si", "sig", "ign", "gn$") into `out`, then scales the vector
/// to unit length so that a long line's many trigrams weigh no more than a short line's few.
fn ngram_bag(text: &str, out: &mut [f32]) {
    let mut chars: Vec<char> = Vec::with_capacity(32);
    let mut buf = [0u8; 12];
    for w in words(text) {
        let w = lower(w);
        out[bucket(b'w', w.bytes())] += 1.0;
        chars.clear();
        chars.push('^');
        chars.extend(w.chars());
        chars.push('$');
        for t in chars.windows(3) {
            let mut len = 0;
            for c in t {
                len += c.encode_utf8(&mut buf[len..]).len();
            }
            out[bucket(b't', buf[..len].iter().copied())] += 1.0;
        }
    }
    let norm = out.iter().map(|v| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        out.iter_mut().for_each(|v| *v /= norm);
    }
}

/// Sentence breaks inside a line: a full stop, question or exclamation mark, then a space and a
/// capital letter, not after a one-letter initial ("J. Smith") or a title ("Mr. Khan").
fn sentence_breaks(text: &str) -> usize {
    let b = text.as_bytes();
    let mut n = 0;
    for (k, &c) in b.iter().enumerate() {
        if !matches!(c, b'.' | b'?' | b'!') || k + 2 >= b.len() || b[k + 1] != b' ' {
            continue;
        }
        if !text[k + 2..].starts_with(char::is_uppercase) {
            continue;
        }
        // The word before the mark: initials and short titles do not end sentences.
        let before = text[..k].rsplit(' ').next().unwrap_or("");
        if c == b'.'
            && (before.chars().count() <= 1
                || matches!(
                    before,
                    "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "Gen" | "Col" | "Lt" | "No"
                ))
        {
            continue;
        }
        n += 1;
    }
    n
}

/// Whether the first word refers back to what came before: a pronoun, a demonstrative or a
/// connective ("This", "They", "However", "But").
fn opens_with_reference(text: &str) -> bool {
    words(text).next().is_some_and(|w| {
        matches!(
            lower(w).as_ref(),
            "this"
                | "these"
                | "that"
                | "those"
                | "it"
                | "its"
                | "they"
                | "their"
                | "them"
                | "he"
                | "his"
                | "she"
                | "her"
                | "such"
                | "but"
                | "and"
                | "however"
                | "meanwhile"
                | "still"
                | "yet"
                | "also"
                | "instead"
                | "then"
                | "there"
        )
    })
}

/// The nouns a page uses of itself, its parts and its people, after "this" or "our".
const SELF_NOUNS: &[&str] = &[
    "app",
    "article",
    "blog",
    "broadcast",
    "bulletin",
    "channel",
    "collection",
    "column",
    "commentary",
    "coverage",
    "desk",
    "edition",
    "editors",
    "episode",
    "feature",
    "forum",
    "gallery",
    "hosts",
    "installment",
    "instalment",
    "item",
    "journalism",
    "journalists",
    "listeners",
    "liveblog",
    "members",
    "newscast",
    "newsletter",
    "newsroom",
    "page",
    "piece",
    "podcast",
    "poll",
    "portal",
    "post",
    "program",
    "programme",
    "quiz",
    "readers",
    "report",
    "reporters",
    "review",
    "section",
    "series",
    "show",
    "site",
    "station",
    "story",
    "stream",
    "subscribers",
    "thread",
    "timeline",
    "viewers",
    "website",
];

/// Whether the line names the page itself or its newsroom ("this article", "our reporters");
/// the caller counts it only outside quotation marks (a story quotes people who speak of "our
/// team"). `lower` holds the line's words, lower-cased.
fn speaks_of_itself(lower: &[String]) -> bool {
    lower.windows(2).any(|p| {
        matches!(p[0].as_str(), "this" | "our") && SELF_NOUNS.binary_search(&p[1].as_str()).is_ok()
    })
}

/// Whether the line says "we", "us" or "our" (straight or curly apostrophe); the caller counts
/// it only outside quotation marks. `lower` holds the line's words, lower-cased.
fn says_we(lower: &[String]) -> bool {
    lower.iter().any(|w| {
        matches!(
            w.as_str(),
            "we" | "us" | "our" | "we'll" | "we're" | "we've" | "we’ll" | "we’re" | "we’ve"
        )
    })
}

/// Whether a line holds a quotation mark (straight, curly or guillemet).
fn has_quotation_mark(text: &str) -> bool {
    text.contains(['"', '“', '”', '«', '»'])
}

/// Whether the line speaks of readers' comments or their moderation: "comments", "commenting",
/// "commenters", "moderator", "moderation", or "comment" not asked of someone ("declined to
/// comment", "a request for comment", "no further comment"). `lower` holds the line's words,
/// lower-cased.
fn about_comments(lower: &[String]) -> bool {
    lower.iter().enumerate().any(|(k, w)| match w.as_str() {
        "comments" | "commenting" | "commenters" | "moderator" | "moderators" | "moderation"
        | "moderated" => true,
        "comment" => !k.checked_sub(1).is_some_and(|p| {
            matches!(
                lower[p].as_str(),
                "to" | "for" | "further" | "no" | "immediate" | "declined" | "refused"
            )
        }),
        _ => false,
    })
}

/// Whether the line is the site speaking to its reader: "we", "us" or "our" and "you" or "your"
/// with no quotation marks (a story quotes people who say "we"; it does not say it itself).
fn site_voice(text: &str) -> bool {
    if has_quotation_mark(text) {
        return false;
    }
    let (mut we, mut you) = (false, false);
    for w in words(text) {
        match lower(w).as_ref() {
            "we" | "us" | "our" | "we'll" | "we're" | "we've" => we = true,
            "you" | "your" | "you'll" | "you're" | "you've" => you = true,
            _ => {}
        }
    }
    we && you
}

/// Articles and auxiliary or reporting verbs, lower-cased: the function words that running
/// prose needs and headline shape leaves out.
fn is_article_or_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "said"
            | "says"
            | "told"
            | "did"
            | "does"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
            | "this"
            | "that"
            | "which"
    )
}

/// Whether a line ends with " - Name", " | Name" or " — Name" of at most four capitalised words:
/// how a page title carries its site's name.
fn site_suffix(text: &str) -> bool {
    [" - ", " | ", " — ", " – "].iter().any(|sep| {
        text.rsplit_once(sep).is_some_and(|(head, tail)| {
            let ws: Vec<&str> = words(tail).collect();
            words(head).count() >= 3
                && (1..=4).contains(&ws.len())
                && ws.iter().all(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                        || w.chars().any(char::is_uppercase)
                })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_weights_parse_and_name_every_feature() {
        let w = Weights::parse(include_str!("../../data/noise_model.tsv"))
            .expect("data/noise_model.tsv parses");
        assert_eq!(w.w.len(), D);
        assert!(w.threshold > 0.0 && w.threshold < 1.0);
        assert!(WEIGHTS.is_some());
    }

    #[test]
    fn committed_lexicon_parses_whole_and_scores_interface_words_above_news_words() {
        let text = include_str!("../../data/interface_lexicon.tsv");
        let lines = text.lines().filter(|l| !l.starts_with('#')).count();
        assert!(lines > 500, "{lines} words");
        assert_eq!(INTERFACE_LEXICON.len(), lines, "every line parses");
        let ui = interface_lexicon("Upload a profile picture");
        let news = interface_lexicon("Talks resume at the border crossing");
        assert!(ui.max > 0.5 && ui.mean > 0.3, "{ui:?}");
        assert!(news.max < ui.max && news.mean < ui.mean, "{news:?}");
        // Stop words alone give nothing to average.
        assert_eq!(interface_lexicon("to the"), LexiconScores::default());
    }

    #[test]
    fn the_section_lexicon_parses_and_tells_menus_from_headings() {
        let text = include_str!("../../data/section_lexicon.tsv");
        let lines = text.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(SECTION_LEXICON.len(), lines, "every line parses");
        let menu = section_lexicon("Politics Business Weather Sport Arts Obituaries");
        let heading = section_lexicon("Talks resume at the border crossing");
        assert!(menu.all && menu.mean > 0.3, "{menu:?}");
        assert!(!heading.all && heading.mean < menu.mean, "{heading:?}");
        assert_eq!(section_lexicon("to the"), SectionScores::default());
        assert!(is_section_menu(
            "Politics Business Weather Sport Arts Obituaries",
            false
        ));
        assert!(is_section_menu("News / Sport / Weather", false));
        assert!(
            !is_section_menu("Staff Reports", false),
            "two words may be a byline"
        );
        assert!(!is_section_menu(
            "Jeongdong Theater Tradition Series Performance",
            false
        ));
        assert!(!is_section_menu("Politics, business and sport.", true));
        assert!(!is_section_menu("Sign up for our daily newsletter", false));
    }

    #[test]
    fn exclamations_open_status_messages() {
        assert!(opens_with_exclamation(
            "Oops! That page could not be found."
        ));
        assert!(opens_with_exclamation(
            "Thank you! Your vote has been counted."
        ));
        assert!(!opens_with_exclamation("Thank you!"));
        for line in [
            "Oops — this clip isn’t licensed for viewers where you are.",
            "Sorry, this stream can't play outside the U.S.",
        ] {
            assert!(opens_with_exclamation(line), "{line}");
        }
        for line in [
            "Still — the talks went on.",
            "Sorry seems to be the hardest word.",
        ] {
            assert!(!opens_with_exclamation(line), "{line}");
        }
        assert!(is_by_line("By Jane Roe and John Doe, London", 7));
        assert!(!is_by_line("By Monday the crossing had reopened.", 6));
        assert!(!is_by_line("Bylines: none", 2));
        for line in [
            "Posted 6:42 AM",
            "lands at 05:30 GMT",
            "from 5.30pm",
            "at 7 a.m. daily",
        ] {
            assert!(has_clock_time(line), "{line}");
        }
        for line in [
            "I am 12 years old",
            "Up 5.30 per cent",
            "Sam 3-1 win",
            "2am1",
        ] {
            assert!(!has_clock_time(line), "{line}");
        }
        assert!(
            "🎧 ▶ ⚙"
                .chars()
                .filter(|&c| c == ' ')
                .all(|c| !is_pictograph(c))
        );
        assert!("🎧▶⚙📲".chars().all(is_pictograph));
        for line in [
            "from $3/month",
            "€9.99 a month",
            "$1 for 6 weeks",
            "Upgrade from €3 monthly",
            "unlock everything for 1 € during your first month",
            "4,99 €/month",
            "Keep going with e-Paper + Digital at Rs 999/year.",
            "PKR 250 a month",
        ] {
            assert!(has_price_per_period(line), "{line}");
        }
        for line in [
            "It cost $3 million a year ago",
            "$40 for the month's rent",
            "3/month",
            "Mrs 3/month",
        ] {
            assert!(!has_price_per_period(line), "{line}");
        }
        assert!(!"Aé—$€".chars().any(is_pictograph));
        for line in [
            "New episodes every Thursday",
            "The Harbour Brief lands at 6am, six days a week.",
            "Our weekly podcast on town hall politics",
            "Jane Roe sends a Sunday postcard — follow along.",
            "Get the briefing each weekday morning",
        ] {
            assert!(names_product_schedule(&lowered(line)), "{line}");
        }
        for line in [
            "Markets moving? Ledgerline's app buzzes when news hits.",
            "Every Thursday the Kit Drawer podcast takes apart three kettles.",
            "Sign up for our Morning Brief",
        ] {
            assert!(names_a_product(&words(line).collect::<Vec<_>>()), "{line}");
        }
        for line in [
            "Podcasts drew more listeners last year.",
            "The app was removed from the store.",
        ] {
            assert!(!names_a_product(&words(line).collect::<Vec<_>>()), "{line}");
        }
        for line in [
            "The ministry said on Sunday that talks would resume.",
            "Monitors meet every week in the border town.",
            "The app was removed from the store last year.",
        ] {
            assert!(!names_product_schedule(&lowered(line)), "{line}");
        }
        assert!(!opens_with_exclamation(
            "\"Go home!\" the crowd shouted at the envoy."
        ));
        assert!(!opens_with_exclamation(
            "The talks failed! Nobody expected that."
        ));
    }

    #[test]
    fn counters_have_their_shape() {
        for line in [
            "Likes (34)",
            "Comments (1.2k)",
            "Slide 5 / 11",
            "Photo 3 of 9",
            "1/12",
        ] {
            assert!(is_counter(line), "{line}");
        }
        for line in ["Talks (again)", "The 1990s", "Page one", "24 hours"] {
            assert!(!is_counter(line), "{line}");
        }
        for line in [
            "Pg. 3 / 7",
            "Photo 3 of 9",
            "2/9",
            "Slide 12/40",
            "00:00 / 47:12",
            "1:02:10 of 1:30:00",
        ] {
            assert!(is_counter_line(line), "{line}");
        }
        for line in [
            "Likes (34) and shares",
            "1/2 cup of flour",
            "Round 3 of 7 ended in a draw",
            "Comments (14)",
            "4:14 p.m.",
            "12:30 / 14:00 talks",
        ] {
            assert!(!is_counter_line(line), "{line}");
        }
    }

    #[test]
    fn credit_lines_are_told_from_labels_and_prose() {
        assert!(label_then_name("Graphic design: Pieter de Vries"));
        assert!(label_then_name("Research: Zarmina Popal."));
        assert!(!label_then_name("Update: Talks resume in Doha"));
        assert!(!label_then_name("Note: the figures are provisional"));
        assert!(by_name("Audio produced by Pieter de Vries in Washington"));
        assert!(by_name("Translated from Urdu by Shabana Kakar"));
        assert!(by_name("By Maria Lopez"));
        assert!(!by_name("The town was shelled by artillery overnight"));
        assert!(!by_name("Talks brokered by Qatar"));
    }

    #[test]
    fn weights_round_trip_and_bad_files_are_refused() {
        let w = Weights {
            w: (0..D).map(|i| i as f32 / 10.0).collect(),
            threshold: 0.5,
        };
        let back = Weights::parse(&w.to_tsv("test")).expect("round trip");
        assert_eq!(back.w, w.w);
        assert_eq!(back.threshold, 0.5);
        assert_eq!(
            Weights::parse("bias\t1\nthreshold\t0.5\n").unwrap_err(),
            WeightsError::Count(1, D)
        );
        assert!(matches!(
            Weights::parse("coherence\t1\n"),
            Err(WeightsError::Order { line: 1, .. })
        ));
        assert_eq!(
            Weights::parse("bias 1\n").unwrap_err(),
            WeightsError::Shape(1)
        );
    }

    #[test]
    fn site_suffix_is_a_site_name_after_a_separator() {
        assert!(site_suffix(
            "September 2018 open thread - The GiveWell Blog"
        ));
        assert!(site_suffix("Talks on water sharing resume | Dawn News"));
        assert!(!site_suffix(
            "Talks resumed on Monday - officials said they were hopeful"
        ));
        assert!(!site_suffix("Kabul - Reuters"));
    }

    #[test]
    fn sentence_breaks_skip_initials_and_titles() {
        assert_eq!(sentence_breaks("Talks resumed. Both sides met again."), 1);
        assert_eq!(sentence_breaks("J. Smith met Dr. Khan in Kabul."), 0);
        assert_eq!(
            sentence_breaks("Aid convoy reaches town after days of delay"),
            0
        );
        assert_eq!(
            sentence_breaks("Why? Because the road was shut. It reopened"),
            2
        );
    }

    #[test]
    fn a_reference_back_opens_a_continuing_line() {
        assert!(opens_with_reference("This has left traders without income"));
        assert!(opens_with_reference(
            "But officials said the talks would resume"
        ));
        assert!(!opens_with_reference("Sign up for our newsletter"));
        assert!(!opens_with_reference("Thistle farmers count the cost"));
    }

    /// A line's words, lower-cased, as `inputs` is given them.
    fn lowered(t: &str) -> Vec<String> {
        words(t).map(|w| w.to_lowercase()).collect()
    }

    #[test]
    fn the_page_speaking_of_itself_is_this_or_our_and_its_nouns_unquoted() {
        assert!(
            SELF_NOUNS.windows(2).all(|p| p[0] < p[1]),
            "sorted for the binary search"
        );
        // As `inputs` counts it: outside quotation marks only.
        let counted = |line: &str| !has_quotation_mark(line) && speaks_of_itself(&lowered(line));
        for line in [
            "This poll is now closed, and the results will be read out on air.",
            "Readers fund most of what we publish, and our reporters stay close to the story.",
        ] {
            assert!(counted(line), "{line}");
        }
        for line in [
            "\"Our team worked through the night,\" the engineer said.",
            "This week the talks resumed in Doha.",
            "Our country will not accept it, the minister told parliament.",
        ] {
            assert!(!counted(line), "{line}");
        }
    }

    #[test]
    fn comments_and_their_moderation_are_named_but_not_a_request_for_comment() {
        for line in [
            "Comments stay hidden until a moderator has looked them over.",
            "Commenting is disabled here for legal reasons.",
            "Leave a comment below",
        ] {
            assert!(about_comments(&lowered(line)), "{line}");
        }
        for line in [
            "The ministry declined to comment on the shelling.",
            "A spokesman did not respond to a request for comment.",
            "We have no further comment, they said.",
        ] {
            assert!(!about_comments(&lowered(line)), "{line}");
        }
    }

    #[test]
    fn the_site_speaking_to_its_reader_is_we_and_you_unquoted() {
        assert!(site_voice(
            "Thanks for signing up! We'll send your first briefing soon."
        ));
        assert!(site_voice("We use cookies to improve your experience"));
        assert!(!site_voice(
            "\"We will not leave you alone,\" the commander told them."
        ));
        assert!(!site_voice("We met the traders at the crossing on Monday."));
    }

    #[test]
    fn headline_shape_has_no_article_or_auxiliary() {
        let has = |t: &str| words(t).any(|w| is_article_or_auxiliary(&lower(w)));
        assert!(!has("Aid convoy reaches town after days of delay"));
        assert!(has("The convoy was held at the crossing for two days."));
    }

    fn bag(text: &str) -> Vec<f32> {
        let mut v = vec![0.0; NGRAM_BUCKETS];
        ngram_bag(text, &mut v);
        v
    }

    fn cosine(a: &[f32], b: &[f32]) -> f32 {
        a.iter().zip(b).map(|(x, y)| x * y).sum()
    }

    #[test]
    fn ngram_bag_is_unit_length_case_blind_and_shared_by_related_wordings() {
        let v = bag("Subscribe to our newsletter");
        let norm: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-5);
        assert_eq!(v, bag("SUBSCRIBE TO OUR NEWSLETTER"));
        // Two wordings of one interface line share most trigrams; an unrelated line few.
        let related = cosine(&bag("Subscribe now"), &bag("Subscriber login"));
        let unrelated = cosine(&bag("Subscribe now"), &bag("Wheat harvest beats forecasts"));
        assert!(
            related > 0.3 && related > unrelated + 0.2,
            "{related} {unrelated}"
        );
        // Nothing to count, nothing added (and no division by zero).
        assert!(bag("—").iter().all(|x| *x == 0.0));
    }

    #[test]
    fn buckets_are_fixed_and_in_range() {
        // FNV-1a of the tag and "^si": the committed weights depend on this exact value.
        assert_eq!(bucket(b't', "^si".bytes()), bucket(b't', "^si".bytes()));
        assert_ne!(bucket(b't', "abc".bytes()), bucket(b'w', "abc".bytes()));
        let mut h: u32 = 0x811c_9dc5;
        for b in [b'w', b'a'] {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
        assert_eq!(bucket(b'w', "a".bytes()), h as usize % NGRAM_BUCKETS);
    }

    #[test]
    fn long_lines_get_no_ngram_inputs_and_names_cover_every_input() {
        assert_eq!(feature_name(0), "bias");
        assert_eq!(feature_name(NAMED), "ngram_000");
        assert_eq!(
            feature_name(SENTENCE_COPY - 1),
            format!("ngram_{:03}", NGRAM_BUCKETS - 1)
        );
        assert_eq!(feature_name(SENTENCE_COPY), "sentence_bias");
        assert_eq!(
            feature_name(D - 1),
            format!("sentence_{}", FEATURES[NAMED - 1])
        );
        let long = "Officials from both sides met at the crossing on Monday to discuss reopening \
            it to trucks, and traders on both sides said they hoped the talks would end the \
            closure before the harvest, which they need to sell across the border.";
        assert!(words(long).count() > NGRAM_MAX_WORDS);
        let a = crate::extract::extract_text(&format!(
            "{long}\n\nShare this story\n\n{long} again\n\n{long} once more"
        ));
        // (Long enough for the model: shorter texts are left to the shape rules.)
        let total: usize = a.blocks.iter().map(|b| words(&b.text).count()).sum();
        assert!(total >= 100, "{total}");
        let xs = crate::noise::model_inputs(&a);
        let short = xs[1].expect("judged by the model");
        assert!(short[NAMED..SENTENCE_COPY].iter().any(|v| *v > 0.0));
        let first = xs[0].expect("judged by the model");
        assert!(first[NAMED..SENTENCE_COPY].iter().all(|v| *v == 0.0));
        // The sentence lines' copy of the named inputs: the long sentence has it, the short
        // label has none.
        assert_eq!(first[SENTENCE_COPY..], first[..NAMED]);
        assert!(short[SENTENCE_COPY..].iter().all(|v| *v == 0.0));
    }

    #[test]
    fn probability_is_the_logistic_of_the_weighted_sum() {
        let mut w = vec![0.0; D];
        w[0] = 2.0;
        let m = Weights { w, threshold: 0.5 };
        let mut x = [0.0; D];
        x[0] = 1.0;
        let p = m.probability(&x);
        assert!((p - 1.0 / (1.0 + (-2.0f32).exp())).abs() < 1e-6);
    }
}
