//! # comity-server — `comity serve`
//!
//! The HTTP API under `/api/v1` (documented by an OpenAPI 3.1 document generated from the
//! handlers, served at `/api/v1/openapi.json`) and the web page (a world map as of a date,
//! counts over time, pair pages, the vote simulator, the review queue), all from one binary
//! with its assets embedded. The only async crate of the workspace: the library stays sync;
//! the server keeps an in-memory [`comity::Ledger`] snapshot ([`Snapshot`]), answers reads
//! from it, runs computations (answers not yet cached, simulations, database writes) on
//! blocking threads, keeps recent answers in the snapshot's own [`cache::AnswerCache`], and
//! swaps in a new snapshot (with an empty cache) after every write.
//!
//! Reads need no authentication. Writes (review decisions, imports) need the token that
//! [`load_or_create_token`] generates on first start and stores beside the database.

pub mod api;
pub mod cache;
pub mod conn;
pub mod context;
pub mod error;
pub mod json;
pub mod map;
pub mod published;
mod web;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use axum::Router;
use comity::Ledger;
use jiff::civil;

pub use error::{ApiError, ErrorBody, BODY_LIMIT_BYTES};

/// Errors of starting the server.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The ledger failed to load.
    #[error(transparent)]
    Ledger(#[from] comity::Error),
    /// A file or socket failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The cause.
        source: std::io::Error,
    },
    /// No random bytes for the token.
    #[error("no random bytes for the write token: {0}")]
    Random(String),
}

/// One generation of the ledger: the indexed claims, the review context of ingested spans,
/// and the answers computed from them. Replaced as a whole after every write.
pub struct Snapshot {
    /// The ledger.
    pub ledger: Arc<Ledger>,
    /// Counts the snapshots loaded since the server started (1 for the first).
    pub generation: u64,
    /// Answers computed from this ledger (and only from it).
    pub answers: cache::AnswerCache,
    /// The cleaned text around each ingested claim's quoted span.
    pub contexts: context::Contexts,
    /// The ledger restricted to sources of at least each grade (`min_grade`), built on first
    /// use: the CLI's `--min-grade`, so that the API can give the same answer.
    graded: [std::sync::OnceLock<Arc<Ledger>>; comity::Grade::ALL.len()],
}

impl Snapshot {
    fn load(store: &comity::Store, db: &Path, generation: u64) -> Result<Snapshot, comity::Error> {
        let ledger = store.ledger()?;
        let contexts = context::Contexts::load(db, &ledger);
        Ok(Snapshot {
            ledger: Arc::new(ledger),
            generation,
            answers: cache::AnswerCache::default(),
            contexts,
            graded: Default::default(),
        })
    }

    /// The ledger, or (with `min_grade`) the ledger of the claims with a source of at least
    /// that grade — [`Ledger::with_min_grade`], whose answers say what the filter left out.
    pub fn ledger_at(
        &self,
        min_grade: Option<comity::Grade>,
    ) -> Result<Arc<Ledger>, comity::Error> {
        let Some(g) = min_grade else {
            return Ok(Arc::clone(&self.ledger));
        };
        let i = comity::Grade::ALL
            .iter()
            .position(|x| *x == g)
            .unwrap_or_default();
        if let Some(l) = self.graded[i].get() {
            return Ok(Arc::clone(l));
        }
        let l = Arc::new(self.ledger.with_min_grade(g)?);
        // Two requests may build it at once; the first one stored is kept (both are equal).
        Ok(Arc::clone(self.graded[i].get_or_init(|| l)))
    }
}

/// The in-memory ledger and what the handlers need.
pub struct AppState {
    db: PathBuf,
    snapshot: RwLock<Arc<Snapshot>>,
    /// Held by a write from its database transaction until its snapshot is swapped in, so
    /// two writes cannot swap in their snapshots in the wrong order.
    writes: Mutex<()>,
    token: String,
    today: Option<civil::Date>,
    shapes: map::Shapes,
    shapes_json: Arc<str>,
}

impl AppState {
    /// Opens the database (creating it on first use), loads the ledger snapshot.
    ///
    /// `today` fixes "today" (for reproducible answers); `None` uses the system date.
    ///
    /// # Errors
    /// When the database cannot be opened or read.
    pub fn open(db: &Path, token: String, today: Option<civil::Date>) -> Result<AppState, Error> {
        let store = comity::Store::open(db)?;
        let snapshot = Snapshot::load(&store, db, 1)?;
        let shapes = map::Shapes::load(&snapshot.ledger);
        let shapes_json: Arc<str> = serde_json::to_string(&shapes).unwrap_or_default().into();
        Ok(AppState {
            shapes_json,
            db: db.to_path_buf(),
            snapshot: RwLock::new(Arc::new(snapshot)),
            writes: Mutex::new(()),
            token,
            today,
            shapes,
        })
    }

    /// The current snapshot: a handler takes it once and answers from it throughout.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(g) => Arc::clone(&g),
            Err(p) => Arc::clone(&p.into_inner()),
        }
    }

    /// The current ledger.
    pub fn ledger(&self) -> Arc<Ledger> {
        Arc::clone(&self.snapshot().ledger)
    }

    /// Runs a database write and swaps in a fresh snapshot (with an empty answer cache)
    /// before returning, so the next request sees the write. Writes are serialised. Blocking:
    /// call it from a blocking thread.
    ///
    /// # Errors
    /// The write's error (nothing is reloaded then), or when the database cannot be read.
    pub fn write<T, E>(&self, f: impl FnOnce(&mut comity::Store) -> Result<T, E>) -> Result<T, E>
    where
        E: From<comity::Error>,
    {
        let _guard = match self.writes.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        let mut store = comity::Store::open(&self.db)?;
        let out = f(&mut store)?;
        let generation = self.snapshot().generation + 1;
        let fresh = Arc::new(Snapshot::load(&store, &self.db, generation)?);
        match self.snapshot.write() {
            Ok(mut g) => *g = fresh,
            Err(p) => *p.into_inner() = fresh,
        }
        tracing::info!(generation, "ledger snapshot swapped");
        Ok(out)
    }

    /// Reloads the snapshot from the database (after a write made elsewhere).
    ///
    /// # Errors
    /// When the database cannot be read.
    pub fn reload(&self) -> Result<(), comity::Error> {
        self.write(|_| Ok::<(), comity::Error>(()))
    }

    /// "Today": fixed, or the system date.
    pub fn today(&self) -> civil::Date {
        self.today.unwrap_or_else(|| jiff::Zoned::now().date())
    }

    /// The database path.
    pub fn db(&self) -> &Path {
        &self.db
    }

    /// The map shapes.
    pub fn shapes(&self) -> &map::Shapes {
        &self.shapes
    }

    /// The map shapes as JSON (computed once).
    pub fn shapes_json(&self) -> Arc<str> {
        Arc::clone(&self.shapes_json)
    }

    /// Whether `given` is the write token (constant-time comparison).
    pub fn token_ok(&self, given: &str) -> bool {
        use subtle::ConstantTimeEq;
        !self.token.is_empty() && bool::from(self.token.as_bytes().ct_eq(given.as_bytes()))
    }
}

/// The whole application: API, OpenAPI document, page and assets.
pub fn app(state: Arc<AppState>) -> Router {
    let (api, doc) = api::router().split_for_parts();
    let doc_json = doc.to_pretty_json().unwrap_or_default();
    api.route(
        "/api/v1/openapi.json",
        axum::routing::get(move || {
            let d = doc_json.clone();
            async move { ([(axum::http::header::CONTENT_TYPE, "application/json")], d) }
        }),
    )
    .merge(web::router())
    .fallback(web::not_found)
    .layer(axum::middleware::from_fn(web::headers_and_log))
    .with_state(state)
}

/// The OpenAPI document the server serves.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api::router().split_for_parts().1
}

/// The token file beside the database: `<db>.token`.
pub fn token_path(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".token");
    db.with_file_name(name)
}

/// Reads the write token, or creates one (32 random bytes, hex) on first start.
/// Returns the token and whether it was just created (the caller prints it once).
///
/// # Errors
/// When the file cannot be read or written, or no random bytes are available.
pub fn load_or_create_token(db: &Path) -> Result<(String, bool), Error> {
    let path = token_path(db);
    if let Ok(t) = std::fs::read_to_string(&path) {
        let t = t.trim().to_string();
        if !t.is_empty() {
            return Ok((t, false));
        }
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| Error::Random(e.to_string()))?;
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            what: format!("creating {}", dir.display()),
            source,
        })?;
    }
    write_private(&path, &token).map_err(|source| Error::Io {
        what: format!("writing {}", path.display()),
        source,
    })?;
    Ok((token, true))
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    f.write_all(b"\n")
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, format!("{text}\n"))
}

/// Serves `state` on `addr` until SIGINT or SIGTERM, then finishes the requests in flight.
///
/// # Errors
/// When the address cannot be bound or the server fails.
pub async fn serve(state: Arc<AppState>, addr: SocketAddr) -> Result<(), Error> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| Error::Io {
            what: format!("binding {addr}"),
            source,
        })?;
    let local = listener.local_addr().map_err(|source| Error::Io {
        what: "reading the bound address".into(),
        source,
    })?;
    tracing::info!(%local, "listening");
    eprintln!("comity: serving on http://{local}/ (Ctrl-C to stop)");
    serve_on(listener, state, shutdown_signal()).await
}

/// Serves `state` on a bound listener until `shutdown` completes: each connection's first
/// request line is checked ([`conn::CheckedListener`]: one too long is answered in the API's
/// JSON error shape, not with hyper's empty 414).
///
/// # Errors
/// When the server fails.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), Error> {
    axum::serve(conn::CheckedListener(listener), app(state))
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(|source| Error::Io {
            what: "serving".into(),
            source,
        })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    eprintln!("comity: shutting down");
}

/// Builds a multi-threaded runtime and [`serve`]s on it until a signal (for the sync CLI).
///
/// # Errors
/// As [`serve`], or when the runtime cannot start.
pub fn serve_blocking(state: Arc<AppState>, addr: SocketAddr) -> Result<(), Error> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| Error::Io {
            what: "starting the runtime".into(),
            source,
        })?;
    rt.block_on(serve(state, addr))
}

/// The map of `entity` as of `as_of` (`today` or a date) under `policy`, as an SVG document.
///
/// # Errors
/// Unknown entity or group, malformed date or policy.
pub fn map_svg(
    ledger: &Ledger,
    entity: &str,
    as_of: civil::Date,
    among: Option<&str>,
    policy: comity::Policy,
    today: civil::Date,
) -> Result<String, comity::Error> {
    let b = ledger.resolve(entity)?;
    let r = ledger.recognitions(&b.id, as_of, among, policy, today)?;
    let m = map::map_json(ledger, &r, today);
    Ok(map::render_svg(&map::Shapes::load(ledger), &m))
}
