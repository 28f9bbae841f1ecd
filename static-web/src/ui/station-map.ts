// Stations on a map of Latvia drawn by the app: the country's outline (shipped with the UI, see
// latvia-outline.ts) and a point per station, projected by hand. Nothing is downloaded from elsewhere.
// Each point is a link to its permit, reachable by keyboard, with the station's name as its title;
// the list beside the map carries the same stations for those who do not see it.

import { h, svg } from './dom';
import { latviaOutline } from './latvia-outline';

export interface MapStation {
  latitude: number;
  longitude: number;
  title: string;
  href: string;
}

/** The map's frame in degrees: Latvia with a little room around it. */
const west = 20.8;
const east = 28.4;
const south = 55.6;
const north = 58.2;
/** At Latvia's middle latitude a degree of longitude is this part of a degree of latitude (an equirectangular projection true there). */
const squeeze = Math.cos((57 * Math.PI) / 180);
const scale = 100;

export const mapWidth = Math.round((east - west) * squeeze * scale);
export const mapHeight = Math.round((north - south) * scale);

/** A place in SVG units, to a tenth. */
const xy = (latitude: number, longitude: number): [number, number] => [
  Math.round((longitude - west) * squeeze * scale * 10) / 10,
  Math.round((north - latitude) * scale * 10) / 10,
];

/** Where a place falls on the map (SVG units), or null when it is outside the frame. */
export function project(latitude: number, longitude: number): [number, number] | null {
  return latitude < south || latitude > north || longitude < west || longitude > east ? null : xy(latitude, longitude);
}

function outlinePath(): string {
  return latviaOutline.map((ring) => `M${ring.map(([longitude, latitude]) => xy(latitude, longitude).join(',')).join('L')}Z`).join('');
}

/**
 * The map in a figure with its caption. Stations outside the frame (or without coordinates, which the caller
 * leaves out) are not drawn; the caption says how many are shown. The figure scrolls inside itself if the page
 * is narrower than the drawing's least width.
 */
export function stationMap(options: { caption: string; label: string; stations: readonly MapStation[] }): HTMLElement {
  const points = options.stations.flatMap((station) => {
    const at = project(station.latitude, station.longitude);
    if (!at) return [];
    const link = svg('a', { href: station.href, class: 'map-station' }, svg('title', {}, station.title), svg('circle', { cx: at[0], cy: at[1], r: 4 }));
    return [link];
  });
  const drawing = svg(
    'svg',
    { viewBox: `0 0 ${mapWidth} ${mapHeight}`, class: 'station-map', role: 'group', 'aria-label': options.label },
    svg('path', { d: outlinePath(), class: 'map-land', 'aria-hidden': 'true' }),
    ...points,
  );
  return h('figure', { class: 'map' }, drawing, h('figcaption', {}, options.caption));
}
