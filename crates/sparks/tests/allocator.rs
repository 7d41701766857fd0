//! The binary's allocator (issue #20). mimalloc is Rust's global allocator and, through its
//! `override` feature, the C `malloc` of the whole process: the bundled SQLite, compiled into
//! the binary, then allocates with mimalloc too instead of glibc, whose allocator was about
//! 15 % of the SQLite thread's time in a bulk import. A build that lost the feature would
//! still work, only slower; this test is what notices.

use std::process::Command;

/// The C allocation functions the binary must define itself (SQLite calls the first three;
/// the others keep a block from one allocator from ever being freed by the other).
const OVERRIDDEN: [&str; 5] = ["malloc", "free", "realloc", "calloc", "malloc_usable_size"];

#[test]
fn the_binary_is_its_own_c_allocator() {
    let bin = env!("CARGO_BIN_EXE_sparks");
    // The dynamic symbol table: what the binary exports to the shared libraries it loads
    // (glibc among them), which `strip` keeps.
    let listed = match Command::new("nm")
        .args(["-D", "--defined-only", bin])
        .output()
    {
        Ok(listed) => listed,
        Err(e) => {
            eprintln!(
                "SKIPPED: the_binary_is_its_own_c_allocator needs `nm` (binutils), which \
                 could not be run: {e}"
            );
            return;
        }
    };
    assert!(
        listed.status.success(),
        "nm failed: {}",
        String::from_utf8_lossy(&listed.stderr)
    );
    let listed = String::from_utf8(listed.stdout).unwrap();
    let defined: Vec<&str> = listed
        .lines()
        .filter_map(
            |line| match line.split_whitespace().collect::<Vec<_>>()[..] {
                [_address, "T", name] => Some(name),
                _ => None,
            },
        )
        .collect();
    for name in OVERRIDDEN {
        assert!(
            defined.contains(&name),
            "the sparks binary does not define `{name}`: C code in it (SQLite) allocates \
             with glibc, not mimalloc; is mimalloc's `override` feature on?"
        );
    }
}
