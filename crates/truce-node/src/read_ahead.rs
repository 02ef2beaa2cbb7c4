//! The two-stage pipeline the audit and the replay share: a reader thread reads chunk k+1 of a
//! log and does the work that needs only the agreement (parsing, signature checks, leaf
//! hashes) while the caller's thread applies chunk k to the agreement and the mechanism's state.
//!
//! The agreement can change part-way (an amendment), and what the reader did under the old one
//! may not hold under the new. So a chunk says whether it holds an amendment, and the reader then
//! waits for the agreement the caller reached before it reads on; and each chunk carries where
//! the agreement it was checked under was adopted, so the caller can tell it is still in force.

use std::sync::mpsc;

use truce_core::authority::AgreementState;

/// A chunk read ahead.
pub(crate) struct Chunk<T> {
    /// Index of its first entry.
    pub(crate) first: u64,
    /// The entries.
    pub(crate) entries: Vec<Vec<u8>>,
    /// What the reader's `prepare` made of them.
    pub(crate) prepared: T,
    /// Whether the chunk holds an amendment: the reader waits for the next agreement after it.
    pub(crate) amends: bool,
    /// Where the agreement the chunk was prepared under was adopted (its `adopted_at`).
    pub(crate) under: u64,
}

impl<U, V> Chunk<(U, V)> {
    /// Takes the second part of what was prepared out of the chunk.
    pub(crate) fn unzip(self) -> (Chunk<U>, V) {
        let (kept, taken) = self.prepared;
        let chunk = Chunk {
            first: self.first,
            entries: self.entries,
            prepared: kept,
            amends: self.amends,
            under: self.under,
        };
        (chunk, taken)
    }
}

/// Reads entries `from..size`, `chunk` at a time, with `read` on a reader thread, where
/// `prepare` turns each chunk's entries into `(T, amends)` under the agreement in force; hands
/// each [`Chunk`] in order to `consume` on this thread. After a chunk that amends, `consume`
/// must return the agreement now in force, which the reader continues under. Stops at the first
/// error from `read` or `consume`.
pub(crate) fn read_ahead<T: Send, E: Send>(
    from: u64,
    size: u64,
    chunk: u64,
    agreement: AgreementState,
    read: impl Fn(u64, u64) -> Result<Vec<Vec<u8>>, E> + Send,
    prepare: impl Fn(&AgreementState, &[Vec<u8>]) -> (T, bool) + Send,
    mut consume: impl FnMut(Chunk<T>) -> Result<Option<AgreementState>, E>,
) -> Result<(), E> {
    std::thread::scope(|scope| {
        let (chunk_tx, chunk_rx) = mpsc::sync_channel::<Result<Chunk<T>, E>>(2);
        let (agreement_tx, agreement_rx) = mpsc::channel::<AgreementState>();
        scope.spawn(move || {
            let mut agreement = agreement;
            let mut at = from;
            while at < size {
                let end = (at + chunk).min(size);
                let next = read(at, end).map(|entries| {
                    let (prepared, amends) = prepare(&agreement, &entries);
                    Chunk {
                        first: at,
                        entries,
                        prepared,
                        amends,
                        under: agreement.adopted_at,
                    }
                });
                let amends = next.as_ref().is_ok_and(|c| c.amends);
                let failed = next.is_err();
                if chunk_tx.send(next).is_err() || failed {
                    return;
                }
                if amends {
                    match agreement_rx.recv() {
                        Ok(next) => agreement = next,
                        // The caller stopped.
                        Err(_) => return,
                    }
                }
                at = end;
            }
        });
        let mut done = from;
        while done < size {
            let next = chunk_rx
                .recv()
                .expect("the reader sends every chunk or an error")?;
            let len = next.entries.len() as u64;
            let amends = next.amends;
            let in_force = consume(next)?;
            if amends {
                // Without it the reader would wait for ever; a caller that forgot is a bug.
                let in_force = in_force.expect("consume returns the agreement after an amendment");
                // If the reader has stopped already, so will this loop.
                let _ = agreement_tx.send(in_force);
            }
            done += len;
        }
        Ok(())
    })
}
