//! The terminology check on every text a person writes (issue #16, point 7): threads and
//! replies, proposals, staff edits. The first submit with a discouraged term comes back with
//! the form as typed and, on each field concerned, the term, the preferred wording and why,
//! plus a checkbox to keep the wording; nothing is ever changed silently. A text sent with the
//! checkbox ticked goes through and is noted for staff ([`Kept::note`]).

use sparks_core::terminology::{self, Finding};

use crate::auth::FormData;
use crate::present::context::PageContext;
use crate::present::forms::Problems;
use crate::{AppState, WebError};

/// The name of the "keep this wording" checkbox.
pub const CONFIRM_FIELD: &str = "wording_ok";

/// Discouraged terms the author chose to keep, as written; empty when there were none.
#[derive(Debug, Default)]
#[must_use = "a kept term is noted for staff with `note` once the text is saved"]
pub struct Kept(Vec<String>);

impl Kept {
    /// Notes for staff that the text `what` at `link` (a path on the site) was kept with its
    /// terms; nothing when there were none.
    pub async fn note(
        self,
        state: &AppState,
        what: &str,
        link: &str,
        account_id: i64,
    ) -> Result<(), WebError> {
        if self.0.is_empty() {
            return Ok(());
        }
        let now = state.clock().now();
        sparks_store::terminology::flag(state.db(), what, link, &self.0, account_id, now).await?;
        Ok(())
    }
}

/// One line per term found: what was written, what to say instead, why.
fn message(ctx: &PageContext, findings: &[Finding<'_>]) -> String {
    findings
        .iter()
        .map(|f| {
            ctx.t_args(
                "wording-found",
                &[
                    ("written", &f.written),
                    ("preferred", &f.term.preferred),
                    ("reason", &f.term.reason),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks `texts` (form field name, text) against every language's list. Unless the form
/// carries the confirmation, each field with a discouraged term gets a problem naming it,
/// and the form comes back; with the confirmation, the terms are returned to be noted.
pub async fn check(
    state: &AppState,
    ctx: &PageContext,
    problems: &mut Problems,
    form: &FormData,
    texts: &[(&str, &str)],
) -> Result<Kept, WebError> {
    let terms: Vec<_> = sparks_store::terminology::list(state.db())
        .await?
        .into_iter()
        .map(|t| t.term)
        .collect();
    let confirmed = form.checked(CONFIRM_FIELD);
    let mut kept = Vec::new();
    for (field, text) in texts {
        let findings = terminology::find(text, &terms);
        if findings.is_empty() {
            continue;
        }
        if confirmed {
            kept.extend(findings.iter().map(|f| f.written.clone()));
        } else {
            problems.add_wording(field, message(ctx, &findings), ctx.t("wording-confirm"));
        }
    }
    Ok(Kept(kept))
}
