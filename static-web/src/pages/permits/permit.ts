// One of the current client's permits with its stations and their frequencies; shown to a user with
// the "permits" capability for the client.

import { ApiProblemError } from '../../api/http';
import { getPermit, getPermitHistory, permitDocumentUrl, type PermitDetails, type PermitVersion, type Station } from '../../api/permits';
import { formatCoordinates, formatNumber, missing } from '../../formats';
import { formatDate, label, language, t, type MessageKey } from '../../i18n';
import type { Link, Page } from '../../router';
import { detailsList } from '../../ui/details-list';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';
import { clientWith } from '../clients/current-client';

export const permitPath = (id: string): string => `/permit?id=${encodeURIComponent(id)}`;

const measure = (value: number | null, unit = ''): string | null => (value === null || value === undefined ? null : `${formatNumber(value, language())}${unit}`);

export function validity(from: string, to: string | null): string {
  return to ? `${formatDate(from)} – ${formatDate(to)}` : t('permits.openEnded').replace('{date}', formatDate(from));
}

/** A group of a station's parameters under its heading; nothing when none of them has a value. */
function group(heading: MessageKey, rows: [MessageKey, string | null | undefined][]): HTMLElement[] {
  const list = detailsList(rows);
  return list ? [h('h4', {}, t(heading)), list] : [];
}

/** Where a changed parameter is, in words: "Station 2, frequency 1: Power, W". */
function changedField(path: string): string {
  const where: string[] = [];
  for (const [, part, index] of path.matchAll(/(stations|frequencies)\[(\d+)\]/g)) {
    where.push(t(part === 'stations' ? 'permit.station' : 'permit.frequencyN').replace('{n}', String(Number(index) + 1)));
  }
  const name = path.slice(path.lastIndexOf('.') + 1);
  const key = changedLabels[name];
  return [...where, key ? t(key) : name].join(', ');
}

const changedLabels: Record<string, MessageKey> = {
  number: 'permits.number',
  serviceKind: 'permits.service',
  status: 'invoices.status',
  validFrom: 'permit.validFrom',
  validTo: 'permit.validTo',
  callSign: 'permits.callSign',
  name: 'permit.stationName',
  location: 'permit.location',
  latitude: 'permit.latitude',
  longitude: 'permit.longitude',
  antennaHeightM: 'permit.antennaHeight',
  antennaGainDbi: 'permit.antennaGain',
  azimuthDeg: 'permit.azimuth',
  polarization: 'permit.polarization',
  equipment: 'permit.equipment',
  frequencyMHz: 'permit.frequency',
  bandwidthKHz: 'permit.bandwidth',
  emission: 'permit.emission',
  powerW: 'permit.power',
  direction: 'permit.direction',
};

/** The versions kept, newest first, each with what changed from the one before. */
function historySection(versions: PermitVersion[]): HTMLElement {
  const items = versions.map((version, i) =>
    h(
      'li',
      {},
      h('strong', {}, t('permit.history.version').replace('{n}', String(version.version))),
      version.recordedAt ? ` (${formatDate(version.recordedAt.slice(0, 10))})` : '',
      version.changes.length === 0
        ? h('p', { class: 'hint' }, t(i === versions.length - 1 ? 'permit.history.first' : 'permit.history.unchanged'))
        : h('ul', {}, version.changes.map((change) => h('li', {}, `${changedField(change.field)}: ${change.before ?? '–'} → ${change.after ?? '–'}`))),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, t('permit.history.title')),
    items.length === 0 ? h('p', {}, t('permit.history.none')) : h('ol', { class: 'history' }, items),
  );
}

/** The signed e-permit to download, and what it is worth on paper. */
function documentSection(clientId: string, permit: PermitDetails): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'document-title' },
    h('h2', { id: 'document-title' }, t('permit.document.title')),
    h('p', {}, h('a', { href: permitDocumentUrl(clientId, permit.id), download: '' }, t(permit.document === 'edoc' ? 'permit.document.edoc' : 'permit.document.pdf').replace('{number}', permit.number))),
    h('p', { class: 'hint' }, t('permit.document.legalForce')),
  );
}

function stationSection(station: Station, index: number): HTMLElement {
  const name = station.name ?? t('permit.station').replace('{n}', String(index + 1));
  const titleId = `station-${index + 1}-title`;
  const frequencies = station.frequencies ?? [];
  return h(
    'section',
    { class: 'station', 'aria-labelledby': titleId, 'data-station': String(index + 1) },
    h('h3', { id: titleId }, name),
    ...group('permit.group.site', [
      ['permit.location', station.location],
      ['permit.coordinates', formatCoordinates(station.latitude ?? null, station.longitude ?? null)],
    ]),
    ...group('permit.group.antenna', [
      ['permit.antennaHeight', measure(station.antennaHeightM, '\u00a0m')],
      ['permit.antennaGain', measure(station.antennaGainDbi, '\u00a0dBi')],
      ['permit.azimuth', measure(station.azimuthDeg, '°')],
      ['permit.polarization', station.polarization ? label('permit.polarization', station.polarization) : null],
    ]),
    ...group('permit.group.equipment', [['permit.equipment', station.equipment]]),
    h('h4', {}, t('permit.group.frequencies')),
    frequencies.length === 0
      ? h('p', {}, t('permit.noFrequencies'))
      : dataTable(
          {
            id: `station-${index + 1}-frequencies`,
            caption: t('permit.frequenciesCaption').replace('{station}', name),
            columns: ['permit.frequency', 'permit.bandwidth', 'permit.emission', 'permit.power', 'permit.direction'],
          },
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
      permit = await getPermit(who.client.id, id);
    } catch (failure) {
      if (failure instanceof ApiProblemError && failure.problem.status === 404) return permitNotFound(link);
      throw failure;
    }
    const stations = permit.stations ?? [];
    const mayDownload = who.client.capabilities.includes('e-permits');
    const history = await getPermitHistory(who.client.id, id).then((found) => found.versions, () => null);
    return [
      h('h1', { tabindex: '-1' }, t('permit.heading').replace('{number}', permit.number)),
      h('p', {}, who.client.name),
      detailsList(
        [
          ['permits.number', permit.number],
          ['permits.service', label('service', permit.serviceKind)],
          ['invoices.status', label('permits.status', permit.status)],
          ['permit.validFrom', formatDate(permit.validFrom)],
          ['permit.validTo', permit.validTo ? formatDate(permit.validTo) : t('permit.noEnd')],
          ['permits.callSign', permit.callSign],
        ],
        'permit-details',
      ),
      permit.document && mayDownload ? documentSection(who.client.id, permit) : null,
      h('h2', { id: 'stations-title' }, t('permit.stations')),
      ...(stations.length === 0 ? [h('p', {}, t('permit.noStations'))] : stations.map(stationSection)),
      history ? historySection(history) : null,
      h('p', {}, link('/permits', t('permit.back'))),
    ];
  },
};
