//! Computed answers, kept per ledger snapshot.
//!
//! An answer (`status`, `recognitions`, the map, the series, a simulation) is a pure function
//! of the ledger, the request's parameters and "today". The server keeps the serialised JSON
//! of recent answers in an [`AnswerCache`] that belongs to one [`crate::Snapshot`]: when a
//! write (review decision, import) swaps the snapshot, the new one starts with an empty cache,
//! so no answer computed from an older ledger can be served after the swap returns. Requests
//! still running on the old snapshot finish with it and write into its cache, which is dropped
//! with it.
//!
//! The cache is bounded by entries and by bytes, evicting the least recently used. Concurrent
//! requests for the same missing answer compute it once (the others wait for it); the
//! computation runs on a blocking thread, never on the async workers.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Bytes;
use tokio::sync::OnceCell;

use crate::error::ApiError;

/// At most this many answers per snapshot.
pub const MAX_ENTRIES: usize = 512;
/// At most this many bytes of answers per snapshot (a UN recognitions answer is ~120 kB).
pub const MAX_BYTES: usize = 48 << 20;

struct Entry {
    cell: Arc<OnceCell<Bytes>>,
    used: u64,
    /// The answer's size once computed and accounted.
    bytes: Option<usize>,
}

#[derive(Default)]
struct Inner {
    map: HashMap<String, Entry>,
    tick: u64,
    bytes: usize,
    hits: u64,
    misses: u64,
}

/// A bounded least-recently-used map from a request key to its serialised answer.
pub struct AnswerCache {
    inner: Mutex<Inner>,
    max_entries: usize,
    max_bytes: usize,
}

/// Counters, for tests and the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheStats {
    /// Answers held.
    pub entries: usize,
    /// Their bytes.
    pub bytes: usize,
    /// Requests answered from the cache.
    pub hits: u64,
    /// Requests that computed (or waited for) a new answer.
    pub misses: u64,
}

impl Default for AnswerCache {
    fn default() -> Self {
        Self::new(MAX_ENTRIES, MAX_BYTES)
    }
}

impl AnswerCache {
    /// A cache of at most `max_entries` answers and `max_bytes` bytes.
    pub fn new(max_entries: usize, max_bytes: usize) -> Self {
        AnswerCache {
            inner: Mutex::new(Inner::default()),
            max_entries: max_entries.max(1),
            max_bytes,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        match self.inner.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    /// The answer for `key`, computing it with `compute` when missing. Errors are not kept
    /// (a later request computes again).
    ///
    /// # Errors
    /// The error of `compute`.
    pub async fn get_or_compute<F, Fut>(&self, key: String, compute: F) -> Result<Bytes, ApiError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Bytes, ApiError>>,
    {
        let cell = {
            let mut g = self.lock();
            g.tick += 1;
            let tick = g.tick;
            if let Some(e) = g.map.get_mut(&key) {
                e.used = tick;
                if let Some(b) = e.cell.get() {
                    let b = b.clone();
                    g.hits += 1;
                    return Ok(b);
                }
                let c = Arc::clone(&e.cell);
                g.misses += 1;
                c
            } else {
                let c = Arc::new(OnceCell::new());
                g.map.insert(
                    key.clone(),
                    Entry {
                        cell: Arc::clone(&c),
                        used: tick,
                        bytes: None,
                    },
                );
                g.misses += 1;
                c
            }
        };
        let body = match cell.get_or_try_init(compute).await {
            Ok(b) => b.clone(),
            Err(e) => {
                // Not kept: the entry goes (unless another request has filled it meanwhile).
                let mut g = self.lock();
                if g.map
                    .get(&key)
                    .is_some_and(|x| Arc::ptr_eq(&x.cell, &cell) && x.cell.get().is_none())
                {
                    g.map.remove(&key);
                }
                return Err(e);
            }
        };
        let mut g = self.lock();
        let mut added = 0;
        if let Some(e) = g.map.get_mut(&key) {
            if e.bytes.is_none() && Arc::ptr_eq(&e.cell, &cell) {
                e.bytes = Some(body.len());
                added = body.len();
            }
        }
        g.bytes += added;
        self.evict(&mut g, &key);
        Ok(body)
    }

    /// Drops the least recently used answers (never `keep`) until within bounds; entries still
    /// being computed are dropped only by the entry bound.
    fn evict(&self, g: &mut Inner, keep: &str) {
        while g.map.len() > self.max_entries || g.bytes > self.max_bytes {
            let victim = g
                .map
                .iter()
                .filter(|(k, e)| {
                    k.as_str() != keep && (e.bytes.is_some() || g.bytes <= self.max_bytes)
                })
                .min_by_key(|(_, e)| e.used)
                .map(|(k, _)| k.clone());
            let Some(k) = victim else { break };
            if let Some(e) = g.map.remove(&k) {
                g.bytes -= e.bytes.unwrap_or(0);
            }
        }
    }

    /// Entries, bytes, hits and misses so far.
    pub fn stats(&self) -> CacheStats {
        let g = self.lock();
        CacheStats {
            entries: g.map.len(),
            bytes: g.bytes,
            hits: g.hits,
            misses: g.misses,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn answer(s: &'static str) -> Result<Bytes, ApiError> {
        Ok(Bytes::from_static(s.as_bytes()))
    }

    #[tokio::test]
    async fn computes_once_then_hits() {
        let c = AnswerCache::new(4, 1000);
        assert_eq!(
            c.get_or_compute("a".into(), || answer("1")).await.ok(),
            Some(Bytes::from_static(b"1"))
        );
        // A second compute is not called: the kept answer is returned.
        assert_eq!(
            c.get_or_compute("a".into(), || answer("2")).await.ok(),
            Some(Bytes::from_static(b"1"))
        );
        let s = c.stats();
        assert_eq!((s.entries, s.bytes, s.hits, s.misses), (1, 1, 1, 1));
    }

    #[tokio::test]
    async fn errors_are_not_kept() {
        let c = AnswerCache::new(4, 1000);
        let e = c
            .get_or_compute("a".into(), || async { Err(ApiError::internal("x")) })
            .await;
        assert!(e.is_err());
        assert_eq!(
            c.get_or_compute("a".into(), || answer("ok")).await.ok(),
            Some(Bytes::from_static(b"ok"))
        );
    }

    #[tokio::test]
    async fn bounded_by_entries_and_bytes_least_recently_used_first() {
        let c = AnswerCache::new(2, 1000);
        for k in ["a", "b"] {
            let _ = c.get_or_compute(k.into(), || answer("x")).await;
        }
        // Touch a, add c: b (least recently used) goes.
        let _ = c.get_or_compute("a".into(), || answer("x")).await;
        let _ = c.get_or_compute("c".into(), || answer("x")).await;
        assert_eq!(c.stats().entries, 2);
        assert_eq!(
            c.get_or_compute("b".into(), || answer("new")).await.ok(),
            Some(Bytes::from_static(b"new"))
        );
        // By bytes: 3 bytes allowed, answers of 2 bytes each keep one.
        let c = AnswerCache::new(10, 3);
        let _ = c.get_or_compute("a".into(), || answer("12")).await;
        let _ = c.get_or_compute("b".into(), || answer("34")).await;
        let s = c.stats();
        assert_eq!((s.entries, s.bytes), (1, 2));
    }
}
