//! Bar charts of yearly series, laid out here and drawn by an askama template as SVG.

use sparks_core::Statistic;
use sparks_core::statistic::Precision;
use sparks_views::{Bar, Chart, Locale, Tick};

const WIDTH: u32 = 640;
const HEIGHT: u32 = 320;
const LEFT: u32 = 100;
const TOP: u32 = 28;
const BOTTOM: u32 = 32;

/// A number in millions for axis and bar labels (`21.8 M`), in the locale's style.
pub fn compact(locale: Locale, n: i64) -> String {
    if n == 0 {
        return "0".to_owned();
    }
    #[expect(clippy::cast_precision_loss, reason = "labels show one decimal")]
    let millions = n as f64 / 1e6;
    let text = if millions >= 1.0 {
        format!("{millions:.1}")
    } else {
        format!("{:.2}", millions)
    };
    let text = if locale == Locale::En {
        text
    } else {
        text.replace('.', ",")
    };
    locale.t_args("chart-millions", &[("n", sparks_views::Arg::Text(text))])
}

/// The smallest "nice" number (1, 2 or 5 times a power of ten) at least `n`.
fn nice_ceiling(n: i64) -> i64 {
    let mut step: i64 = 1;
    loop {
        for f in [1, 2, 5] {
            if step.saturating_mul(f) >= n {
                return step.saturating_mul(f);
            }
        }
        step = step.saturating_mul(10);
    }
}

/// A bar per year from the first to the last year with a count; years the data has no
/// count for stay empty instead of being closed up, so gaps are visible. `None` when fewer
/// than two years have counts.
pub fn chart(
    id: &str,
    title: &str,
    figures: &[&Statistic],
    locale: Locale,
    missing: &str,
) -> Option<Chart> {
    let points: Vec<(i32, &Statistic, i64)> = figures
        .iter()
        .filter_map(|s| Some((s.year?, *s, s.number?)))
        .collect();
    if points.len() < 2 {
        return None;
    }
    let first = points.iter().map(|p| p.0).min()?;
    let last = points.iter().map(|p| p.0).max()?;
    let max = points.iter().map(|p| p.2).max()?.max(1);
    let top = nice_ceiling(max);
    let plot = HEIGHT - TOP - BOTTOM;
    let baseline = HEIGHT - BOTTOM;
    let slots = u32::try_from(last - first + 1).ok()?;
    let slot = (WIDTH - LEFT) / slots.max(1);
    let bar_width = slot * 3 / 5;
    let scale = |v: i64| -> u32 {
        #[expect(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "bounded by the plot height"
        )]
        let h = (v as f64 / top as f64 * f64::from(plot)).round() as u32;
        h.min(plot)
    };
    let mut bars = Vec::new();
    let mut described = Vec::new();
    for (i, year) in (first..=last).enumerate() {
        let x = LEFT + slot * u32::try_from(i).ok()? + (slot - bar_width) / 2;
        match points.iter().find(|p| p.0 == year) {
            Some((_, s, n)) => {
                let height = scale(*n).max(1);
                bars.push(Bar {
                    x,
                    y: baseline - height,
                    width: bar_width,
                    height,
                    mid: x + bar_width / 2,
                    label: year.to_string(),
                    value: compact(locale, *n),
                    approximate: s.precision != Precision::Exact,
                });
                described.push(format!("{year}: {}", s.value));
            }
            None => {
                bars.push(Bar {
                    x,
                    y: baseline,
                    width: bar_width,
                    height: 0,
                    mid: x + bar_width / 2,
                    label: year.to_string(),
                    value: String::new(),
                    approximate: false,
                });
                described.push(format!("{year}: {missing}"));
            }
        }
    }
    let ticks = (0..=4)
        .map(|k| Tick {
            y: baseline - plot * k / 4,
            label: compact(locale, top / 4 * i64::from(k)),
        })
        .collect();
    Some(Chart {
        id: id.to_owned(),
        width: WIDTH,
        height: HEIGHT,
        baseline,
        left: LEFT,
        title: title.to_owned(),
        desc: described.join("; "),
        bars,
        ticks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sparks_core::StatisticDraft;
    use sparks_core::statistic::NumberOrText;

    fn stat(year: i64, value: NumberOrText) -> Statistic {
        StatisticDraft {
            figure: "Reports".into(),
            value: Some(value),
            year: Some(NumberOrText::Number(year)),
            publisher: "P".into(),
            source_url: "https://example.org/".into(),
            ..StatisticDraft::default()
        }
        .validate()
        .unwrap()
    }

    #[test]
    fn bars_scale_to_a_nice_maximum_and_gaps_stay() {
        let a = stat(2020, NumberOrText::Number(21_751_085));
        let b = stat(2022, NumberOrText::Text("more than 32 million".into()));
        let c = chart("c", "Reports", &[&a, &b], Locale::En, "no figure").unwrap();
        assert_eq!(c.bars.len(), 3, "2021 keeps its place");
        assert_eq!(c.bars[1].height, 0);
        assert!(c.bars[2].approximate && !c.bars[0].approximate);
        assert!(c.bars[2].height > c.bars[0].height);
        assert_eq!(c.ticks.last().unwrap().label, "50.0 million");
        assert!(c.desc.contains("2021: no figure"), "{}", c.desc);
        assert!(chart("c", "t", &[&a], Locale::En, "-").is_none());
        assert_eq!(compact(Locale::De, 21_751_085), "21,8 Mio.");
    }
}
