// The current client's payments received, newest first; shown to a user with the "payments" capability.

import { getPayments, type Payment } from '../../api/billing';
import { formatMoney } from '../../formats';
import { formatDate, language, t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { pagedTable } from '../../ui/paged-table';
import { clientWith } from '../clients/current-client';

export const paymentsPage: Page = {
  title: () => t('payments.title'),
  render: async (link) => {
    const who = await clientWith('payments', link, 'payments.title');
    if ('page' in who) return who.page;
    const list = pagedTable<Payment>({
      id: 'payments-table',
      caption: t('payments.caption'),
      columns: ['payments.receivedOn', 'invoices.amount'],
      none: 'payments.none',
      row: (payment) => h('tr', {}, h('td', {}, formatDate(payment.receivedOn)), h('td', { class: 'amount' }, formatMoney(payment.amount, language()))),
      fetch: (continuationToken) => getPayments(who.client.id, continuationToken),
    });
    await list.load();
    return [h('h1', { tabindex: '-1' }, t('payments.title')), h('p', {}, who.client.name), ...list.nodes];
  },
};
