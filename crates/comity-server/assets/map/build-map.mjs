// Builds world.json (the map shapes comity draws) from Natural Earth data.
//
// How world.json was produced (once, by hand; nothing is downloaded at build or run time):
//
//   mkdir /tmp/wa && cd /tmp/wa && npm init -y && npm install world-atlas@2.0.2 topojson-client@3.1.0
//   node /path/to/comity/crates/comity-server/assets/map/build-map.mjs \
//        /tmp/wa/node_modules \
//        ../shared/data/maps/ne_50m_admin_0_breakaway_disputed_areas.geojson \
//        > crates/comity-server/assets/map/world.json
//
// Inputs: world-atlas 2.0.2 `countries-50m.json` (ISC licence, see LICENSE-world-atlas; the
// shapes are Natural Earth 1:50m admin-0, public domain) and the Natural Earth 1:50m
// breakaway/disputed areas layer (public domain), of which only Abkhazia, South Ossetia,
// Transnistria and Artsakh are kept (the others are either features of world-atlas already
// or regions that no actor in comity stands for).
//
// Output: {"width", "height", "features": [{"n3", "name", "overlay", "d", "cx", "cy", "area"}]}
// projected with the Natural Earth I projection into a width×height box, coordinates rounded
// to 0.1 unit; `n3` is the ISO 3166-1 numeric code (null for Kosovo, N. Cyprus, Somaliland and
// the breakaway areas: comity keys those by name), `area` the projected area in square units
// (the server draws a dot where it is too small to see), `cx,cy` the centre of the largest ring.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [modules, breakaway] = process.argv.slice(2);
const require = createRequire(modules + "/");
const topojson = require("topojson-client");
const topo = JSON.parse(readFileSync(modules + "/world-atlas/countries-50m.json", "utf8"));
const countries = topojson.feature(topo, topo.objects.countries).features;
const brk = JSON.parse(readFileSync(breakaway, "utf8")).features;

const KEEP = { B35: "Abkhazia", B37: "South Ossetia", B36: "Transnistria", B38: "Artsakh" };
const WIDTH = 1000;
// Natural Earth I (Šavrič, Jenny, Patterson, Petrovič, Hurni 2011).
function ne1(lon, lat) {
  const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180;
  const p2 = p * p, p4 = p2 * p2, p6 = p4 * p2, p8 = p4 * p4, p10 = p8 * p2, p12 = p6 * p6;
  const x = l * (0.8707 - 0.131979 * p2 - 0.013791 * p4 + 0.003971 * p10 - 0.001529 * p12);
  const y = p * (1.007226 + 0.015085 * p2 - 0.044475 * p6 + 0.028874 * p8 - 0.005916 * p10);
  return [x, y];
}
const [xmax] = ne1(180, 0);
const [, ytop] = ne1(0, 84);
const [, ybot] = ne1(0, -58);
const scale = WIDTH / (2 * xmax);
const HEIGHT = Math.round((ytop - ybot) * scale);
const proj = (lon, lat) => {
  const [x, y] = ne1(lon, Math.max(-58, Math.min(84, lat)));
  return [(x + xmax) * scale, (ytop - y) * scale];
};
const r1 = (v) => Math.round(v * 10) / 10;

function rings(geom) {
  if (!geom) return [];
  if (geom.type === "Polygon") return geom.coordinates;
  if (geom.type === "MultiPolygon") return geom.coordinates.flat();
  return [];
}
function build(name, n3, geom, overlay) {
  let d = "", area = 0, best = { a: -1, cx: 0, cy: 0 };
  // Rings that cross the antimeridian (Russia's Chukotka, Fiji, the Aleutians) are made
  // continuous in longitude and drawn twice, shifted by 360°; the map box clips the excess.
  const all = [];
  for (const ring of rings(geom)) {
    const un = [];
    let off = 0;
    for (let i = 0; i < ring.length; i++) {
      if (i > 0) {
        const d = ring[i][0] - ring[i - 1][0];
        if (d > 180) off -= 360;
        else if (d < -180) off += 360;
      }
      un.push([ring[i][0] + off, ring[i][1]]);
    }
    all.push(un);
    const lo = Math.min(...un.map((p) => p[0])), hi = Math.max(...un.map((p) => p[0]));
    if (hi > 180) all.push(un.map(([x, y]) => [x - 360, y]));
    if (lo < -180) all.push(un.map(([x, y]) => [x + 360, y]));
  }
  for (const ring of all) {
    const pts = [];
    for (const [lon, lat] of ring) {
      if (lat < -58) continue;
      const [x, y] = proj(lon, lat).map(r1);
      const last = pts[pts.length - 1];
      if (!last || last[0] !== x || last[1] !== y) pts.push([x, y]);
    }
    if (pts.length < 3) continue;
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i < pts.length; i++) {
      const [x0, y0] = pts[i], [x1, y1] = pts[(i + 1) % pts.length];
      const c = x0 * y1 - x1 * y0;
      a += c; cx += (x0 + x1) * c; cy += (y0 + y1) * c;
    }
    a /= 2;
    const abs = Math.abs(a);
    area += abs;
    if (abs > best.a) {
      best = abs > 1e-9 ? { a: abs, cx: cx / (6 * a), cy: cy / (6 * a) } : { a: abs, cx: pts[0][0], cy: pts[0][1] };
    }
    d += "M" + pts.map(([x, y]) => `${x} ${y}`).join("L") + "Z";
  }
  if (!d) return null;
  return { n3, name, overlay, d, cx: r1(best.cx), cy: r1(best.cy), area: Math.round(area * 100) / 100 };
}
const out = [];
for (const f of countries) {
  if (f.properties.name === "Antarctica") continue;
  const b = build(f.properties.name, f.id ?? null, f.geometry, false);
  if (b) out.push(b);
}
for (const f of brk) {
  const name = KEEP[f.properties.BRK_A3];
  if (!name) continue;
  const b = build(name, null, f.geometry, true);
  if (b) out.push(b);
}
// Natural Earth 1:50m admin-0 has no polygon for these two UN-recognised states: a point at
// the capital (Funafuti 8.52°S 179.20°E; Vatican City 41.90°N 12.45°E) so they get a dot.
for (const [name, n3, lon, lat] of [["Tuvalu", "798", 179.2, -8.52], ["Vatican", "336", 12.45, 41.9]]) {
  const [x, y] = proj(lon, lat).map(r1);
  out.push({ n3, name, overlay: false, d: "", cx: x, cy: y, area: 0 });
}
process.stdout.write(JSON.stringify({ width: WIDTH, height: HEIGHT, features: out }) + "\n");
