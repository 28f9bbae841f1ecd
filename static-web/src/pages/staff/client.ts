// One client for staff: what it is, whether its admins may invite representatives themselves, its
// representatives (one may be removed), and what the client sees (balance, invoices, permits) read-only.

import type { Invoice } from '../../api/billing';
import type { PermitSummary } from '../../api/permits';
import { getStaffClient, getStaffClientBalance, getStaffClientInvoices, getStaffClientPermits, removeClientRepresentative, setSelfServiceInvitations, type StaffClient, type StaffRepresentative } from '../../api/staff';
import { label, t } from '../../i18n';
import type { Page } from '../../router';
import { detailsList } from '../../ui/details-list';
import { h } from '../../ui/dom';
import { scopeList } from '../../ui/scopes';
import { pagedTable, type PagedTableOptions } from '../../ui/paged-table';
import { dataTable } from '../../ui/table';
import { tabs } from '../../ui/tabs';
import { invoiceColumns, invoiceRow } from '../billing/invoices';
import { balanceFigures } from '../clients/overview';
import { permitColumns, permitRow } from '../permits/permits';
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

/** A list drawn the first time its tab is opened. */
function listPanel<T>(options: PagedTableOptions<T>): () => Promise<(Node | null)[]> {
  return async () => {
    const table = pagedTable<T>(options);
    await table.load();
    return table.nodes;
  };
}

/** The client's balance, invoices and permits as the client sees them, read-only; each tab reads (and is audited) when opened. */
function clientView(id: string): HTMLElement {
  return tabs(t('staff.clientView'), [
    { id: 'balance', label: t('balance.title'), render: async () => [balanceFigures(await getStaffClientBalance(id))] },
    {
      id: 'invoices',
      label: t('invoices.title'),
      render: listPanel<Invoice>({
        id: 'staff-invoices',
        caption: t('invoices.caption'),
        columns: invoiceColumns,
        none: 'invoices.none',
        row: (invoice) => invoiceRow(invoice, invoice.number, invoice.hasPdf ? 'PDF' : '–'),
        fetch: (token) => getStaffClientInvoices(id, token),
      }),
    },
    {
      id: 'permits',
      label: t('permits.title'),
      render: listPanel<PermitSummary>({
        id: 'staff-permits',
        caption: t('permits.caption'),
        columns: permitColumns,
        none: 'permits.none',
        row: (permit) => permitRow(permit, permit.number),
        fetch: (token) => getStaffClientPermits(id, token),
      }),
    },
  ]);
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
      h('h2', {}, t('staff.clientView')),
      h('p', { class: 'hint' }, t('staff.clientViewHint')),
      clientView(id),
      h('p', {}, link('/staff/clients', t('staff.backToClients'))),
    ];
  },
};
