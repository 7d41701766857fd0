//! Content warnings in pages and forms (issue #16, point 8): the label a page folds the
//! content behind, and the select that sets one.

use sparks_core::ContentWarning;
use sparks_views::{Choice, Field, FieldKind};

use crate::present::context::PageContext;
use crate::present::forms::{field, hint};

/// The warning's label in the page's language.
pub fn label(ctx: &PageContext, warning: Option<ContentWarning>) -> Option<String> {
    warning.map(|w| ctx.t(&format!("content-warning-{}", w.slug())))
}

/// The optional `content_warning` select, with `value` (a slug or empty) chosen.
pub fn select(ctx: &PageContext, value: &str) -> Field {
    let mut f = hint(
        ctx,
        field(ctx, "content_warning", FieldKind::Select, value),
        "form-hint-content-warning",
    );
    f.choices = std::iter::once((String::new(), ctx.t("content-warning-none")))
        .chain(ContentWarning::ALL.iter().map(|w| {
            (
                w.slug().to_owned(),
                ctx.t(&format!("content-warning-{}", w.slug())),
            )
        }))
        .map(|(v, label)| Choice {
            selected: v == value,
            value: v,
            label,
        })
        .collect();
    f
}
