//! What `--gil-stats`, `--gil-timeline` and `--gil-trace` print at exit, from a
//! [`Snapshot`] of the GIL accounting.

use std::fmt::Write;
use std::time::Duration;

use super::gil_stats::{Snapshot, Span, State, MAX_SPANS};

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// One row per thread, then the totals.
pub fn stats_table(snap: &Snapshot, gil_on: bool, switches: u64) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "GIL statistics (GIL {})",
        if gil_on { "on" } else { "off" }
    );
    let _ = writeln!(
        out,
        "{:<20} {:>11} {:>11} {:>11} {:>6} {:>6} {:>6}",
        "thread", "running", "waiting", "blocked", "taken", "forced", "volunt"
    );
    let mut running = Duration::ZERO;
    for t in &snap.threads {
        running += t.running;
        let name: String = t.name.chars().take(20).collect();
        let _ = writeln!(
            out,
            "{:<20} {:>11} {:>11} {:>11} {:>6} {:>6} {:>6}",
            name,
            ms(t.running),
            ms(t.waiting),
            ms(t.blocked),
            t.acquisitions,
            t.forced,
            t.voluntary
        );
    }
    let wall = snap.wall.as_secs_f64().max(1e-9);
    let _ = writeln!(
        out,
        "wall {}, bytecode running {} ({:.0}% of the wall time{}), {} hand-overs ({:.0}/s)",
        ms(snap.wall),
        ms(running),
        running.as_secs_f64() / wall * 100.0,
        if gil_on { ", GIL utilisation" } else { "" },
        switches,
        switches as f64 / wall
    );
    out
}

/// Width of the strip, so a row with its name fits in 80 columns.
const STRIP: usize = 60;

/// One strip per thread: per time bucket, the state the thread spent most of it in.
pub fn timeline(snap: &Snapshot) -> String {
    let bucket = snap.wall.as_secs_f64() / STRIP as f64;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "GIL timeline, {} per column:",
        ms(Duration::from_secs_f64(bucket))
    );
    let _ = writeln!(
        out,
        "  # running (holds the GIL)   - waiting for the GIL   . blocked (GIL released)"
    );
    for (id, t) in snap.threads.iter().enumerate() {
        // Seconds spent in running, waiting and blocked, per bucket.
        let mut time = vec![[0.0f64; 3]; STRIP];
        for span in &snap.spans {
            let Span::State {
                thread,
                state,
                start,
                end,
            } = *span
            else {
                continue;
            };
            let kind = match state {
                State::Running => 0,
                State::Waiting => 1,
                State::Blocked => 2,
                State::Exited => continue,
            };
            if thread != id || bucket <= 0.0 {
                continue;
            }
            let (s, e) = (start.as_secs_f64(), end.as_secs_f64());
            let first = ((s / bucket) as usize).min(STRIP - 1);
            let last = ((e / bucket) as usize).min(STRIP - 1);
            for (b, cell) in time.iter_mut().enumerate().take(last + 1).skip(first) {
                let lo = s.max(b as f64 * bucket);
                let hi = e.min((b + 1) as f64 * bucket);
                cell[kind] += (hi - lo).max(0.0);
            }
        }
        let strip: String = time
            .iter()
            .map(|cell| {
                let (most, secs) =
                    cell.iter()
                        .enumerate()
                        .fold((0, 0.0), |m, (k, &v)| if v > m.1 { (k, v) } else { m });
                match most {
                    _ if secs <= 0.0 => ' ',
                    0 => '#',
                    1 => '-',
                    _ => '.',
                }
            })
            .collect();
        let name: String = t.name.chars().take(16).collect();
        let _ = writeln!(out, "{name:<16} |{strip}|");
    }
    if snap.dropped_spans > 0 {
        let _ = writeln!(
            out,
            "(only the first {MAX_SPANS} transitions are drawn; {} later ones were dropped)",
            snap.dropped_spans
        );
    }
    out
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The Chrome trace-event format (Perfetto, `chrome://tracing`): one lane per thread,
/// a complete event per span, an instant event per drop request.
pub fn trace_json(snap: &Snapshot) -> String {
    let mut events = Vec::new();
    for (id, t) in snap.threads.iter().enumerate() {
        events.push(format!(
            r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{id},"args":{{"name":{}}}}}"#,
            json_str(&t.name)
        ));
    }
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    for span in &snap.spans {
        events.push(match *span {
            Span::State {
                thread,
                state,
                start,
                end,
            } => {
                let name = match state {
                    State::Running => "running (holds GIL)",
                    State::Waiting => "waiting for GIL",
                    State::Blocked | State::Exited => "blocked (GIL released)",
                };
                format!(
                    r#"{{"name":"{name}","ph":"X","pid":1,"tid":{thread},"ts":{:.3},"dur":{:.3}}}"#,
                    us(start),
                    us(end - start)
                )
            }
            Span::DropRequest { thread, at } => format!(
                r#"{{"name":"drop request","ph":"i","s":"t","pid":1,"tid":{thread},"ts":{:.3}}}"#,
                us(at)
            ),
        });
    }
    let note = if snap.dropped_spans > 0 {
        format!(
            "only the first {MAX_SPANS} spans were kept; {} later ones were dropped",
            snap.dropped_spans
        )
    } else {
        "complete".to_string()
    };
    format!(
        "{{\"traceEvents\":[\n{}\n],\"displayTimeUnit\":\"ms\",\"otherData\":{{\"note\":{}}}}}\n",
        events.join(",\n"),
        json_str(&note)
    )
}
