// The current client's invoices and credit notes, newest first, found by number; shown to a user
// with the "invoices" capability for the client.

import { getInvoices, invoicePdfUrl, type Invoice } from '../../api/billing';
import { formatMoney, missing } from '../../formats';
import { formatDate, language, t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';
import { pagedTable } from '../../ui/paged-table';
import { titleOnly } from '../../ui/problem';
import { statusTag } from '../../ui/tag';
import { clientWith } from '../clients/current-client';

function invoiceRow(clientId: string, invoice: Invoice): HTMLTableRowElement {
  return h(
    'tr',
    {},
    h('td', {}, invoice.number),
    h('td', {}, t(`invoices.kind.${invoice.kind}`)),
    h('td', {}, formatDate(invoice.issuedOn)),
    h('td', {}, formatDate(invoice.dueOn)),
    h('td', { class: 'amount' }, formatMoney(invoice.amount, language())),
    h('td', {}, statusTag(t(`invoices.status.${invoice.status}`), invoice.status === 'cancelled' ? 'ended' : 'neutral')),
    h('td', {}, invoice.billingAccount ?? missing),
    h('td', {}, invoice.hasPdf ? h('a', { href: invoicePdfUrl(clientId, invoice.id), target: '_blank', rel: 'noopener' }, `PDF ${invoice.number}`) : '–'),
  );
}

export const invoicesPage: Page = {
  title: () => t('invoices.title'),
  render: async (link) => {
    const who = await clientWith('invoices', link, 'invoices.title');
    if ('page' in who) return who.page;
    const { client } = who;
    let number = '';
    // The invoices list has no ids of its own and no alert: the search form says a refused search.
    const list = pagedTable<Invoice>({
      caption: t('invoices.caption'),
      columns: ['invoices.number', 'invoices.kind', 'invoices.issued', 'invoices.due', 'invoices.amount', 'invoices.status', 'invoices.billingAccount', 'invoices.document'],
      none: 'invoices.none',
      row: (invoice) => invoiceRow(client.id, invoice),
      fetch: (continuationToken) => getInvoices(client.id, { number, continuationToken }),
      moreClass: null,
    });
    const numberInput = h('input', { type: 'search' });
    const search = sendingForm(
      h('div', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit' }, t('staff.search')),
      async () => {
        number = numberInput.value.trim();
        await list.load();
      },
      titleOnly,
      field('invoiceNumber', t('invoices.number'), numberInput),
    );
    await list.load();
    return [h('h1', { tabindex: '-1' }, t('invoices.title')), h('p', {}, client.name), search, ...list.withoutAlert];
  },
};
