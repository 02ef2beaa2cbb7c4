//! The one error type of the binary: what went wrong and what to do about it.

use std::fmt;

/// A failure shown to the user: a message, and a hint saying what to do.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) message: String,
    pub(crate) help: Option<String>,
}

impl Failure {
    pub(crate) fn new(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            help: None,
        }
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Failure {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

impl miette::Diagnostic for Failure {
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
}

impl From<truce_node::NodeError> for Failure {
    fn from(e: truce_node::NodeError) -> Failure {
        use truce_node::NodeError as E;
        let help = match &e {
            E::Store(truce_store::StoreError::Unavailable { .. }) => Some(
                "check that the database is running and the URL (--database-url or TRUCE_DATABASE_URL) is right; nothing was written",
            ),
            E::Damaged(_) => Some(
                "run 'truce audit' to find the first bad entry; do not write to this log until it is repaired from a mirror",
            ),
            E::Entry(_) => Some("nothing was written; correct the record and submit it again"),
            _ => None,
        };
        let f = Failure::new(e.to_string());
        match help {
            Some(h) => f.help(h),
            None => f,
        }
    }
}

impl From<truce_node::Refusal> for Failure {
    fn from(e: truce_node::Refusal) -> Failure {
        Failure::new(e.to_string())
            .help("nothing was written; correct the record and submit it again")
    }
}

/// Shorthand for a result whose error is shown to the user.
pub(crate) type CliResult<T> = Result<T, Failure>;
