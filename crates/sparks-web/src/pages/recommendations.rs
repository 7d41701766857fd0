//! Key recommendations and their uptake (issue #19, section 2): the filtered list, each
//! recommendation's page (uptake as a table and a timeline; staff record updates there,
//! members propose them), the tracker matrix and the CSV.
//!
//! The list, the tracker, the CSV and the API all read [`load`], so their figures agree.

use std::collections::HashMap;

use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sparks_core::{
    Addressee, AddresseeKind, PartialDate, Pillar, Relation, UptakeDraft, UptakeStatus,
    UptakeUpdate,
};
use sparks_store::editorial::{self as se, Outcome, UptakeProposal};
use sparks_store::uptake::{self, Uptake};
use sparks_store::{RecommendationEntry, reference, resources};
use sparks_views::{
    Choice, Field, FieldKind, FilterOption, FilterSelect, Link, RecommendationGroup,
    RecommendationPage, RecommendationView, RecommendationsPage, Section, TrackerCell, TrackerPage,
    TrackerRow, TrackerTotal, Unlink, UptakeRowView, render,
};

use crate::admin::editorial::actor;
use crate::auth::{self, FormData, MaybeMember, Member, Staff, Viewer, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{Problems, form_page_response, hint, required, when};
use crate::query::params::{Mode, href};
use crate::query::recommendations::{
    RecommendationFilter, recommendation_pairs, recommendation_query,
};
use crate::serve::middleware::html;
use crate::{AppState, WebError};

/// A recommendation with its current uptake (only the rows the filter keeps).
pub struct Tracked {
    /// The recommendation and the initiatives it comes from.
    pub entry: RecommendationEntry,
    /// Where each addressee stands.
    pub uptake: Vec<Uptake>,
}

/// The recommendations the filter keeps, by pillar then in loading order, each with the
/// uptake rows it keeps. What every page, the CSV and the API show.
pub async fn load(state: &AppState, f: &RecommendationFilter) -> Result<Vec<Tracked>, WebError> {
    let entries: Vec<RecommendationEntry> = reference::recommendations(state.db())
        .await?
        .into_iter()
        .filter(|e| f.pillar.is_none_or(|p| e.recommendation.pillar == p))
        .filter(|e| {
            f.issuer
                .as_deref()
                .is_none_or(|i| e.recommendation.issuer.eq_ignore_ascii_case(i))
        })
        .collect();
    let recs: Vec<&sparks_core::Recommendation> =
        entries.iter().map(|e| &e.recommendation).collect();
    let mut board = uptake::board(state.db(), &recs).await?;
    Ok(entries
        .into_iter()
        .filter_map(|entry| {
            let rows: Vec<Uptake> = board
                .remove(&entry.recommendation.slug)
                .unwrap_or_default()
                .into_iter()
                .filter(|u| f.keeps(u))
                .collect();
            (!f.on_rows() || !rows.is_empty()).then_some(Tracked {
                entry,
                uptake: rows,
            })
        })
        .collect())
}

/// A status in the page's language.
fn status_label(ctx: &PageContext, s: UptakeStatus) -> String {
    ctx.t(&format!("uptake-status-{}", s.slug().replace('_', "-")))
}

/// An addressee kind in the page's language.
fn kind_label(ctx: &PageContext, k: AddresseeKind) -> String {
    ctx.t(&format!("uptake-addressee-{}", k.slug()))
}

/// An addressee in the page's language: its kind, or the member state's name.
fn addressee_label(ctx: &PageContext, a: &Addressee) -> String {
    match a.country {
        Some(c) => ctx.t_args(
            "uptake-addressee-country",
            &[("country", &ctx.locale.country(c))],
        ),
        None => kind_label(ctx, a.kind),
    }
}

/// The sign drawn in a tracker cell beside its colour, so colour is never the only cue.
fn mark(s: UptakeStatus) -> &'static str {
    match s {
        UptakeStatus::Implemented => "✓",
        UptakeStatus::PartlyImplemented => "◐",
        UptakeStatus::InProgress => "→",
        UptakeStatus::NotStarted => "○",
        UptakeStatus::Rejected => "✗",
        UptakeStatus::Unknown => "?",
    }
}

fn row_view(ctx: &PageContext, u: &Uptake) -> UptakeRowView {
    UptakeRowView {
        addressee: addressee_label(ctx, &u.addressee),
        status: u.status.slug().to_owned(),
        status_label: status_label(ctx, u.status),
        date: u
            .date
            .map(|d| ctx.locale.date(PartialDate::from_date(d)))
            .unwrap_or_default(),
        note: u.note.clone(),
        source_url: u.source_url.clone(),
        recorded: match (&u.recorded_by, u.recorded_at) {
            (Some(name), Some(at)) => ctx.t_args(
                "uptake-recorded-by",
                &[("name", name), ("when", &when(ctx, at))],
            ),
            _ => String::new(),
        },
    }
}

/// Issuer, year and (as the source words it) addressee, labelled.
fn facts(ctx: &PageContext, r: &sparks_core::Recommendation) -> Vec<(String, String)> {
    let mut facts = vec![
        (ctx.t("recs-issuer"), r.issuer.clone()),
        (
            ctx.t("recs-year"),
            r.year
                .map_or_else(|| ctx.t("value-unknown"), |y| y.to_string()),
        ),
    ];
    if let Some(a) = &r.addressee {
        facts.push((
            ctx.t("recs-addressee"),
            ctx.try_t(&format!("addressee-{}", a.to_lowercase()))
                .unwrap_or_else(|| a.clone()),
        ));
    }
    facts
}

/// A select of the filter form: "any" first, then `options` (value, label).
fn select(
    ctx: &PageContext,
    name: &str,
    chosen: Option<String>,
    options: impl IntoIterator<Item = (String, String)>,
) -> FilterSelect {
    let chosen = chosen.unwrap_or_default();
    let mut list = vec![FilterOption {
        value: String::new(),
        label: ctx.t("recs-filter-any"),
        selected: chosen.is_empty(),
    }];
    list.extend(options.into_iter().map(|(value, label)| FilterOption {
        selected: value == chosen,
        value,
        label,
    }));
    FilterSelect {
        name: name.to_owned(),
        label: ctx.t(&format!("recs-filter-{name}")),
        options: list,
    }
}

/// `GET /recommendations`: by pillar, filtered by pillar, issuer, addressee, country and
/// status; each with issuer, year, where uptake stands, and the initiatives and resources
/// it comes from (resources whose page or source is the recommendation's source).
pub async fn recommendations(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = recommendation_query(raw.as_deref(), Mode::Page)?;
    let f = &q.filter;
    let db = state.db();
    let tracked = load(&state, f).await?;
    // The filter's choices come from everything, not from what the filter left.
    let everything = load(&state, &RecommendationFilter::default()).await?;
    let library = resources::all(db).await?;
    let slugs: Vec<String> = tracked
        .iter()
        .map(|t| t.entry.recommendation.slug.clone())
        .collect();
    let checks = sparks_store::checks::get_many(
        db,
        sparks_store::moderation::ContentKind::Recommendation,
        &slugs,
    )
    .await?;
    let groups = Pillar::ALL
        .iter()
        .map(|p| RecommendationGroup {
            slug: p.slug().to_owned(),
            label: ctx.locale.pillar(*p),
            items: tracked
                .iter()
                .filter(|t| t.entry.recommendation.pillar == *p)
                .map(|t| {
                    let r = &t.entry.recommendation;
                    let mut facts = facts(&ctx, r);
                    facts.push((
                        ctx.t("review-checked"),
                        crate::present::views::checked_line(&ctx, checks.get(&r.slug)),
                    ));
                    let from_resources = library
                        .iter()
                        .filter(|res| {
                            r.source_url.is_some()
                                && (res.url == r.source_url || res.source_url == r.source_url)
                        })
                        .map(|res| Link {
                            label: res.title.clone(),
                            href: ctx.link(&format!("/resources/{}", res.slug)),
                        })
                        .collect();
                    RecommendationView {
                        id: r.slug.clone(),
                        title: r.title.clone(),
                        text_html: sparks_core::markdown::to_safe_html(&r.text),
                        facts,
                        initiatives: initiative_links(&ctx, &t.entry),
                        resources: from_resources,
                        source_url: r.source_url.as_ref().map(ToString::to_string),
                        href: ctx.link(&format!("/recommendations/{}", r.slug)),
                        uptake: t.uptake.iter().map(|u| row_view(&ctx, u)).collect(),
                    }
                })
                .collect(),
        })
        .filter(|g| !g.items.is_empty())
        .collect();
    let mut issuers: Vec<String> = everything
        .iter()
        .map(|t| t.entry.recommendation.issuer.clone())
        .collect();
    issuers.sort();
    issuers.dedup();
    let mut countries: Vec<(String, String)> = everything
        .iter()
        .flat_map(|t| &t.uptake)
        .filter_map(|u| u.addressee.country)
        .map(|c| (c.code().to_owned(), ctx.locale.country(c)))
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    countries.dedup();
    let filters = vec![
        select(
            &ctx,
            "pillar",
            f.pillar.map(|p| p.slug().to_owned()),
            Pillar::ALL
                .iter()
                .map(|p| (p.slug().to_owned(), ctx.locale.pillar(*p))),
        ),
        select(
            &ctx,
            "issuer",
            f.issuer.clone(),
            issuers.into_iter().map(|i| (i.clone(), i)),
        ),
        select(
            &ctx,
            "addressee",
            f.addressee.map(|a| a.slug().to_owned()),
            AddresseeKind::ALL
                .iter()
                .map(|k| (k.slug().to_owned(), kind_label(&ctx, *k))),
        ),
        select(
            &ctx,
            "country",
            f.country.map(|c| c.code().to_owned()),
            countries,
        ),
        select(
            &ctx,
            "status",
            f.status.map(|s| s.slug().to_owned()),
            UptakeStatus::ALL
                .iter()
                .map(|s| (s.slug().to_owned(), status_label(&ctx, *s))),
        ),
    ];
    let pairs = recommendation_pairs(f);
    Ok(html(render(&RecommendationsPage {
        layout: ctx.layout(
            ctx.t("recs-title"),
            ctx.t("recs-description"),
            Section::Recommendations,
        ),
        content_lang: "en".to_owned(),
        groups,
        filters,
        filter_action: ctx.link("/recommendations"),
        filtered: f.is_set(),
        tracker_href: ctx.link(&href("/recommendations/tracker", &pairs)),
        csv_href: href("/recommendations.csv", &pairs),
    })))
}

fn initiative_links(ctx: &PageContext, e: &RecommendationEntry) -> Vec<Link> {
    e.initiatives
        .iter()
        .map(|i| Link {
            label: i.acronym.clone(),
            href: ctx.link(&format!("/initiatives/{}", i.slug)),
        })
        .collect()
}

/// A field of the uptake form, labelled by the message `uptake-field-{name}` (the shared
/// `form-field-*` labels mean other things for `status` and `note`).
fn field(ctx: &PageContext, name: &str, kind: FieldKind, value: &str) -> Field {
    let mut f = Field::new(
        name,
        ctx.t(&format!("uptake-field-{}", name.replace('_', "-"))),
        kind,
    );
    f.value = value.to_owned();
    f
}

/// The uptake form, with what was typed.
fn uptake_fields(ctx: &PageContext, form: &FormData) -> Vec<Field> {
    let select_of = |name: &str, options: Vec<(String, String)>| {
        let value = form.get(name);
        let mut f = required(field(ctx, name, FieldKind::Select, &value));
        f.choices = options
            .into_iter()
            .map(|(v, label)| Choice {
                selected: v == value,
                value: v,
                label,
            })
            .collect();
        f
    };
    let addressee = select_of(
        "addressee",
        AddresseeKind::ALL
            .iter()
            .map(|k| (k.slug().to_owned(), kind_label(ctx, *k)))
            .collect(),
    );
    let status = select_of(
        "status",
        UptakeStatus::ALL
            .iter()
            .map(|s| (s.slug().to_owned(), status_label(ctx, *s)))
            .collect(),
    );
    vec![
        addressee,
        hint(
            ctx,
            field(ctx, "country", FieldKind::Text, &form.get("country")),
            "uptake-hint-country",
        ),
        status,
        hint(
            ctx,
            field(ctx, "date", FieldKind::Date, &form.get("date")),
            "uptake-hint-date",
        ),
        hint(
            ctx,
            field(ctx, "note", FieldKind::TextArea, &form.get("note")),
            "uptake-hint-note",
        ),
        hint(
            ctx,
            field(ctx, "source_url", FieldKind::Url, &form.get("source_url")),
            "uptake-hint-source",
        ),
    ]
}

/// The page and name of a linked initiative or resource; `None` when it is gone.
async fn target_link(
    state: &AppState,
    ctx: &PageContext,
    kind: &str,
    slug: &str,
) -> Result<Option<Link>, WebError> {
    Ok(match kind {
        "initiative" => sparks_store::initiatives::get(state.db(), slug)
            .await?
            .map(|i| Link {
                label: i.acronym,
                href: ctx.link(&format!("/initiatives/{slug}")),
            }),
        "resource" => resources::get(state.db(), slug).await?.map(|e| Link {
            label: e.resource.title,
            href: ctx.link(&format!("/resources/{slug}")),
        }),
        _ => None,
    })
}

/// The link form, with what was typed.
fn link_fields(ctx: &PageContext, form: &FormData) -> Vec<Field> {
    let choose = |name: &str, options: Vec<(&str, String)>| {
        let value = form.get(name);
        let mut f = required(field(ctx, name, FieldKind::Select, &value));
        f.choices = options
            .into_iter()
            .map(|(v, label)| Choice {
                selected: v == value,
                value: v.to_owned(),
                label,
            })
            .collect();
        f
    };
    vec![
        choose(
            "relation",
            Relation::ALL
                .iter()
                .map(|r| (r.slug(), ctx.t(&format!("uptake-{}", r.slug()))))
                .collect(),
        ),
        choose(
            "kind",
            vec![
                ("initiative", ctx.t("kind-name-initiative")),
                ("resource", ctx.t("kind-name-resource")),
            ],
        ),
        required(hint(
            ctx,
            field(ctx, "target", FieldKind::Text, &form.get("target")),
            "uptake-hint-target",
        )),
    ]
}

/// The recommendations an initiative produced (named by their issuer, or linked so by an
/// editor) and those it acts on, as the initiative's profile lists them: (heading, links).
pub async fn for_initiative(
    state: &AppState,
    ctx: &PageContext,
    slug: &str,
) -> Result<Vec<(String, Vec<Link>)>, WebError> {
    let all = reference::recommendations(state.db()).await?;
    let linked = uptake::linked_to(state.db(), "initiative", slug).await?;
    let link = |r: &sparks_core::Recommendation| Link {
        label: r.title.clone(),
        href: ctx.link(&format!("/recommendations/{}", r.slug)),
    };
    let mut groups = Vec::new();
    for relation in Relation::ALL {
        let links: Vec<Link> = all
            .iter()
            .filter(|e| {
                linked
                    .iter()
                    .any(|(rec, how)| *rec == e.recommendation.slug && *how == relation)
                    || (relation == Relation::ProducedBy
                        && e.initiatives.iter().any(|i| i.slug == slug))
            })
            .map(|e| link(&e.recommendation))
            .collect();
        if !links.is_empty() {
            groups.push((
                ctx.t(&format!("uptake-initiative-{}", relation.slug())),
                links,
            ));
        }
    }
    Ok(groups)
}

async fn recommendation_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: Option<&Viewer>,
    slug: &str,
    form: &FormData,
    problems: &Problems,
) -> Result<Response, WebError> {
    let entries = reference::recommendations(state.db()).await?;
    let entry = entries
        .into_iter()
        .find(|e| e.recommendation.slug == slug)
        .ok_or(WebError::NotFound)?;
    let r = &entry.recommendation;
    let board = uptake::board(state.db(), &[r]).await?;
    let current = board.get(slug).cloned().unwrap_or_default();
    let history = uptake::history(state.db(), slug).await?;
    let mut facts = facts(ctx, r);
    facts.insert(0, (ctx.t("recs-pillar"), ctx.locale.pillar(r.pillar)));
    let mut fields = if viewer.is_some() {
        uptake_fields(ctx, form)
    } else {
        Vec::new()
    };
    let staff = viewer.is_some_and(Viewer::is_staff);
    let mut link_form = if staff {
        link_fields(ctx, form)
    } else {
        Vec::new()
    };
    // The two forms' problems go to the form that was sent.
    if form.get("do").is_empty() {
        problems.attach(&mut fields);
    } else {
        problems.attach(&mut link_form);
    }
    let mut produced_by = initiative_links(ctx, &entry);
    let mut acted_on_by = Vec::new();
    let mut unlinks = Vec::new();
    for l in uptake::links_of(state.db(), slug).await? {
        let Some(target) = target_link(state, ctx, &l.kind, &l.slug).await? else {
            continue;
        };
        unlinks.push(Unlink {
            label: format!(
                "{}: {}",
                ctx.t(&format!("uptake-{}", l.relation.slug())),
                target.label
            ),
            relation: l.relation.slug().to_owned(),
            kind: l.kind.clone(),
            target: l.slug.clone(),
        });
        let list = match l.relation {
            Relation::ProducedBy => &mut produced_by,
            Relation::ActedOnBy => &mut acted_on_by,
        };
        if !list.iter().any(|x| x.href == target.href) {
            list.push(target);
        }
    }
    let page = RecommendationPage {
        layout: ctx.layout(
            r.title.clone(),
            sparks_views::format::shorten(&r.text, 160),
            Section::Recommendations,
        ),
        content_lang: "en".to_owned(),
        title: r.title.clone(),
        text_html: sparks_core::markdown::to_safe_html(&r.text),
        facts,
        produced_by,
        acted_on_by,
        unlinks: if staff { unlinks } else { Vec::new() },
        link_fields: link_form,
        link_action: ctx.link(&format!("/recommendations/{slug}/links")),
        source_url: r.source_url.as_ref().map(ToString::to_string),
        uptake: current.iter().map(|u| row_view(ctx, u)).collect(),
        history: history.iter().map(|u| row_view(ctx, u)).collect(),
        fields,
        form_intro: if viewer.is_none() {
            ctx.t("uptake-log-in")
        } else if staff {
            ctx.t("uptake-record-staff")
        } else {
            ctx.t("uptake-record-member")
        },
        login_href: ctx.link(&format!("/login?next=/recommendations/{slug}")),
        action: ctx.link(&format!("/recommendations/{slug}/uptake")),
        csrf_token: auth::csrf_token(state, viewer).await?,
        list_href: ctx.link("/recommendations"),
        tracker_href: ctx.link("/recommendations/tracker"),
        notice: (!form.get("sent").is_empty()).then(|| ctx.t("uptake-proposed")),
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /recommendations/{slug}`: the recommendation, its uptake as a table and a timeline,
/// and for members the form (staff record, members propose).
pub async fn recommendation(
    State(state): State<AppState>,
    ctx: PageContext,
    MaybeMember(viewer): MaybeMember,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    // `?sent=1` after a proposal: the page says it waits for an editor.
    let sent = crate::query::params::pairs(raw.as_deref())
        .into_iter()
        .filter(|(k, _)| k == "sent")
        .collect();
    recommendation_page(
        &state,
        &ctx,
        viewer.as_ref(),
        &slug,
        &FormData(sent),
        &Problems::default(),
    )
    .await
}

/// Puts each validation error on its field, in the page's language.
fn report(ctx: &PageContext, problems: &mut Problems, errors: &[sparks_core::FieldError]) {
    for e in errors {
        let key = match e.field.as_str() {
            "source_url" if e.message.starts_with("is needed") => "uptake-error-source",
            "date" if e.message == "is in the future" => "uptake-error-future",
            "date" => "uptake-error-date",
            "country" if e.message.starts_with("only") => "uptake-error-country-kind",
            "country" => "uptake-error-country",
            "note" => "uptake-error-note",
            "source_url" => "uptake-error-url",
            _ => "form-error-missing",
        };
        problems.add(&e.field, ctx.t(key));
    }
}

/// `POST /recommendations/{slug}/uptake`: `addressee`, `country`, `status`, `date`, `note`,
/// `source_url`. Staff record it at once; members propose it to the moderation queue. The
/// note goes through the terminology check as every text a person writes.
pub async fn record(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    if !uptake::exists(state.db(), &slug).await? {
        return Err(WebError::NotFound);
    }
    let draft = UptakeDraft {
        addressee: form.get("addressee"),
        country: form.get("country"),
        status: form.get("status"),
        date: form.get("date"),
        note: form.get("note"),
        source_url: form.get("source_url"),
    };
    let mut problems = Problems::default();
    let update: Option<UptakeUpdate> = match draft.validate(state.today()) {
        Ok(u) => Some(u),
        Err(errors) => {
            report(&ctx, &mut problems, &errors);
            None
        }
    };
    let note = draft.note.clone();
    let kept = crate::present::terminology::check(
        &state,
        &ctx,
        &mut problems,
        &form,
        &[("note", note.as_str())],
    )
    .await?;
    let (Some(update), true) = (update, problems.is_empty()) else {
        return recommendation_page(&state, &ctx, Some(&viewer), &slug, &form, &problems).await;
    };
    let link = format!("/recommendations/{slug}");
    let now = state.clock().now();
    if viewer.is_staff() {
        match se::record_uptake(state.db(), &actor(&viewer), &slug, &update, now).await? {
            Outcome::Done => {}
            _ => return Err(WebError::NotFound),
        }
        kept.note(&state, &link, &link, viewer.user.id).await?;
        return Ok(see_other(&ctx.link(&format!("{link}#uptake-heading"))));
    }
    let title = reference::recommendations(state.db())
        .await?
        .into_iter()
        .find(|e| e.recommendation.slug == slug)
        .map(|e| e.recommendation.title)
        .unwrap_or_default();
    let proposal = UptakeProposal {
        recommendation: slug.clone(),
        title: title.clone(),
        draft,
    };
    se::propose_uptake(state.db(), &proposal, viewer.user.id, now).await?;
    kept.note(&state, &title, "/admin/moderation", viewer.user.id)
        .await?;
    crate::notify::waiting(&state, &title, "/admin/moderation", viewer.user.id).await;
    Ok(see_other(&ctx.link(&format!("{link}?sent=1"))))
}

/// `POST /recommendations/{slug}/links` (staff): `do` = `add` | `remove`, `relation`
/// (`produced-by` | `acted-on-by`), `kind` (`initiative` | `resource`), `target` (its slug).
pub async fn link(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    if !uptake::exists(state.db(), &slug).await? {
        return Err(WebError::NotFound);
    }
    let mut problems = Problems::default();
    let relation = form.get("relation").parse::<Relation>().ok();
    if relation.is_none() {
        problems.add("relation", ctx.t("form-error-missing"));
    }
    let kind = form.get("kind");
    if !matches!(kind.as_str(), "initiative" | "resource") {
        problems.add("kind", ctx.t("form-error-missing"));
    }
    let target = form.get("target").trim().to_owned();
    if target.is_empty() {
        problems.add("target", ctx.t("form-error-missing"));
    }
    let add = form.get("do") != "remove";
    if let (Some(relation), true) = (relation, problems.is_empty()) {
        let link = uptake::RecLink {
            relation,
            kind,
            slug: target,
        };
        let now = state.clock().now();
        match se::link_recommendation(state.db(), &actor(&viewer), &slug, &link, add, now).await? {
            Outcome::NotFound => problems.add("target", ctx.t("uptake-error-target")),
            _ => {
                return Ok(see_other(
                    &ctx.link(&format!("/recommendations/{slug}#links-heading")),
                ));
            }
        }
    }
    let mut form = form;
    if form.get("do").is_empty() {
        form.0.push(("do".to_owned(), "add".to_owned()));
    }
    recommendation_page(&state, &ctx, Some(&viewer), &slug, &form, &problems).await
}

/// `GET /recommendations/tracker`: recommendations × addressees (the EU, member states as a
/// whole and one by one, industry, ...), each cell the status in colour and sign, with the
/// counts per status in a table; the same filters as the list.
pub async fn tracker(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = recommendation_query(raw.as_deref(), Mode::Page)?;
    let tracked = load(&state, &q.filter).await?;
    let mut columns: Vec<Addressee> = tracked
        .iter()
        .flat_map(|t| t.uptake.iter().map(|u| u.addressee))
        .collect();
    columns.sort_by_key(Addressee::sort_key);
    columns.dedup();
    let index: HashMap<Addressee, usize> =
        columns.iter().enumerate().map(|(i, a)| (*a, i)).collect();
    let mut counts: HashMap<(UptakeStatus, usize), u64> = HashMap::new();
    let rows = tracked
        .iter()
        .map(|t| {
            let mut cells = vec![
                TrackerCell {
                    status: String::new(),
                    label: String::new(),
                    mark: String::new(),
                };
                columns.len()
            ];
            for u in &t.uptake {
                if let Some(&i) = index.get(&u.addressee) {
                    *counts.entry((u.status, i)).or_default() += 1;
                    cells[i] = TrackerCell {
                        status: u.status.slug().to_owned(),
                        label: format!(
                            "{}: {}",
                            addressee_label(&ctx, &u.addressee),
                            status_label(&ctx, u.status)
                        ),
                        mark: mark(u.status).to_owned(),
                    };
                }
            }
            TrackerRow {
                link: Link {
                    label: t.entry.recommendation.title.clone(),
                    href: ctx.link(&format!("/recommendations/{}", t.entry.recommendation.slug)),
                },
                cells,
            }
        })
        .collect();
    let totals = UptakeStatus::ALL
        .iter()
        .map(|s| {
            let per_column: Vec<u64> = (0..columns.len())
                .map(|i| counts.get(&(*s, i)).copied().unwrap_or(0))
                .collect();
            TrackerTotal {
                status: s.slug().to_owned(),
                label: status_label(&ctx, *s),
                mark: mark(*s).to_owned(),
                total: per_column.iter().sum(),
                per_column,
            }
        })
        .collect();
    let pairs = recommendation_pairs(&q.filter);
    Ok(html(render(&TrackerPage {
        layout: ctx.layout(
            ctx.t("uptake-tracker-title"),
            ctx.t("uptake-tracker-lead"),
            Section::Recommendations,
        ),
        column_keys: columns.iter().map(Addressee::key).collect(),
        columns: columns.iter().map(|a| addressee_label(&ctx, a)).collect(),
        rows,
        totals,
        csv_href: href("/recommendations.csv", &pairs),
        api_href: href("/api/v1/recommendations", &pairs),
    })))
}

/// `GET /recommendations.csv`: one row per (recommendation, addressee) with the current
/// status, its date, note and source; the same filters as the list.
pub async fn csv(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = recommendation_query(raw.as_deref(), Mode::Page)?;
    let tracked = load(&state, &q.filter).await?;
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let io = |e: ::csv::Error| WebError::Internal(e.to_string());
    w.write_record([
        "recommendation",
        "title",
        "pillar",
        "issuer",
        "addressee",
        "country",
        "status",
        "date",
        "note",
        "source_url",
    ])
    .map_err(io)?;
    for t in &tracked {
        let r = &t.entry.recommendation;
        for u in &t.uptake {
            w.write_record([
                r.slug.as_str(),
                r.title.as_str(),
                r.pillar.slug(),
                r.issuer.as_str(),
                u.addressee.kind.slug(),
                u.addressee.country_code(),
                u.status.slug(),
                &u.date.map(sparks_core::date::iso_day).unwrap_or_default(),
                u.note.as_str(),
                u.source_url.as_deref().unwrap_or_default(),
            ])
            .map_err(io)?;
        }
    }
    let body = w
        .into_inner()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"sparks-recommendations-uptake.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}
