//! The public pages: the directory, search and the landscape, the reference pages, the
//! resource library, news and events, submissions, the community, the newsletter and the
//! machine-readable syndication (feeds, sitemap, robots).

pub(crate) mod campaigns;
pub(crate) mod community;
pub(crate) mod discovery;
pub(crate) mod events;
pub(crate) mod feeds;
pub(crate) mod follow;
pub(crate) mod groups;
pub(crate) mod initiatives;
pub(crate) mod news;
pub(crate) mod newsletter;
pub(crate) mod notifications;
pub(crate) mod own_posts;
pub(crate) mod recommendations;
pub(crate) mod reference;
pub(crate) mod resources;
pub(crate) mod site;
pub(crate) mod submit;
pub(crate) mod syndication;
