// The client's payments made online, newest first: when, what for, how much, through which bank and how each ended,
// each a link to its page.

import { getPaymentOrders, type PaymentOrder, type PaymentProvider } from '../../api/payments';
import { formatMoney } from '../../formats';
import { formatInstant, language, t } from '../../i18n';
import type { Link } from '../../router';
import { h } from '../../ui/dom';
import { pagedTable } from '../../ui/paged-table';
import { bankName, orderPath, orderSubject, orderTag } from './order-state';

/** The section, or null when the client has made no payment online and none can be made (no bank offered). */
export async function paymentHistory(link: Link, clientId: string): Promise<{ section: HTMLElement | null; banks: PaymentProvider[] }> {
  let banks: PaymentProvider[] = [];
  let noneYet = false;
  const list = pagedTable<PaymentOrder>({
    id: 'payment-orders',
    caption: t('payments.orders.caption'),
    columns: ['payments.orders.createdAt', 'payments.orders.what', 'invoices.amount', 'payment.bank', 'payments.orders.status'],
    none: 'payments.orders.none',
    row: (order) =>
      h(
        'tr',
        { 'data-order': order.id },
        h('td', {}, formatInstant(order.createdAt)),
        h('td', {}, link(orderPath(clientId, order.id), orderSubject(order))),
        h('td', { class: 'amount' }, formatMoney(order.amount, language())),
        h('td', {}, bankName(banks, order.provider)),
        h('td', {}, orderTag(order)),
      ),
    fetch: async (continuationToken) => {
      const page = await getPaymentOrders(clientId, continuationToken);
      banks = page.providers;
      if (continuationToken === null) noneYet = page.items.length === 0;
      return page;
    },
  });
  // A refused or unreachable history is said in the list's alert; the payments received above it still show.
  await list.reload();
  if (noneYet && banks.length === 0) return { section: null, banks };
  return {
    section: h('section', { 'aria-labelledby': 'payment-orders-title' }, h('h2', { id: 'payment-orders-title' }, t('payments.orders.title')), ...list.nodes),
    banks,
  };
}
