// Projects the world-atlas country shapes once and writes treatywatch/charts/data/world.json,
// so neither the site nor CI needs Node. Run: npm install && node build_world.mjs
// Deterministic: the same package versions give a byte-identical file. See README.md.

import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { geoArea, geoEqualEarth, geoPath } from "d3-geo";
import { feature, transform } from "topojson-client";

const require = createRequire(import.meta.url);
const OUTPUT = fileURLToPath(new URL("../../treatywatch/charts/data/world.json", import.meta.url));
const WIDTH = 960;
// A border point closer than this (in pixels of the 960-wide map) to the line through its
// neighbours is dropped: invisible at any size the page shows, and it halves the file.
const TOLERANCE = 0.2;
// Path coordinates are snapped to tenths of a pixel.
const GRID = 10;
// Antarctica is no state's territory; leaving it out gives the inhabited world more room.
const LEFT_OUT = new Set(["010"]);
// Natural Earth draws these de facto entities without an ISO code. The UN counts them as
// part of a member state, and a treaty binds a state in its whole territory, so they take
// that state's colour. Other shapes without a code stay neutral (see README.md).
const PART_OF_STATE = { Somaliland: "706", "N. Cyprus": "196" };

const atlasVersion = require("world-atlas/package.json").version;
const medium = loadAtlas("countries-50m.json");
const large = loadAtlas("countries-10m.json");
const shapes = [...medium.shapes, ...missingFrom(medium.shapes, large.shapes)];
const projection = geoEqualEarth().fitWidth(WIDTH, collection(shapes.map((s) => s.original)));
const height = Math.ceil(geoPath(projection).bounds(collection(shapes.map((s) => s.original)))[1][1]);
for (const atlas of [medium, large]) addSimplified(atlas);

writeFileSync(OUTPUT, JSON.stringify(worldFile(shapes)) + "\n");
console.log(`wrote ${OUTPUT}: ${shapes.length} atlas features, viewBox 0 0 ${WIDTH} ${height}`);

function loadAtlas(fileName) {
  const topology = require(`world-atlas/${fileName}`);
  const shapes = feature(topology, topology.objects.countries)
    .features.map((original, index) => ({ key: keyOf(original), scale: fileName, index, original }))
    .filter((shape) => !LEFT_OUT.has(shape.key));
  return { topology, shapes };
}

function keyOf(shape) {
  if (shape.id !== undefined) return shape.id;
  return PART_OF_STATE[shape.properties.name] ?? `x-${slug(shape.properties.name)}`;
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

// States too small for the 1:50m file (Tuvalu) are taken from the 1:10m one.
function missingFrom(primary, fallback) {
  const known = new Set(primary.map((shape) => shape.key));
  return fallback.filter((shape) => !known.has(shape.key) && !shape.key.startsWith("x-"));
}

function collection(features) {
  return { type: "FeatureCollection", features };
}

// Simplifying the topology's arcs, not each country's rings, keeps a border shared by two
// countries identical on both sides, so no gaps or overlaps open between neighbours.
function addSimplified(atlas) {
  const decode = transform(atlas.topology.transform);
  const arcs = atlas.topology.arcs.map((arc) => simplified(arc.map((point, i) => decode(point, i))));
  const topology = { ...atlas.topology, transform: null, arcs };
  const features = feature(topology, topology.objects.countries).features;
  for (const shape of atlas.shapes) shape.simplified = uninverted(features[shape.index], shape.original);
}

// d3-geo reads a ring's winding on the sphere: an island that simplification squashed to a
// line or turned inside out would cover the whole globe. Such a polygon keeps its original.
function uninverted(simplifiedShape, original) {
  const before = polygonsOf(original);
  const polygons = polygonsOf(simplifiedShape).map((polygon, i) =>
    geoArea(polygon) > 2 * Math.PI && geoArea(before[i]) < 2 * Math.PI ? before[i] : polygon
  );
  const geometry = { type: "MultiPolygon", coordinates: polygons.map((p) => p.coordinates) };
  return { ...simplifiedShape, geometry };
}

// Douglas-Peucker in projected pixels; an arc's two ends are always kept.
function simplified(points) {
  const projected = points.map((point) => projection(point));
  const keep = points.map((_, i) => i === 0 || i === points.length - 1);
  const spans = [[0, points.length - 1]];
  while (spans.length > 0) {
    const [first, last] = spans.pop();
    const [farthest, distance] = farthestPoint(projected, first, last);
    if (distance <= TOLERANCE) continue;
    keep[farthest] = true;
    spans.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i]);
}

function farthestPoint(points, first, last) {
  let farthest = first;
  let distance = 0;
  for (let i = first + 1; i < last; i++) {
    const d = distanceToSegment(points[i], points[first], points[last]);
    if (d > distance) [farthest, distance] = [i, d];
  }
  return [farthest, distance];
}

function distanceToSegment([x, y], [x1, y1], [x2, y2]) {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

function worldFile(allShapes) {
  const byKey = new Map();
  for (const shape of allShapes) byKey.set(shape.key, [...(byKey.get(shape.key) ?? []), shape]);
  const entries = [...byKey.keys()].sort().map((key) => [key, shapeEntry(byKey.get(key))]);
  return {
    source: `world-atlas ${atlasVersion}: Natural Earth Admin 0 countries, 1:50m (1:10m for states missing at 1:50m)`,
    projection: "Equal Earth",
    viewBox: [0, 0, WIDTH, height],
    shapes: Object.fromEntries(entries),
  };
}

// Several atlas features can share a key (Australia and the Ashmore and Cartier Islands).
// Area and centroid come from the unsimplified shapes, so a tiny state keeps its true size.
function shapeEntry(parts) {
  const path = geoPath(projection);
  const largest = parts
    .flatMap((part) => polygonsOf(part.original))
    .reduce((best, polygon) => (path.area(polygon) > path.area(best) ? polygon : best));
  return {
    name: parts[0].original.properties.name,
    scale: parts[0].scale.replace("countries-", "").replace(".json", ""),
    d: parts.map((part) => svgPath(part.simplified)).join(""),
    // The dot for a small state sits in its largest piece, not between scattered islands.
    centroid: path.centroid(largest).map(tenths),
    area: tenths(parts.reduce((sum, part) => sum + path.area(part.original), 0)),
  };
}

function polygonsOf(shape) {
  const { type, coordinates } = shape.geometry;
  const polygons = type === "Polygon" ? [coordinates] : coordinates;
  return polygons.map((rings) => ({ type: "Polygon", coordinates: rings }));
}

function tenths(value) {
  return Math.round(value * 10) / 10;
}

function svgPath(shape) {
  const writer = pathWriter();
  geoPath(projection, writer)(shape);
  return writer.result();
}

// Absolute moves, relative lines between points snapped to the grid: short to write, and
// a shared border snaps to the same points from both sides.
function pathWriter() {
  let out = "";
  let last = null;
  let start = null;
  let drawing = false;
  return {
    moveTo(x, y) {
      last = start = snapped(x, y);
      out += `M${number(last[0])}${signed(last[1])}`;
      drawing = false;
    },
    lineTo(x, y) {
      const point = snapped(x, y);
      if (point[0] === last[0] && point[1] === last[1]) return;
      // After the first "l", further pairs of numbers are lines too (SVG implicit commands).
      out += drawing ? signed(point[0] - last[0]) : `l${number(point[0] - last[0])}`;
      out += signed(point[1] - last[1]);
      drawing = true;
      last = point;
    },
    closePath() {
      out += "z";
      last = start;
      drawing = false;
    },
    result() {
      return out;
    },
  };
}

function snapped(x, y) {
  return [Math.round(x * GRID), Math.round(y * GRID)];
}

function number(gridValue) {
  return (gridValue / GRID).toString().replace(/^(-?)0\./, "$1.");
}

// A minus sign separates two numbers by itself; a positive number needs a space.
function signed(gridValue) {
  const text = number(gridValue);
  return text.startsWith("-") ? text : ` ${text}`;
}
