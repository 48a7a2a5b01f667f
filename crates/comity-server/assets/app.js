// comity's page. Plain DOM; every piece of data is inserted with textContent (never as HTML),
// so hostile text from ingested documents stays inert; the server's Content-Security-Policy
// forbids inline script as a second line of defence.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const CLASSES = [
  ["recognises", "recognises"], ["does-not", "does not recognise"], ["withdrawn", "withdrew recognition"],
  ["suspended", "suspended recognition"], ["disputed", "withdrawal disputed"],
  ["uncertain", "uncertain on this date"], ["ceased", "ceased to exist (the entity or the state)"], ["self", "the entity itself"],
  ["no-data", "not recorded / not counted"], ["territory", "not a state: territory or area (not counted)"],
];
let POLICIES = ["confirmed"]; // set in main() from /api/v1/meta
const LINE = [["#0072B2", ""], ["#D55E00", "6 3"], ["#009E73", "2 2"], ["#CC79A7", "8 2 2 2"], ["#E69F00", "1 3"], ["#56B4E9", "10 4"], ["#000000", "4 4"]];
const GROUPS = ["un", "all", "eu", "nato", "g20", "oic", "coe", "p5", "unesco", "interpol"];

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}
function svg(tag, attrs) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
}
// Only http(s) links become links: `javascript:` and other schemes are shown as text.
function safeLink(url, text) {
  try {
    const u = new URL(url);
    if (u.protocol === "http:" || u.protocol === "https:") return el("a", { href: u.href, rel: "noopener noreferrer nofollow", text: text || u.href });
  } catch (_) { /* not a URL */ }
  return el("span", { text: text || url });
}
async function api(path, opts) {
  const r = await fetch(path, opts);
  const ct = r.headers.get("content-type") || "";
  const body = ct.includes("json") ? await r.json() : await r.text();
  if (!r.ok) {
    const e = new Error((body && body.detail) || r.statusText);
    e.body = body; throw e;
  }
  return body;
}
function errorBox(e) {
  const b = e.body || {};
  const box = el("div", { class: "error", role: "alert" }, el("strong", { text: b.error || "error" }), ": ", b.detail || String(e.message));
  if (b.hint) box.append(el("div", { text: b.hint }));
  if (b.suggestions && b.suggestions.length) box.append(el("div", { text: "did you mean: " + b.suggestions.join(", ") }));
  return box;
}
function showError(where, e) { where.replaceChildren(errorBox(e)); }
const params = () => new URLSearchParams(location.search);
// Sets a <select> to a value from the URL; a value it does not list (a name, a group the list
// leaves out) is added as written, so the API reads it and answers or says why (review 19: an
// unlisted value became "" and the API quoted an empty string).
function choose(sel, v) {
  if (v && ![...sel.options].some((o) => o.value === v)) sel.append(el("option", { value: v, text: v }));
  sel.value = v;
}
function setParams(obj) {
  const p = params();
  for (const [k, v] of Object.entries(obj)) { if (v === null || v === "" || v === undefined) p.delete(k); else p.set(k, v); }
  history.replaceState(null, "", location.pathname + (p.toString() ? "?" + p : ""));
}
// The server's "today" (set in main() from /api/v1/meta), else the browser's.
let TODAY = new Date().toISOString().slice(0, 10);
const todayISO = () => TODAY;
function addDays(iso, n) { const d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); }
function daysBetween(a, b) { return Math.round((new Date(b + "T00:00:00Z") - new Date(a + "T00:00:00Z")) / 86400000); }
function debounce(f, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => f(...a), ms); }; }
function defs() {
  const d = svg("defs");
  const hatch = (id, bg, fg, rot) => {
    const p = svg("pattern", { id, width: 4, height: 4, patternUnits: "userSpaceOnUse", patternTransform: `rotate(${rot})` });
    p.append(svg("rect", { width: 4, height: 4, fill: bg }), svg("line", { x1: 0, y1: 0, x2: 0, y2: 4, stroke: fg, "stroke-width": 1.5 }));
    return p;
  };
  d.append(hatch("hatch-uncertain", "#cccccc", "#777777", 45), hatch("hatch-disputed", "#009E73", "#ffffff", -45));
  const dots = svg("pattern", { id: "dots-territory", width: 3, height: 3, patternUnits: "userSpaceOnUse" });
  dots.append(svg("rect", { width: 3, height: 3, fill: "#f7f7f7" }), svg("circle", { cx: 1.5, cy: 1.5, r: 0.6, fill: "#aaaaaa" }));
  d.append(dots);
  return d;
}
function dotSwatch(cls) {
  const s = svg("svg", { viewBox: "0 0 14 14", class: "dot-swatch", "aria-hidden": "true" });
  s.append(svg("circle", { cx: 7, cy: 7, r: 4.5, class: "c-" + cls }));
  return s;
}
function swatch(cls) {
  const s = svg("svg", { viewBox: "0 0 18 14", "aria-hidden": "true" });
  s.append(defs(), svg("rect", { width: 18, height: 14, class: "c-" + cls }));
  return s;
}
// When a status began, in words. `since` is the date of the recognition act in force; for a
// withdrawn, suspended or disputed recognition the change is `last_change`, and `since` is when it
// was recognised (never "withdrawn since <the recognition's date>").
// What a veto in a simulation rests on (`basis` in the simulation JSON).
const VETO_BASIS = { assumed: "assumed", "stated-position": "stated position", claims: "from the ledger's claims", inferred: "inferred, not a claim about the day", "not-recorded": "no claim in the ledger: modelled, not a recorded position" };

// A date as the CLI words it (`Date::describe`): a bound `../D` is "on or before D", `D/..` "on
// or after D"; a month or a year stays a month or a year.
function describeDate(d) {
  if (!d) return "an unknown date";
  if (d.startsWith("../")) return `on or before ${d.slice(3)}`;
  if (d.endsWith("/..")) return `on or after ${d.slice(0, -3)}`;
  return d;
}

// Whether `s` is a day the date input can hold: YYYY-MM-DD and a real calendar day. Anything else
// ("2008-02-30", a month, "today") goes to the API as written, which answers or says in words
// what is wrong (the input held "2008-02-30" as empty, and the page sent an empty date whose
// error quoted nothing the reader had typed).
function isCalendarDay(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || "");
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function whenText(r) {
  // The flag covers the recognition's date and its withdrawal's: said once, after the dates (as
  // map.rs's when_text).
  // A recognition dated before the state existed (Namibia's 1988 recognition of Palestine): the
  // date is not the state's own (`since_note` says why; map.rs's when_text words it the same).
  const disagree = (r.dates_disagree ? " (sources disagree on a date)" : "") + (r.since_note ? " (dated before the state existed)" : "");
  if (["withdrawn", "suspended", "disputed"].includes(r.status)) {
    const act = r.status === "disputed" ? "withdrawal or suspension claimed" : r.status;
    const when = r.last_change ? `${act} ${describeDate(r.last_change)}` : `${act} at an unrecorded date`;
    return `${when}${r.since ? `; recognised ${describeDate(r.since)}` : ""}${disagree}`;
  }
  return r.since ? `since ${describeDate(r.since)}${disagree}` : "";
}

// A claim in words as the library's `claim_text` (the API's `text`): a denial names the
// denier (the claimant) first, "XKX denies that BDI withdraws-recognition XKX" (review 19: the
// page said "BDI DENIES withdraws-recognition XKX", naming the wrong denier). The fallback
// for a document without `text` words it the same way.
function claimText(c) {
  if (c.text) return c.text;
  if (c.negated) return `${c.claimant} denies that ${c.subject} ${c.predicate} ${c.object}`;
  if (c.claimant === c.subject) return `${c.subject} ${c.predicate} ${c.object} (its own word)`;
  return `${c.subject} ${c.predicate} ${c.object} (claimed by ${c.claimant})`;
}
// The grades of a claim's sources, strongest first, as the CLI's `[official, media]`
// (comity::json::grades; the order of comity::model::Grade::ALL, strongest first).
const GRADE_ORDER = ["official", "wire", "media", "wikipedia", "aggregator", "partisan"];
function gradesOf(c) {
  const rank = (g) => { const i = GRADE_ORDER.indexOf(g); return i < 0 ? GRADE_ORDER.length : i; };
  return [...new Set((c.sources || []).map((s) => s.grade).filter(Boolean))].sort((a, b) => rank(a) - rank(b));
}

function claimLine(c) {
  const li = el("li", { class: c.status, "data-claim": c.id });
  // A bound date in words ("on or before 2017-11", as the status card says), the raw form in
  // its title.
  li.append(el("span", { class: "date", text: c.date ? describeDate(c.date) : "(undated)", title: c.date || null }),
    el("span", { class: "claim-text", text: claimText(c) }),
    el("span", { class: "muted", text: " — " }), el("span", { class: "claim-status", text: c.status }),
    el("span", { class: "muted", text: `${c.role ? "; " + c.role : ""} · ` }), el("code", { text: c.id }));
  const grades = gradesOf(c);
  if (grades.length) li.append(el("span", { class: "grades", text: ` [${grades.join(", ")}]` }));
  if (c.note) li.append(el("div", { class: "muted", text: c.note }));
  // A date before one of the pair existed (the library's `date_note`, the CLI's "date:" line).
  if (c.date_note) li.append(el("div", { class: "date-note", text: `date: ${c.date_note}` }));
  for (const s of c.sources || []) {
    // As the CLI's timeline: the source's id, its grade, its citation, and its URL (a link
    // only for http(s)).
    const row = el("div", { class: "source" }, "source ", el("code", { text: s.id }), s.grade ? el("span", { class: "source-grade", text: ` [${s.grade}]` }) : null, ": ");
    if (s.citation) row.append(el("span", { class: "citation", text: s.citation }));
    if (s.url) row.append(s.citation ? " " : "", safeLink(s.url));
    if (!s.citation && !s.url) row.append(el("span", { class: "muted", text: "(missing source)" }));
    if (s.span && s.span.context) {
      // The span inside its surrounding cleaned text: three text nodes, never HTML.
      const cx = s.span.context;
      row.append(el("blockquote", { class: "span-context", "data-from": cx.from },
        el("span", { class: "context-before", text: cx.before }), el("mark", { text: cx.text }), el("span", { class: "context-after", text: cx.after })),
        el("div", { class: "muted", text: `bytes ${s.span.start}–${s.span.end} of the original document; context from its ${cx.from === "cleaned" ? "cleaned text" : "original bytes"}` }));
    } else if (s.span && s.span.text) row.append(el("blockquote", {}, "“", el("mark", { text: s.span.text }), `” (bytes ${s.span.start}–${s.span.end})`));
    li.append(row);
  }
  return li;
}

// ---------------------------------------------------------------- map view
let SHAPES = null;
async function mapView(main) {
  document.getElementById("nav-map").setAttribute("aria-current", "page");
  const p = params();
  const entities = await api("/api/v1/entities");
  // The entity and the date are passed to the API as written (review 19: `?entity=Kosovo`
  // became "KOSOVO" and an empty path, `?date=2012-06` an empty as_of): the API resolves
  // names as the CLI does and reads YYYY-MM and YYYY as their last day, and its own message
  // is shown when it refuses them.
  const asked = (p.get("entity") || "XKX").trim();
  let ent = entities.find((e) => e.id === asked.toUpperCase());
  let first = null;
  if (!ent) {
    try {
      first = await api(`/api/v1/map/${encodeURIComponent(asked)}?as_of=${encodeURIComponent(p.get("date") || p.get("as_of") || "today")}`);
    } catch (e) {
      // No map at all: an unknown name is no answer, never an all-grey map.
      main.replaceChildren(el("h1", { id: "title", text: `Recognition of “${asked}”` }), el("div", { id: "totals" }));
      showError(document.getElementById("totals"), e);
      return;
    }
    ent = entities.find((e) => e.id === first.object.id) || { id: first.object.id, name: first.object.name, since: null };
  }
  const today = todayISO();
  // The declaration, else the actor table's beginning (Artsakh, 1991), else the earliest
  // counted, dated claim about the entity (Palestine's 1988 recognitions, the ROC's), else 30
  // years back (`Ledger::series_start`).
  const start = ent.series_start || addDays(today, -365 * 30);
  // The slider's first day is technical (the first day a month or a year allows); the label
  // says where the record starts at its own precision: the declaration's day, else the actor
  // table's beginning or the earliest claim's date as written ("1991", "1933"), never a month
  // or a year shown as a day.
  const startText = ent.since ? ent.since
    : ent.begins ? `${describeDate(ent.begins)} (its beginning, data/actors.csv)`
    : ent.first_claim ? `${describeDate(ent.first_claim.date)} (earliest dated claim, ${ent.first_claim.id})`
    : `${start} (30 years back: no dated claim)`;
  // A date the day input cannot hold (a month, a year, "today") is sent as written until the
  // reader picks a day; the input then shows the day the API answered for.
  const typed = p.get("date") || p.get("as_of") || today;
  let rawDate = isCalendarDay(typed) ? null : typed;
  const date = rawDate ? "" : typed;
  const policySel = el("select", { id: "policy" }, ...POLICIES.map((x) => el("option", { value: x, text: x })));
  choose(policySel, p.get("policy") || "confirmed");
  const amongSel = el("select", { id: "among" }, ...GROUPS.map((x) => el("option", { value: x, text: x })));
  choose(amongSel, p.get("among") || "un");
  const choices = entities.some((e) => e.id === ent.id) ? entities : [...entities, ent];
  const entSel = el("select", { id: "entity" }, ...choices.map((e) => el("option", { value: e.id, text: `${e.name} (${e.id})` })));
  entSel.value = ent.id;
  const span = Math.max(1, daysBetween(start, today));
  const slider = el("input", { type: "range", id: "date-slider", min: 0, max: span, step: 1, value: date ? Math.min(span, Math.max(0, daysBetween(start, date))) : span, "aria-label": "Date" });
  const dateIn = el("input", { type: "date", id: "date", value: date, min: start, max: today });
  const totals = el("p", { class: "totals", id: "totals", "aria-live": "polite" });
  const legend = el("ul", { class: "legend", id: "legend" });
  const tip = el("div", { class: "tooltip", id: "tooltip", hidden: true, role: "status" });
  const mapSvg = svg("svg", { class: "map", id: "map", role: "img", "aria-label": "World map" });
  const wrap = el("div", { class: "map-wrap" }, mapSvg, tip);
  const table = el("tbody");
  const chart = el("div", { class: "chart", id: "chart" });
  main.replaceChildren(
    el("h1", { id: "title", text: `Recognition of ${ent.name}` }),
    el("div", { class: "controls" },
      el("label", {}, "Entity", entSel), el("label", {}, "Counting policy", policySel), el("label", {}, "Among", amongSel),
      el("label", { id: "date-range" }, `Date (from ${startText} → ${today})`, slider), el("label", {}, "Day", dateIn)),
    totals, legend, wrap,
    el("h2", { text: "Recognising UN members over time, per policy" }), chart,
    el("details", {}, el("summary", { text: "All states on this date (table)" }),
      el("table", {}, el("thead", {}, el("tr", {}, el("th", { text: "State" }), el("th", { text: "Status" }), el("th", { text: "When" }), el("th", { text: "Why" }))), table)));
  if (!SHAPES) SHAPES = await api("/api/v1/map-shapes");
  mapSvg.setAttribute("viewBox", `0 0 ${SHAPES.width} ${SHAPES.height}`);
  mapSvg.append(defs());
  const byId = new Map();
  const gBase = svg("g"), gOver = svg("g"), gDots = svg("g");
  for (const f of SHAPES.features) {
    const nodes = [];
    if (f.d) {
      // A shape keyed to no actor is a dependent territory or an area, not a state without data.
      const path = svg("path", { d: f.d, class: (f.id ? "c-no-data" : "c-territory") + (f.overlay ? " overlay" : "") });
      if (!f.id) {
        const t = svg("title"); t.textContent = `${f.name}: not a state (territory or area; not counted)`;
        path.append(t);
      }
      (f.overlay ? gOver : gBase).append(path); nodes.push(path);
    }
    // A small state's dot, where the server placed it (map.rs spread_dots: apart from its
    // neighbours' dots).
    if (f.dot_x != null) {
      const c = svg("circle", { cx: f.dot_x, cy: f.dot_y, r: 2.2, class: "c-no-data" });
      gDots.append(c); nodes.push(c);
    }
    for (const n of nodes) {
      n.dataset.name = f.name; n.dataset.cx = f.cx; n.dataset.cy = f.cy;
      if (f.id) {
        n.dataset.id = f.id; n.setAttribute("tabindex", "0"); n.setAttribute("role", "link");
        n.setAttribute("aria-label", f.name);
        if (!byId.has(f.id)) byId.set(f.id, []);
        byId.get(f.id).push(n);
      }
    }
  }
  mapSvg.append(gBase, gOver, gDots);
  let current = null;
  const state = () => ({ entity: entSel.value, date: rawDate || dateIn.value, policy: policySel.value, among: amongSel.value });
  // A shape's entry: the state's own; else, on a day when it did not exist apart from a
  // predecessor, the predecessor's ("part of Czechoslovakia"); a former state its area also
  // held on the day (the GDR in Germany's shape) is named (map.rs shape_class_and_title).
  function info(id) {
    const s = current && current.states[id];
    const also = (current && current.also_covers && current.also_covers[id]) || [];
    if (id === entSel.value) return { class: "self", text: "the entity itself", also };
    const pred = current && current.predecessors && current.predecessors[id];
    if ((!s || s.class === "no-data") && pred) return { class: pred.class, pred, also };
    if (!s) return { class: "no-data", text: "not recorded / not counted", also };
    return { class: s.class, s, also };
  }
  const entryText = (e) => `${(CLASSES.find(([k]) => k === e.class) || [e.class, e.class])[1]}${e.inferred ? " (inferred, not claimed)" : ""}${e.when ? " " + e.when : ""}`;
  function showTip(node, evt) {
    const id = node.dataset.id;
    const i = info(id);
    tip.replaceChildren(el("strong", { text: node.dataset.name }));
    if (i.s) {
      tip.append(el("div", { text: `${i.s.status}${i.s.certain || i.s.status === "not-recorded" ? "" : " (uncertain)"}${i.s.inferred ? " (inferred, not claimed)" : ""}; counted ${i.s.counted_as} (${policySel.value})` }));
      if (i.s.since || i.s.last_change) tip.append(el("div", { text: whenText(i.s) }));
      tip.append(el("div", { class: "muted", text: i.s.reason }));
      if (i.s.claim) tip.append(el("div", { text: `deciding claim: ${i.s.claim.id} (${i.s.claim.date || "undated"}, by ${i.s.claim.claimant})` }));
    } else if (i.pred) {
      tip.append(el("div", { class: "predecessor", text: `part of ${i.pred.name} (${i.pred.id}) on this day: ${entryText(i.pred)}${i.pred.counted ? "" : " (not counted: its seat is recorded under a successor)"}` }));
    } else tip.append(el("div", { text: i.text }));
    for (const a of i.also) tip.append(el("div", { class: "muted also-covers", text: `on this day its area was wholly or partly that of ${a.name} (${a.id}, until ${a.to || "an unrecorded date"}): ${entryText(a)}` }));
    const box = wrap.getBoundingClientRect();
    const r = evt && evt.clientX ? { x: evt.clientX, y: evt.clientY } : (() => { const b = node.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; })();
    tip.style.left = Math.min(box.width - 220, Math.max(0, r.x - box.left + 12)) + "px";
    tip.style.top = (r.y - box.top + 12) + "px";
    tip.hidden = false;
  }
  const openPair = (id) => { location.href = `/pair/${encodeURIComponent(id)}/${encodeURIComponent(entSel.value)}?as_of=${dateIn.value}`; };
  for (const [id, nodes] of byId) {
    for (const n of nodes) {
      n.addEventListener("mousemove", (e) => showTip(n, e));
      n.addEventListener("mouseenter", () => nodes.forEach((m) => m.classList.add("hover")));
      n.addEventListener("mouseleave", () => { tip.hidden = true; nodes.forEach((m) => m.classList.remove("hover")); });
      n.addEventListener("focus", () => showTip(n));
      n.addEventListener("blur", () => { tip.hidden = true; });
      n.addEventListener("click", () => openPair(id));
      n.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); openPair(id); } });
    }
  }
  let seq = 0;
  async function refresh() {
    const s = state();
    setParams({ entity: s.entity, date: s.date, policy: s.policy, among: s.among === "un" ? null : s.among });
    const my = ++seq;
    let m;
    try {
      m = await api(`/api/v1/map/${encodeURIComponent(s.entity)}?as_of=${encodeURIComponent(s.date)}&policy=${encodeURIComponent(s.policy)}&among=${encodeURIComponent(s.among)}`);
    } catch (e) {
      if (my !== seq) return;
      // The API's message, and no map, legend or table that would read as an answer.
      current = null;
      showError(totals, e);
      delete totals.dataset.asOf;
      wrap.hidden = true; legend.replaceChildren(); table.replaceChildren();
      return;
    }
    if (my !== seq) return;
    current = m;
    wrap.hidden = false;
    if (rawDate && /^\d{4}-\d{2}-\d{2}$/.test(m.as_of)) {
      // The day the API read the written date as (YYYY-MM: the month's last day).
      dateIn.value = m.as_of;
      slider.value = Math.min(span, Math.max(0, daysBetween(start, m.as_of)));
    }
    for (const [id, nodes] of byId) {
      const c = info(id).class;
      for (const n of nodes) n.setAttribute("class", "c-" + c + (n.classList.contains("overlay") ? " overlay" : "") + (n.classList.contains("hover") ? " hover" : ""));
    }
    const c = m.counts;
    totals.dataset.recognising = c.recognising; totals.dataset.notRecognising = c.not_recognising;
    totals.dataset.uncertain = c.uncertain; totals.dataset.asOf = m.as_of;
    totals.replaceChildren(
      el("strong", { id: "count-recognising", text: String(c.recognising) }), ` recognising, ${c.not_recognising} not recognising${m.ceased ? " (none refused it: it had ceased to exist, see the note)" : ""}, ${c.uncertain} uncertain, ${c.not_recorded} not recorded (no claim: no data, not a "no"), of ${c.total} (${m.among}) as of ${m.as_of}, policy ${m.policy}. `,
      el("span", { class: "muted", text: "Recognising under each policy: " + Object.entries(m.recognising_by_policy).map(([k, v]) => `${k} ${v}`).join(", ") + `; ${c.disputed} pairs with a claimed withdrawal (listed whatever the policy).` }),
      // As the CLI's table: members whose membership on the day is not certain (a join date
      // known only to the year, or unknown) are counted, and said.
      ...(() => { const n = Object.values(m.states).filter((x) => x.member_certain === false).length; return n ? [el("span", { class: "muted", id: "members-unsure", text: m.among === "all" ? ` Existence on ${m.as_of} not shown by the data for ${n} of the ${c.total} counted (no beginning date in the actor table, or one known only to the year or month, and no UN membership, declaration or dated claim about it by that day).` : ` Membership on ${m.as_of} not certain for ${n} of the ${c.total} counted (a join or end date known only to the year or month, or unknown).` })] : []; })());
    // The map's notes: an entity that had ceased to exist (its "not recognising" are no
    // refusals), a group with nobody counted on the day.
    for (const n of m.notes || []) totals.append(el("div", { class: "map-note", role: "note", text: `note: ${n}` }));
    // A hatch does not show inside a small state's dot: an uncertain dot is a ringed white
    // disc (style.css; map.rs dot_paint), shown beside the hatch.
    legend.replaceChildren(...CLASSES.map(([k, label]) => el("li", { "data-class": k }, swatch(k),
      ...(k === "uncertain" ? [dotSwatch(k)] : []), legendLabel(m, k, label), k === "uncertain" ? "; a small state: a ringed dot" : "")));
    const rows = Object.entries(m.states).sort((a, b) => a[1].name.localeCompare(b[1].name));
    table.replaceChildren(...rows.map(([id, s]) => el("tr", {},
      el("td", {}, el("a", { href: `/pair/${id}/${s ? encodeURIComponent(entSel.value) : ""}?as_of=${m.as_of}`, text: s.name })),
      el("td", { text: s.class + (s.inferred ? " (inferred)" : "") }), el("td", { text: whenText({ ...s, dates_disagree: false }) + (s.dates_disagree ? "*" : ""), title: s.dates_disagree ? "sources disagree on the date; the earliest of the most confident accounts is shown" : "" }), el("td", { class: "muted", text: s.reason }))));
  }
  const refreshSoon = debounce(refresh, 60);
  slider.addEventListener("input", () => { rawDate = null; dateIn.value = addDays(start, Number(slider.value)); refreshSoon(); });
  dateIn.addEventListener("change", () => { if (dateIn.value) { rawDate = null; slider.value = Math.max(0, daysBetween(start, dateIn.value)); refresh(); } });
  policySel.addEventListener("change", refresh);
  amongSel.addEventListener("change", refresh);
  entSel.addEventListener("change", () => { setParams({ entity: entSel.value, date: null }); location.reload(); });
  await refresh();
  drawChart(chart, ent.id).catch((e) => showError(chart, e));
}

async function drawChart(where, entity) {
  const [s, pub] = await Promise.all([
    api(`/api/v1/recognitions/${encodeURIComponent(entity)}/series?among=un`),
    api(`/api/v1/published-counts/${encodeURIComponent(entity)}`).catch(() => ({ counts: [] })),
  ]);
  const pts = s.points;
  if (!pts.length) { where.textContent = "no data"; return; }
  const W = 800, H = 260, L = 40, B = 30, T = 10, R = 10;
  const t0 = new Date(pts[0].as_of).getTime(), t1 = new Date(pts[pts.length - 1].as_of).getTime() || t0 + 1;
  // Published counts inside the chart's period (the others are listed below it).
  const inRange = (c) => new Date(c.end).getTime() >= t0 && new Date(c.start).getTime() <= t1;
  const published = pub.counts.filter(inRange);
  const max = Math.max(10, ...pts.map((p) => Math.max(...Object.values(p.recognising))), ...published.map((c) => c.count_high || c.count));
  const clampT = (d) => Math.min(t1, Math.max(t0, new Date(d).getTime()));
  const x = (d) => L + ((clampT(d) - t0) / Math.max(1, t1 - t0)) * (W - L - R);
  const y = (n) => H - B - (n / max) * (H - B - T);
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Recognising UN members over time, with published counts" });
  g.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }), svg("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
  for (let k = 0; k <= max; k += Math.ceil(max / 5 / 10) * 10) {
    const t = svg("text", { x: 4, y: y(k) + 4 }); t.textContent = String(k); g.append(t);
  }
  const y0 = new Date(pts[0].as_of).getUTCFullYear(), y1 = new Date(pts[pts.length - 1].as_of).getUTCFullYear();
  for (let yr = y0; yr <= y1; yr += Math.max(1, Math.ceil((y1 - y0) / 8))) {
    const t = svg("text", { x: x(`${yr}-01-01`), y: H - 10 }); t.textContent = String(yr); g.append(t);
  }
  const legend = el("ul", { class: "legend" });
  // Policies that give the same line for this entity are drawn once, named together.
  const lines = [];
  for (const pol of POLICIES) {
    const key = pts.map((p) => p.recognising[pol]).join(",");
    const same = lines.find((l) => l.key === key);
    if (same) same.names.push(pol); else lines.push({ key, names: [pol], pol });
  }
  // The band above the confirmed line: recognitions not certain by that day (a row dated only
  // "by" a later source, or a date range that straddles the day). Uncertain is neither yes nor no.
  if (pts.some((p) => p.uncertain.confirmed > 0)) {
    const lo = pts.map((p) => `${x(p.as_of).toFixed(1)},${y(p.recognising.confirmed).toFixed(1)}`);
    const hi = pts.map((p) => `${x(p.as_of).toFixed(1)},${y(p.recognising.confirmed + p.uncertain.confirmed).toFixed(1)}`).reverse();
    g.append(svg("polygon", { id: "uncertain-band", class: "uncertain-band", points: lo.concat(hi).join(" ") }));
  }
  lines.forEach((l, i) => {
    const [colour, dash] = LINE[i % LINE.length];
    const attrs = { fill: "none", stroke: colour, "stroke-width": 2, "stroke-dasharray": dash || "none", class: "series" };
    g.append(svg("polyline", { ...attrs, points: pts.map((p) => `${x(p.as_of).toFixed(1)},${y(p.recognising[l.pol]).toFixed(1)}`).join(" ") }));
    const sw = svg("svg", { viewBox: "0 0 30 10", width: 30, height: 10, "aria-hidden": "true" });
    sw.append(svg("line", { x1: 0, y1: 5, x2: 30, y2: 5, ...attrs }));
    const last = pts[pts.length - 1].recognising[l.pol];
    legend.append(el("li", {}, sw, `${l.names.join(" = ")}: ${last} on ${pts[pts.length - 1].as_of}`));
  });
  // Published counts: a point at the middle of the period its "as of" can mean, a horizontal
  // bar over that period (a month, a year, a stated range) and a vertical one over a stated
  // range of counts. Filled: a count of UN members; hollow: a count of something else (every
  // state, every state that ever recognised, or unstated). The tooltip (an SVG <title>, text)
  // names the source.
  const label = (c) => `${c.count}${c.count_high ? "–" + c.count_high : ""}: ${c.of_what}; as of ${c.as_of_text}. Source: ${c.source}${c.url ? " <" + c.url + ">" : ""}. ${c.note}`;
  const gp = svg("g", { class: "published", id: "published-points" });
  for (const c of published) {
    const xs = x(c.start), xe = x(c.end), xm = (xs + xe) / 2;
    const item = svg("g", { class: "published-count", "data-basis": c.basis, "data-source": c.source, tabindex: 0 });
    const title = svg("title"); title.textContent = label(c);
    item.append(title);
    if (xe - xs > 1) item.append(svg("line", { x1: xs, y1: y(c.count), x2: xe, y2: y(c.count), class: "range" }));
    if (c.count_high) item.append(svg("line", { x1: xm, y1: y(c.count), x2: xm, y2: y(c.count_high), class: "range" }));
    item.append(svg("circle", { cx: xm.toFixed(1), cy: y(c.count).toFixed(1), r: 4, class: c.basis === "un-members" ? "un" : "other" }));
    gp.append(item);
  }
  g.append(gp);
  // The same label in a tooltip box on hover or keyboard focus (text, never HTML).
  const tip = el("div", { class: "tooltip", id: "chart-tip", hidden: true, role: "status" });
  const box = el("div", { class: "chart-wrap" }, g, tip);
  for (const item of gp.children) {
    const show = (evt) => {
      tip.textContent = item.firstChild.textContent;
      const b = box.getBoundingClientRect(), r = item.getBoundingClientRect();
      const px = evt && evt.clientX ? evt.clientX : r.x + r.width / 2, py = evt && evt.clientY ? evt.clientY : r.y;
      tip.style.left = Math.min(b.width - 330, Math.max(0, px - b.left + 10)) + "px";
      tip.style.top = (py - b.top + 12) + "px";
      tip.hidden = false;
    };
    item.addEventListener("mousemove", show);
    item.addEventListener("focus", () => show());
    item.addEventListener("mouseleave", () => { tip.hidden = true; });
    item.addEventListener("blur", () => { tip.hidden = true; });
  }
  if (pts.some((p) => p.uncertain.confirmed > 0)) {
    const sw = svg("svg", { viewBox: "0 0 30 10", width: 30, height: 10, "aria-hidden": "true" });
    sw.append(svg("rect", { x: 0, y: 0, width: 30, height: 10, class: "uncertain-band" }));
    legend.append(el("li", {}, sw, "confirmed + recognitions not certain by that day (dated only by a later source)"));
  }
  if (published.length) {
    const dot = (cls) => { const sv = svg("svg", { viewBox: "0 0 12 12", width: 12, height: 12, "aria-hidden": "true", class: "published" }); sv.append(svg("circle", { cx: 6, cy: 6, r: 4, class: cls })); return sv; };
    legend.append(el("li", {}, dot("un"), "published count of UN members"), el("li", {}, dot("other"), "published count of something else (see its source)"));
  }
  const c = box;
  // The same counts as a table, with their sources (links only for http(s) URLs).
  const rows = pub.counts.map((p) => el("tr", { "data-source": p.source },
    el("td", { text: p.as_of_text }), el("td", { text: `${p.count}${p.count_high ? "–" + p.count_high : ""}` }), el("td", { text: p.of_what }),
    el("td", {}, p.url ? safeLink(p.url, p.source) : el("span", { text: p.source })), el("td", { class: "muted", text: `${p.note} (${p.from})` })));
  const table = pub.counts.length ? el("details", { id: "published-table" }, el("summary", { text: `Published counts (${pub.counts.length}) and their sources` }),
    el("table", {}, el("thead", {}, el("tr", {}, el("th", { text: "As of" }), el("th", { text: "Count" }), el("th", { text: "Of" }), el("th", { text: "Source" }), el("th", { text: "Note" }))), el("tbody", {}, ...rows))) : null;
  where.replaceChildren(c, legend, el("p", { class: "muted", text: `Lines: counted every month from ${s.from}, on that day of the month (and on ${s.to}); uncertain recognitions are in no line (the grey band above the confirmed line shows them). Points: counts published by others, as of the period shown by their bar (hover a point for its source); they differ from the lines by what they count.` }), ...(table ? [table] : []));
}

// ---------------------------------------------------------------- pair view
async function pairView(main, a, b) {
  const p = params();
  const asOf = p.get("as_of") || todayISO();
  // A date the day input cannot hold (`?as_of=2011`, a year: its last day, as the API reads
  // it) is sent as written until a day is picked (review 19: the page sent an empty as_of).
  let rawDate = isCalendarDay(asOf) ? null : asOf;
  const dateIn = el("input", { type: "date", id: "pair-date", value: rawDate ? "" : asOf });
  const out = el("div");
  const back = el("a", { id: "back-to-map", href: `/?entity=${encodeURIComponent(b)}&date=${encodeURIComponent(asOf)}`, text: "back to the map" });
  main.replaceChildren(el("h1", { id: "pair-title", text: `${a} → ${b}` }), el("div", { class: "controls" }, el("label", {}, "Status on", dateIn), back), out);
  dateIn.addEventListener("change", () => {
    if (!dateIn.value) return;
    rawDate = null;
    setParams({ as_of: dateIn.value });
    back.setAttribute("href", `/?entity=${encodeURIComponent(b)}&date=${dateIn.value}`);
    render();
  });
  async function render() {
    try {
      const [now, then, tl] = await Promise.all([
        api(`/api/v1/status/${encodeURIComponent(a)}/${encodeURIComponent(b)}`),
        api(`/api/v1/status/${encodeURIComponent(a)}/${encodeURIComponent(b)}?as_of=${encodeURIComponent(rawDate || dateIn.value)}`),
        api(`/api/v1/timeline/${encodeURIComponent(a)}?other=${encodeURIComponent(b)}`),
      ]);
      document.getElementById("pair-title").textContent = `${now.subject.name} (${now.subject.id}) → ${now.object.name} (${now.object.id})`;
      document.title = `${now.subject.id}–${now.object.id} · comity`;
      if (rawDate && /^\d{4}-\d{2}-\d{2}$/.test(then.as_of)) dateIn.value = then.as_of;
      // "not recorded" is no answer on any date, so it carries no uncertainty flag; an
      // inference (a complete list, "relations presuppose recognition") says so.
      const flags = (x) => {
        const f = [];
        if (!x.certain && x.status !== "not-recorded") f.push("uncertain on this date");
        if (x.inferred) f.push("inferred, not claimed");
        return f.length ? ` (${f.join("; ")})` : "";
      };
      const card = (label, s, id) => el("div", { class: "card", id },
        el("h2", { text: `${label} (${s.as_of})` }),
        el("p", {}, el("strong", { class: "rec-status", text: s.recognition.status }), flags(s.recognition), el("span", { class: "rec-when", text: whenText(s.recognition) ? ` ${whenText(s.recognition)}` : "" })),
        el("p", { class: "muted", text: s.recognition.reason }),
        el("p", { text: `relations: ${s.relations.status}${flags(s.relations)}${s.relations.since ? " since " + describeDate(s.relations.since) : ""}` }),
        el("p", { class: "muted", text: s.relations.reason }));
      const kids = [el("div", { class: "cards" }, card("Today", now, "status-today"), card("On the chosen date", then, "status-date"))];
      const r = then.recognition;
      if (r.withdrawal_claimed_by.length || r.denied_by.length) {
        // "Disputed" only when someone contests: a status the engine calls disputed, or a denial.
        // A withdrawal the state made itself, denied by nobody, is shown side by side too, but
        // not called a dispute.
        const contested = r.status === "disputed" || r.denied_by.length > 0;
        const side = (title, roles) => el("div", { class: "card" }, el("h3", { text: title }), el("ul", { class: "timeline" }, ...r.claims.filter((c) => roles.includes(c.role)).map(claimLine)));
        kids.push(el("h2", { id: "disputes-title", text: contested ? "Disputed: the claims side by side" : "Recognition and withdrawal: the claims side by side (nobody denies the withdrawal)" }), el("div", { class: "disputes", id: "disputes" },
          side(`Withdrawal or suspension claimed (by ${r.withdrawal_claimed_by.join(", ") || "nobody"})`, ["withdrawal", "suspension", "unconfirmed"]),
          side(r.denied_by.length ? `Recognition kept / withdrawal denied (by ${r.denied_by.join(", ")})` : "Recognition (no denial of the withdrawal)", ["recognition", "reaffirmation", "denial", "refuted"])));
      }
      // The same sentence read from copies of one text is one line, naming the other documents'
      // claims under it (as the CLI's table does; `same_sentence_as` from the API).
      const alsoIn = new Map();
      for (const c of tl.claims) if (c.same_sentence_as) alsoIn.set(c.same_sentence_as, [...(alsoIn.get(c.same_sentence_as) || []), c.id]);
      const distinct = tl.claims.filter((c) => !c.same_sentence_as);
      const line = (c) => {
        const li = claimLine(c);
        if (alsoIn.has(c.id)) li.append(el("div", { class: "muted copies", text: `the same sentence, claim and date also in: ${alsoIn.get(c.id).join(", ")}` }));
        return li;
      };
      const count = distinct.length < tl.claims.length ? `${tl.claims.length} claims, ${distinct.length} distinct` : `${tl.claims.length} claims`;
      kids.push(el("h2", { id: "timeline-title", text: `Timeline (${count})` }), el("ol", { class: "timeline", id: "timeline" }, ...distinct.map(line)));
      out.replaceChildren(...kids);
    } catch (e) { showError(out, e); }
  }
  await render();
}

// ---------------------------------------------------------------- simulator
async function simView(main) {
  document.getElementById("nav-sim").setAttribute("aria-current", "page");
  const p = params();
  const [bodies, entities] = await Promise.all([api("/api/v1/bodies"), api("/api/v1/entities")]);
  const bodySel = el("select", { id: "sim-body" },
    el("optgroup", { label: "procedures" }, ...bodies.procedures.map((x) => el("option", { value: x.id, text: `${x.id} — ${x.name}` }))),
    el("optgroup", { label: "bodies" }, ...bodies.bodies.map((x) => el("option", { value: x.id, text: `${x.id} — ${x.name}` }))));
  // `?body=un` as the CLI takes it (`simulate un XKX`): an organisation's id stands for its
  // admission procedure when there is one.
  const ids = [...bodies.procedures, ...bodies.bodies].map((x) => x.id);
  const asked = p.get("body") || "un.admission";
  // As the library's stages_for: the id itself, else the first procedure of that organisation
  // (`unesco` → unesco.admission-non-un, `eu` → eu.accession); an unknown one is said, not
  // silently replaced.
  const match = ids.includes(asked) ? asked : bodies.procedures.map((x) => x.id).find((id) => id.startsWith(`${asked}.`));
  bodySel.value = match || "un.admission";
  let unknownBody = match ? null : asked;
  bodySel.addEventListener("change", () => { unknownBody = null; });
  const candSel = el("select", { id: "sim-candidate" }, ...entities.map((e) => el("option", { value: e.id, text: `${e.name} (${e.id})` })));
  choose(candSel, p.get("candidate") || "XKX");
  // A month, a year or "today" is sent as written until a day is picked (as the map's date).
  const simAsked = p.get("as_of") || todayISO();
  let simRaw = /^\d{4}-\d{2}-\d{2}$/.test(simAsked) ? null : simAsked;
  const dateIn = el("input", { type: "date", id: "sim-date", value: simRaw ? "" : simAsked });
  dateIn.addEventListener("change", () => { if (dateIn.value) simRaw = null; });
  const parseAssume = (text) => new Map((text || "").split(",").filter(Boolean).map((kv) => kv.split("=")));
  let assume = parseAssume(p.get("assume"));
  // The assumptions of the last answer: an assumption the API refuses is dropped (from the
  // page and its URL, so a reload does not fail again) and the last answer shown under the
  // refusal (review 19: the error replaced the result and stayed in the URL).
  let lastGood = "";
  const run = el("button", { id: "sim-run", type: "button", text: "Simulate" });
  const out = el("div", { id: "sim-out", "aria-live": "polite" });
  main.replaceChildren(el("h1", { text: "What-if: admission vote simulator" }),
    el("div", { class: "controls" }, el("label", {}, "Body or procedure", bodySel), el("label", {}, "Candidate", candSel), el("label", {}, "Date", dateIn), run), out);
  async function go(notices = []) {
    if (unknownBody) {
      out.replaceChildren(el("p", { class: "error", role: "alert", text: `Unknown body or procedure "${unknownBody}": choose one in the list.` }));
      return;
    }
    const a = [...assume].map(([k, v]) => `${k}=${v}`).join(",");
    setParams({ body: bodySel.value, candidate: candSel.value, as_of: simRaw || dateIn.value, assume: a || null });
    out.replaceChildren(el("p", { text: "Simulating…" }));
    let s;
    try { s = await api(`/api/v1/simulate?body=${encodeURIComponent(bodySel.value)}&candidate=${encodeURIComponent(candSel.value)}&as_of=${encodeURIComponent(simRaw || dateIn.value)}` + (a ? `&assume=${encodeURIComponent(a)}` : "")); }
    catch (e) {
      if (a) {
        const box = errorBox(e);
        box.classList.add("assume-error");
        box.prepend(el("div", { text: `Not applied: assume ${a}.` }));
        // Back to the last assumptions that answered, else to none.
        assume = parseAssume(lastGood !== a ? lastGood : "");
        return go([...notices, box]);
      }
      showError(out, e); out.prepend(...notices); return;
    }
    lastGood = a;
    if (simRaw && /^\d{4}-\d{2}-\d{2}$/.test(s.as_of)) dateIn.value = s.as_of;
    // A stage whose seats are mostly unknown to the ledger has no P(pass) (null): say so.
    const prob = (p) => (p == null ? "cannot answer" : p.toFixed(4));
    const kids = [el("p", { class: "totals" }, "P(every simulated stage passes) = ", el("strong", { id: "sim-pass", text: prob(s.pass) }), a ? ` (assuming ${a})` : "")];
    // What the CLI's table says beside the numbers: the votes the stance model was fitted on
    // (and whether they were held on or after the day simulated), every assumption, the notes.
    if (s.model_fitted_on && s.model_fitted_on.length) {
      const later = s.model_fitted_later || [];
      kids.push(el("p", { class: later.length ? "error sim-fitted" : "muted sim-fitted", role: later.length ? "note" : null,
        text: `Stance model fitted on: ${s.model_fitted_on.join(", ")}.` + (later.length ? ` Warning: ${later.map((v) => `${v.id} (${v.date})`).join(", ")} held on or after ${s.as_of}: this what-if uses what was learnt then, not what was known on the day.` : "") }));
    }
    if (s.assumptions && s.assumptions.length) kids.push(el("p", { class: "sim-assumptions", text: `Assumed (not data): ${s.assumptions.map((x) => `${x.actor}=${x.ballot} in ${x.body}`).join(", ")}.` }));
    // The fitted-on warning, unverified rule texts and no-claim voters are shown where they
    // belong (above, in each stage's heading and under its votes); any other note is listed.
    const notes = (s.notes || []).filter((n) => !/held on or after|: rule text not verified|: no claim on /.test(n));
    if (notes.length) kids.push(el("ul", { class: "muted sim-notes" }, ...notes.map((n) => el("li", { text: `note: ${n}` }))));
    for (const st of s.stages) {
      // The candidate is on this body's roster: already a member, left out of the voters.
      const m = st.candidate_member;
      if (m) kids.push(el("p", { class: "error sim-member", role: "status", text: `${s.candidate} is ${m.certain ? "already" : "possibly already"} a member of ${st.body} on ${s.as_of} (group ${m.group} since ${m.since}): its admission is moot, and it is left out of the voters (an entity does not vote on its own admission).` }));
    }
    for (const st of s.stages) {
      const e = st.expected;
      const need = st.votes_needed;
      // Voters with no claim on the candidate: their probabilities are the model's average of the
      // claim-based categories, not data; of the most likely "no" ballots, how many are theirs.
      const noClaim = new Set(st.not_recorded || st.voters.filter((v) => v.category === "not-recorded").map((v) => v.actor));
      // Seats the ledger cannot fill (the Security Council's elected seats outside 1994–2009):
      // placeholders of category "unknown", their stances the average of the categories, a
      // guess as much as a no-claim voter's (review 19: ten of twelve "no" were such seats
      // and the page said none was a guess).
      const unknownSeat = (v) => v.category === "unknown";
      const likely = (v) => [["yes", v.yes], ["no", v.no], ["abstain", v.abstain], ["absent", v.absent]].reduce((b, x) => (x[1] > b[1] ? x : b))[0];
      const noBallots = st.voters.filter((v) => likely(v) === "no");
      const noSeats = noBallots.filter(unknownSeat).length;
      const noGuesses = noBallots.filter((v) => noClaim.has(v.actor)).length;
      const guessWords = [noSeats ? `${noSeats} ${noSeats === 1 ? "is a seat" : "are seats"} unknown to the ledger` : null,
        `${noGuesses} ${noGuesses === 1 ? "has" : "have"} no claim on ${s.candidate}`].filter(Boolean).join(" and ");
      const noNote = noBallots.length ? ` (of the ${noBallots.length} voters whose most likely ballot is "no", ${guessWords}: their "no" is the model's guess, not a recorded position)` : "";
      // As the CLI's table: "roster: 15 members (10 seats unknown to the ledger: …)".
      const seatsNote = st.unknown_seats ? ` (${st.unknown_seats} seats unknown to the ledger: their stances are the average of the categories)` : "";
      kids.push(el("h2", { text: `${st.body}: ${st.rule}` }, st.rule_verified === false ? el("span", { class: "rule-unverified", text: " [rule text not verified]" }) : null),
        el("p", { class: "stage-summary", text: `${st.members} members${seatsNote}; expected ${e.yes.toFixed(1)} yes, ${e.no.toFixed(1)} no, ${e.abstain.toFixed(1)} abstain, ${e.absent.toFixed(1)} absent; P(pass) = ${prob(st.pass)}; P(vetoed) = ${st.vetoed.toFixed(4)}` }),
        el("p", { class: "votes-needed", text: st.passes_with_most_likely_ballots ? "With each voter's most likely ballot: passes." :
          need ? `Votes needed: ${need.vetoes_to_turn.length ? "vetoes of " + need.vetoes_to_turn.map((a) => `${a} (${VETO_BASIS[need.veto_basis[a]] || "?"})`).join(", ") + " must turn; " : ""}${need.no_to_yes} no→yes${need.no_to_yes ? noNote : ""}, ${need.abstain_to_yes} abstain→yes, ${need.absent_to_yes} absent→yes.` : "No change of ballots can pass it." }));
      if (noClaim.size) kids.push(el("p", { class: "muted sim-not-recorded", text: `No claim on ${s.candidate} for ${noClaim.size} of the ${st.voters.length} voters (their category "not-recorded"): their probabilities are modelled, the average of the categories that rest on claims, not data. ${[...noClaim].slice(0, 40).join(", ")}${noClaim.size > 40 ? " …" : ""}` }));
      if (st.unanswerable) kids.push(el("p", { class: "muted stage-unanswerable", text: `Cannot answer: ${st.unanswerable}` }));
      if (st.attendance) {
        const at = st.attendance;
        kids.push(el("p", { class: "muted stage-attendance", text: `Absence: ${(100 * at.rate).toFixed(1)} % a member, from ${st.body}'s recorded votes (${at.votes.join(", ")}: ${at.absent} of ${at.seats} seats did not vote; (absent + ½) / (seats + 1), a Jeffreys prior, so that no absence is not read as a certainty), in place of the model's.` }));
      }
      if (st.likely_vetoes.length) kids.push(el("ul", {}, ...st.likely_vetoes.map((v) => el("li", { text: `likely veto: ${v.actor} (P(no) ${v.p_no.toFixed(2)}, ${v.category}; claims: ${v.claims.join(", ") || "none"})` }))));
      const rows = st.voters.map((v) => {
        // An unknown seat has no holder to assume a ballot of: no control (the API refuses it).
        if (unknownSeat(v)) {
          return el("tr", { class: "unknown-seat" }, el("td", { text: v.actor }), el("td", { text: "unknown seat (its holder is not in the ledger: the average of the categories, not data)" }),
            el("td", { text: `${v.yes.toFixed(2)} / ${v.no.toFixed(2)} / ${v.abstain.toFixed(2)} / ${v.absent.toFixed(2)}` }), el("td", { class: "muted", text: "no ballot to assume" }));
        }
        const sel = el("select", { "aria-label": `ballot of ${v.actor}`, "data-actor": v.actor }, ...["model", "yes", "no", "abstain", "absent"].map((b) => el("option", { value: b, text: b })));
        sel.value = assume.get(v.actor) || "model";
        sel.addEventListener("change", () => { if (sel.value === "model") assume.delete(v.actor); else assume.set(v.actor, sel.value); go(); });
        return el("tr", {}, el("td", { text: v.actor + (v.veto_holder ? " (veto)" : "") }), el("td", { text: v.category === "not-recorded" ? "not-recorded (no claim: modelled, not data)" : v.category }),
          el("td", { text: `${v.yes.toFixed(2)} / ${v.no.toFixed(2)} / ${v.abstain.toFixed(2)} / ${v.absent.toFixed(2)}` }), el("td", {}, sel));
      });
      kids.push(el("details", {}, el("summary", { text: `Voters (${st.voters.length}): flip a stance to see the result change` }),
        el("table", {}, el("thead", {}, el("tr", {}, el("th", { text: "Voter" }), el("th", { text: "Category" }), el("th", { text: "P(yes/no/abstain/absent)" }), el("th", { text: "Ballot" }))), el("tbody", {}, ...rows))));
    }
    for (const sk of s.skipped_stages) kids.push(el("p", { class: "muted", text: `${sk.body}: ${sk.reason}` }));
    out.replaceChildren(...notices, ...kids);
    // The bodies' recorded votes, replayed under their rules (the API's documents).
    const bodiesHere = [...s.stages.map((st) => st.body), ...s.skipped_stages.map((sk) => sk.body)];
    replayPanel(bodiesHere, s.candidate).then((panel) => { if (panel && out.contains(kids[0] || null)) out.append(panel); })
      .catch((e) => { const box = el("div", { id: "replays" }); showError(box, e); out.append(box); });
  }
  run.addEventListener("click", () => go());
  if (p.get("body")) await go();
}

// The recorded votes of the simulated bodies (`/api/v1/votes`), each replayed under its rule
// (`/api/v1/replay/{vote}`, `comity replay ID --format json`): the recorded tally, what the
// rule needed, and whether the replay agrees with the record (review 19: the UNESCO 2015
// vote could not be seen on the page). The candidate's own votes first. No number here is
// the page's: every one is the API's.
let VOTES = null;
async function replayPanel(bodies, candidate) {
  if (!VOTES) VOTES = await api("/api/v1/votes");
  const votes = VOTES.filter((v) => bodies.includes(v.body))
    .sort((x, y) => (y.candidate === candidate) - (x.candidate === candidate) || String(x.date).localeCompare(String(y.date)));
  if (!votes.length) return null;
  const replays = await Promise.all(votes.map((v) => api(`/api/v1/replay/${encodeURIComponent(v.id)}`).catch((e) => ({ id: v.id, failed: e }))));
  const n = (x) => (x == null ? "not recorded" : String(x));
  const rows = replays.map((r) => {
    if (r.failed) return el("li", { "data-vote": r.id }, el("code", { text: r.id }), ": ", errorBox(r.failed));
    const li = el("li", { class: "replay", "data-vote": r.id },
      el("strong", { text: `${r.date} ${r.body}` }), ` — ${r.motion}`,
      el("div", { class: "replay-tally", text: `Recorded: ${n(r.yes)} yes, ${n(r.no)} no, ${n(r.abstain)} abstain, ${n(r.absent)} absent${r.invalid ? `, ${r.invalid} invalid` : ""}; outcome: ${r.recorded_outcome || "not recorded"}.` }),
      el("div", { class: "replay-rule", text: `Rule${r.rule_applies === false ? " (for reference: the sources do not say which rule governed the vote)" : ""}: ${r.rule}${r.rule_verified === false ? " [rule text not verified]" : ""}${r.rule_applies_verified === false ? " [that this rule governed the vote is not verified]" : ""}.` }),
      el("div", { class: "replay-result", text: `Replayed: ${r.needed != null ? `${r.needed} yes needed of a base of ${r.base}; ` : ""}${r.passed ? "passes" : "fails"}${r.margin != null ? ` (margin ${r.margin})` : ""}${r.vetoed_by ? `; vetoed by ${r.vetoed_by}` : ""}; ${r.agrees_with_record === true ? "agrees with the record" : r.agrees_with_record === false ? "does NOT agree with the record" : "the record has no outcome to compare"}.` }));
    if (r.votes_needed) {
      const v = r.votes_needed;
      li.append(el("div", { class: "muted", text: `To pass: ${v.vetoes_to_turn && v.vetoes_to_turn.length ? `vetoes of ${v.vetoes_to_turn.join(", ")} must turn; ` : ""}${v.no_to_yes} no→yes, ${v.abstain_to_yes} abstain→yes, ${v.absent_to_yes} absent→yes.` }));
    }
    if (r.flags && r.flags.length) li.append(el("div", { class: "muted", text: `flags: ${r.flags.join(", ")}` }));
    if (r.note) li.append(el("div", { class: "muted", text: r.note }));
    for (const src of r.sources || []) li.append(el("div", { class: "source" }, "source: ", safeLink(src)));
    return li;
  });
  return el("div", { id: "replays" }, el("h2", { text: `Recorded votes of ${bodies.join(", ")} (${votes.length}), replayed under their rules` }), el("ul", { class: "timeline" }, ...rows));
}

// ---------------------------------------------------------------- review
async function reviewView(main) {
  document.getElementById("nav-review").setAttribute("aria-current", "page");
  const tokenIn = el("input", { type: "password", id: "token", autocomplete: "off", value: sessionStorage.getItem("comity-token") || "" });
  tokenIn.addEventListener("change", () => sessionStorage.setItem("comity-token", tokenIn.value));
  const list = el("div", { id: "review-list" });
  main.replaceChildren(el("h1", { text: "Review proposed claims" }),
    el("div", { class: "controls" }, el("label", {}, "Write token (printed by `comity serve` on first start)", tokenIn)), list);
  async function load() {
    let q;
    try { q = await api("/api/v1/review"); } catch (e) { showError(list, e); return; }
    if (!q.claims.length) { list.replaceChildren(el("p", { text: "No proposed claims." })); return; }
    list.replaceChildren(el("p", { text: `${q.claims.length} proposed claims` }), ...q.claims.map((c) => {
      const msg = el("span", { class: "msg", "aria-live": "polite" });
      const decide = async (d) => {
        try {
          await api("/api/v1/review", { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer " + tokenIn.value.trim() }, body: JSON.stringify({ decision: d, ids: [c.id] }) });
          msg.replaceChildren(el("span", { class: "status-ok", text: `${d}ed. ` }), el("a", { href: `/pair/${encodeURIComponent(c.subject)}/${encodeURIComponent(c.object)}`, text: "see the timeline" }));
        } catch (e) { showError(msg, e); }
      };
      return el("div", { class: "review-item", "data-claim": c.id },
        el("ul", { class: "timeline" }, claimLine(c)),
        el("div", { class: "muted", text: `confidence ${c.confidence}` }),
        el("div", { class: "actions" }, el("button", { type: "button", class: "accept", text: "Accept", onclick: () => decide("accept") }),
          el("button", { type: "button", class: "reject", text: "Reject", onclick: () => decide("reject") }), msg));
    }));
  }
  await load();
}

async function main() {
  const m = document.getElementById("main");
  const parts = location.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  try {
    try {
      const meta = await api("/api/v1/meta");
      TODAY = meta.today || TODAY;
      POLICIES = meta.policies.map((x) => x.name);
    } catch (_) { /* keep the browser's date */ }
    if (parts[0] === "pair" && parts.length === 3) await pairView(m, parts[1], parts[2]);
    else if (parts[0] === "simulate") await simView(m);
    else if (parts[0] === "review") await reviewView(m);
    else await mapView(m);
    document.body.dataset.ready = "1";
  } catch (e) { showError(m, e); document.body.dataset.ready = "error"; }
}
main();

// A legend entry: the server's text (map.rs legend_label, shared with `comity map`), which says how
// withdrawals, suspensions and disputed withdrawals were counted, so the legend adds up to the totals.
function legendLabel(m, k, label) {
  return (m.legend && m.legend[k]) || label;
}
