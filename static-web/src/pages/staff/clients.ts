// Staff find a client by name (its beginning), registration number, personal code or external id.

import { findClients } from '../../api/staff';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { field } from '../../ui/forms';
import { actionForm, heading, searchInput, staffOr } from './staff-page';

export const staffClientsPage: Page = {
  title: () => t('staff.clientsTitle'),
  render: async (link) => {
    const who = staffOr('staff.clientsTitle', link);
    if ('page' in who) return who.page;
    const query = searchInput();
    const results = h('div', { 'aria-live': 'polite' });
    const search = async () => {
      if (query.value.trim().length < 2) return;
      const found = await findClients(query.value.trim());
      results.replaceChildren(
        found.items.length === 0
          ? h('p', {}, t('staff.noClients'))
          : h(
              'ul',
              { id: 'staff-client-results' },
              found.items.map((client) =>
                h('li', {}, link(`/staff/client?id=${client.id}`, client.name), ` – ${t(`staff.kind.${client.kind}`)}${client.registrationNumber ? ` ${client.registrationNumber}` : ''}`),
              ),
            ),
      );
    };
    return [heading('staff.clientsTitle'), actionForm(t('staff.search'), search, field('clientQuery', t('staff.clientQuery'), query)), results];
  },
};
