//! Events: the list (upcoming and past), one event, and their iCalendar files.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sparks_core::{Event, EventTime};
use sparks_store::{EventFilter, When, events};
use sparks_views::format::shorten;
use sparks_views::{ContentCard, EventPage, EventsPage, Fact, Section, render};

use crate::pages::resources::iso;
use crate::present::calendar;
use crate::present::context::PageContext;
use crate::present::warnings;
use crate::serve::middleware::html;
use crate::{AppState, WebError};

/// The most events either list shows.
const LIST_LIMIT: u32 = 100;

/// When an event takes place, in words: "18 March 2024 – 21 March 2024", with clock times and
/// the zone when the source gives them.
fn when(ctx: &PageContext, e: &Event) -> String {
    let one = |t: EventTime| match t.clock() {
        Some(c) => format!("{}, {c}", ctx.locale.date(iso(t.date()))),
        None => ctx.locale.date(iso(t.date())),
    };
    let mut text = one(e.start);
    match e.end {
        Some(end) if end.date() == e.start.date() => {
            if let Some(c) = end.clock() {
                text.push_str(&format!("–{c}"));
            }
        }
        Some(end) => text.push_str(&format!(" – {}", one(end))),
        None => {}
    }
    let timed = e.start.clock().is_some();
    match (&e.timezone, e.start) {
        (Some(zone), _) if timed => text.push_str(&format!(" ({zone})")),
        (_, EventTime::Fixed(t)) => {
            let (h, m, _) = t.offset().as_hms();
            text.push_str(&format!(" (UTC{:+03}:{:02})", h, m.unsigned_abs()));
        }
        _ => {}
    }
    text
}

/// Where it takes place, in words.
fn place(ctx: &PageContext, e: &Event) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(e.city.clone());
    parts.extend(e.country.map(|c| ctx.locale.country(c)));
    if e.online {
        parts.push(ctx.t("event-online"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn card(ctx: &PageContext, e: &Event) -> ContentCard {
    let mut meta = vec![
        (
            ctx.t("label-type"),
            ctx.t(&format!("event-type-{}", e.kind.slug())),
        ),
        (ctx.t("event-when"), when(ctx, e)),
    ];
    if let Some(p) = place(ctx, e) {
        meta.push((ctx.t("event-where"), p));
    }
    ContentCard {
        href: ctx.link(&format!("/events/{}", e.slug)),
        title: e.title.clone(),
        summary: shorten(&sparks_core::markdown::to_plain_text(&e.summary), 240),
        meta,
        lang: "en".to_owned(),
        summary_lang: "en".to_owned(),
        origin: None,
        warning: warnings::label(ctx, e.content_warning),
    }
}

/// `GET /events`: upcoming (soonest first) and past (most recent first).
pub async fn list_events(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let db = state.db();
    let today = state.today();
    let of = |when| EventFilter {
        when: Some(when),
        ..EventFilter::default()
    };
    let upcoming = events::list(db, &of(When::Upcoming), today, 1, LIST_LIMIT).await?;
    let past = events::list(db, &of(When::Past), today, 1, LIST_LIMIT).await?;
    let view = EventsPage {
        layout: ctx.layout(
            ctx.t("events-title"),
            ctx.t("events-description"),
            Section::Events,
        ),
        upcoming: upcoming.items.iter().map(|e| card(&ctx, e)).collect(),
        past: past.items.iter().map(|e| card(&ctx, e)).collect(),
        ics_href: "/events.ics".to_owned(),
        api_href: "/api/v1/events".to_owned(),
    };
    Ok(html(render(&view)))
}

/// `GET /events/{slug}`, and `GET /events/{slug}.ics` for the same event as iCalendar (one
/// route, because a path segment cannot hold a parameter and a suffix).
pub async fn show_event(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    if let Some(bare) = slug.strip_suffix(".ics") {
        let event = events::get(state.db(), bare)
            .await?
            .ok_or(WebError::NotFound)?;
        return Ok(ics_response(&state, &[event], &format!("{bare}.ics")));
    }
    let e = events::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    let fact = |label: String, value: String| Fact {
        label,
        value,
        href: None,
        note: None,
    };
    let mut facts = vec![fact(ctx.t("event-when"), when(&ctx, &e))];
    if let Some(p) = place(&ctx, &e) {
        facts.push(fact(ctx.t("event-where"), p));
    }
    if !e.organisers.is_empty() {
        facts.push(fact(ctx.t("event-organisers"), e.organisers.join("; ")));
    }
    let shown: Vec<String> = e
        .url
        .iter()
        .chain(&e.source_url)
        .map(ToString::to_string)
        .collect();
    let broken_links =
        crate::api::links::broken_on_page(state.db(), shown.iter().map(String::as_str)).await?;
    let view = EventPage {
        broken_links,
        layout: crate::pages::syndication::with_json_ld(
            ctx.layout(
                e.title.clone(),
                shorten(&sparks_core::markdown::to_plain_text(&e.summary), 160),
                Section::Events,
            ),
            &crate::pages::syndication::event_ld(&e),
        ),
        kind: ctx.t(&format!("event-type-{}", e.kind.slug())),
        upcoming: e.is_upcoming(state.today()),
        facts,
        summary_html: sparks_core::markdown::to_safe_html(&e.summary),
        content_lang: "en".to_owned(),
        link: e.url.as_ref().map(ToString::to_string),
        source_url: e.source_url.as_ref().map(ToString::to_string),
        ics_href: format!("/events/{}.ics", e.slug),
        warning: warnings::label(&ctx, e.content_warning),
        title: e.title,
    };
    Ok(html(render(&view)))
}

/// `GET /events.ics`: every event, a calendar people can subscribe to.
pub async fn calendar_feed(State(state): State<AppState>) -> Result<Response, WebError> {
    let all = events::all(state.db()).await?;
    Ok(ics_response(&state, &all, "sparks-events.ics"))
}

fn ics_response(state: &AppState, events: &[Event], filename: &str) -> Response {
    // UIDs must be unique to this site and stable: the configured public host, else a
    // constant. Never the request's Host header, which anyone can forge and which would
    // land in the page cache for everyone else.
    let host = state
        .public_url()
        .and_then(url::Url::host_str)
        .unwrap_or("sparks.local");
    let clock = state.clock();
    let body = calendar::calendar(
        events,
        &format!("{}: events", state.site_name()),
        host,
        chrono::DateTime::from_timestamp(clock.unix(), 0).unwrap_or_default(),
    );
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}
