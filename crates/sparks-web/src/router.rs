//! The one route table: every page, form, feed, asset and operations endpoint, the JSON API
//! (registered with its OpenAPI entries in [`crate::api::routes()`]) and the middleware every
//! response goes through.

use axum::Router;
use axum::routing::{MethodRouter, get, post};
use sparks_store::Db;

use crate::state::{AppState, Clock, SiteConfig};
use crate::{account, admin, api, auth, pages, serve};

/// Builds the application for a database and a clock, with no site settings.
pub fn router(db: Db, clock: Clock) -> Router {
    router_with_config(db, clock, SiteConfig::default())
}

/// The whole application as one service: the page cache in front of the route table and
/// its middleware. This is what the server serves; [`router_with_config`] wraps the same
/// service in a [`Router`] for callers that need one.
pub type App = serve::cache::CacheFront<Router>;

/// Builds the application for a database, a clock and site settings, as a [`Router`] (of no
/// routes of its own, whose fallback is the [`App`]: requests pass one more route lookup
/// than [`app_with_config`]'s, and get the same answers).
pub fn router_with_config(db: Db, clock: Clock, config: SiteConfig) -> Router {
    Router::new().fallback_service(app_with_config(db, clock, config))
}

/// Builds the application for a database, a clock and site settings, as the server serves
/// it. A cached page is answered whole by the cache front, without the layers behind it and
/// without a route lookup: `Router::layer` would wrap each route, so a hit would still be
/// routed first, and a fallback of an empty router is routed too (a catch-all route, whose
/// lookup and parameters cost a cached page about a sixth of its instructions).
pub fn app_with_config(db: Db, clock: Clock, config: SiteConfig) -> App {
    let (api_routes, mut openapi) = api::routes().split_for_parts();
    openapi.info.title = format!("{} API", config.site_name());
    let tls = config.tls;
    let max_body = config
        .max_body_bytes
        .unwrap_or(serve::hardening::DEFAULT_MAX_BODY_BYTES);
    let openapi_json = openapi.to_pretty_json().unwrap_or_else(|_| "{}".to_owned());
    let state = AppState::new(db, clock, config, openapi_json);
    // The CSRF and Origin guard runs on the routes that change something, and only for the
    // methods they accept: a POST to a page that takes none is still a plain 405.
    let guard_state = state.clone();
    let guard = move |routes: MethodRouter<AppState>| {
        routes.route_layer(axum::middleware::from_fn_with_state(
            guard_state.clone(),
            auth::protect_forms,
        ))
    };
    let routes = Router::new()
        .route("/", get(pages::initiatives::home))
        .route("/initiatives", get(pages::initiatives::list_initiatives))
        .route(
            "/initiatives/similar",
            get(pages::discovery::similar_initiatives),
        )
        .route(
            "/initiatives/{slug}",
            get(pages::initiatives::show_initiative),
        )
        .route("/search", get(pages::discovery::search_page))
        .route("/landscape", get(pages::discovery::show_landscape))
        .route("/landscape.csv", get(pages::discovery::landscape_csv))
        .route("/pillars/{slug}", get(pages::initiatives::show_pillar))
        .route("/about", get(pages::initiatives::about))
        .route("/help", get(pages::reference::help))
        .route("/resources", get(pages::resources::list_resources))
        .route("/resources/{slug}", get(pages::resources::show_resource))
        .route("/news", get(pages::news::list_news))
        .route("/news/{slug}", get(pages::news::show_news))
        .route("/events", get(pages::events::list_events))
        .route("/events.ics", get(pages::events::calendar_feed))
        .route("/events/{slug}", get(pages::events::show_event))
        .route(
            "/recommendations",
            get(pages::recommendations::recommendations),
        )
        .route("/recommendations.csv", get(pages::recommendations::csv))
        .route(
            "/recommendations/tracker",
            get(pages::recommendations::tracker),
        )
        .route(
            "/recommendations/{slug}",
            get(pages::recommendations::recommendation),
        )
        .route(
            "/recommendations/{slug}/uptake",
            guard(post(pages::recommendations::record)),
        )
        .route(
            "/recommendations/{slug}/links",
            guard(post(pages::recommendations::link)),
        )
        .route("/response", get(pages::reference::response))
        .route("/response.csv", get(pages::reference::response_csv))
        .route("/response/{file}", get(pages::reference::series_csv))
        .route("/media-pack", get(pages::reference::media_pack))
        .route("/campaigns", get(pages::campaigns::list_campaigns))
        .route(
            "/campaigns/propose",
            guard(get(admin::campaigns::propose_page).post(admin::campaigns::propose)),
        )
        .route("/campaigns/{slug}", get(pages::campaigns::show_campaign))
        .route(
            "/campaigns/{slug}/kit.zip",
            get(pages::campaigns::campaign_kit),
        )
        .route(
            "/campaigns/{slug}/graphics/{lang}/{file}",
            get(pages::campaigns::campaign_graphic),
        )
        .route(
            "/admin/campaigns/new",
            guard(get(admin::campaigns::new_page).post(admin::campaigns::create)),
        )
        .route(
            "/admin/campaigns/{slug}/edit",
            guard(get(admin::campaigns::edit_page).post(admin::campaigns::update)),
        )
        .route("/support", get(pages::reference::support))
        .route(
            "/contact",
            guard(get(pages::site::contact_page).post(pages::site::contact)),
        )
        .route("/privacy", get(pages::site::privacy))
        .route("/accessibility", get(pages::site::accessibility))
        .route(
            "/join",
            guard(get(account::join::join_page).post(account::join::join)),
        )
        .route("/join/sent", get(account::join::join_sent))
        .route(
            "/verify",
            guard(get(account::join::verify_page).post(account::join::verify)),
        )
        .route(
            "/login",
            guard(get(account::login::login_page).post(account::login::login)),
        )
        .route(
            "/login/code",
            guard(get(account::login::code_page).post(account::login::code)),
        )
        .route("/logout", guard(post(account::login::logout)))
        .route(
            "/reset",
            guard(get(account::reset::reset_page).post(account::reset::reset)),
        )
        .route(
            "/reset/new",
            guard(get(account::reset::new_password_page).post(account::reset::new_password)),
        )
        .route(
            "/account",
            guard(get(account::profile::account_page).post(account::profile::save_account)),
        )
        .route(
            "/account/password",
            guard(post(account::profile::change_password)),
        )
        .route(
            "/account/two-factor",
            guard(get(account::two_factor::page).post(account::two_factor::enrol)),
        )
        .route(
            "/account/two-factor/off",
            guard(post(account::two_factor::turn_off)),
        )
        .route(
            "/account/logout-everywhere",
            guard(post(account::login::logout_everywhere)),
        )
        .route("/account/export", get(account::data::export))
        .route("/account/following", get(pages::follow::following_page))
        .route("/follow", guard(post(pages::follow::follow)))
        .route(
            "/account/delete",
            guard(get(account::data::delete_page).post(account::data::delete)),
        )
        .route("/members/{handle}", get(account::profile::member_profile))
        .route(
            "/submit/{kind}",
            guard(get(pages::submit::submit_page).post(pages::submit::submit)),
        )
        .route("/admin", get(admin::admin_home))
        .route("/admin/moderation", get(admin::moderation))
        .route("/admin/moderation/{id}", guard(post(admin::decide)))
        .route("/admin/reports/{id}", guard(post(admin::decide_report)))
        .route("/admin/users", get(admin::users))
        .route("/admin/users/{id}", guard(post(admin::set_role)))
        .route(
            "/admin/users/{id}/initiatives",
            guard(post(admin::link_initiative)),
        )
        .route("/admin/audit", get(admin::audit))
        .route("/admin/review", get(admin::review))
        .route(
            "/admin/review/{kind}/{slug}",
            guard(post(admin::still_correct)),
        )
        .route("/admin/feeds", get(pages::feeds::health))
        .route("/admin/links", get(admin::links::broken_links))
        .route(
            "/admin/feeds/{id}/trust",
            guard(post(pages::feeds::set_trust)),
        )
        .route(
            "/admin/media",
            guard(get(admin::media::media_page).post(admin::media::upload)),
        )
        .route(
            "/submit/feed",
            guard(get(pages::feeds::submit_page).post(pages::feeds::submit)),
        )
        .route("/admin/audit/{id}/restore", guard(post(admin::restore)))
        .route(
            "/admin/terms",
            guard(get(admin::terms::page).post(admin::terms::add)),
        )
        .route(
            "/admin/terms/{id}/remove",
            guard(post(admin::terms::remove)),
        )
        .route(
            "/admin/terms/flags/{id}/reviewed",
            guard(post(admin::terms::reviewed)),
        )
        .route(
            "/newsletter",
            guard(get(pages::newsletter::page).post(pages::newsletter::subscribe)),
        )
        .route(
            "/newsletter/confirm",
            guard(get(pages::newsletter::confirm_page).post(pages::newsletter::confirm)),
        )
        .route(
            "/newsletter/manage",
            guard(get(pages::newsletter::manage_page).post(pages::newsletter::manage)),
        )
        // Not guarded: one-click unsubscribe comes from mail clients, with the signed link
        // as its proof (RFC 8058).
        .route(
            "/newsletter/unsubscribe",
            get(pages::newsletter::unsubscribe_page).post(pages::newsletter::unsubscribe),
        )
        .route("/notifications", get(pages::notifications::page))
        .route(
            "/notifications/{id}/read",
            guard(post(pages::notifications::mark_read)),
        )
        .route(
            "/notifications/read-all",
            guard(post(pages::notifications::mark_all_read)),
        )
        .route(
            "/notifications/preferences",
            guard(post(pages::notifications::save_preferences)),
        )
        .route(
            "/notifications/feed",
            guard(post(pages::notifications::create_feed)),
        )
        .route(
            "/notifications/feed/revoke",
            guard(post(pages::notifications::revoke_feed)),
        )
        // The secret in the path is the proof: feed readers have no cookie.
        .route(
            "/notifications/feed/{file}",
            get(pages::notifications::feed),
        )
        // Not guarded: one-click stop comes from mail clients, with the signed link as its
        // proof (RFC 8058).
        .route(
            "/notifications/stop",
            get(pages::notifications::stop_page).post(pages::notifications::stop),
        )
        .route("/community", get(pages::community::community))
        .route(
            "/community/threads",
            guard(post(pages::community::create_thread)),
        )
        .route(
            "/community/threads/{id}",
            get(pages::community::show_thread),
        )
        .route(
            "/community/threads/{id}/replies",
            guard(post(pages::community::reply)),
        )
        .route(
            "/community/threads/{id}/lock",
            guard(post(pages::community::lock_thread)),
        )
        .route(
            "/community/threads/{id}/hide",
            guard(post(pages::community::hide_thread)),
        )
        .route(
            "/community/threads/{id}/pin",
            guard(post(pages::community::pin_thread)),
        )
        .route(
            "/community/threads/{id}/move",
            guard(post(pages::community::move_thread)),
        )
        .route(
            "/community/posts/{id}/report",
            guard(post(pages::community::report)),
        )
        .route(
            "/community/posts/{id}/hide",
            guard(post(pages::community::hide_post)),
        )
        .route(
            "/community/posts/{id}/edit",
            guard(get(pages::own_posts::edit_page).post(pages::own_posts::edit)),
        )
        .route(
            "/community/posts/{id}/delete",
            guard(get(pages::own_posts::delete_page).post(pages::own_posts::delete)),
        )
        .route(
            "/community/posts/{id}/history",
            get(pages::own_posts::history),
        )
        .route("/groups", get(pages::groups::list))
        .route("/groups/{slug}", get(pages::groups::show))
        .route(
            "/groups/{slug}/requests",
            guard(get(pages::groups::queue).post(pages::groups::ask)),
        )
        .route(
            "/groups/{slug}/requests/{id}",
            guard(post(pages::groups::decide)),
        )
        .route(
            "/groups/{slug}/reports/{id}",
            guard(post(pages::groups::resolve_report)),
        )
        .route("/groups/{slug}/leave", guard(post(pages::groups::leave)))
        .route(
            "/groups/{slug}/threads",
            guard(post(pages::groups::create_thread)),
        )
        .route(
            "/admin/groups",
            guard(get(pages::groups::admin_list).post(pages::groups::admin_create)),
        )
        .route(
            "/admin/groups/{slug}",
            guard(get(pages::groups::admin_show).post(pages::groups::admin_update)),
        )
        .route(
            "/admin/groups/{slug}/members",
            guard(post(pages::groups::admin_add_member)),
        )
        .route("/healthz", get(serve::ops::healthz))
        .route("/readyz", get(serve::ops::readyz))
        .route("/metrics", get(serve::ops::metrics))
        .route("/robots.txt", get(pages::syndication::robots))
        .route("/sitemap.xml", get(pages::syndication::sitemap))
        .route("/feed.xml", get(pages::syndication::site_feed))
        .route("/news/feed.xml", get(pages::syndication::news_feed))
        .route(
            "/initiatives/{slug}/feed.xml",
            get(pages::syndication::initiative_feed),
        )
        .route(
            "/pillars/{slug}/feed.xml",
            get(pages::syndication::pillar_feed),
        )
        .route(
            sparks_views::STYLESHEET_PATH,
            get(serve::assets::stylesheet),
        )
        .route(
            sparks_views::QUICK_EXIT_SCRIPT_PATH,
            get(serve::assets::quick_exit_script),
        )
        .route(
            sparks_views::COPY_SCRIPT_PATH,
            get(serve::assets::copy_script),
        )
        .route(sparks_views::WORDMARK_PATH, get(serve::assets::wordmark))
        .route("/static/media/{name}", get(serve::assets::media_file))
        .route("/uploads/{name}", get(serve::uploads::serve_upload))
        .merge(api_routes)
        .fallback(pages::initiatives::not_found)
        .layer(axum::extract::DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::load_viewer,
        ))
        // Outside the viewer lookup: an oversized request is refused before any query.
        .layer(axum::middleware::from_fn_with_state(
            max_body,
            serve::hardening::limit_body,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            serve::middleware::render_errors,
        ))
        // Inside the cache: pages served from it log no events and need no span.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::client_span,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            serve::cache::serve_cached,
        ))
        // Outermost of the layers with a rendered body: an over-long head is refused before
        // the cache could answer it, as a page with every security header.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            serve::hardening::limit_head,
        ))
        .with_state(state.clone())
        .layer(serve::middleware::security_headers())
        .layer(axum::middleware::from_fn_with_state(
            tls,
            serve::hardening::hsts,
        ))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(axum::middleware::from_fn(serve::middleware::observe));
    // Outermost, and in front of the route table (see above).
    tower::Layer::layer(&serve::cache::CacheFrontLayer::new(state), routes)
}
