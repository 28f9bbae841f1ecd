// The current client's payments received, its settlement statement and its billing accounts, each
// shown to a user with that capability for the client.

import { getJson } from '../api';
import { problemText, sendingForm } from '../forms';
import { h } from '../dom';
import { formatMoney, missing } from '../formats';
import { formatDate, label, language, t } from '../i18n';
import type { Page } from '../router';
import { clientWith } from './clients';
import { pagedTable, type PageOf } from './paged-table';
import { field } from './password-pages';

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

interface StatementMonth {
  month: string;
  charged: number;
  received: number;
  closing: number;
}

interface Statement {
  from: string;
  to: string;
  opening: number;
  months: StatementMonth[];
  closing: number;
}

/** A month (yyyy-MM) as its name and year in the page's language. */
export function formatMonth(month: string, lang: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** yyyy-MM of the month `back` months before the given day's. */
export function monthBefore(day: Date, back: number): string {
  const date = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - back, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

export const statementPage: Page = {
  title: () => t('statement.title'),
  render: async (link) => {
    const who = await clientWith('statement', link, 'statement.title');
    if ('page' in who) return who.page;
    const base = `/api/clients/${encodeURIComponent(who.client.id)}/statement`;
    const from = h('input', { type: 'month', required: true, value: monthBefore(new Date(), 11) });
    const to = h('input', { type: 'month', required: true, value: monthBefore(new Date(), 0) });
    const result = h('div', { 'aria-live': 'polite' });
    const money = (amount: number) => formatMoney(amount, language());
    const show = async () => {
      const statement = await getJson<Statement>(`${base}?from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}`);
      result.replaceChildren(
        h(
          'table',
          { id: 'statement-table' },
          h('caption', {}, t('statement.caption')),
          h('thead', {}, h('tr', {}, ...(['statement.month', 'statement.charged', 'statement.received', 'statement.closing'] as const).map((key) => h('th', { scope: 'col' }, t(key))))),
          h(
            'tbody',
            {},
            h('tr', {}, h('th', { scope: 'row' }, t('statement.opening')), h('td', {}), h('td', {}), h('td', { class: 'amount' }, money(statement.opening))),
            statement.months.map((month) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, formatMonth(month.month, language())),
                h('td', { class: 'amount' }, money(month.charged)),
                h('td', { class: 'amount' }, money(month.received)),
                h('td', { class: 'amount' }, money(month.closing)),
              ),
            ),
          ),
        ),
        h('p', { id: 'statement-closing' }, t(statement.closing > 0 ? 'statement.owes' : statement.closing < 0 ? 'statement.inCredit' : 'statement.settled'), ' ', statement.closing === 0 ? '' : money(Math.abs(statement.closing))),
        h('p', {}, h('button', { type: 'button', onclick: () => window.print() }, t('statement.print'))),
      );
    };
    await show();
    const form = sendingForm(
      h('div', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit' }, t('statement.show')),
      show,
      problemText,
      field('statementFrom', t('statement.from'), from),
      field('statementTo', t('statement.to'), to),
    );
    return [h('h1', { tabindex: '-1' }, t('statement.title')), h('p', {}, who.client.name), h('p', {}, t('statement.intro')), form, result];
  },
};
