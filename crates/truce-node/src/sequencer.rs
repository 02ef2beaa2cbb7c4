//! Group commit for concurrent writers: submissions from many threads queue up, and one writer
//! thread turns whatever is waiting into a single batch — one batch signature verification, one
//! durable store write and one checkpoint — then answers each submitter.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::thread::JoinHandle;

use truce_store::Store;

use crate::node::{LogNode, MAX_BATCH, Receipt};

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
        let handle = std::thread::Builder::new()
            .name("truce-sequencer".into())
            .spawn(move || run(&node, &rx))
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

fn run<S: Store>(node: &LogNode<S>, rx: &Receiver<Job>) {
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
        match node.submit_batch(&entries) {
            Ok(results) => {
                for (job, r) in jobs.into_iter().zip(results) {
                    let _ = job.reply.send(r.map_err(SubmitError::Refused));
                }
            }
            Err(e) => {
                let msg = e.to_string();
                for job in jobs {
                    let _ = job.reply.send(Err(SubmitError::Failed(msg.clone())));
                }
            }
        }
    }
}
