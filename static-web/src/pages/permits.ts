// The current client's radio permits: the list (filtered by one of the client's registered services)
// and one permit with its stations and their frequencies. Shown to a user with the "permits"
// capability for the client.

import { ApiProblemError, getJson } from '../api';
import { h } from '../dom';
import { formatCoordinates, formatFrequencyRange, formatNumber, missing } from '../formats';
import { formatDate, label, language, t, type MessageKey } from '../i18n';
import type { Link, Page } from '../router';
import { clientWith } from './clients';
import { pagedTable, type PageOf } from './paged-table';

interface PermitSummary {
  id: string;
  number: string;
  serviceKind: string;
  status: string;
  validFrom: string;
  validTo: string | null;
  callSign: string | null;
  stations: number;
  lowestMHz: number;
  highestMHz: number;
}

interface Frequency {
  frequencyMHz: number | null;
  bandwidthKHz: number | null;
  emission: string | null;
  powerW: number | null;
  direction: string | null;
}

interface Station {
  name: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  antennaHeightM: number | null;
  antennaGainDbi: number | null;
  azimuthDeg: number | null;
  polarization: string | null;
  equipment: string | null;
  frequencies: Frequency[] | null;
}

interface PermitDetails {
  id: string;
  number: string;
  serviceKind: string;
  status: string;
  validFrom: string;
  validTo: string | null;
  callSign: string | null;
  stations: Station[] | null;
}

const measure = (value: number | null, unit = ''): string | null => (value === null || value === undefined ? null : `${formatNumber(value, language())}${unit}`);

function validity(from: string, to: string | null): string {
  return to ? `${formatDate(from)} – ${formatDate(to)}` : t('permits.openEnded').replace('{date}', formatDate(from));
}

/** A definition list of the fields that have a value (as the staff pages show a record); none when no field has one. */
function detailsList(id: string | undefined, rows: [MessageKey, string | null][]): HTMLElement | null {
  const present = rows.filter(([, value]) => value !== null && value !== '');
  return present.length === 0 ? null : h('dl', { class: 'terms-meta', id }, present.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value!)]));
}

export const permitsPage: Page = {
  title: () => t('permits.title'),
  render: async (link) => {
    const who = await clientWith('permits', link, 'permits.title');
    if ('page' in who) return who.page;
    const { client } = who;
    const base = `/api/clients/${encodeURIComponent(client.id)}/permits`;
    const asked = new URLSearchParams(location.search).get('service') ?? '';
    const service = h(
      'select',
      { id: 'permitService', name: 'service', class: 'filter' },
      h('option', { value: '' }, t('permits.allServices')),
      client.services.map((kind) => h('option', { value: kind, selected: kind === asked }, label('service', kind))),
    );
    const list = pagedTable<PermitSummary>({
      id: 'permits-table',
      caption: t('permits.caption'),
      columns: ['permits.number', 'permits.service', 'invoices.status', 'permits.validity', 'permits.callSign', 'permits.stationCount', 'permits.frequencyRange'],
      none: 'permits.none',
      row: (permit) =>
        h(
          'tr',
          {},
          h('td', {}, link(`/permit?id=${encodeURIComponent(permit.id)}`, permit.number)),
          h('td', {}, label('service', permit.serviceKind)),
          h('td', {}, label('permits.status', permit.status)),
          h('td', {}, validity(permit.validFrom, permit.validTo)),
          h('td', {}, permit.callSign ?? missing),
          h('td', { class: 'numeric' }, formatNumber(permit.stations, language())),
          h('td', { class: 'numeric' }, formatFrequencyRange(permit.lowestMHz, permit.highestMHz, language())),
        ),
      fetch: (token) => {
        const query = new URLSearchParams();
        if (service.value) query.set('service', service.value);
        if (token) query.set('continuationToken', token);
        const text = query.toString();
        return getJson<PageOf<PermitSummary>>(text ? `${base}?${text}` : base);
      },
    });
    service.addEventListener('change', () => {
      // The filter is kept in the address, so a reload or a link back shows the same list.
      history.replaceState(history.state, '', service.value ? `/permits?service=${encodeURIComponent(service.value)}` : '/permits');
      void list.reload();
    });
    await list.load();
    return [
      h('h1', { tabindex: '-1' }, t('permits.title')),
      h('p', {}, client.name),
      h('div', { class: 'field' }, h('label', { for: 'permitService' }, t('permits.service')), service),
      ...list.nodes,
    ];
  },
};

function stationSection(station: Station, index: number): HTMLElement {
  const name = station.name ?? t('permit.station').replace('{n}', String(index + 1));
  const titleId = `station-${index + 1}-title`;
  const frequencies = station.frequencies ?? [];
  return h(
    'section',
    { class: 'station', 'aria-labelledby': titleId, 'data-station': String(index + 1) },
    h('h3', { id: titleId }, name),
    detailsList(undefined, [
      ['permit.location', station.location],
      ['permit.coordinates', formatCoordinates(station.latitude ?? null, station.longitude ?? null)],
      ['permit.antennaHeight', measure(station.antennaHeightM, '\u00a0m')],
      ['permit.antennaGain', measure(station.antennaGainDbi, '\u00a0dBi')],
      ['permit.azimuth', measure(station.azimuthDeg, '°')],
      ['permit.polarization', station.polarization ? label('permit.polarization', station.polarization) : null],
      ['permit.equipment', station.equipment],
    ]),
    frequencies.length === 0
      ? h('p', {}, t('permit.noFrequencies'))
      : h(
          'table',
          { class: 'frequencies', id: `station-${index + 1}-frequencies` },
          h('caption', {}, t('permit.frequenciesCaption').replace('{station}', name)),
          h(
            'thead',
            {},
            h('tr', {}, ...(['permit.frequency', 'permit.bandwidth', 'permit.emission', 'permit.power', 'permit.direction'] as const).map((key) => h('th', { scope: 'col' }, t(key)))),
          ),
          h(
            'tbody',
            {},
            frequencies.map((frequency) =>
              h(
                'tr',
                {},
                h('td', { class: 'numeric' }, measure(frequency.frequencyMHz) ?? missing),
                h('td', { class: 'numeric' }, measure(frequency.bandwidthKHz) ?? missing),
                h('td', {}, frequency.emission ?? missing),
                h('td', { class: 'numeric' }, measure(frequency.powerW) ?? missing),
                h('td', {}, frequency.direction ? label('permit.direction', frequency.direction) : missing),
              ),
            ),
          ),
        ),
  );
}

function permitNotFound(link: Link): (Node | null)[] {
  return [h('h1', { tabindex: '-1' }, t('notFound.title')), h('p', {}, t('notFound.body')), h('p', {}, link('/permits', t('permit.back')))];
}

export const permitPage: Page = {
  title: () => t('permit.title'),
  render: async (link) => {
    const who = await clientWith('permits', link, 'permit.title');
    if ('page' in who) return who.page;
    const id = new URLSearchParams(location.search).get('id') ?? '';
    if (!id) return permitNotFound(link);
    let permit: PermitDetails;
    try {
      permit = await getJson<PermitDetails>(`/api/clients/${encodeURIComponent(who.client.id)}/permits/${encodeURIComponent(id)}`);
    } catch (failure) {
      if (failure instanceof ApiProblemError && failure.problem.status === 404) return permitNotFound(link);
      throw failure;
    }
    const stations = permit.stations ?? [];
    return [
      h('h1', { tabindex: '-1' }, t('permit.heading').replace('{number}', permit.number)),
      h('p', {}, who.client.name),
      detailsList('permit-details', [
        ['permits.number', permit.number],
        ['permits.service', label('service', permit.serviceKind)],
        ['invoices.status', label('permits.status', permit.status)],
        ['permit.validFrom', formatDate(permit.validFrom)],
        ['permit.validTo', permit.validTo ? formatDate(permit.validTo) : t('permit.noEnd')],
        ['permits.callSign', permit.callSign],
      ]),
      h('h2', { id: 'stations-title' }, t('permit.stations')),
      ...(stations.length === 0 ? [h('p', {}, t('permit.noStations'))] : stations.map(stationSection)),
      h('p', {}, link('/permits', t('permit.back'))),
    ];
  },
};
