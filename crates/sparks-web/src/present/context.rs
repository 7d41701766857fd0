//! The per-request context of a page: its language, and whether the language was chosen in
//! the URL (then links carry it on). Decided from `?lang=` first, then `Accept-Language`;
//! never from a cookie, so visitors get none.

use std::convert::Infallible;

use crate::AppState;
use crate::auth::Viewer;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Uri, header};
use sparks_views::{AccountNav, Arg, Layout, Locale, Section, with_lang};

/// Language and location of the page being rendered.
#[derive(Debug, Clone)]
pub struct PageContext {
    /// The language of the page.
    pub locale: Locale,
    /// The language when `?lang=` chose it.
    pub lang_param: Option<Locale>,
    /// Path and query without `lang`.
    pub here: String,
    /// The logged-in visitor, for the header.
    pub account: Option<AccountNav>,
    /// The logged-in visitor's account id (what they follow shows on pages).
    pub account_id: Option<i64>,
    /// Where the quick-exit link leads (the site's setting).
    pub quick_exit: String,
    /// The site's name (`SPARKS_SITE_NAME`), passed to every message as `$site`.
    pub site_name: String,
    /// The configured slogan; `None`: the translated default.
    pub slogan: Option<String>,
}

/// The language of the page a request asks for, and the one `?lang=` chose (the first `lang`
/// parameter), without building the rest of a [`PageContext`]: what the page cache needs
/// for its key on every request.
pub fn locale_of(uri: &Uri, headers: &HeaderMap) -> (Locale, Option<Locale>) {
    let lang_param = uri.query().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Locale::from_code(&v))
    });
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale = lang_param.unwrap_or_else(|| Locale::from_accept_language(accept));
    (locale, lang_param)
}

impl PageContext {
    /// Reads the language choice from a request's URI and headers; `quick_exit` is the
    /// site's quick-exit address ([`AppState::quick_exit`]).
    pub fn from_request(uri: &Uri, headers: &HeaderMap, quick_exit: &str) -> PageContext {
        let pairs = crate::query::params::pairs(uri.query());
        let (locale, lang_param) = locale_of(uri, headers);
        let rest: Vec<(String, String)> = pairs.into_iter().filter(|(k, _)| k != "lang").collect();
        let here = if rest.is_empty() {
            uri.path().to_owned()
        } else {
            let mut s = url::form_urlencoded::Serializer::new(String::new());
            s.extend_pairs(rest);
            format!("{}?{}", uri.path(), s.finish())
        };
        PageContext {
            locale,
            lang_param,
            here,
            account: None,
            account_id: None,
            quick_exit: quick_exit.to_owned(),
            site_name: sparks_views::DEFAULT_SITE_NAME.to_owned(),
            slogan: None,
        }
    }

    /// [`PageContext::from_request`] with the site's settings (quick exit, name, slogan).
    pub fn for_site(uri: &Uri, headers: &HeaderMap, state: &AppState) -> PageContext {
        PageContext {
            site_name: state.site_name().to_owned(),
            slogan: state.slogan().map(str::to_owned),
            ..PageContext::from_request(uri, headers, state.quick_exit())
        }
    }

    /// The frame of a page titled `title`.
    pub fn layout(&self, title: String, description: String, section: Section) -> Layout {
        Layout {
            title,
            description,
            section,
            locale: self.locale,
            lang_param: self.lang_param,
            here: self.here.clone(),
            account: self.account.clone(),
            json_ld: None,
            quick_exit: self.quick_exit.clone(),
            site_name: self.site_name.clone(),
            slogan: self.slogan.clone(),
            feed: None,
            follow: None,
        }
    }

    /// An internal link that keeps a language chosen in the URL.
    pub fn link(&self, href: &str) -> String {
        with_lang(href, self.lang_param)
    }

    /// A message in the page's language (given the site's name as `$site`).
    pub fn t(&self, key: &str) -> String {
        self.locale.t_site(key, &self.site_name)
    }

    /// A message, or `None` when no language has it (for keys built from data).
    pub fn try_t(&self, key: &str) -> Option<String> {
        self.locale.try_t(key)
    }

    /// A message with text arguments (and the site's name as `$site`).
    pub fn t_args(&self, key: &str, args: &[(&'static str, &str)]) -> String {
        let args: Vec<(&'static str, Arg)> = args
            .iter()
            .map(|(k, v)| (*k, Arg::Text((*v).to_owned())))
            .chain([("site", Arg::Text(self.site_name.clone()))])
            .collect();
        self.locale.t_args(key, &args)
    }

    /// A message with a count (`$count` for the plural, `$n` formatted).
    pub fn tn(&self, key: &str, count: u64) -> String {
        self.locale.t_args(
            key,
            &[
                ("count", Arg::Count(count)),
                ("n", Arg::Text(self.locale.number(count))),
            ],
        )
    }
}

impl FromRequestParts<AppState> for PageContext {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let mut ctx = PageContext::for_site(&parts.uri, &parts.headers, state);
        if let Some(viewer) = parts.extensions.get::<Viewer>().filter(|v| v.is_full()) {
            // Without a token the log-out button would not work; the page still renders.
            let csrf_token = crate::auth::csrf_token(state, Some(viewer))
                .await
                .unwrap_or_default();
            // The unread count for the menu; the language the member uses is remembered
            // (written only when it changed) so that mail to them speaks it.
            let menu = sparks_store::notifications::menu_state(state.db(), viewer.user.id)
                .await
                .unwrap_or_default();
            let code = ctx.locale.code();
            if menu.language.as_deref() != Some(code)
                && let Err(e) =
                    sparks_store::notifications::set_language(state.db(), viewer.user.id, code)
                        .await
            {
                tracing::warn!(error = %e, "could not remember a member's language");
            }
            ctx.account_id = Some(viewer.user.id);
            ctx.account = Some(AccountNav {
                name: viewer.user.display_name.clone(),
                staff: viewer.is_staff(),
                csrf_token,
                unread: menu.unread,
            });
        }
        Ok(ctx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(uri: &str, accept: Option<&str>) -> PageContext {
        let mut headers = HeaderMap::new();
        if let Some(a) = accept {
            headers.insert(header::ACCEPT_LANGUAGE, a.parse().unwrap());
        }
        PageContext::from_request(
            &uri.parse().unwrap(),
            &headers,
            sparks_views::QUICK_EXIT_URL,
        )
    }

    #[test]
    fn the_url_wins_over_the_header_and_links_keep_it() {
        let c = ctx("/initiatives?lang=pl&pillar=prevention", Some("de"));
        assert_eq!(c.locale, Locale::Pl);
        assert_eq!(c.here, "/initiatives?pillar=prevention");
        assert_eq!(c.link("/about"), "/about?lang=pl");
        assert_eq!(
            c.link("/initiatives?q=x#main"),
            "/initiatives?q=x&lang=pl#main"
        );
    }

    #[test]
    fn the_header_decides_without_a_parameter_and_links_stay_clean() {
        let c = ctx("/", Some("fr-FR,fr;q=0.9"));
        assert_eq!(c.locale, Locale::Fr);
        assert_eq!(c.link("/about"), "/about");
        let c = ctx("/?lang=xx", None);
        assert_eq!((c.locale, c.lang_param), (Locale::En, None));
    }
}
