// The current client's payments received, newest first, and below them its payments made online (payment orders);
// shown to a user with the "payments" capability.

import { getPayments, type Payment } from '../../api/billing';
import { formatMoney } from '../../formats';
import { formatDate, language, t } from '../../i18n';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { pagedTable } from '../../ui/paged-table';
import { clientWith } from '../clients/current-client';
import { paymentHistory } from '../payments/history';

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
    const online = await paymentHistory(link, who.client.id);
    const topUp = online.banks.length > 0 && who.client.billingArrangement === 'advance-payment';
    return [
      h('h1', { tabindex: '-1' }, t('payments.title')),
      h('p', {}, who.client.name),
      topUp ? h('p', {}, link('/pay', t('pay.topUp'))) : null,
      ...list.nodes,
      online.section,
    ];
  },
};
