//! Open-source intake: news articles in, clean text and candidate events ("leads") out.
//!
//! The pipeline is `extract` (HTML or plain text to paragraphs) → `noise` (drop lines planted in
//! the body: other articles' headlines, teasers, comment forms, navigation, bylines) → `leads`
//! (sentences naming a place or actor and an event, with dates resolved against the publication
//! date, casualties and an ACLED event type). `dedup` folds near-duplicate articles.
//!
//! This crate performs no I/O and reads no clock: the publication date is an input. It never
//! fails a whole article: functions return their result with a list of [`Warning`]s. Leads are
//! proposals for monitors, never verified facts.

pub mod actors;
pub mod casualties;
pub mod dates;
pub mod dedup;
pub mod events;
pub mod extract;
pub mod gazetteer;
pub mod leads;
pub mod noise;
mod text;

pub use extract::{Article, Block, BlockKind, extract};
pub use leads::{Lead, leads};
pub use noise::{Cleaned, NoiseKind, clean};

/// Something the intake could not do fully for one article; the rest of the article is still used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Warning {
    /// The readability pass found no main content; every text block of the page was kept instead.
    #[error(
        "could not find the article's main content ({reason}); kept every text block of the page instead, so check the output for page chrome"
    )]
    NoMainContent {
        /// What the extractor reported.
        reason: String,
    },
    /// The input was not valid UTF-8; invalid bytes were replaced.
    #[error(
        "the input is not valid UTF-8; invalid bytes were replaced with U+FFFD (save the page as UTF-8 to keep every character)"
    )]
    InvalidUtf8,
    /// Nothing readable was found.
    #[error("no text found in the input; check that the file is an article (HTML or plain text)")]
    Empty,
    /// Noise removal would have removed most of the article, so it was not applied.
    #[error(
        "the noise filter judged most of the article to be noise, so nothing was removed; read this article by hand"
    )]
    NoiseFilterSkipped,
}
