// The client the user acts for: its balance (for users with billing rights), what it is, and the
// portal services open to this user for it.

import { getBalance, type Balance } from '../../api/clients';
import { clientDetails } from '../../client-details';
import { formatMoney } from '../../formats';
import { formatDate, label, language, t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { scopeList } from '../../ui/scopes';
import { clientPages, currentClient, noClient } from './current-client';

/** What a client owes and has paid, as the balance gives it: the client's overview and staff's read-only view show it alike. */
export function balanceFigures(balance: Balance): HTMLElement {
  const money = (amount: number): string => formatMoney(amount, language());
  return h(
    'dl',
    { class: 'terms-meta' },
    h('dt', {}, t('balance.due')),
    h('dd', {}, money(balance.due)),
    h('dt', {}, t('balance.overdue')),
    h('dd', {}, money(balance.overdue)),
    h('dt', {}, t('balance.credit')),
    h('dd', {}, money(balance.credit)),
    h('dt', {}, t('balance.nextDue')),
    h('dd', {}, balance.nextDueOn ? formatDate(balance.nextDueOn) : '–'),
    h('dt', {}, t('balance.lastPayment')),
    h('dd', {}, balance.lastPaymentOn && balance.lastPaymentAmount !== null ? `${formatDate(balance.lastPaymentOn)}, ${money(balance.lastPaymentAmount)}` : '–'),
    // Payments made online: paid and not booked by ES yet (no longer in what is due), and sent to the bank without an answer yet.
    balance.awaitingBooking ? [h('dt', {}, t('balance.awaitingBooking')), h('dd', {}, money(balance.awaitingBooking))] : null,
    balance.paymentInProgress ? [h('dt', {}, t('balance.paymentInProgress')), h('dd', {}, money(balance.paymentInProgress))] : null,
  );
}

export const clientPage: Page = {
  title: () => t('client.title'),
  render: async (link) => {
    const chosen = currentClient();
    if (!chosen) return noClient(link, 'client.title');
    const client = await clientDetails(chosen.id, true);
    const balance = client.capabilities.includes('balance') ? await getBalance(chosen.id) : null;
    const open = clientPages.filter((page) => client.capabilities.includes(page.capability));
    return [
      h('h1', { tabindex: '-1' }, client.name),
      balance
        ? h(
            'section',
            { 'aria-labelledby': 'balance-title' },
            h('h2', { id: 'balance-title' }, t('balance.title')),
            balanceFigures(balance),
          )
        : null,
      h(
        'dl',
        { class: 'terms-meta' },
        h('dt', {}, t('client.kind')),
        h('dd', {}, t(`staff.kind.${client.kind}`)),
        h('dt', {}, t('client.billing')),
        h('dd', {}, client.billingArrangement ? label('billing', client.billingArrangement) : t('client.notFedYet')),
        h('dt', {}, t('client.services')),
        h('dd', {}, client.services.length ? client.services.map((s) => label('service', s)).join(', ') : t('client.notFedYet')),
        h('dt', {}, t('client.yourScopes')),
        h('dd', {}, scopeList(client.scopes)),
      ),
      open.length
        ? h(
            'section',
            { 'aria-labelledby': 'portal-services-title' },
            h('h2', { id: 'portal-services-title' }, t('client.portalServices')),
            h('ul', { id: 'client-pages' }, open.map((page) => h('li', { 'data-capability': page.capability }, link(page.path, t(page.overview))))),
          )
        : null,
    ];
  },
};
