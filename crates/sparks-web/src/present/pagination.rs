//! Page links under a list, written once for every list: the first and last page, and two
//! either side of the current one, with gaps between.

use sparks_views::{PageLink, Pagination};

/// Page links for `page_count` pages; `href_of` gives a page's URL. None for a single page.
pub fn page_links(current: u32, page_count: u32, href_of: impl Fn(u32) -> String) -> Pagination {
    if page_count <= 1 {
        return Pagination::default();
    }
    let mut pages = Vec::new();
    let mut last_shown = 0;
    for n in 1..=page_count {
        if n == 1 || n == page_count || n.abs_diff(current) <= 2 {
            if last_shown != 0 && n > last_shown + 1 {
                pages.push(None);
            }
            pages.push(Some(PageLink {
                number: n,
                href: href_of(n),
                current: n == current,
            }));
            last_shown = n;
        }
    }
    Pagination {
        previous: (current > 1).then(|| href_of(current.min(page_count + 1) - 1)),
        next: (current < page_count).then(|| href_of(current + 1)),
        pages,
    }
}

/// Page links for `total` items shown `per_page` at a time.
pub fn for_total(
    current: u32,
    total: u64,
    per_page: u32,
    href_of: impl Fn(u32) -> String,
) -> Pagination {
    let page_count = u32::try_from(total.div_ceil(u64::from(per_page.max(1)))).unwrap_or(u32::MAX);
    page_links(current, page_count, href_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(p: &Pagination) -> Vec<Option<u32>> {
        p.pages
            .iter()
            .map(|l| l.as_ref().map(|l| l.number))
            .collect()
    }

    #[test]
    fn one_page_has_no_links() {
        assert!(page_links(1, 1, |n| n.to_string()).pages.is_empty());
        assert!(for_total(1, 0, 20, |n| n.to_string()).pages.is_empty());
        assert!(for_total(1, 20, 20, |n| n.to_string()).pages.is_empty());
    }

    #[test]
    fn far_pages_are_elided() {
        let p = page_links(6, 12, |n| format!("?page={n}"));
        assert_eq!(
            numbers(&p),
            [
                Some(1),
                None,
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                Some(8),
                None,
                Some(12)
            ]
        );
        assert_eq!(p.previous.as_deref(), Some("?page=5"));
        assert_eq!(p.next.as_deref(), Some("?page=7"));
    }

    #[test]
    fn totals_round_up_to_whole_pages() {
        let p = for_total(1, 41, 20, |n| n.to_string());
        assert_eq!(numbers(&p), [Some(1), Some(2), Some(3)]);
        assert_eq!(p.previous, None);
        // Past the end, "previous" leads back to the last page.
        let p = for_total(9, 41, 20, |n| n.to_string());
        assert_eq!(p.previous.as_deref(), Some("3"));
        assert_eq!(p.next, None);
    }
}
