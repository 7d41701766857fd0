//! The media pack's uploaded graphics: which stored files there are and what they show.

use crate::versions::{self, DataKind};
use crate::{Db, Result, Sql, Tx};

/// An uploaded graphic.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MediaUpload {
    /// The stored (random) file name, served at `/uploads/{name}`.
    pub name: String,
    /// What it shows, as the editor described it.
    pub label: String,
    /// `image/png` or `image/jpeg`.
    pub content_type: String,
    /// Width in pixels.
    pub width: i64,
    /// Height in pixels.
    pub height: i64,
    /// When.
    pub created_at: i64,
}

/// Records an uploaded graphic; the media pack page changes, so the content version moves.
pub async fn add(db: &Db, upload: &MediaUpload, uploaded_by: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    add_in(&mut tx, upload, uploaded_by).await?;
    tx.commit().await
}

/// [`add`] inside the caller's transaction.
pub(crate) async fn add_in(tx: &mut Tx, upload: &MediaUpload, uploaded_by: i64) -> Result<()> {
    let mut sql = Sql::new(
        "INSERT INTO media_uploads (name, label, content_type, width, height, uploaded_by, created_at) VALUES (",
    );
    sql.push_arg(upload.name.as_str())
        .push(", ")
        .push_arg(upload.label.as_str())
        .push(", ")
        .push_arg(upload.content_type.as_str())
        .push(", ")
        .push_arg(upload.width)
        .push(", ")
        .push_arg(upload.height)
        .push(", ")
        .push_arg(uploaded_by)
        .push(", ")
        .push_arg(upload.created_at)
        .push(")");
    tx.execute(sql).await?;
    versions::bump(tx, DataKind::Content).await
}

/// Every uploaded graphic, newest first.
pub async fn list(db: &Db) -> Result<Vec<MediaUpload>> {
    db.fetch_all(Sql::new(
        "SELECT name, label, content_type, width, height, created_at FROM media_uploads ORDER BY id DESC",
    ))
    .await
}
