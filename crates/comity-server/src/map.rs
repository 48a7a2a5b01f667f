//! The world map: Natural Earth shapes (world-atlas 50m plus the breakaway areas, see
//! `assets/map/`), each keyed to a comity actor; the status class of every state toward an
//! entity on a day; the map drawn as SVG (the page and `comity map`) and PNG (resvg).

use std::collections::BTreeMap;

use comity::{CountEntry, Ledger, Policy, Recognitions};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

const WORLD: &str = include_str!("../assets/map/world.json");

/// Features world-atlas gives without a numeric id, and the breakaway areas: keyed by name.
const BY_NAME: &[(&str, &str)] = &[
    ("Kosovo", "Kosovo"),
    ("N. Cyprus", "Northern Cyprus"),
    ("Somaliland", "Somaliland"),
    ("Abkhazia", "Abkhazia"),
    ("South Ossetia", "South Ossetia"),
    ("Transnistria", "Transnistria"),
    ("Artsakh", "Artsakh"),
];

/// Below this projected area (square units of a 1000-wide map) a state also gets a dot.
pub const DOT_AREA: f64 = 3.0;

/// A small state's dot's radius (map units).
pub const DOT_R: f64 = 2.2;

/// The least distance between two dots' centres: two radii and a gap, so that no dot hides
/// part of another (review 19: Saint Lucia's dot at (332.1, 208) overlapped St Vincent's at
/// (331.4, 210)).
pub const DOT_SPACING: f64 = 2.0 * DOT_R + 0.4;

/// One shape.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Feature {
    /// ISO 3166-1 numeric code, when world-atlas has one.
    pub n3: Option<String>,
    /// Natural Earth's short name.
    pub name: String,
    /// Drawn over the countries (breakaway areas).
    pub overlay: bool,
    /// SVG path data in the map's box.
    pub d: String,
    /// Centre of the largest ring.
    pub cx: f64,
    /// Centre of the largest ring.
    pub cy: f64,
    /// Projected area.
    pub area: f64,
    /// The comity actor it stands for (none for territories that are not states).
    #[serde(default)]
    pub id: Option<String>,
    /// Where a small state's dot is drawn (x): its centre, moved apart from its neighbours'
    /// dots (see [`spread_dots`]); none for a state drawn without a dot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dot_x: Option<f64>,
    /// Where a small state's dot is drawn (y).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dot_y: Option<f64>,
}

impl Feature {
    /// Whether the state gets a dot (a keyed shape smaller than [`DOT_AREA`]).
    pub fn has_dot(&self) -> bool {
        self.id.is_some() && self.area < DOT_AREA
    }
}

/// Places the dots of small states: each starts at its shape's centre, and dots closer than
/// [`DOT_SPACING`] are pushed apart along the line between them, half the shortfall each, for
/// a bounded number of rounds (deterministic: the features' order). Rounded to 0.1 unit.
pub fn spread_dots(features: &mut [Feature]) {
    let idx: Vec<usize> = (0..features.len())
        .filter(|&i| features[i].has_dot())
        .collect();
    let mut pos: Vec<(f64, f64)> = idx
        .iter()
        .map(|&i| (features[i].cx, features[i].cy))
        .collect();
    for _ in 0..200 {
        let mut moved = false;
        for a in 0..pos.len() {
            for b in a + 1..pos.len() {
                let (dx, dy) = (pos[b].0 - pos[a].0, pos[b].1 - pos[a].1);
                let dist = (dx * dx + dy * dy).sqrt();
                if dist >= DOT_SPACING {
                    continue;
                }
                // Two dots at one point part along x.
                let (ux, uy) = if dist > 1e-9 {
                    (dx / dist, dy / dist)
                } else {
                    (1.0, 0.0)
                };
                let push = (DOT_SPACING - dist) / 2.0 + 1e-6;
                pos[a] = (pos[a].0 - ux * push, pos[a].1 - uy * push);
                pos[b] = (pos[b].0 + ux * push, pos[b].1 + uy * push);
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    for (k, &i) in idx.iter().enumerate() {
        features[i].dot_x = Some((pos[k].0 * 10.0).round() / 10.0);
        features[i].dot_y = Some((pos[k].1 * 10.0).round() / 10.0);
    }
}

/// All shapes, keyed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Shapes {
    /// Box width.
    pub width: f64,
    /// Box height.
    pub height: f64,
    /// The shapes, countries first, overlays last.
    pub features: Vec<Feature>,
}

impl Shapes {
    /// The shipped shapes keyed to the ledger's actors (by ISO numeric code, else by name).
    pub fn load(ledger: &Ledger) -> Shapes {
        let mut s: Shapes = match serde_json::from_str(WORLD) {
            Ok(s) => s,
            Err(e) => {
                tracing::error!("embedded world.json is malformed: {e}");
                Shapes {
                    width: 1000.0,
                    height: 438.0,
                    features: Vec::new(),
                }
            }
        };
        let by_n3: BTreeMap<&str, &str> = ledger
            .actors()
            .iter()
            .filter(|a| is_mappable(a.kind))
            .filter_map(|a| a.iso_numeric.as_deref().map(|n| (n, a.id.as_str())))
            .collect();
        for f in &mut s.features {
            f.id = match &f.n3 {
                Some(n) => by_n3.get(n.as_str()).map(|s| s.to_string()),
                None => BY_NAME
                    .iter()
                    .find(|(k, _)| *k == f.name)
                    .and_then(|(_, name)| ledger.resolve(name).ok())
                    .filter(|a| is_mappable(a.kind))
                    .map(|a| a.id.clone()),
            };
        }
        spread_dots(&mut s.features);
        s
    }
}

fn is_mappable(k: comity::ActorKind) -> bool {
    matches!(k, comity::ActorKind::State | comity::ActorKind::Entity)
}

/// The map classes, in legend order: (class, label, fill).
pub const CLASSES: &[(&str, &str, &str)] = &[
    ("recognises", "recognises", "#0072B2"),
    ("does-not", "does not recognise", "#E69F00"),
    ("withdrawn", "withdrew recognition", "#CC79A7"),
    ("suspended", "suspended recognition", "#F0E442"),
    ("disputed", "withdrawal disputed", "#009E73"),
    ("uncertain", "uncertain on this date", "#999999"),
    (
        "ceased",
        "ceased to exist (the entity or the state)",
        "#7A7A7A",
    ),
    ("self", "the entity itself", "#222222"),
    ("no-data", "not recorded / not counted", "#E8E8E8"),
    (
        "territory",
        "not a state: territory or area (not counted)",
        "#F7F7F7",
    ),
];

/// The class of one counted entry. The class follows how the entry was counted, so the
/// legend adds up to the totals: a state counted as uncertain is hatched grey, one counted
/// as recognising is never hatched uncertain (e.g. a withdrawal claimed only by the rival,
/// whose timing is uncertain, does not change a count under `confirmed`). A disputed
/// withdrawal, a withdrawal or a suspension keeps its own class whichever way the policy
/// counted it; the legend says how many were counted each way (`counted_as`).
pub fn class_of(e: &CountEntry<'_>) -> &'static str {
    let r = &e.status.recognition;
    match e.counted_as {
        comity::Counted::NotRecorded => return "no-data",
        comity::Counted::Uncertain => return "uncertain",
        comity::Counted::Recognising | comity::Counted::NotRecognising => {}
    }
    class_of_recognition(r.status.as_str())
}

/// The claim that decided an entry: the one its date comes from
/// ([`comity::RecognitionAnswer::deciding_claim`]).
fn deciding<'a>(e: &CountEntry<'a>) -> Option<&'a comity::Claim> {
    e.status.recognition.deciding_claim()
}

/// When a status began, in words (as the page's `whenText` and the CLI's `Date::describe`): a
/// withdrawal, suspension or disputed withdrawal is dated by its change, with the recognition's
/// own date after it; a month or a year stays a month or a year.
fn when_text(r: &comity::RecognitionAnswer<'_>) -> String {
    // The flag covers the recognition's date and its withdrawal's (review 16: Japan's withdrawal
    // from Taiwan, 27 or 29 Sep 1972, carried no note; Nicaragua's 9 or 10 Dec 2021 hung the
    // note on its 1990 recognition): said once, at the end, for the dates shown.
    let mut disagree = if r.dates_disagree {
        " (sources disagree on a date)"
    } else {
        ""
    }
    .to_string();
    // A recognition dated before the state existed (Namibia's 1988 recognition of Palestine):
    // the date is not the state's own, said where the date is (`since_note` says why).
    if r.since_note.is_some() {
        disagree.push_str(" (dated before the state existed)");
    }
    let status = r.status.as_str();
    if matches!(status, "withdrawn" | "suspended" | "disputed") {
        let act = if status == "disputed" {
            "withdrawal or suspension claimed"
        } else {
            status
        };
        let when = match &r.last_change {
            Some(d) => format!("{act} {}", d.describe()),
            None => format!("{act} at an unrecorded date"),
        };
        return match &r.since {
            Some(d) => format!("{when}; recognised {}{disagree}", d.describe()),
            None => format!("{when}{disagree}"),
        };
    }
    match &r.since {
        Some(d) => format!("since {}{disagree}", d.describe()),
        None => String::new(),
    }
}

/// The map class of a recognition status, once counted or certain.
fn class_of_recognition(status: &str) -> &'static str {
    match status {
        "recognised" => "recognises",
        "not-recognised" => "does-not",
        "withdrawn" => "withdrawn",
        "disputed" => "disputed",
        "suspended" => "suspended",
        "ceased" => "ceased",
        _ => "no-data",
    }
}

/// The class of a status the count did not list (a predecessor's, read with
/// [`Ledger::status`]): by its recognition status, grey when not certain on the day.
fn class_of_status(r: &comity::RecognitionAnswer<'_>) -> &'static str {
    if !r.certain && r.status.as_str() != "not-recorded" {
        return "uncertain";
    }
    class_of_recognition(r.status.as_str())
}

/// A former state's entry, for the shapes of the states that were (part of) it on the day:
/// its counted entry when the count lists it, else its status read from the ledger (not
/// counted: its seat, if any, was another's, e.g. the Soviet Union's was Russia's row).
fn former_entry(
    ledger: &Ledger,
    r: &Recognitions<'_>,
    states: &serde_json::Map<String, Value>,
    p: &comity::Actor,
    today: jiff::civil::Date,
) -> Option<Value> {
    if let Some(s) = states.get(&p.id) {
        return Some(json!({
            "id": p.id, "name": p.name, "to": p.to.to_string(), "counted": true,
            "class": s["class"], "status": s["status"], "certain": s["certain"],
            "inferred": s["inferred"], "when": s["when"],
        }));
    }
    // Left out of a count of UN members or of every state only because its seat is recorded
    // under a successor (the Soviet Union's under Russia); in a smaller group it is simply no
    // member, and its shape stays "not counted".
    if !matches!(r.among.as_str(), "un" | "all") {
        return None;
    }
    let st = ledger.status(&p.id, &r.object, r.as_of, today);
    let rec = &st.recognition;
    Some(json!({
        "id": p.id, "name": p.name, "to": p.to.to_string(), "counted": false,
        "class": class_of_status(rec), "status": rec.status.as_str(), "certain": rec.certain,
        "inferred": rec.inferred, "when": when_text(rec),
    }))
}

/// Per-state classes and totals: what the page colours and `comity map` draws.
///
/// Besides the count (`states`, `classes`, `counts`): `inferred` per class (how many of the
/// class are inferred, not claimed), `predecessors` (a state that did not exist on the day
/// apart from a predecessor: `{ID: {id, name, class, when …}}`, the predecessor's entry, so
/// its shape is not "no data"), `also_covers` (a state whose shape also held a former state on
/// the day: the GDR in Germany's), `ceased` and `notes` (an entity that had ceased to exist, a
/// group with no member on the day).
pub fn map_json(ledger: &Ledger, r: &Recognitions<'_>, today: jiff::civil::Date) -> Value {
    let mut states = serde_json::Map::new();
    // Counts of states; a territory is a shape, not a state, and is never counted.
    let mut classes: BTreeMap<&str, usize> = CLASSES
        .iter()
        .filter(|(c, _, _)| *c != "territory")
        .map(|(c, _, _)| (*c, 0))
        .collect();
    let mut by_policy: BTreeMap<&str, usize> = BTreeMap::new();
    let mut counted_as: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut inferred: BTreeMap<&str, usize> = BTreeMap::new();
    let all = r
        .recognising
        .iter()
        .chain(r.not_recognising.iter())
        .chain(r.uncertain.iter())
        .chain(r.not_recorded.iter());
    for e in all {
        let class = class_of(e);
        *classes.entry(class).or_default() += 1;
        *counted_as
            .entry(class)
            .or_default()
            .entry(e.counted_as.as_str())
            .or_default() += 1;
        let rec = &e.status.recognition;
        if rec.inferred {
            *inferred.entry(class).or_default() += 1;
        }
        let claim = deciding(e).map(|c| {
            json!({
                "id": c.id, "date": c.date, "predicate": c.predicate.as_str(), "claimant": c.claimant,
                "negated": c.negated, "sources": crate::json::cite(ledger, c),
            })
        });
        states.insert(
            e.actor.id.clone(),
            json!({
                "name": e.actor.name,
                "class": class,
                "status": rec.status.as_str(),
                "certain": rec.certain,
                "since": rec.since,
                "last_change": rec.last_change,
                "dates_disagree": rec.dates_disagree,
                "since_note": rec.since_note,
                "inferred": rec.inferred,
                "counted_as": e.counted_as.as_str(),
                "member_certain": e.member_certain,
                "reason": rec.reason,
                "when": when_text(rec),
                "claim": claim,
            }),
        );
    }
    // The shapes of states that did not exist apart from a predecessor on the day (Czechia and
    // Slovakia in 1989: Czechoslovakia; Kazakhstan: the Soviet Union) take the predecessor's
    // entry; a state that existed and whose area also held a former state (Germany and the
    // GDR before 1990-10-03) names it.
    let mut predecessors = serde_json::Map::new();
    let mut also_covers: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    // Each former state's entry once (the Soviet Union's status is read for 15 shapes).
    let mut memo: BTreeMap<String, Option<Value>> = BTreeMap::new();
    let mut entry_of = |p: &comity::Actor| -> Option<Value> {
        memo.entry(p.id.clone())
            .or_insert_with(|| former_entry(ledger, r, &states, p, today))
            .clone()
    };
    for a in ledger
        .actors()
        .iter()
        .filter(|a| is_mappable(a.kind) && a.id != r.object)
    {
        let own = states
            .get(&a.id)
            .is_some_and(|s| s["class"].as_str() != Some("no-data"));
        if !own {
            if let Some(e) = ledger
                .predecessor_then(&a.id, r.as_of)
                .and_then(&mut entry_of)
            {
                predecessors.insert(a.id.clone(), e);
            }
        }
    }
    for p in ledger
        .actors()
        .iter()
        .filter(|p| p.kind == comity::ActorKind::FormerState && p.id != r.object)
    {
        let began = p.from.bounds().is_some_and(|(_, last)| last <= r.as_of);
        let not_ended =
            p.to.is_unknown() || p.to.bounds().is_some_and(|(first, _)| r.as_of < first);
        if !(began && not_ended) {
            continue;
        }
        for s in &p.successors {
            if predecessors.contains_key(s) || s == &r.object {
                continue;
            }
            if !ledger.actor(s).is_some_and(|a| is_mappable(a.kind)) {
                continue;
            }
            if let Some(e) = entry_of(p) {
                also_covers.entry(s.clone()).or_default().push(e);
            }
        }
    }
    let (ceased, notes) = comity::json::count_notes(ledger, r);
    for p in Policy::ALL {
        by_policy.insert(p.name(), r.recognising_under(p));
    }
    let mut m = json!({
        "object": crate::json::actor_ref(ledger, &r.object),
        "as_of": r.as_of.to_string(),
        "among": r.among,
        "policy": r.policy.name(),
        "counts": r.counts(),
        "recognising_by_policy": by_policy,
        "classes": classes,
        "counted_as": counted_as,
        "inferred": inferred,
        "states": states,
        "predecessors": predecessors,
        "also_covers": also_covers,
        "ceased": ceased,
        "notes": notes,
    });
    // The legend's text, one definition for the page and the SVG.
    let legend: serde_json::Map<String, Value> = CLASSES
        .iter()
        .map(|(class, label, _)| {
            let n = m["classes"][*class].as_u64().unwrap_or(0);
            (
                class.to_string(),
                Value::from(legend_label(&m, class, label, n)),
            )
        })
        .collect();
    m["legend"] = Value::Object(legend);
    m
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

fn fill(class: &str) -> String {
    match class {
        "uncertain" => "url(#hatch-uncertain)".into(),
        "disputed" => "url(#hatch-disputed)".into(),
        "territory" => "url(#dots-territory)".into(),
        c => CLASSES
            .iter()
            .find(|(k, _, _)| *k == c)
            .map_or("#E8E8E8", |(_, _, f)| f)
            .to_string(),
    }
}

/// A dot's fill and outline. A hatch does not show inside a dot (review 19: uncertain small
/// states rendered as flat grey, like "not recorded"): an uncertain dot is a white disc in a
/// thick black ring, which the legend shows beside the hatch.
fn dot_paint(class: &str) -> String {
    if class == "uncertain" {
        format!("fill=\"#FFFFFF\" stroke=\"#000000\" stroke-width=\"{UNCERTAIN_RING}\"")
    } else {
        format!(
            "fill=\"{}\" stroke=\"#333333\" stroke-width=\"0.4\"",
            fill(class)
        )
    }
}

/// The ring of an uncertain small state's dot (map units); the page's style.css says the same.
pub const UNCERTAIN_RING: f64 = 1.1;

/// The map as a standalone SVG document with a title, legend and totals.
pub fn render_svg(shapes: &Shapes, m: &Value) -> String {
    let (w, h) = (shapes.width, shapes.height);
    // Two legend columns: a disputed entry says how it was counted and needs the width.
    let legend_rows = CLASSES.len().div_ceil(2) as f64;
    let legend_h = 42.0 + legend_rows * 24.0;
    let note_lines: Vec<String> = m["notes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .flat_map(|n| wrap(&format!("note: {n}"), 150))
        .collect();
    // The credit line sits below the legend (it was drawn below the image's box, unseen);
    // the notes below it.
    let credit_y = h + legend_h + 48.0;
    let notes_h = 26.0
        + if note_lines.is_empty() {
            0.0
        } else {
            14.0 * note_lines.len() as f64 + 4.0
        };
    let object = m["object"]["id"].as_str().unwrap_or("");
    let mut s = String::new();
    s.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {}\" width=\"{}\" height=\"{}\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n",
        h + legend_h + 30.0 + notes_h,
        w * 1.6,
        (h + legend_h + 30.0 + notes_h) * 1.6
    ));
    s.push_str("<defs><pattern id=\"hatch-uncertain\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#CCCCCC\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#777777\" stroke-width=\"1.5\"/></pattern>");
    s.push_str("<pattern id=\"hatch-disputed\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\"><rect width=\"4\" height=\"4\" fill=\"#009E73\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#FFFFFF\" stroke-width=\"1\"/></pattern>");
    s.push_str("<pattern id=\"dots-territory\" width=\"3\" height=\"3\" patternUnits=\"userSpaceOnUse\"><rect width=\"3\" height=\"3\" fill=\"#F7F7F7\"/><circle cx=\"1.5\" cy=\"1.5\" r=\"0.6\" fill=\"#AAAAAA\"/></pattern></defs>\n");
    s.push_str(&format!(
        "<rect width=\"{w}\" height=\"{}\" fill=\"#FFFFFF\"/>\n<text x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">{}</text>\n",
        h + legend_h + 30.0 + notes_h,
        esc(&format!(
            "Recognition of {} as of {} (policy {}, among {})",
            m["object"]["name"].as_str().unwrap_or(object),
            m["as_of"].as_str().unwrap_or(""),
            m["policy"].as_str().unwrap_or(""),
            m["among"].as_str().unwrap_or("all")
        ))
    ));
    s.push_str("<g transform=\"translate(0 30)\" stroke=\"#FFFFFF\" stroke-width=\"0.3\">\n");
    let mut dots = String::new();
    for pass in [false, true] {
        for f in shapes.features.iter().filter(|f| f.overlay == pass) {
            let (class, title) = shape_class_and_title(m, f.id.as_deref(), &f.name);
            let title = esc(&title);
            if !f.d.is_empty() {
                s.push_str(&format!(
                    "<path d=\"{}\" fill=\"{}\"><title>{title}</title></path>\n",
                    f.d,
                    fill(&class)
                ));
            }
            if f.has_dot() {
                dots.push_str(&format!(
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{DOT_R}\" {}><title>{title}</title></circle>\n",
                    f.dot_x.unwrap_or(f.cx),
                    f.dot_y.unwrap_or(f.cy),
                    dot_paint(&class)
                ));
            }
        }
    }
    s.push_str(&dots);
    s.push_str("</g>\n");
    let y0 = h + 40.0;
    let counts = &m["counts"];
    s.push_str(&format!(
        "<text x=\"10\" y=\"{}\" font-size=\"13\">{}</text>\n",
        y0 + 4.0,
        esc(&format!(
            "{} recognising, {} not recognising, {} uncertain, {} not recorded (no claim), of {} counted ({}); pairs with a claimed withdrawal (any policy): {}",
            counts["recognising"], counts["not_recognising"],
            counts["uncertain"], counts["not_recorded"], counts["total"],
            m["among"].as_str().unwrap_or("all"), counts["disputed"]
        ))
    ));
    // The notes (a ceased entity, an empty roster) below the legend.
    for (i, n) in note_lines.iter().enumerate() {
        s.push_str(&format!(
            "<text class=\"note\" x=\"10\" y=\"{}\" font-size=\"11\" fill=\"#8B0000\">{}</text>\n",
            credit_y + 18.0 + 14.0 * i as f64,
            esc(n)
        ));
    }
    for (i, (class, label, _)) in CLASSES.iter().enumerate() {
        let col = (i % 2) as f64;
        let row = (i / 2) as f64;
        let x = 10.0 + col * 490.0;
        let y = y0 + 18.0 + row * 24.0;
        // An uncertain small state's dot (a ring) beside the hatch.
        let (ring, shift, extra) = if *class == "uncertain" {
            (
                format!(
                    "<circle class=\"legend-uncertain-dot\" cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"#FFFFFF\" stroke=\"#000000\" stroke-width=\"2\"/>",
                    x + 26.0,
                    y + 7.0
                ),
                16.0,
                "; a small state: a ringed dot",
            )
        } else {
            (String::new(), 0.0, "")
        };
        s.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"16\" height=\"14\" fill=\"{}\" stroke=\"#333333\" stroke-width=\"0.5\"/>{ring}<text x=\"{}\" y=\"{}\" font-size=\"12\">{}{extra}</text>\n",
            fill(class),
            x + 22.0 + shift,
            y + 11.5,
            esc(m["legend"][*class].as_str().unwrap_or(label))
        ));
    }
    s.push_str(&format!(
        "<text x=\"10\" y=\"{}\" font-size=\"9\" fill=\"#555555\">Shapes: Natural Earth (public domain) via world-atlas (ISC). Data: comity ledger, every status with its sources.</text>\n",
        credit_y
    ));
    s.push_str("</svg>\n");
    s
}

/// A legend entry with its count. Withdrawals, suspensions and disputed withdrawals say how
/// the policy counted them, so the legend adds up to the totals (e.g. recognising =
/// recognises + disputed withdrawals counted as recognising).
///
/// A status that is inferred, not claimed (no claim of the day: a later recognition makes the
/// "no" before it an inference), says how many: "(60, of which 60 inferred)".
fn legend_label(m: &Value, class: &str, label: &str, n: u64) -> String {
    if class == "self" || class == "no-data" || class == "territory" {
        return label.to_string();
    }
    let inferred = match m["inferred"][class].as_u64().unwrap_or(0) {
        0 => String::new(),
        i => format!(", of which {i} inferred"),
    };
    if !matches!(class, "withdrawn" | "suspended" | "disputed") || n == 0 {
        return format!("{label} ({n}{inferred})");
    }
    let c = &m["counted_as"][class];
    let k = |w: &str| c[w].as_u64().unwrap_or(0);
    let (yes, no) = (k("recognising"), k("not-recognising"));
    match (yes, no) {
        (0, _) if class != "disputed" => format!("{label} ({n}{inferred})"),
        (_, 0) => format!("{label} ({n}{inferred}, counted as recognising)"),
        (0, _) => format!("{label} ({n}{inferred}, counted as not recognising)"),
        _ => format!("{label} ({n}{inferred}: {yes} counted as recognising, {no} as not)"),
    }
}

fn class_label(class: &str) -> &'static str {
    CLASSES
        .iter()
        .find(|(k, _, _)| *k == class)
        .map_or("no data", |(_, l, _)| l)
}

/// One entry in words: "recognises (inferred, not claimed) since 1988-11-18".
fn entry_text(e: &Value) -> String {
    let class = e["class"].as_str().unwrap_or("no-data");
    let mut t = class_label(class).to_string();
    if e["inferred"].as_bool() == Some(true) {
        t.push_str(" (inferred, not claimed)");
    }
    if let Some(w) = e["when"].as_str().filter(|w| !w.is_empty()) {
        t.push(' ');
        t.push_str(w);
    }
    t
}

/// A shape's class and its title (the SVG's `<title>`, the page's tooltip says the same): the
/// state's own entry, else its predecessor's on the day ("part of Czechoslovakia: …"), with
/// the former states its area also held.
pub fn shape_class_and_title(m: &Value, id: Option<&str>, name: &str) -> (String, String) {
    let object = m["object"]["id"].as_str().unwrap_or("");
    let Some(id) = id else {
        // A shape keyed to no actor is a dependent territory or an area (Greenland, Hong
        // Kong, Siachen Glacier): not "no data" about a state.
        return (
            "territory".into(),
            format!("{name}: {}", class_label("territory")),
        );
    };
    if id == object {
        return ("self".into(), format!("{name}: {}", class_label("self")));
    }
    let own = &m["states"][id];
    let pred = &m["predecessors"][id];
    let (class, mut title) = if own.is_object() && own["class"].as_str() != Some("no-data") {
        (
            own["class"].as_str().unwrap_or("no-data").to_string(),
            format!("{name}: {}", entry_text(own)),
        )
    } else if pred.is_object() {
        (
            pred["class"].as_str().unwrap_or("no-data").to_string(),
            format!(
                "{name}: part of {} ({}) on this day: {}{}",
                pred["name"].as_str().unwrap_or(""),
                pred["id"].as_str().unwrap_or(""),
                entry_text(pred),
                if pred["counted"].as_bool() == Some(true) {
                    ""
                } else {
                    " (not counted: its seat is recorded under a successor)"
                }
            ),
        )
    } else {
        (
            "no-data".into(),
            format!("{name}: {}", class_label("no-data")),
        )
    };
    for p in m["also_covers"][id].as_array().into_iter().flatten() {
        title.push_str(&format!(
            "; on this day its area was wholly or partly that of {} ({}, until {}): {}",
            p["name"].as_str().unwrap_or(""),
            p["id"].as_str().unwrap_or(""),
            p["to"]
                .as_str()
                .filter(|t| !t.is_empty())
                .unwrap_or("an unrecorded date"),
            entry_text(p)
        ));
    }
    (class, title)
}

/// Text cut into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The SVG rendered to PNG (twice the SVG's nominal size).
///
/// # Errors
/// When the SVG cannot be parsed or the image cannot be encoded.
pub fn render_png(svg: &str) -> Result<Vec<u8>, String> {
    let mut opt = resvg::usvg::Options::default();
    opt.fontdb_mut().load_system_fonts();
    let tree = resvg::usvg::Tree::from_str(svg, &opt).map_err(|e| e.to_string())?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| "empty image".to_string())?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}
