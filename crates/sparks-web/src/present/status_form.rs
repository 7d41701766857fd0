//! The initiative form's status block (issue #16 point 2): a status a source states, and
//! that source. Kept apart from the rest of the form so the two stay easy to merge.

use sparks_core::DeclaredStatus;
use sparks_views::{Choice, Field, FieldKind};

use super::context::PageContext;
use super::forms::{field, hint};

/// The `status` choice (none: the dates decide) and its `status_source` URL.
pub fn status_fields(ctx: &PageContext, status: &str, source: &str) -> Vec<Field> {
    let mut choice = hint(
        ctx,
        field(ctx, "status", FieldKind::Select, status),
        "form-hint-status",
    );
    choice.choices = std::iter::once((String::new(), ctx.t("form-status-from-dates")))
        .chain(
            DeclaredStatus::ALL
                .iter()
                .map(|d| (d.slug().to_owned(), ctx.locale.status(d.status()))),
        )
        .map(|(value, label)| Choice {
            selected: value == status,
            value,
            label,
        })
        .collect();
    vec![
        choice,
        hint(
            ctx,
            field(ctx, "status_source", FieldKind::Url, source),
            "form-hint-status-source",
        ),
    ]
}
