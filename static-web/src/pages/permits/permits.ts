// The current client's radio permits, searched by number, station name or place, call sign, frequency and
// service; the stations found on a map of Latvia and as files; shown to a user with the "permits" capability.

import { getPermits, getStations, permitExportUrl, type PermitSearch, type PermitSummary } from '../../api/permits';
import { formatFrequencyRange, formatNumber, missing } from '../../formats';
import { label, language, t, type MessageKey } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { fieldsToCheck } from '../../ui/problem';
import { field, sendingForm } from '../../ui/forms';
import { stationMap } from '../../ui/station-map';
import { pagedTable } from '../../ui/paged-table';
import { statusTag, type Tone } from '../../ui/tag';
import { clientWith } from '../clients/current-client';
import { permitPath, validity } from './permit';

/** How a permit's status reads at a glance; a status the back office adds later is neutral. */
const permitTones: Record<string, Tone> = { valid: 'good', suspended: 'warning', expired: 'ended', cancelled: 'ended' };

/** A permit as a row of the list; its number as the page offers it (a link for the client, text for staff). */
export function permitRow(permit: PermitSummary, number: Node | string): HTMLTableRowElement {
  return h(
    'tr',
    {},
    h('td', {}, number),
    h('td', {}, label('service', permit.serviceKind)),
    h('td', {}, statusTag(label('permits.status', permit.status), permitTones[permit.status] ?? 'neutral')),
    h('td', {}, validity(permit.validFrom, permit.validTo)),
    h('td', {}, permit.callSign ?? missing),
    h('td', { class: 'numeric' }, formatNumber(permit.stations, language())),
    h('td', { class: 'numeric' }, formatFrequencyRange(permit.lowestMHz, permit.highestMHz, language())),
  );
}

export const permitColumns = ['permits.number', 'permits.service', 'invoices.status', 'permits.validity', 'permits.callSign', 'permits.stationCount', 'permits.frequencyRange'] as const;

/** The search form's text fields, by the API's parameter names. */
const searchFields = [
  ['q', 'permits.search.text', 'search'],
  ['callSign', 'permits.callSign', 'search'],
  ['frequencyFrom', 'permits.search.frequencyFrom', 'decimal'],
  ['frequencyTo', 'permits.search.frequencyTo', 'decimal'],
] as const satisfies readonly (readonly [keyof PermitSearch, MessageKey, string])[];

/** A refused search: which fields to check, in the user's language. */
const searchProblem = fieldsToCheck({ ...Object.fromEntries(searchFields.map(([field, label]) => [field, label])), service: 'permits.service' });

/** The stations of the permits found, on the map; none drawn is said in words. */
async function mapOf(clientId: string, search: PermitSearch): Promise<HTMLElement> {
  const { features } = await getStations(clientId, search, language());
  const stations = features.map((feature) => ({
    longitude: feature.geometry.coordinates[0],
    latitude: feature.geometry.coordinates[1],
    title: [feature.properties.permit, feature.properties.station, feature.properties.location].filter(Boolean).join(' – '),
    href: permitPath(feature.properties.permitId),
  }));
  return stationMap({ caption: t('permits.map.caption').replace('{n}', String(stations.length)), label: t('permits.map.label'), stations });
}

export const permitsPage: Page = {
  title: () => t('permits.title'),
  render: async (link) => {
    const who = await clientWith('permits', link, 'permits.title');
    if ('page' in who) return who.page;
    const { client } = who;
    const asked = new URLSearchParams(location.search);
    const service = h(
      'select',
      {},
      h('option', { value: '' }, t('permits.allServices')),
      client.services.map((kind) => h('option', { value: kind, selected: kind === asked.get('service') }, label('service', kind))),
    );
    const inputs = searchFields.map(([name, , kind]) =>
      h('input', kind === 'decimal' ? { type: 'text', inputmode: 'decimal', autocomplete: 'off', value: asked.get(name) ?? '' } : { type: 'search', value: asked.get(name) ?? '' }),
    );
    const currentSearch = (): PermitSearch => ({
      ...(Object.fromEntries(searchFields.map(([name, , kind], i) => [name, kind === 'decimal' ? inputs[i]!.value.trim().replace(',', '.') : inputs[i]!.value.trim()])) as PermitSearch),
      service: service.value,
    });
    let search = currentSearch();
    const list = pagedTable<PermitSummary>({
      id: 'permits-table',
      caption: t('permits.caption'),
      columns: permitColumns,
      none: 'permits.none',
      row: (permit) => permitRow(permit, link(permitPath(permit.id), permit.number)),
      fetch: (continuationToken) => getPermits(client.id, search, continuationToken),
    });
    const exports = h('p', { class: 'exports' });
    const map = h('div', {});
    const show = async (): Promise<void> => {
      await list.load();
      map.replaceChildren(await mapOf(client.id, search));
      exports.replaceChildren(
        t('permits.export'),
        ' ',
        ...(['csv', 'geojson', 'kml'] as const).flatMap((format, i) => [
          i > 0 ? ', ' : '',
          h('a', { href: permitExportUrl(client.id, search, format, language()), download: '' }, t(`permits.export.${format}`)),
        ]),
      );
    };
    const form = sendingForm(
      h('div', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit', class: 'primary' }, t('permits.search.submit')),
      async () => {
        search = currentSearch();
        // The search is kept in the address, so a reload or a link back shows the same list.
        const query = new URLSearchParams(Object.entries(search).filter(([, value]) => value)).toString();
        history.replaceState(history.state, '', query ? `/permits?${query}` : '/permits');
        await show();
      },
      searchProblem,
      h(
        'div',
        { class: 'filters' },
        ...searchFields.map(([name, labelKey], i) => field(`permit-${name}`, t(labelKey), inputs[i]!)),
        field('permitService', t('permits.service'), service),
      ),
    );
    await show();
    return [h('h1', { tabindex: '-1' }, t('permits.title')), h('p', {}, client.name), form, ...list.withoutAlert, exports, h('h2', {}, t('permits.map.title')), map];
  },
};
