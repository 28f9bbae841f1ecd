// One of the current client's permits with its stations and their frequencies; shown to a user with
// the "permits" capability for the client.

import { ApiProblemError } from '../../api/http';
import { getPermit, type PermitDetails, type Station } from '../../api/permits';
import { formatCoordinates, formatNumber, missing } from '../../formats';
import { formatDate, label, language, t } from '../../i18n';
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

function stationSection(station: Station, index: number): HTMLElement {
  const name = station.name ?? t('permit.station').replace('{n}', String(index + 1));
  const titleId = `station-${index + 1}-title`;
  const frequencies = station.frequencies ?? [];
  return h(
    'section',
    { class: 'station', 'aria-labelledby': titleId, 'data-station': String(index + 1) },
    h('h3', { id: titleId }, name),
    detailsList([
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
      h('h2', { id: 'stations-title' }, t('permit.stations')),
      ...(stations.length === 0 ? [h('p', {}, t('permit.noStations'))] : stations.map(stationSection)),
      h('p', {}, link('/permits', t('permit.back'))),
    ];
  },
};
