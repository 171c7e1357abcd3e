// Draws the region's map once, from Natural Earth's borders, into the file the build reads:
// src/main/resources/map/region.json (SVG path data per country, in a fixed frame, with a point
// for each country's number). Not run by the build: the borders change only with a new Natural
// Earth release. To run it again (README, "The map"):
//
//   npm install --no-save world-atlas@2.0.2 topojson-client@3.1.0
//   node src/build/map/region-map.mjs
//
// Natural Earth is in the public domain; world-atlas (its TopoJSON edition) and topojson-client are
// under the ISC licence. Nothing of them ships: only the paths this script writes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

// ISO 3166 numeric → alpha-2, for the countries the Mission works in and their neighbours it names.
const COUNTRIES = { 398: 'KZ', 417: 'KG', 860: 'UZ', 762: 'TJ', 795: 'TM', 112: 'BY', 643: 'RU', 496: 'MN' };
// The frame, in degrees: from Belarus to Mongolia's east; Russia beyond it is cut at the edge.
const WEST = 22, EAST = 122, SOUTH = 35, NORTH = 70;
const WIDTH = 800;
// A plain equirectangular projection stretched for the region's middle latitude: readable, and
// honest enough for a map whose job is to say where, not how large.
const K = Math.cos((50 * Math.PI) / 180);
const SCALE = WIDTH / ((EAST - WEST) * K);
const HEIGHT = Math.round((NORTH - SOUTH) * SCALE);
const TOLERANCE = 0.8; // px: finer than a phone shows, coarser than the 1:50m data

const project = ([lon, lat]) => [(lon - WEST) * K * SCALE, (NORTH - lat) * SCALE];

/** Sutherland–Hodgman: the part of a ring inside the frame. */
function clip(ring) {
  const edges = [
    (p) => p[0] >= 0, (p) => p[0] <= WIDTH, (p) => p[1] >= 0, (p) => p[1] <= HEIGHT,
  ];
  const cross = [
    (a, b) => [0, a[1] + ((b[1] - a[1]) * (0 - a[0])) / (b[0] - a[0])],
    (a, b) => [WIDTH, a[1] + ((b[1] - a[1]) * (WIDTH - a[0])) / (b[0] - a[0])],
    (a, b) => [a[0] + ((b[0] - a[0]) * (0 - a[1])) / (b[1] - a[1]), 0],
    (a, b) => [a[0] + ((b[0] - a[0]) * (HEIGHT - a[1])) / (b[1] - a[1]), HEIGHT],
  ];
  let out = ring;
  for (let e = 0; e < 4 && out.length; e++) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      const inCur = edges[e](cur), inPrev = edges[e](prev);
      if (inCur) {
        if (!inPrev) out.push(cross[e](prev, cur));
        out.push(cur);
      } else if (inPrev) {
        out.push(cross[e](prev, cur));
      }
    }
  }
  return out;
}

/**
 * Douglas–Peucker on a closed ring: split at the point farthest from the first, so that neither
 * half starts and ends at the same point (GeoJSON closes a ring by repeating its first point).
 */
function simplify(ring) {
  const points = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]
    ? ring.slice(0, -1) : ring;
  if (points.length < 4) return points;
  let far = 1;
  for (let i = 1; i < points.length; i++) {
    if (Math.hypot(points[i][0] - points[0][0], points[i][1] - points[0][1])
        > Math.hypot(points[far][0] - points[0][0], points[far][1] - points[0][1])) far = i;
  }
  return [...simplifyOpen(points.slice(0, far + 1)), ...simplifyOpen([...points.slice(far), points[0]]).slice(1, -1)];
}

function simplifyOpen(points) {
  if (points.length < 3) return points;
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1, index = -1;
    const [ax, ay] = points[a], [bx, by] = points[b];
    const length = Math.hypot(bx - ax, by - ay) || 1;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs((bx - ax) * (ay - points[i][1]) - (ax - points[i][0]) * (by - ay)) / length;
      if (d > worst) { worst = d; index = i; }
    }
    if (worst > TOLERANCE) {
      keep[index] = true;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const area = (ring) => ring.reduce((sum, p, i) => {
  const q = ring[(i + 1) % ring.length];
  return sum + p[0] * q[1] - q[0] * p[1];
}, 0) / 2;

/** The label's point: the centre of the bounding box of the country's largest piece in the frame. */
function labelPoint(rings) {
  const largest = rings.reduce((best, r) => (Math.abs(area(r)) > Math.abs(area(best)) ? r : best));
  const xs = largest.map((p) => p[0]), ys = largest.map((p) => p[1]);
  return [Math.round((Math.min(...xs) + Math.max(...xs)) / 2), Math.round((Math.min(...ys) + Math.max(...ys)) / 2)];
}

const round = (n) => Math.round(n * 10) / 10;
const countries = {};
for (const country of feature(world, world.objects.countries).features) {
  const code = COUNTRIES[Number(country.id)];
  if (!code) continue;
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const rings = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      // Russia's far east crosses 180°; nothing of it east of the frame is drawn anyway.
      const projected = ring.map(([lon, lat]) => project([lon < -150 ? lon + 360 : lon, lat]));
      const clipped = simplify(clip(projected));
      if (clipped.length >= 3 && Math.abs(area(clipped)) >= 4) rings.push(clipped);
    }
  }
  const d = rings.map((r) => 'M' + r.map((p) => `${round(p[0])} ${round(p[1])}`).join('L') + 'Z').join('');
  countries[code] = { path: d, label: labelPoint(rings) };
}

const out = {
  source: 'Natural Earth 1:50m admin-0 countries, version 4.1.0, from world-atlas 2.0.2 (public domain; ISC)',
  made: 'node src/build/map/region-map.mjs',
  width: WIDTH,
  height: HEIGHT,
  countries,
};
mkdirSync('src/main/resources/map', { recursive: true });
writeFileSync('src/main/resources/map/region.json', JSON.stringify(out, null, 1) + '\n');
console.log(`region.json: ${Object.keys(countries).join(', ')}, ${WIDTH}×${HEIGHT}, ${JSON.stringify(out).length} bytes`);
