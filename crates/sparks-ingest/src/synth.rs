//! Synthetic initiatives for benchmarks: plausible records in the dataset format, as many as
//! asked, the same every time for the same seed. Never mixed with real data: every record
//! says it is synthetic in its notes and links only to `example.org`.

use crate::DatasetRecord;

/// A small deterministic generator (xorshift64*), so that benchmarks can be reproduced
/// without a random-number crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "AR", "CY", "PRO", "SAFE", "TEC", "NET", "GUARD", "CARE", "LINK", "VIS", "DE", "TEC", "KID",
    "SHIELD", "MIND", "PATH", "BRIDGE", "LUX", "NOVA", "HEL", "ION", "ECO", "SIG", "TRA",
];
const ADJECTIVES: &[&str] = &[
    "European",
    "Integrated",
    "Child-centred",
    "Cross-border",
    "Trauma-informed",
    "Digital",
    "Community",
    "Multi-agency",
    "Evidence-based",
    "Survivor-led",
];
const SUBJECTS: &[&str] = &[
    "prevention of online grooming",
    "detection of child sexual abuse material",
    "support for child victims",
    "training for frontline professionals",
    "help for people worried about their sexual thoughts",
    "victim identification",
    "safer online platforms",
    "child-friendly justice",
    "awareness in schools",
    "research on offender pathways",
];
const TOPICS: &[&str] = &[
    "grooming",
    "CSAM",
    "sextortion",
    "Barnahus",
    "hotlines",
    "victim identification",
    "AI",
    "OSINT",
    "training",
    "schools",
    "parents",
    "therapy",
    "peer support",
    "law enforcement",
    "policy",
    "research",
    "dark web",
    "livestreaming",
    "age verification",
    "helplines",
];
const PROGRAMMES: &[&str] = &[
    "Internal Security Fund – Police",
    "Horizon 2020",
    "Horizon Europe (Research and Innovation Action)",
    "CERV – Citizens, Equality, Rights and Values",
    "Digital Europe Programme",
    "Erasmus+",
    "EU4Health",
    "Oak Foundation",
    "National research council",
];
const COUNTRIES: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "IS", "GB",
];
const PILLARS: &[&str] = &["prevention", "detection-investigation", "victim-support"];
const KINDS: &[&str] = &[
    "project",
    "project",
    "project",
    "network",
    "programme",
    "tool",
    "organisation",
];

/// `count` synthetic records; the same `seed` gives the same records.
pub fn initiatives(count: usize, seed: u64) -> Vec<DatasetRecord> {
    let mut rng = Rng(seed | 1);
    (0..count)
        .map(|n| {
            let acronym = format!("{}{}-{n}", rng.pick(SYLLABLES), rng.pick(SYLLABLES));
            let subject = rng.pick(SUBJECTS);
            let title = format!("{} {subject}", rng.pick(ADJECTIVES));
            let start_year = 2010 + rng.below(16);
            let start_month = 1 + rng.below(12);
            let length = 1 + rng.below(4);
            let mut pillars: Vec<String> = Vec::new();
            for _ in 0..=rng.below(2) {
                let p = rng.pick(PILLARS).to_owned();
                if !pillars.contains(&p) {
                    pillars.push(p);
                }
            }
            let mut partners: Vec<String> = Vec::new();
            for _ in 0..rng.below(6) {
                let c = rng.pick(COUNTRIES).to_owned();
                if !partners.contains(&c) {
                    partners.push(c);
                }
            }
            let mut keywords: Vec<String> = Vec::new();
            for _ in 0..(1 + rng.below(5)) {
                let t = rng.pick(TOPICS).to_owned();
                if !keywords.contains(&t) {
                    keywords.push(t);
                }
            }
            let dated = rng.below(5) > 0;
            DatasetRecord {
                slug: None,
                acronym,
                full_name: title.clone(),
                kind: Some(rng.pick(KINDS).to_owned()),
                funding_programme: Some(rng.pick(PROGRAMMES).to_owned()),
                grant_id: Some(format!("{}", 100_000 + n)),
                start_date: dated.then(|| format!("{start_year}-{start_month:02}")),
                end_date: dated.then(|| format!("{}-{start_month:02}", start_year + length)),
                coordinator: Some(format!("Synthetic Organisation {}", rng.below(5000))),
                coordinator_country: Some(rng.pick(COUNTRIES).to_owned()),
                pillars,
                keywords,
                website: Some(format!("https://example.org/initiative/{n}")),
                cordis_url: None,
                description: format!(
                    "{title}: a synthetic record for benchmarks. It works on {subject} with partners across Europe, \
                     building on earlier projects and sharing its results openly."
                ),
                featured_on_sparks: false,
                sparks_urls: Vec::new(),
                field_sources: Default::default(),
                notes: Some("Synthetic record generated by `sparks dev synth` for benchmarks; not a real initiative.".into()),
                sources: vec![format!("https://example.org/source/{n}")],
                eu_contribution_eur: (rng.below(3) > 0).then(|| i64::try_from(50_000 + rng.below(5_000_000)).unwrap_or(0)),
                partner_countries: partners,
                partners: Vec::new(),
                status: None,
                status_source: None,
                checked_at: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_records_are_valid_unique_and_reproducible() {
        let a = initiatives(500, 7);
        assert_eq!(a, initiatives(500, 7));
        let json = serde_json::to_string(&a).unwrap();
        let report = crate::parse_initiatives(&json).unwrap();
        assert!(
            report.errors.is_empty(),
            "{:?}",
            report.errors.first().map(ToString::to_string)
        );
        let mut slugs: Vec<&str> = report.initiatives.iter().map(|i| i.slug.as_str()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 500);
    }
}
