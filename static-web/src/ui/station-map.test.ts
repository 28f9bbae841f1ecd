import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latviaOutline } from './latvia-outline';
import { mapHeight, mapWidth, project, stationMap } from './station-map';

describe('the outline of Latvia', () => {
  it('is what the script makes from the shipped Natural Earth data, so nobody edits it by hand', async () => {
    const script = join(process.cwd(), 'scripts', 'latvia-outline.mjs');
    const { outlineSource } = (await import(/* @vite-ignore */ script)) as { outlineSource: () => string };

    expect(readFileSync(join(process.cwd(), 'src', 'ui', 'latvia-outline.ts'), 'utf8')).toBe(outlineSource());
  });

  it('lies within the map, with Riga and Daugavpils inside its frame', () => {
    for (const ring of latviaOutline) for (const [longitude, latitude] of ring) expect(project(latitude, longitude)).not.toBeNull();
    const riga = project(56.9496, 24.1052)!;
    const daugavpils = project(55.8747, 26.5362)!;

    expect(riga[0]).toBeLessThan(daugavpils[0]);
    expect(riga[1]).toBeLessThan(daugavpils[1]);
    expect(Math.max(riga[0], daugavpils[0])).toBeLessThanOrEqual(mapWidth);
    expect(Math.max(riga[1], daugavpils[1])).toBeLessThanOrEqual(mapHeight);
  });
});

describe('stationMap', () => {
  it('draws a point per station inside the frame, each a link with its title, and leaves out the rest', () => {
    const map = stationMap({
      caption: '2 stations',
      label: 'Map',
      stations: [
        { latitude: 56.9496, longitude: 24.1052, title: 'AT-1 – Rīga', href: '/permit?id=1' },
        { latitude: 57.5386, longitude: 25.4264, title: 'AT-2 – Valmiera', href: '/permit?id=2' },
        { latitude: 59.437, longitude: 24.7536, title: 'Tallinn', href: '/permit?id=3' },
      ],
    });

    const links = [...map.querySelectorAll('a.map-station')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/permit?id=1', '/permit?id=2']);
    expect(links.map((link) => link.querySelector('title')?.textContent)).toEqual(['AT-1 – Rīga', 'AT-2 – Valmiera']);
    expect(map.querySelector('svg')?.getAttribute('aria-label')).toBe('Map');
    expect(map.querySelector('figcaption')?.textContent).toBe('2 stations');
  });
});
