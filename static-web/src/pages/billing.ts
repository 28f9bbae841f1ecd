// The current client's payments received and its billing accounts, each shown to a user with that
// capability for the client.

import { getJson } from '../api';
import { h } from '../dom';
import { formatMoney, missing } from '../formats';
import { formatDate, label, language, t } from '../i18n';
import type { Page } from '../router';
import { clientWith } from './clients';
import { pagedTable, type PageOf } from './paged-table';

interface Payment {
  id: string;
  receivedOn: string;
  amount: number;
}

export const paymentsPage: Page = {
  title: () => t('payments.title'),
  render: async (link) => {
    const who = await clientWith('payments', link, 'payments.title');
    if ('page' in who) return who.page;
    const base = `/api/clients/${encodeURIComponent(who.client.id)}/payments`;
    const list = pagedTable<Payment>({
      id: 'payments-table',
      caption: t('payments.caption'),
      columns: ['payments.receivedOn', 'invoices.amount'],
      none: 'payments.none',
      row: (payment) => h('tr', {}, h('td', {}, formatDate(payment.receivedOn)), h('td', { class: 'amount' }, formatMoney(payment.amount, language()))),
      fetch: (token) => getJson<PageOf<Payment>>(token ? `${base}?continuationToken=${encodeURIComponent(token)}` : base),
    });
    await list.load();
    return [h('h1', { tabindex: '-1' }, t('payments.title')), h('p', {}, who.client.name), ...list.nodes];
  },
};

interface BillingAccount {
  id: string;
  number: string;
  name: string | null;
  billingArrangement: string;
  invoiceEmail: string | null;
  status: string;
}

export const billingAccountsPage: Page = {
  title: () => t('billingAccounts.title'),
  render: async (link) => {
    const who = await clientWith('billing-accounts', link, 'billingAccounts.title');
    if ('page' in who) return who.page;
    const base = `/api/clients/${encodeURIComponent(who.client.id)}/billing-accounts`;
    const list = pagedTable<BillingAccount>({
      id: 'billing-accounts-table',
      caption: t('billingAccounts.caption'),
      columns: ['billingAccounts.number', 'billingAccounts.name', 'client.billing', 'billingAccounts.invoiceEmail', 'invoices.status'],
      none: 'billingAccounts.none',
      row: (account) =>
        h(
          'tr',
          {},
          h('td', {}, account.number),
          h('td', {}, account.name ?? missing),
          h('td', {}, label('billing', account.billingArrangement)),
          h('td', {}, account.invoiceEmail ?? missing),
          h('td', {}, label('billingAccounts.status', account.status)),
        ),
      fetch: (token) => getJson<PageOf<BillingAccount>>(token ? `${base}?continuationToken=${encodeURIComponent(token)}` : base),
    });
    await list.load();
    return [h('h1', { tabindex: '-1' }, t('billingAccounts.title')), h('p', {}, who.client.name), ...list.nodes];
  },
};
