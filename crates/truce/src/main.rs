//! `truce`: the command line of a ceasefire verification mechanism.
//!
//! This crate is glue: it parses arguments (clap), reads the clock and files, opens the chosen
//! store, calls the node, and turns every error into a message that says what was wrong and what
//! to do (miette). The rules live in `truce-core`, the log in `truce-tlog` and `truce-node`.

use std::process::ExitCode;

mod cli;
mod commands;
mod demo;
mod evidence;
mod failure;
mod intake;
mod keys;
mod progress;
mod store;
mod views;

use clap::Parser;

// The log's hot paths (checking and applying records on several threads) allocate many small
// values on one thread and free them on another, where glibc's allocator spent a third of an
// audit's time; mimalloc is made for that pattern.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match commands::run(args) {
        Ok(code) => code,
        Err(failure) => {
            let report = miette::Report::new(failure);
            eprintln!("{report:?}");
            ExitCode::from(1)
        }
    }
}
