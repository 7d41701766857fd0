//! Reference pages: the CSAE response in figures (with CSV), help by
//! country, the media pack and support.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sparks_core::{HelplineKind, Statistic};
use sparks_store::{StatisticFilter, reference};
use sparks_views::{
    Figure, FigureRow, HelpCountry, HelpPage, HelpService, Link, MediaPackPage, ResponsePage,
    Section, SeriesView, SuggestedPost, SupportPage, render,
};

use crate::pages::resources::iso;
use crate::present::campaign_kit;
use crate::present::chart;
use crate::present::context::PageContext;
use crate::serve::middleware::html;
use crate::{AppState, WebError};

fn row(ctx: &PageContext, s: &Statistic) -> FigureRow {
    // Exact counts get the locale's digit grouping; worded values stay as the source has them.
    let value = match (s.number, s.precision) {
        (Some(n), sparks_core::statistic::Precision::Exact) if n.to_string() == s.value => {
            u64::try_from(n).map_or_else(|_| s.value.clone(), |n| ctx.locale.number(n))
        }
        _ => s.value.clone(),
    };
    FigureRow {
        period: s.period.clone().unwrap_or_default(),
        figure: s.figure.clone(),
        value,
        publisher: s.publisher.clone(),
        source_url: s.source_url.to_string(),
        note: s.note.clone(),
    }
}

/// `GET /response`: series with a chart, a table and CSV each; single figures in a table.
pub async fn response(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let all = reference::statistics(state.db(), &StatisticFilter::default()).await?;
    let mut order: Vec<&str> = Vec::new();
    let mut by_series: HashMap<&str, Vec<&Statistic>> = HashMap::new();
    for s in &all {
        if !by_series.contains_key(s.series.as_str()) {
            order.push(&s.series);
        }
        by_series.entry(&s.series).or_default().push(s);
    }
    let mut series = Vec::new();
    let mut others = Vec::new();
    for key in order {
        let figures = by_series.remove(key).unwrap_or_default();
        let title = figures
            .first()
            .map(|s| s.figure.clone())
            .unwrap_or_default();
        let id = format!("series-{key}");
        let chart = chart::chart(
            &format!("chart-{key}"),
            &title,
            &figures,
            ctx.locale,
            &ctx.t("response-no-figure"),
        );
        if figures.len() < 2 || chart.is_none() {
            others.extend(figures.iter().map(|s| row(&ctx, s)));
            continue;
        }
        series.push(SeriesView {
            id,
            title,
            chart,
            rows: figures.iter().map(|s| row(&ctx, s)).collect(),
            csv_href: format!("/response/{key}.csv"),
        });
    }
    let shown: Vec<&str> = series
        .iter()
        .flat_map(|s| &s.rows)
        .chain(&others)
        .map(|r| r.source_url.as_str())
        .collect();
    let broken_links = crate::api::links::broken_on_page(state.db(), shown).await?;
    Ok(html(render(&ResponsePage {
        layout: ctx.layout(
            ctx.t("response-title"),
            ctx.t("response-description"),
            Section::Response,
        ),
        content_lang: "en".to_owned(),
        series,
        others,
        csv_href: "/response.csv".to_owned(),
        broken_links,
    })))
}

fn csv_response(figures: &[Statistic], filename: &str) -> Result<Response, WebError> {
    let mut body = Vec::new();
    sparks_core::formats::write_statistics_csv(figures, &mut body)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// `GET /response.csv`: every figure.
pub async fn response_csv(State(state): State<AppState>) -> Result<Response, WebError> {
    let all = reference::statistics(state.db(), &StatisticFilter::default()).await?;
    csv_response(&all, "sparks-figures.csv")
}

/// `GET /response/{series}.csv`: one series.
pub async fn series_csv(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let series = file.strip_suffix(".csv").ok_or(WebError::NotFound)?;
    let filter = StatisticFilter {
        series: Some(series.to_owned()),
        year: None,
    };
    let figures = reference::statistics(state.db(), &filter).await?;
    if figures.is_empty() {
        return Err(WebError::NotFound);
    }
    csv_response(&figures, &format!("{series}.csv"))
}

/// `GET /help`: the general advice, then every help service by country.
pub async fn help(State(state): State<AppState>, ctx: PageContext) -> Result<Response, WebError> {
    let all = reference::helplines(state.db(), None).await?;
    // Staff confirm help services from the review queue; the later of that and the
    // record's own date is when it was last checked.
    let slugs: Vec<String> = all.iter().map(|h| h.slug.clone()).collect();
    let checks = sparks_store::checks::get_many(
        state.db(),
        sparks_store::moderation::ContentKind::Helpline,
        &slugs,
    )
    .await?;
    let mut countries: Vec<HelpCountry> = Vec::new();
    for h in &all {
        let checked = h.checked.max(checks.get(&h.slug).map(|c| c.checked_at));
        let service = HelpService {
            slug: h.slug.clone(),
            kind: ctx.t(&format!("helpline-kind-{}", h.kind.slug())),
            name: h.name.clone(),
            organisation: h.organisation.clone(),
            phone: h.phone.clone().map(|p| (p, h.tel_href())),
            website: h.website.as_ref().map(ToString::to_string),
            report_url: h.report_url.as_ref().map(ToString::to_string),
            hours: h.hours.clone(),
            chat: h.chat,
            source_url: h.source_url.to_string(),
            checked: checked.map(|d| ctx.locale.date(iso(d))),
            notes: h.notes.clone(),
        };
        let rank = |k: &str| {
            HelplineKind::ALL
                .iter()
                .position(|x| ctx.t(&format!("helpline-kind-{}", x.slug())) == k)
        };
        match countries.iter_mut().find(|c| c.code == h.country.code()) {
            Some(c) => {
                let at = c
                    .services
                    .iter()
                    .position(|s| rank(&s.kind) > rank(&service.kind))
                    .unwrap_or(c.services.len());
                c.services.insert(at, service);
            }
            None => countries.push(HelpCountry {
                code: h.country.code().to_owned(),
                name: ctx.locale.country(h.country),
                services: vec![service],
            }),
        }
    }
    countries.sort_by(|a, b| a.name.cmp(&b.name));
    let shown: Vec<&str> = countries
        .iter()
        .flat_map(|c| &c.services)
        .flat_map(|s| {
            [s.website.as_deref(), s.report_url.as_deref()]
                .into_iter()
                .flatten()
                .chain(std::iter::once(s.source_url.as_str()))
        })
        .collect();
    let broken_links = crate::api::links::broken_on_page(state.db(), shown).await?;
    Ok(html(render(&HelpPage {
        layout: ctx.layout(
            ctx.t("help-title"),
            ctx.t("help-description"),
            Section::Help,
        ),
        countries,
        broken_links,
    })))
}

/// The slug of the platform's own campaign, whose kit `/media-pack` shows.
pub const OWN_CAMPAIGN: &str = "sparks-launch";

/// `GET /media-pack`: the platform's own kit (the launch campaign's posts and generated
/// graphics, linking its page and zip), the wordmark and the uploaded graphics; posts to copy
/// or share through plain links (nothing on the page loads from those sites).
pub async fn media_pack(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let uploads = crate::admin::media::items(&state, &ctx).await?;
    let own = sparks_store::campaigns::get(state.db(), OWN_CAMPAIGN)
        .await?
        .filter(|c| c.published);
    let email = || ctx.t("media-email");
    let (posts, campaign) = match &own {
        Some(stored) => {
            let c = &stored.campaign;
            let (lang, t) = c.text_for(ctx.locale.code()).ok_or(WebError::NotFound)?;
            let posts = t
                .short_posts
                .iter()
                .chain(&t.long_posts)
                .enumerate()
                .map(|(i, p)| {
                    let text = campaign_kit::with_hashtags(p, c);
                    SuggestedPost {
                        id: format!("post-{}", i + 1),
                        share: campaign_kit::share_links(&text, email(), &ctx.site_name),
                        text,
                    }
                })
                .collect();
            let link = Link {
                label: ctx.t("media-campaign-link"),
                href: ctx.link(&format!("/campaigns/{OWN_CAMPAIGN}")),
            };
            let graphics = crate::pages::campaigns::graphics(&ctx, stored, lang);
            let kit = format!("/campaigns/{OWN_CAMPAIGN}/kit.zip");
            (posts, Some((link, kit, graphics)))
        }
        // Editors unpublished it: the fixed posts the site started with.
        None => {
            let hashtags =
                "#SparksInTheDark #CounteringCSAE #UnitedAgainstCSAE #ChildSafety #ProtectChildren";
            let posts = (1..=3)
                .map(|n| {
                    let text = format!("{}\n\n{hashtags}", ctx.t(&format!("media-post-{n}")));
                    SuggestedPost {
                        id: format!("post-{n}"),
                        share: campaign_kit::share_links(&text, email(), &ctx.site_name),
                        text,
                    }
                })
                .collect();
            (posts, None)
        }
    };
    Ok(html(render(&MediaPackPage {
        layout: ctx.layout(
            ctx.t("media-title"),
            ctx.t("media-description"),
            Section::Other,
        ),
        wordmark: sparks_views::WORDMARK_PATH.to_owned(),
        posts,
        copy_script: sparks_views::COPY_SCRIPT_PATH.to_owned(),
        uploads,
        campaign,
    })))
}

/// `GET /support`: configured donation channels, or an honest note that there are none yet.
pub async fn support(State(state): State<AppState>, ctx: PageContext) -> Response {
    html(render(&SupportPage {
        layout: ctx.layout(
            ctx.t("support-title"),
            ctx.t("support-description"),
            Section::Other,
        ),
        channels: state.support_links().to_vec(),
        supporters: state.supporters().to_vec(),
    }))
}

/// The home page's figures for the content hub, each linking into its section.
pub async fn hub_figures(state: &AppState, ctx: &PageContext) -> Result<Vec<Figure>, WebError> {
    let c = reference::hub_counts(state.db()).await?;
    let n = |v: i64| u64::try_from(v).unwrap_or(0);
    let figure = |value: u64, key: &str, href: &str| Figure {
        value: ctx.locale.number(value),
        // The message holds only the words; the number is shown large beside them.
        label: ctx.tn(key, value),
        href: ctx.link(href),
    };
    Ok(vec![
        figure(n(c.resources), "hub-resources", "/resources"),
        figure(n(c.events), "hub-events", "/events"),
        figure(
            n(c.recommendations),
            "hub-recommendations",
            "/recommendations",
        ),
        figure(n(c.statistics), "hub-figures", "/response"),
        figure(n(c.helpline_countries), "hub-help-countries", "/help"),
    ])
}
