// One client for staff: what it is, whether its admins may invite representatives themselves, and
// its representatives (one may be removed).

import { getStaffClient, removeClientRepresentative, setSelfServiceInvitations, type StaffClient, type StaffRepresentative } from '../../api/staff';
import { label, t } from '../../i18n';
import type { Page } from '../../router';
import { detailsList } from '../../ui/details-list';
import { h } from '../../ui/dom';
import { scopeList } from '../../ui/scopes';
import { dataTable } from '../../ui/table';
import { actionForm, staffOr } from './staff-page';

function clientDetails(client: StaffClient): HTMLElement | null {
  return detailsList([
    ['staff.clientKind', t(`staff.kind.${client.kind}`)],
    ['staff.registrationNumber', client.registrationNumber],
    ['staff.externalId', client.externalId],
    ['staff.billingArrangement', client.billingArrangement ? label('billing', client.billingArrangement) : null],
    ['staff.services', client.services.map((service) => label('service', service)).join(', ')],
  ]);
}

function representativeRow(clientId: string, person: StaffRepresentative, result: HTMLElement): HTMLTableRowElement {
  const row = h('tr', {}, h('td', {}, `${person.firstName} ${person.lastName}`), h('td', {}, person.email), h('td', {}, scopeList(person.scopes)), h('td', {}));
  row.lastElementChild!.append(
    actionForm(`${t('staff.removeRepresentative')} ${person.firstName} ${person.lastName}`, async () => {
      await removeClientRepresentative(clientId, person.userId);
      row.remove();
      result.replaceChildren(h('p', { class: 'notice' }, t('staff.representativeRemoved')));
    }),
  );
  return row;
}

export const staffClientPage: Page = {
  title: () => t('staff.clientTitle'),
  render: async (link) => {
    const who = staffOr('staff.clientTitle', link);
    if ('page' in who) return who.page;
    const id = new URLSearchParams(location.search).get('id') ?? '';
    const { client, representatives } = await getStaffClient(id);
    const result = h('div', { role: 'status' });
    const selfService = h('input', { type: 'checkbox', id: 'selfServiceInvitations', name: 'selfServiceInvitations' });
    selfService.checked = client.selfServiceInvitations;
    const settings = actionForm(
      t('staff.saveSettings'),
      async () => {
        await setSelfServiceInvitations(id, selfService.checked);
        result.replaceChildren(h('p', { class: 'notice' }, t('staff.settingsSaved')));
      },
      h('div', { class: 'check' }, selfService, h('label', { for: 'selfServiceInvitations' }, t('staff.selfServiceSetting'))),
    );
    return [
      h('h1', {}, client.name),
      clientDetails(client),
      result,
      h('h2', {}, t('staff.settings')),
      settings,
      h('h2', {}, t('staff.representatives')),
      representatives.length === 0
        ? h('p', {}, t('staff.noRepresentatives'))
        : dataTable(
            { id: 'staff-representatives', caption: t('staff.representativesCaption'), columns: ['staff.applicant', 'staff.email', 'staff.rights', 'staff.actions'] },
            representatives.map((person) => representativeRow(id, person, result)),
          ),
      h('p', {}, link('/staff/clients', t('staff.backToClients'))),
    ];
  },
};
