//! What each command does: read inputs, call the node, print the result.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use jiff::Timestamp;
use truce_core::agreement::Agreement;
use truce_core::authority::unsigned_genesis_signers;
use truce_core::kinds::Kind;
use truce_core::record::{MAX_ENTRY_BYTES, Record, parse_time};
use truce_node::LogNode;
use truce_node::audit::{StoreSource, TileDirSource, audit};
use truce_node::node::{agreement_at, latest_checkpoint, prove_consistency, prove_inclusion};
use truce_tlog::note::{Note, Signer, Verifier};

use crate::cli::{
    AgreementCommand, BenchmarkCommand, Cli, Command, FindingCommand, Global, IncidentCommand,
    LogCommand, ProveCommand,
};
use crate::failure::{CliResult, Failure};
use crate::store::{AnyStore, DataDir};
use crate::{demo, evidence, keys, progress, store, views};

pub(crate) fn run(cli: Cli) -> CliResult<ExitCode> {
    let g = &cli.global;
    match cli.command {
        Command::Keygen { name, out } => {
            let signer = keys::generate(&name)?;
            keys::write_private(&out, &signer)?;
            println!("{}", signer.verifier().to_vkey());
        }
        Command::Agreement(AgreementCommand::Draft { file, time }) => {
            let agreement = read_agreement(&file)?;
            print!(
                "{}",
                agreement_text(Kind::GENESIS, &agreement, record_time(time)?)?
            );
        }
        Command::Agreement(AgreementCommand::Amend { file, time }) => {
            let agreement = read_agreement(&file)?;
            print!(
                "{}",
                agreement_text(Kind::AMEND, &agreement, record_time(time)?)?
            );
        }
        Command::Append { note } => append(g, &note)?,
        Command::Sign { key, note } => sign(&key, &note)?,
        Command::Init { genesis, log_key } => init(g, &genesis, &log_key)?,
        Command::Vkey => {
            let node_key = log_signer(g)?;
            println!("{}", node_key.verifier().to_vkey());
        }
        Command::Checkpoint => {
            let store = store::open(g, false)?;
            let log = log_verifier(&*store)?;
            let (_, bytes) = latest_checkpoint(&*store, &log)?;
            std::io::stdout()
                .write_all(&bytes)
                .map_err(stdout_failure)?;
        }
        Command::Submit {
            key,
            kind,
            file,
            batch,
            commit_every,
        } => submit(
            g,
            &key,
            &kind,
            file.as_deref(),
            batch.as_deref(),
            commit_every,
        )?,
        Command::Prove(p) => {
            let store = store::open(g, false)?;
            let log = log_verifier(&*store)?;
            let json = match p {
                ProveCommand::Inclusion { index, size } => {
                    serde_json::to_string(&prove_inclusion(&*store, &log, index, size)?)
                }
                ProveCommand::Consistency { old, new } => {
                    serde_json::to_string(&prove_consistency(&*store, &log, old, new)?)
                }
            }
            .expect("proofs serialise");
            println!("{json}");
        }
        Command::Log(LogCommand::Export { dir }) => {
            let store = store::open(g, false)?;
            let bar = progress::bar("exporting tiles");
            let report = truce_node::export::export(&*store, &dir, progress::updater(&bar))?;
            bar.finish_and_clear();
            println!(
                "{}",
                serde_json::to_string(&report).expect("report serialises")
            );
        }
        Command::Audit { tiles, vkey } => {
            return audit_command(g, tiles.as_deref(), vkey.as_deref());
        }
        Command::Demo => demo::run(g)?,
        Command::Intake(c) => crate::intake::run(g, c)?,
        Command::Evidence(c) => evidence::run(g, c)?,
        Command::Status(v) => views::status(g, &v)?,
        Command::Incident(IncidentCommand::Report { key, file }) => {
            submit(g, &key, "incident.report", Some(&file), None, None)?
        }
        Command::Incident(IncidentCommand::List { view, public }) => {
            views::incident_list(g, &view, public.public)?
        }
        Command::Incident(IncidentCommand::Show {
            number,
            view,
            public,
        }) => views::incident_show(g, number, &view, public.public)?,
        Command::Finding(FindingCommand::Show {
            number,
            view,
            public,
        }) => views::finding_show(g, number, &view, public.public)?,
        Command::Benchmark(BenchmarkCommand::Status(v)) => views::benchmarks(g, &v)?,
        Command::Reciprocity(v) => views::reciprocity(g, &v)?,
        Command::Ladder(v) => views::ladder(g, &v)?,
        Command::Report { from, to, format } => views::report(g, &from, &to, &format)?,
        Command::Draft { kind, file, time } => {
            let kind = Kind::parse(&kind).map_err(|e| {
                Failure::new(e.to_string()).help("pass one of the known kinds with --kind")
            })?;
            let body = read_input(&file)?;
            let value: serde_json::Value = serde_json::from_slice(&body).map_err(|e| {
                Failure::new(format!("{} is not valid JSON: {e}", file.display()))
                    .help("the body must be one JSON object")
            })?;
            let record = Record::new(kind, record_time(time)?, value)
                .map_err(|e| Failure::new(e.to_string()))?;
            print!("{}", record.to_text());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn stdout_failure(e: std::io::Error) -> Failure {
    Failure::new(format!("cannot write to standard output: {e}"))
}

fn read_agreement(file: &Path) -> CliResult<Agreement> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        Failure::new(format!(
            "cannot read the agreement file {}: {e}",
            file.display()
        ))
    })?;
    Agreement::from_toml(&text).map_err(|e| {
        Failure::new(format!("{}: {e}", file.display()))
            .help("fix the agreement file and draft again; see the example written by 'truce demo' (agreement.toml)")
    })
}

/// `--time`, or now.
fn record_time(time: Option<String>) -> CliResult<Timestamp> {
    match time {
        Some(t) => parse_time(&t).map_err(|e| {
            Failure::new(e.to_string()).help("write the time like 2025-10-19T06:30:00Z")
        }),
        None => Ok(Timestamp::now()),
    }
}

/// The unsigned genesis or amendment note text for `agreement` at `time`.
pub(crate) fn agreement_text(
    kind: Kind,
    agreement: &Agreement,
    time: Timestamp,
) -> CliResult<String> {
    let record =
        Record::new(kind, time, agreement.to_json()).map_err(|e| Failure::new(e.to_string()))?;
    Ok(record.to_text())
}

/// Reads a note file that may be signed already or be only the drafted text.
fn read_note(path: &Path) -> CliResult<Note> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::new(format!("cannot read the note {}: {e}", path.display())))?;
    // A drafted note is only its text; a signed one has a blank line before its signatures.
    let note = if bytes.windows(2).any(|w| w == b"\n\n") {
        Note::parse(&bytes)
    } else {
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| return_note_failure(path, "it is not UTF-8 text".into()))?;
        Note::new(text)
    };
    note.map_err(|e| return_note_failure(path, e.to_string()))
}

fn return_note_failure(path: &Path, what: String) -> Failure {
    Failure::new(format!("{} is not a valid note: {what}", path.display()))
        .help("use the file printed by 'truce agreement draft' (or a copy another signer returned), unchanged")
}

pub(crate) fn sign_note(note: &mut Note, signer: &Signer) -> CliResult<()> {
    Record::parse(note.text()).map_err(|e| {
        Failure::new(format!("the note is not a truce record: {e}"))
            .help("sign only notes drafted by truce")
    })?;
    note.sign(signer);
    Ok(())
}

fn sign(key: &Path, path: &Path) -> CliResult<()> {
    let signer = keys::read_private(key)?;
    let mut note = read_note(path)?;
    sign_note(&mut note, &signer)?;
    let tmp = path.with_extension("signing");
    std::fs::write(&tmp, note.to_bytes())
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| Failure::new(format!("cannot write {}: {e}", path.display())))?;
    let record = Record::parse(note.text()).expect("checked above");
    if record.kind == Kind::GENESIS
        && let Ok(agreement) = Agreement::from_json(&serde_json::Value::Object(record.body))
    {
        let missing = unsigned_genesis_signers(&agreement, Some(&note));
        if missing.is_empty() {
            eprintln!(
                "signed; every party and facilitator has now signed: run 'truce init --genesis {} --log-key LOGKEY'",
                path.display()
            );
        } else {
            eprintln!("signed; still to sign: {}", missing.join(", "));
        }
    } else {
        eprintln!("signed as {}", signer.name().as_str());
    }
    Ok(())
}

fn init(g: &Global, genesis: &Path, log_key: &Path) -> CliResult<()> {
    let signer = keys::read_private(log_key)?;
    let bytes = std::fs::read(genesis).map_err(|e| {
        Failure::new(format!(
            "cannot read the genesis {}: {e}",
            genesis.display()
        ))
    })?;
    // Check everything before touching the data folder, so a refused genesis writes nothing.
    let state = truce_core::check_genesis(&bytes).map_err(|e| {
        let f = Failure::new(format!("the genesis cannot open a log: {e}"));
        match unsigned_from_bytes(&bytes) {
            Some(missing) if !missing.is_empty() => f.help(format!(
                "still to sign: {}; each of them runs 'truce sign --key THEIR.key {}'",
                missing.join(", "),
                genesis.display()
            )),
            _ => f.help("nothing was written; fix the genesis and try again"),
        }
    })?;
    let log = &state.agreement().log;
    if signer.verifier().to_vkey() != log.vkey {
        return Err(Failure::new(format!(
            "the agreement names the log key {}, but {} is the key {}",
            log.vkey,
            log_key.display(),
            signer.verifier().to_vkey()
        ))
        .help(
            "give the log key whose verifier key was written into the agreement's [log] section",
        ));
    }
    let data = DataDir::new(&g.data);
    let store = store::open(g, true)?;
    if store.head().map_err(store::store_failure)?.is_some() {
        return Err(Failure::new(format!("a log already exists in {}", store.describe()))
            .help("each data folder (or database) holds one log; choose another with --data or --database-url"));
    }
    data.ensure_writable()?;
    if !data.log_key().exists() {
        keys::write_private(&data.log_key(), &signer)?;
    }
    let node = LogNode::open(store, signer, Some(&data.writer_lock()))?;
    let receipt = node.init(&bytes)?;
    println!(
        "{}",
        serde_json::to_string(&receipt).expect("receipt serialises")
    );
    Ok(())
}

fn unsigned_from_bytes(bytes: &[u8]) -> Option<Vec<String>> {
    // A drafted genesis that nobody has signed yet is only its text.
    let note = Note::parse(bytes)
        .ok()
        .or_else(|| Note::new(std::str::from_utf8(bytes).ok()?).ok())?;
    let record = Record::parse(note.text()).ok()?;
    let agreement = Agreement::from_json(&serde_json::Value::Object(record.body)).ok()?;
    Some(unsigned_genesis_signers(&agreement, Some(&note)))
}

/// The log's signing key from the data folder.
pub(crate) fn log_signer(g: &Global) -> CliResult<Signer> {
    let data = DataDir::new(&g.data);
    data.require_exists()?;
    let path = data.log_key();
    if !path.exists() {
        return Err(
            Failure::new(format!("{} holds no log key", data.root.display())).help(
                "this folder is not a log node; create one with 'truce init' or 'truce demo'",
            ),
        );
    }
    keys::read_private(&path)
}

/// The log's verifier key, from the agreement in the log itself.
fn log_verifier(store: &dyn truce_store::Store) -> CliResult<Verifier> {
    let head = store
        .head()
        .map_err(store::store_failure)?
        .ok_or(truce_node::NodeError::NotInitialised)?;
    let state = agreement_at(store, head.size)?;
    state
        .agreement()
        .log_verifier()
        .map_err(|e| Failure::new(e.to_string()))
}

pub(crate) fn read_input(path: &Path) -> CliResult<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Failure::new(format!("cannot read standard input: {e}")))?;
        Ok(buf)
    } else {
        std::fs::read(path)
            .map_err(|e| Failure::new(format!("cannot read {}: {e}", path.display())))
    }
}

/// Builds one signed entry from a JSON body.
pub(crate) fn build_entry(
    signer: &Signer,
    kind: Kind,
    body: &str,
    time: Timestamp,
    what: &str,
) -> CliResult<Vec<u8>> {
    let value: serde_json::Value = serde_json::from_str(body).map_err(|e| {
        Failure::new(format!("{what} is not valid JSON: {e}")).help(
            "the body must be one JSON object with the fields its kind requires (the records 'truce demo' writes are examples); nothing was written",
        )
    })?;
    let record = Record::new(kind, time, value).map_err(|e| {
        Failure::new(format!("{what}: {e}"))
            .help("nothing was written; correct the body and submit again")
    })?;
    let mut note =
        Note::new(&record.to_text()).map_err(|e| Failure::new(format!("{what}: {e}")))?;
    note.sign(signer);
    let bytes = note.to_bytes();
    if bytes.len() > MAX_ENTRY_BYTES {
        return Err(Failure::new(format!(
            "{what} is {} bytes once signed, over the limit of {MAX_ENTRY_BYTES}",
            bytes.len()
        ))
        .help("store large material (evidence files) separately and reference it by its SHA-256; nothing was written"));
    }
    Ok(bytes)
}

fn submit(
    g: &Global,
    key: &Path,
    kind: &str,
    file: Option<&Path>,
    batch: Option<&Path>,
    commit_every: Option<u64>,
) -> CliResult<()> {
    let signer = keys::read_private(key)?;
    let kind = Kind::parse(kind)
        .map_err(|e| Failure::new(e.to_string()).help("pass one of the known kinds with --kind"))?;
    let now = Timestamp::now();
    let entries: Vec<Vec<u8>> = match (file, batch) {
        (Some(f), _) => {
            let input = read_input(f)?;
            let text = String::from_utf8(input)
                .map_err(|_| Failure::new(format!("{} is not UTF-8 text", f.display())))?;
            let what = if f.as_os_str() == "-" {
                "standard input".to_string()
            } else {
                f.display().to_string()
            };
            vec![build_entry(&signer, kind, &text, now, &what)?]
        }
        (None, Some(b)) => {
            let input = read_input(b)?;
            let text = String::from_utf8(input)
                .map_err(|_| Failure::new(format!("{} is not UTF-8 text", b.display())))?;
            text.lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(n, l)| {
                    build_entry(
                        &signer,
                        kind,
                        l,
                        now,
                        &format!("line {} of {}", n + 1, b.display()),
                    )
                })
                .collect::<CliResult<_>>()?
        }
        (None, None) => {
            return Err(Failure::new(
                "give a FILE.json (or '-') or --batch FILE.jsonl",
            ));
        }
    };
    append_entries(g, &entries, batch.is_some(), commit_every)
}

/// Appends entries all or nothing, printing each receipt once its group is durable.
pub(crate) fn append_entries(
    g: &Global,
    entries: &[Vec<u8>],
    numbered: bool,
    commit_every: Option<u64>,
) -> CliResult<()> {
    let data = DataDir::new(&g.data);
    let log_key = log_signer(g)?;
    let store: AnyStore = store::open(g, false)?;
    let node = LogNode::open(store, log_key, Some(&data.writer_lock()))?;
    // All or nothing: every entry is checked first, so one bad line writes nothing. Receipts
    // are printed group by group, each only once its group is durable.
    let group = commit_every.map_or(usize::MAX, |n| n as usize);
    let mut out = std::io::stdout().lock();
    let mut write_error = None;
    let results = node.submit_with(entries, true, group, |receipts| {
        for receipt in receipts {
            let line = serde_json::to_string(receipt).expect("receipt serialises");
            if let Err(e) = writeln!(out, "{line}").and_then(|()| out.flush()) {
                write_error.get_or_insert(e);
            }
        }
    })?;
    if let Some(e) = write_error {
        return Err(stdout_failure(e));
    }
    let refused = results.iter().enumerate().find_map(|(i, r)| match r {
        Err(truce_node::Refusal::Withheld) | Ok(_) => None,
        Err(e) => Some((i, e)),
    });
    if let Some((i, e)) = refused {
        let place = if numbered {
            format!("record {} of the batch: ", i + 1)
        } else {
            String::new()
        };
        return Err(Failure::new(format!("{place}{e}"))
            .help("nothing was written; correct it and submit again"));
    }
    Ok(())
}

fn append(g: &Global, path: &Path) -> CliResult<()> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::new(format!("cannot read the note {}: {e}", path.display())))?;
    let data = DataDir::new(&g.data);
    let log_key = log_signer(g)?;
    let store: AnyStore = store::open(g, false)?;
    let node = LogNode::open(store, log_key, Some(&data.writer_lock()))?;
    match node.submit_batch(&[bytes])?.remove(0) {
        Ok(receipt) => {
            println!("{}", serde_json::to_string(&receipt).expect("receipt serialises"));
            Ok(())
        }
        Err(e) => Err(Failure::new(format!("{}: {e}", path.display())).help(
            "nothing was written; a note must be signed by the keys the agreement in force requires for its kind, and follow the mechanism's rules",
        )),
    }
}

fn audit_command(g: &Global, tiles: Option<&Path>, vkey: Option<&str>) -> CliResult<ExitCode> {
    let bar = progress::bar("auditing");
    let result = match tiles {
        Some(dir) => {
            let vkey = vkey.expect("clap requires --vkey with --tiles");
            let key = Verifier::from_vkey(vkey).map_err(|e| {
                Failure::new(format!("\"{vkey}\" is not a verifier key: {e}"))
                    .help("pass the log's key as printed by 'truce vkey' on the log node: NAME+HASH+BASE64")
            })?;
            if !dir.is_dir() {
                return Err(Failure::new(format!("{} is not a folder", dir.display()))
                    .help("pass the folder written by 'truce log export DIR'"));
            }
            audit(
                &TileDirSource::new(dir),
                Some(&key),
                progress::updater(&bar),
            )
        }
        None => {
            let store = store::open(g, false)?;
            let local = DataDir::new(&g.data).log_key();
            let key = if local.exists() {
                Some(keys::read_private(&local)?.verifier())
            } else {
                None
            };
            audit(&StoreSource(&*store), key.as_ref(), progress::updater(&bar))
        }
    };
    bar.finish_and_clear();
    match result {
        Ok(report) => {
            println!(
                "{}",
                serde_json::to_string(&report).expect("report serialises")
            );
            Ok(ExitCode::SUCCESS)
        }
        // The store itself found its data inconsistent (e.g. a gap in the entries): that is
        // what the audit is for, so report it as a finding, not as a failure to run.
        Err(truce_node::audit::AuditFailure::Source(truce_node::NodeError::Store(
            e @ truce_store::StoreError::Corrupt(_),
        ))) => {
            eprintln!("audit FAILED: {e}");
            Ok(ExitCode::from(3))
        }
        Err(truce_node::audit::AuditFailure::Source(e)) => Err(e.into()),
        Err(failure) => {
            eprintln!("audit FAILED: {failure}");
            Ok(ExitCode::from(3))
        }
    }
}
