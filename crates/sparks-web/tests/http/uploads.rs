//! `/uploads/{name}`: a processed upload comes back as an attachment that no browser runs;
//! names that are not ours (traversal, other extensions) are simply not there.

use std::sync::Arc;

use sparks_uploads::{LocalDir, ObjectStore, Policy};
use sparks_web::{Clock, SiteConfig};

use crate::common::{TODAY, corpus, sqlite_app};

#[tokio::test]
async fn uploads_are_served_as_sandboxed_attachments() {
    let mut app = sqlite_app().await;
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(LocalDir::new(dir.path().join("uploads")));
    app.router = sparks_web::router_with_config(
        app.test_db.db.clone(),
        Clock::fixed_date(TODAY),
        SiteConfig {
            uploads: Some(store.clone()),
            ..SiteConfig::default()
        },
    );
    let png = sparks_views::MEDIA_FILES
        .iter()
        .find(|f| f.content_type == "image/png")
        .unwrap()
        .bytes;
    let (name, _) = sparks_uploads::process_and_store(png, &Policy::default(), &*store).unwrap();
    let reply = app.get(&format!("/uploads/{name}")).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.content_type(), "image/png");
    let h = |n: &str| reply.headers.get(n).unwrap().to_str().unwrap().to_owned();
    assert!(h("content-disposition").starts_with("attachment"));
    assert_eq!(h("x-content-type-options"), "nosniff");
    assert_eq!(
        h("content-security-policy"),
        sparks_web::uploads::UPLOAD_CSP
    );

    // A file planted in the directory under a name we would never make is not served.
    std::fs::write(
        dir.path().join("uploads/evil.html"),
        "<script>alert(1)</script>",
    )
    .unwrap();
    let mut probes = vec![
        "evil.html".to_owned(),
        "..%2F..%2Fetc%2Fpasswd".to_owned(),
        format!("{}", name.replace(".png", ".html")),
        "00000000000000000000000000000000.png".to_owned(),
    ];
    if let Some(corpora) = corpus::dir() {
        let traversal = corpus::lines(
            &corpora,
            &["injection/directory_traversal/directory_traversal.txt"],
        );
        probes.extend(
            corpus::sample(&traversal, 20)
                .iter()
                .map(|t| corpus::seg(t)),
        );
    }
    for probe in probes {
        let reply = app.get(&format!("/uploads/{probe}")).await;
        assert_eq!(reply.status, 404, "/uploads/{probe}");
        assert!(!reply.body.contains("alert(1)") && !reply.body.contains("root:x:0"));
    }
    assert!(store.get("evil.html").unwrap().is_none());
}
