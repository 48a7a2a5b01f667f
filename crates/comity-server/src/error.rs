//! API errors: JSON `{error, detail, hint}` with a status code that says whose mistake it was.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// The body of every error response.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBody {
    /// A short machine-readable code (`unknown-actor`, `unknown-claimant`, `bad-date`, `bad-request`, `unauthorised` …).
    pub error: String,
    /// What was wrong, in a sentence.
    pub detail: String,
    /// What to do instead (may be empty).
    pub hint: String,
    /// Close names, for an unknown actor ("did you mean").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

/// An error answer.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// The body.
    pub body: ErrorBody,
}

impl ApiError {
    /// An error with a status, a code, a detail and a hint.
    pub fn new(status: StatusCode, error: &str, detail: impl Into<String>, hint: &str) -> Self {
        ApiError {
            status,
            body: ErrorBody {
                error: error.to_string(),
                detail: detail.into(),
                hint: hint.to_string(),
                suggestions: Vec::new(),
            },
        }
    }

    /// 400 with code `bad-request`.
    pub fn bad_request(detail: impl Into<String>, hint: &str) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad-request", detail, hint)
    }

    /// 404 with code `not-found`.
    pub fn not_found(detail: impl Into<String>, hint: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not-found", detail, hint)
    }

    /// 500: the server's own failure (never the user's mistake).
    pub fn internal(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            detail,
            "this is a bug or a database failure; see the server log",
        )
    }
}

/// The longest text an error answer quotes back (a given name, date or parameter).
pub const ECHO_MAX_CHARS: usize = 80;

/// A text quoted in an error, cut to [`ECHO_MAX_CHARS`] characters with the rest counted (a
/// 20,000-character name is not sent back whole).
pub fn echo(s: &str) -> String {
    let n = s.chars().count();
    if n <= ECHO_MAX_CHARS {
        return format!("{s:?}");
    }
    let head: String = s.chars().take(ECHO_MAX_CHARS).collect();
    format!("{head:?}… ({} more characters)", n - ECHO_MAX_CHARS)
}

/// The longest error detail sent: the library's messages quote what was given (an unknown
/// name, a claim id) in full; beyond this, each run of more than [`ECHO_MAX_CHARS`] characters
/// without a space is cut.
pub const DETAIL_MAX_CHARS: usize = 600;

fn cut_long_runs(detail: &str) -> String {
    if detail.chars().count() <= DETAIL_MAX_CHARS {
        return detail.to_string();
    }
    let mut out = String::new();
    for (i, word) in detail.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let n = word.chars().count();
        if n > ECHO_MAX_CHARS {
            out.extend(word.chars().take(ECHO_MAX_CHARS));
            out.push_str(&format!("… ({} more characters)", n - ECHO_MAX_CHARS));
        } else {
            out.push_str(word);
        }
    }
    if out.chars().count() > DETAIL_MAX_CHARS {
        let total = out.chars().count();
        out = out.chars().take(DETAIL_MAX_CHARS).collect();
        out.push_str(&format!("… ({} more characters)", total - DETAIL_MAX_CHARS));
    }
    out
}

impl IntoResponse for ApiError {
    fn into_response(mut self) -> Response {
        if self.status.is_server_error() {
            tracing::error!(detail = %self.body.detail, "server error");
        }
        self.body.detail = cut_long_runs(&self.body.detail);
        (self.status, axum::Json(self.body)).into_response()
    }
}

impl From<comity::Error> for ApiError {
    fn from(e: comity::Error) -> Self {
        use comity::Error as E;
        let detail = e.to_string();
        match e {
            E::UnknownActor { suggestions, .. } => {
                let mut a = ApiError::new(
                    StatusCode::NOT_FOUND,
                    "unknown-actor",
                    detail,
                    "give a name, alias, demonym or code; search with /api/v1/actors?q=",
                );
                a.body.suggestions = suggestions;
                a
            }
            E::UnknownClaimant { suggestions, .. } => {
                let mut a = ApiError::new(
                    StatusCode::NOT_FOUND,
                    "unknown-claimant",
                    detail,
                    "give an actor's name, alias or code, or one of the claimants named in the detail",
                );
                a.body.suggestions = suggestions;
                a
            }
            E::AmbiguousActor { candidates, .. } => {
                let mut a = ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "ambiguous-actor",
                    detail,
                    "the name fits several actors; give one of their codes",
                );
                a.body.suggestions = candidates;
                a
            }
            E::UnknownGroup { .. } => ApiError::new(
                StatusCode::BAD_REQUEST,
                "unknown-group",
                detail,
                "`among` takes a group id such as un, eu, nato, g20",
            ),
            E::UnknownClaim(_) => ApiError::new(
                StatusCode::NOT_FOUND,
                "unknown-claim",
                detail,
                "list claims with /api/v1/claims",
            ),
            E::UnknownSource(_) => ApiError::new(
                StatusCode::NOT_FOUND,
                "unknown-source",
                detail,
                "list sources with /api/v1/sources",
            ),
            E::UnknownVote { .. } => ApiError::new(
                StatusCode::NOT_FOUND,
                "unknown-vote",
                detail,
                "the detail lists the recorded votes",
            ),
            E::Date(_) => ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad-date",
                detail,
                "dates are YYYY-MM-DD (YYYY-MM or YYYY mean their last day), today or yesterday",
            ),
            E::Import { .. } | E::ImportRecord { .. } | E::Invalid(_) => {
                let code = if detail.contains("invalid date") {
                    "bad-date"
                } else {
                    "bad-request"
                };
                ApiError::new(StatusCode::BAD_REQUEST, code, detail, "")
            }
            E::Rules(_) => ApiError::new(StatusCode::BAD_REQUEST, "bad-request", detail, ""),
            _ => ApiError::internal(detail),
        }
    }
}

impl From<comity_rules::Error> for ApiError {
    fn from(e: comity_rules::Error) -> Self {
        ApiError::bad_request(e.to_string(), "")
    }
}

impl From<axum::extract::rejection::QueryRejection> for ApiError {
    fn from(e: axum::extract::rejection::QueryRejection) -> Self {
        ApiError::bad_request(e.body_text(), "see /api/v1/openapi.json for the parameters")
    }
}

impl From<axum::extract::rejection::PathRejection> for ApiError {
    fn from(e: axum::extract::rejection::PathRejection) -> Self {
        ApiError::bad_request(e.body_text(), "see /api/v1/openapi.json for the paths")
    }
}

impl From<axum::extract::rejection::JsonRejection> for ApiError {
    fn from(e: axum::extract::rejection::JsonRejection) -> Self {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return too_large(e.body_text());
        }
        ApiError::bad_request(
            e.body_text(),
            "send a JSON body (Content-Type: application/json)",
        )
    }
}

impl From<axum::extract::rejection::StringRejection> for ApiError {
    fn from(e: axum::extract::rejection::StringRejection) -> Self {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return too_large(e.body_text());
        }
        ApiError::bad_request(e.body_text(), "send the file's text as the body (UTF-8)")
    }
}

/// A request body over the server's limit (review 10: answered in plain text, not the API's
/// error shape): 413 with the limit named.
fn too_large(detail: String) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too-large",
        format!("{detail}: a request body is at most {BODY_LIMIT_BYTES} bytes (2 MiB)"),
        "import a larger file with `comity import FILE` on the server's machine",
    )
}

/// The request body limit: axum's default (`DefaultBodyLimit`), 2 MiB.
pub const BODY_LIMIT_BYTES: usize = 2 * 1024 * 1024;

impl From<tokio::task::JoinError> for ApiError {
    fn from(e: tokio::task::JoinError) -> Self {
        ApiError::internal(format!("worker task failed: {e}"))
    }
}
