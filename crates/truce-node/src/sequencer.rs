//! Group commit for concurrent writers: submissions from many threads queue up, and the writer
//! turns whatever is waiting into a single batch — one batch signature verification, one
//! durable store write and one checkpoint — then answers each submitter.
//!
//! The writer is a two-stage pipeline: a checker thread prepares batch k+1 (signatures, rules,
//! tree) while a committer thread signs and makes batch k durable, so the store's fsync and the
//! checking overlap. Receipts still go out only once their batch is durable, in log order.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::thread::JoinHandle;

use truce_store::Store;

use crate::node::{LogNode, MAX_BATCH, PreparedBatch, Receipt};

/// Why a submission got no receipt.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    /// The entry breaks a rule; nothing was written for it.
    #[error(transparent)]
    Refused(#[from] crate::error::Refusal),
    /// The node could not write the batch; nothing was written for it.
    #[error("{0}")]
    Failed(String),
}

/// The answer to one submission: its receipt, or why there is none.
pub type Outcome = Result<Receipt, SubmitError>;

struct Job {
    entry: Vec<u8>,
    reply: SyncSender<Outcome>,
}

/// A handle to submit entries to the group-commit writer. Cheap to clone.
#[derive(Clone)]
pub struct Sequencer {
    tx: Sender<Job>,
}

impl Sequencer {
    /// Starts the writer thread for `node`. It stops when every `Sequencer` clone is dropped.
    pub fn start<S: Store + 'static>(node: Arc<LogNode<S>>) -> (Sequencer, JoinHandle<()>) {
        let (tx, rx) = mpsc::channel::<Job>();
        // One batch in flight between the stages: enough to overlap them, and a failed commit
        // voids at most the batch behind it.
        let (prepared_tx, prepared_rx) = mpsc::sync_channel::<(Vec<Job>, PreparedBatch)>(1);
        let committer_node = node.clone();
        let committer = std::thread::Builder::new()
            .name("truce-committer".into())
            .spawn(move || commit_stage(&committer_node, &prepared_rx))
            .expect("spawning the committer thread");
        let handle = std::thread::Builder::new()
            .name("truce-sequencer".into())
            .spawn(move || {
                check_stage(&node, &rx, &prepared_tx);
                drop(prepared_tx);
                let _ = committer.join();
            })
            .expect("spawning the sequencer thread");
        (Sequencer { tx }, handle)
    }

    /// Submits one entry and waits until it is durable (or refused).
    pub fn submit(&self, entry: Vec<u8>) -> Outcome {
        let (reply, answer) = mpsc::sync_channel(1);
        self.tx.send(Job { entry, reply }).map_err(|_| stopped())?;
        answer.recv().map_err(|_| stopped())?
    }
}

fn stopped() -> SubmitError {
    SubmitError::Failed("the log writer has stopped".into())
}

/// Stage one: collect what is waiting, check and integrate it, pass it on.
fn check_stage<S: Store>(
    node: &LogNode<S>,
    rx: &Receiver<Job>,
    out: &SyncSender<(Vec<Job>, PreparedBatch)>,
) {
    while let Ok(first) = rx.recv() {
        let mut jobs = vec![first];
        while jobs.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(j) => jobs.push(j),
                Err(_) => break,
            }
        }
        let entries: Vec<Vec<u8>> = jobs
            .iter_mut()
            .map(|j| std::mem::take(&mut j.entry))
            .collect();
        match node.prepare(&entries) {
            Ok(prepared) => {
                if out.send((jobs, prepared)).is_err() {
                    return;
                }
            }
            Err(e) => reply_all(jobs, &e.to_string()),
        }
    }
}

/// Stage two: sign and make each prepared batch durable, in order, then answer.
fn commit_stage<S: Store>(node: &LogNode<S>, rx: &Receiver<(Vec<Job>, PreparedBatch)>) {
    while let Ok((jobs, prepared)) = rx.recv() {
        match node.make_durable(prepared) {
            Ok(results) => {
                for (job, r) in jobs.into_iter().zip(results) {
                    let _ = job.reply.send(r.map_err(SubmitError::Refused));
                }
            }
            Err(e) => reply_all(jobs, &e.to_string()),
        }
    }
}

fn reply_all(jobs: Vec<Job>, message: &str) {
    for job in jobs {
        let _ = job
            .reply
            .send(Err(SubmitError::Failed(message.to_string())));
    }
}
