// The current client's radio permits, filtered by one of the client's registered services; shown to
// a user with the "permits" capability for the client.

import { getPermits, type PermitSummary } from '../../api/permits';
import { formatFrequencyRange, formatNumber, missing } from '../../formats';
import { label, language, t } from '../../i18n';
import type { Link, Page } from '../../router';
import { h } from '../../ui/dom';
import { pagedTable } from '../../ui/paged-table';
import { statusTag, type Tone } from '../../ui/tag';
import { clientWith } from '../clients/current-client';
import { permitPath, validity } from './permit';

/** How a permit's status reads at a glance; a status the back office adds later is neutral. */
const permitTones: Record<string, Tone> = { valid: 'good', suspended: 'warning', expired: 'ended', cancelled: 'ended' };

function permitRow(link: Link, permit: PermitSummary): HTMLTableRowElement {
  return h(
    'tr',
    {},
    h('td', {}, link(permitPath(permit.id), permit.number)),
    h('td', {}, label('service', permit.serviceKind)),
    h('td', {}, statusTag(label('permits.status', permit.status), permitTones[permit.status] ?? 'neutral')),
    h('td', {}, validity(permit.validFrom, permit.validTo)),
    h('td', {}, permit.callSign ?? missing),
    h('td', { class: 'numeric' }, formatNumber(permit.stations, language())),
    h('td', { class: 'numeric' }, formatFrequencyRange(permit.lowestMHz, permit.highestMHz, language())),
  );
}

export const permitsPage: Page = {
  title: () => t('permits.title'),
  render: async (link) => {
    const who = await clientWith('permits', link, 'permits.title');
    if ('page' in who) return who.page;
    const { client } = who;
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
      row: (permit) => permitRow(link, permit),
      fetch: (continuationToken) => getPermits(client.id, { service: service.value, continuationToken }),
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
