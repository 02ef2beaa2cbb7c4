//! Command-line arguments. Help text sits next to each flag and is written for the people who
//! run a mechanism, not for engineers.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// A ceasefire verification mechanism whose record nobody can rewrite.
#[derive(Parser, Debug)]
#[command(name = "truce", version, about, long_about = None, after_help = "Start with 'truce demo' to build an illustrative mechanism, then 'truce audit'.")]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: Global,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Options every command takes.
#[derive(Args, Debug, Clone)]
pub(crate) struct Global {
    /// Folder holding this node's log database, log key and lock file.
    #[arg(
        long,
        global = true,
        env = "TRUCE_DATA",
        default_value = "./truce-data"
    )]
    pub(crate) data: PathBuf,
    /// Use a PostgreSQL database instead of the SQLite file in the data folder
    /// (e.g. postgres://user@host:5432/truce).
    #[arg(long, global = true, env = "TRUCE_DATABASE_URL")]
    pub(crate) database_url: Option<String>,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Create a signing key (C2SP signed-note Ed25519) and print its verifier key.
    #[command(after_help = "Example: truce keygen pk-liaison --out pk-liaison.key")]
    Keygen {
        /// Name of the key, e.g. pk-liaison (no spaces, no '+').
        name: String,
        /// File to write the private key to (created with mode 0600; never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
    /// Work with agreement files.
    #[command(subcommand)]
    Agreement(AgreementCommand),
    /// Add your signature to a note (e.g. a drafted genesis or amendment), in place.
    #[command(after_help = "Example: truce sign --key pk-liaison.key genesis.note")]
    Sign {
        /// Your private key file.
        #[arg(long)]
        key: PathBuf,
        /// The note to sign; it is rewritten with your signature line added.
        note: PathBuf,
    },
    /// Create the log from a genesis signed by every party and facilitator.
    #[command(after_help = "Example: truce init --genesis genesis.note --log-key log.key")]
    Init {
        /// The signed genesis note.
        #[arg(long)]
        genesis: PathBuf,
        /// The log's private key (its verifier key must be the one the agreement names).
        #[arg(long)]
        log_key: PathBuf,
    },
    /// Print the log's verifier key.
    Vkey,
    /// Print the latest signed checkpoint.
    Checkpoint,
    /// Sign a record with your key and append it to the log; prints a receipt once it is durable.
    #[command(
        after_help = "Examples:\n  truce submit --key pk-liaison.key --kind incident.report report.json\n  truce submit --key monitor.key --kind observation --batch observations.jsonl"
    )]
    Submit {
        /// Your private key file.
        #[arg(long)]
        key: PathBuf,
        /// What the record is, e.g. incident.report.
        #[arg(long)]
        kind: String,
        /// A JSON file holding the record's body ('-' reads standard input).
        #[arg(required_unless_present = "batch", conflicts_with = "batch")]
        file: Option<PathBuf>,
        /// A file with one JSON body per line; each becomes a record. Every line is checked
        /// before anything is written: one bad line writes nothing.
        #[arg(long)]
        batch: Option<PathBuf>,
        /// With --batch: make records durable and print their receipts in groups of this many,
        /// so a long upload over a poor link keeps what was acknowledged if it is cut off.
        #[arg(long, requires = "batch", value_parser = clap::value_parser!(u64).range(1..=4096))]
        commit_every: Option<u64>,
    },
    /// Append a note its authors have already signed, e.g. an amendment signed by the quorum.
    #[command(
        after_help = "Example:\n  truce agreement amend agreement-v2.toml > amend.note\n  truce sign --key pk-liaison.key amend.note   (and each other signer)\n  truce append amend.note"
    )]
    Append {
        /// The signed note.
        note: PathBuf,
    },
    /// Print proofs that anyone can check against a checkpoint.
    #[command(subcommand)]
    Prove(ProveCommand),
    /// Export or inspect the log.
    #[command(subcommand)]
    Log(LogCommand),
    /// Re-verify the whole log: every signature, every hash, the checkpoint.
    #[command(
        after_help = "Examples:\n  truce audit\n  truce audit --tiles ./mirror --vkey 'truce.example/log+1a2b3c4d+AQ...'"
    )]
    Audit {
        /// Audit an exported tile mirror in this folder instead of the local store.
        #[arg(long, requires = "vkey")]
        tiles: Option<PathBuf>,
        /// The log's verifier key you trust (required with --tiles).
        #[arg(long)]
        vkey: Option<String>,
    },
    /// Build an illustrative mechanism (example agreement, keys, records) in the data folder.
    Demo,
    /// Evidence files: keep one beside the log and record its SHA-256, or check a disclosed file.
    #[command(subcommand)]
    Evidence(EvidenceCommand),
    /// Where the mechanism stands: incidents by status, deadlines, ladder, benchmarks, reciprocity.
    #[command(
        after_help = "Examples:\n  truce status\n  truce status --at 2026-01-31T12:00:00Z --format json"
    )]
    Status(ViewArgs),
    /// Incidents: report one, list them, show one with its whole history.
    #[command(subcommand)]
    Incident(IncidentCommand),
    /// Findings: show one with the dissents attached to it.
    #[command(subcommand)]
    Finding(FindingCommand),
    /// The benchmark board: on track, at risk, overdue, met or missed, and why.
    #[command(subcommand)]
    Benchmark(BenchmarkCommand),
    /// The reciprocity ledger: each link and each party's balance over time.
    Reciprocity(ViewArgs),
    /// The response ladder: the step each party is on and the findings that put it there.
    Ladder(ViewArgs),
    /// The periodic verification report for a period, in Markdown or JSON.
    #[command(after_help = "Example: truce report --from 2026-01-01 --to 2026-01-07")]
    Report {
        /// First day of the period (YYYY-MM-DD, UTC).
        #[arg(long)]
        from: String,
        /// Last day of the period, inclusive.
        #[arg(long)]
        to: String,
        /// markdown (default) or json.
        #[arg(long, default_value = "markdown")]
        format: String,
    },
    /// Print the unsigned note for a record that several must sign (e.g. a finding, signed by
    /// the finding quorum): then each signs it with 'truce sign' and one appends it.
    #[command(
        after_help = "Example:\n  truce draft --kind finding finding.json > finding.note\n  truce sign --key qa.key finding.note && truce sign --key tr.key finding.note\n  truce append finding.note"
    )]
    Draft {
        /// The record kind.
        #[arg(long)]
        kind: String,
        /// The body, as JSON ('-' reads standard input).
        file: PathBuf,
        /// Record time instead of now (RFC 3339, UTC).
        #[arg(long)]
        time: Option<String>,
    },
    /// Read news articles: clean text, candidate events (leads) and folded near-duplicates.
    #[command(subcommand)]
    Intake(IntakeCommand),
}

/// Options of the read-only views.
#[derive(Args, Debug, Clone)]
pub(crate) struct ViewArgs {
    /// Compute deadlines and statuses as at this time instead of now (RFC 3339, UTC).
    #[arg(long)]
    pub(crate) at: Option<String>,
    /// human (default) or json.
    #[arg(long, default_value = "human")]
    pub(crate) format: String,
}

#[derive(Subcommand, Debug)]
pub(crate) enum IncidentCommand {
    /// Report an incident: sign the body with your key and append it.
    #[command(after_help = "Example: truce incident report --key pk-liaison.key report.json")]
    Report {
        /// Your private key file.
        #[arg(long)]
        key: PathBuf,
        /// The report body, as JSON ('-' reads standard input).
        file: PathBuf,
    },
    /// List incidents with their status.
    #[command(after_help = "Example: truce incident list --public --format json")]
    List {
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        public: PublicArg,
    },
    /// Show one incident with its whole history, evidence and finding.
    Show {
        /// The incident number (the log index of its report).
        number: u64,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        public: PublicArg,
    },
}

/// The choice between the participants' view and the one for publishing.
#[derive(Args, Debug, Clone, Copy)]
pub(crate) struct PublicArg {
    /// Show only what may be published: restricted and confidential incidents are withheld
    /// (their number, status, finding and evidence hashes remain) and evidence above public
    /// shows only its SHA-256, against which a later disclosure can be checked with
    /// 'truce evidence check'.
    #[arg(long)]
    pub(crate) public: bool,
}

#[derive(Subcommand, Debug)]
pub(crate) enum EvidenceCommand {
    /// Keep a file in the data folder under its SHA-256 and append an evidence record for it.
    #[command(
        after_help = "Example: truce evidence add --key joint-monitors.key --incident 1 --media-type image/jpeg --classification restricted --description 'Crater, north wall' --collected-by 'field unit 2' photo.jpg"
    )]
    Add {
        /// Your private key file.
        #[arg(long)]
        key: PathBuf,
        /// The incident it concerns (its number).
        #[arg(long)]
        incident: u64,
        /// Media type, e.g. image/jpeg or application/pdf.
        #[arg(long)]
        media_type: String,
        /// public, restricted or confidential. Restricted evidence shows only its hash publicly.
        #[arg(long, default_value = "restricted")]
        classification: String,
        /// What it shows.
        #[arg(long)]
        description: String,
        /// Who collected it.
        #[arg(long)]
        collected_by: String,
        /// When it was collected (RFC 3339, UTC); default now.
        #[arg(long)]
        collected_at: Option<String>,
        /// The file.
        file: PathBuf,
    },
    /// Prove a disclosed file is the evidence the log recorded: hash it and find its record.
    #[command(after_help = "Example: truce evidence check photo.jpg")]
    Check {
        /// The file.
        file: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub(crate) enum FindingCommand {
    /// Show a finding and the dissents attached to it.
    Show {
        /// The finding's log index.
        number: u64,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        public: PublicArg,
    },
}

#[derive(Subcommand, Debug)]
pub(crate) enum BenchmarkCommand {
    /// The benchmark board.
    Status(ViewArgs),
}

#[derive(Subcommand, Debug)]
pub(crate) enum AgreementCommand {
    /// Check an agreement file and print the unsigned genesis note for the signers.
    #[command(after_help = "Example: truce agreement draft agreement.toml > genesis.note")]
    Draft {
        /// The agreement, in TOML.
        file: PathBuf,
        /// Record time to use instead of now (RFC 3339, UTC), so every signer signs the same text.
        #[arg(long)]
        time: Option<String>,
    },
    /// Check an amended agreement file and print the unsigned amendment note for the quorum.
    #[command(after_help = "Example: truce agreement amend agreement-v2.toml > amend.note")]
    Amend {
        /// The whole agreement as it will read after the amendment, in TOML.
        file: PathBuf,
        /// Record time to use instead of now (RFC 3339, UTC), so every signer signs the same text.
        #[arg(long)]
        time: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub(crate) enum ProveCommand {
    /// Prove that an entry is in the log.
    Inclusion {
        /// The entry's index.
        index: u64,
        /// The tree size to prove against (default: the latest checkpoint).
        #[arg(long)]
        size: Option<u64>,
    },
    /// Prove that the log at OLD entries is a prefix of the log at NEW entries.
    Consistency {
        /// The older size.
        old: u64,
        /// The newer size.
        new: u64,
    },
}

#[derive(Subcommand, Debug)]
pub(crate) enum LogCommand {
    /// Write the log as static C2SP tlog-tiles files any web server can serve.
    #[command(after_help = "Example: truce log export ./mirror")]
    Export {
        /// Folder to write into.
        dir: PathBuf,
    },
}

/// `truce intake`: open-source articles in, clean text and leads out. Leads are proposals for
/// monitors, never verified facts.
#[derive(Subcommand, Debug)]
pub(crate) enum IntakeCommand {
    /// Print an article's main text, one paragraph per line, with noise lines removed.
    #[command(after_help = "Examples:\n  truce intake clean article.html\n  \
        truce intake clean article.html --show-removed   # every paragraph; cut ones marked\n  \
        truce intake clean article.html --format json")]
    Clean {
        /// The article (HTML or plain text); '-' reads standard input.
        file: PathBuf,
        /// Also print the removed paragraphs, in place, each marked "[removed KIND] " (KIND:
        /// headline, teaser, form, navigation, byline, links, repeated or misfit), so a reader
        /// can see what was cut and restore what should not have been.
        #[arg(long)]
        show_removed: bool,
        /// Output format: text (one paragraph per line) or json (title and every paragraph with
        /// `removed` null or the reason).
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Print the candidate events (leads) an article reports.
    #[command(
        after_help = "Example: truce intake leads article.html --published 2025-11-03 --format json"
    )]
    Leads {
        /// The article (HTML or plain text); '-' reads standard input.
        file: PathBuf,
        /// The article's publication date (YYYY-MM-DD); relative dates are resolved against it.
        #[arg(long)]
        published: String,
        /// Output format: json.
        #[arg(long, default_value = "json")]
        format: String,
    },
    /// Read many articles, fold near-duplicates (every source kept) and print each story's leads.
    /// Short lines that recur in three or more different stories (the site's own furniture)
    /// are removed before leads are read.
    #[command(after_help = "Example: truce intake run scraped/ --published 2025-11-03")]
    Run {
        /// Folders (their .html, .htm and .txt files) or files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Publication date used for every article (YYYY-MM-DD).
        #[arg(long)]
        published: String,
        /// Output format: json (always used when standard output is not a terminal) or text.
        #[arg(long, default_value = "text")]
        format: String,
        /// Also append every lead to the log as an `intake.lead` record signed with this key (a
        /// monitor's or facilitator's), so a monitor can cite it from an incident report.
        /// Prints one receipt per lead; all or none are appended.
        #[arg(long)]
        key: Option<PathBuf>,
    },
}
