//! `sparks`: the Sparks server and its command-line tools.

mod backup;
mod backup_media;
mod cli;
mod commands;
mod cordis;
mod export;
mod feeds;
mod healthcheck;
mod http_server;
mod import;
mod keys;
mod links;
mod log_format;
mod logging;
mod users;

use std::process::ExitCode;

use clap::Parser;

// mimalloc: a page is a few hundred small allocations (headers, strings, rows), and glibc's
// allocator was a quarter of the CPU time of serving a cached page. Its version 2 (the
// `v2` feature in the workspace manifest) returns freed memory to the system after 10 ms
// where version 3 waits a second: the peak memory of a server at 100,000 initiatives under
// the benchmark's load fell by about 15 MB. Its `override` feature also makes it the C
// `malloc` of the whole process, so SQLite's own allocations (page cache, bound values,
// full-text buffers) skip glibc's allocator as well; `tests/allocator.rs` checks it.
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
