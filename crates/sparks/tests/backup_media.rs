//! `sparks backup` / `sparks restore` with the media files (issue #18), through the real
//! binary: uploads recorded by the site are backed up beside the database, restored into an
//! empty data directory, and the restored site serves every file its media pack lists, byte
//! for byte. A backup directory with a link or a stranger in it is refused whole; a backup
//! from before media were included still restores (with a warning); with uploads in an S3
//! bucket the backup says plainly that the media are not in it.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

#[expect(
    dead_code,
    reason = "the shared test helpers; this suite needs the binary, the server and the import"
)]
mod support;

use std::path::Path;

use sparks_store::editorial;
use sparks_store::media::MediaUpload;
use sparks_uploads::{LocalDir, ObjectStore};
use support::{Server, import_bundled_initiatives, sparks};
use time::macros::datetime;

/// The uploads, by stored name: text, so a response reads as a string (the server does not
/// look at the bytes it serves).
const FILES: [(&str, &str); 2] = [
    (
        "0123456789abcdef0123456789abcdef.png",
        "the logo, as stored",
    ),
    (
        "fedcba9876543210fedcba9876543210.jpg",
        "the banner, as stored",
    ),
];

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A data directory whose site has recorded [`FILES`] as media-pack graphics.
async fn site_with_uploads(data: &Path) {
    import_bundled_initiatives(data);
    let url = format!("sqlite://{}", data.join("sparks.db").display());
    let db = sparks_store::Db::connect(&url).await.unwrap();
    let now = datetime!(2026-11-29 10:00 UTC);
    let edna = sparks_store::testing::editor(&db, "Edna").await;
    let store = LocalDir::new(data.join("uploads"));
    for (name, content) in FILES {
        // As the site does it: the file first, then its row.
        store.put(name, content.as_bytes()).unwrap();
        let upload = MediaUpload {
            name: name.into(),
            label: format!("graphic {name}"),
            content_type: sparks_uploads::content_type_of(&name[33..]).unwrap().into(),
            width: 10,
            height: 10,
            created_at: now.unix_timestamp(),
        };
        editorial::record_upload(&db, &edna, &upload, now)
            .await
            .unwrap();
    }
    db.close().await;
}

/// Spoils a backup's media directory.
type Spoil<'a> = &'a dyn Fn(&Path);

/// Every `/uploads/NAME` the media pack links to.
fn listed(server: &Server) -> Vec<String> {
    let (status, page) = server.get("/media-pack");
    assert_eq!(status, 200, "{page}");
    let mut names: Vec<String> = page
        .split("/uploads/")
        .skip(1)
        .map(|rest| rest.split(['"', '?', '<']).next().unwrap().to_owned())
        .collect();
    names.sort();
    names.dedup();
    names
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restored_site_serves_every_media_file_it_lists() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    site_with_uploads(&data).await;
    let out = dir.path().join("site.db");
    let o = sparks(&["backup", out.to_str().unwrap()], &data);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("backed up 2 media file(s)"),
        "{}",
        stderr(&o)
    );
    assert!(
        dir.path()
            .join("site.db.uploads")
            .join(FILES[0].0)
            .is_file()
    );

    let restored = dir.path().join("restored");
    let o = sparks(&["restore", out.to_str().unwrap()], &restored);
    assert!(o.status.success(), "{}", stderr(&o));
    let server = Server::start(&restored, &["--no-seed"]);
    let names = listed(&server);
    assert_eq!(names.len(), FILES.len(), "{names:?}");
    for name in &names {
        let (status, response) = server.get(&format!("/uploads/{name}"));
        assert_eq!(status, 200, "{name}: {response}");
        let content = FILES.iter().find(|(n, _)| n == name).unwrap().1;
        assert!(response.ends_with(content), "{name}: {response}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_with_a_link_or_a_stranger_among_its_media_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    site_with_uploads(&data).await;
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "outside the backup").unwrap();
    let cases: [(&str, Spoil); 3] = [
        ("link", &|media: &Path| {
            let link = media.join("00000000000000000000000000000000.png");
            std::os::unix::fs::symlink(&secret, link).unwrap();
        }),
        ("stranger", &|media: &Path| {
            std::fs::write(media.join("run-me.sh"), "#!/bin/sh").unwrap();
        }),
        ("directory", &|media: &Path| {
            std::fs::create_dir(media.join("11111111111111111111111111111111.png")).unwrap();
        }),
    ];
    for (case, spoil) in cases {
        let out = dir.path().join(format!("{case}.db"));
        let o = sparks(&["backup", out.to_str().unwrap()], &data);
        assert!(o.status.success(), "{case}: {}", stderr(&o));
        spoil(&dir.path().join(format!("{case}.db.uploads")));
        let restored = dir.path().join(format!("restored-{case}"));
        let o = sparks(&["restore", out.to_str().unwrap()], &restored);
        assert!(!o.status.success(), "{case}: restored");
        assert!(
            stderr(&o).contains("refusing to restore"),
            "{case}: {}",
            stderr(&o)
        );
        assert!(!restored.join("sparks.db").exists(), "{case}: a database");
        assert!(!restored.join("uploads").exists(), "{case}: media written");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_backup_restores_with_a_warning_and_a_bucket_is_named_not_copied() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    site_with_uploads(&data).await;
    // A backup made before media were included: the database file alone.
    let out = dir.path().join("old.db");
    let o = sparks(&["backup", out.to_str().unwrap()], &data);
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::remove_dir_all(dir.path().join("old.db.uploads")).unwrap();
    let restored = dir.path().join("restored");
    let o = sparks(&["restore", out.to_str().unwrap()], &restored);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("has no media files beside it"),
        "{}",
        stderr(&o)
    );
    assert!(restored.join("sparks.db").is_file());

    // Uploads in a bucket: said on stderr and in a note beside the backup; nothing copied.
    let out = dir.path().join("s3.db");
    let o = support::command(&["backup", out.to_str().unwrap()], &data)
        .env("SPARKS_UPLOADS_S3_BUCKET", "sparks-media")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let said = "live in the S3 bucket \"sparks-media\" and are NOT in this backup";
    assert!(stderr(&o).contains(said), "{}", stderr(&o));
    let note = std::fs::read_to_string(dir.path().join("s3.db.media.txt")).unwrap();
    assert!(note.contains(said), "{note}");
    assert!(!dir.path().join("s3.db.uploads").exists());
    let o = sparks(
        &["restore", out.to_str().unwrap()],
        &dir.path().join("from-s3"),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(said),
        "the restore repeats the note: {}",
        stderr(&o)
    );
}
