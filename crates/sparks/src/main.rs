//! `sparks`: the Sparks server and its command-line tools.

mod backup;
mod cli;
mod commands;
mod cordis;
mod export;
mod feeds;
mod import;
mod logging;
mod users;

use std::process::ExitCode;

use clap::Parser;

// mimalloc: a page is a few hundred small allocations (headers, strings, rows), and glibc's
// allocator was a quarter of the CPU time of serving a cached page.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
