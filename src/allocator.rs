//! How the process asks the system allocator for memory.
//!
//! byline holds a few very large arrays while it analyses a long article
//! (the text, its tokens, the names met) and lets each go when its stage
//! ends. glibc serves a large request from its own heap once a large block
//! has been freed (its threshold for asking the kernel directly follows
//! the largest block freed so far), and memory freed inside that heap
//! stays with the process: on a 10 MB article of new names the resident
//! size peaked 10–20 MB above what was ever in use at once, by a different
//! amount on every run. A fixed threshold keeps every large block a
//! mapping of its own, given back to the kernel the moment it is freed.

/// Large blocks (from 128 KiB, glibc's default threshold) are mapped on
/// their own rather than carved from the heap.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn tune() {
    const LARGE_BLOCK: libc::c_int = 128 * 1024;
    // SAFETY: mallopt only sets a tunable of the allocator; it is called
    // before any other thread exists. A refusal (0) leaves the default,
    // which is correct, only larger.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, LARGE_BLOCK);
    }
}

/// Other allocators keep their own policy.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn tune() {}
