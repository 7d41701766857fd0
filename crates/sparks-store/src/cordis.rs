//! Look-ups the CORDIS import makes inside its transaction: an initiative by grant id (to
//! merge rather than duplicate) and whether a slug is taken.

use crate::{Result, Sql, Tx};

#[derive(sqlx::FromRow)]
struct SlugRow {
    slug: String,
}

/// The slug of the initiative with this grant id, if any.
pub async fn slug_for_grant(tx: &mut Tx, grant_id: &str) -> Result<Option<String>> {
    let mut sql = Sql::new("SELECT slug FROM initiatives WHERE grant_id = ");
    sql.push_arg(grant_id).push(" ORDER BY id LIMIT 1");
    Ok(tx.fetch_optional::<SlugRow>(sql).await?.map(|r| r.slug))
}

/// Whether an initiative has this slug.
pub async fn slug_taken(tx: &mut Tx, slug: &str) -> Result<bool> {
    let mut sql = Sql::new("SELECT slug FROM initiatives WHERE slug = ");
    sql.push_arg(slug);
    Ok(tx.fetch_optional::<SlugRow>(sql).await?.is_some())
}
