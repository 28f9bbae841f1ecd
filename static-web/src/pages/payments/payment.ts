// One payment order as the payer comes back from the bank: followed while the bank may still answer (asked again every
// few seconds, in the background), then its outcome, its invoices and amount, and the way back. A live region says each
// change. `?answer=refused`: the bank's answer could not be accepted.

import { ApiProblemError } from '../../api/http';
import { getPaymentOrder, getPaymentOrders, type PaymentOrder, type PaymentProvider } from '../../api/payments';
import { formatMoney } from '../../formats';
import { formatDate, formatInstant, language, t } from '../../i18n';
import type { Link, Page } from '../../router';
import { signedInUser } from '../../session';
import { detailsList } from '../../ui/details-list';
import { h } from '../../ui/dom';
import { dataTable } from '../../ui/table';
import { invoicePath } from '../billing/invoice';
import { actFor, clientWith } from '../clients/current-client';
import { signInFirst } from '../signed-in';
import { bankName, following, orderStateKey, orderTag } from './order-state';

/** How often the page asks while the bank may still answer. */
const pollMilliseconds = 2500;

function back(link: Link): HTMLElement {
  return h('p', { class: 'no-print' }, link('/invoices', t('payment.toInvoices')), ' · ', link('/payments', t('payment.toHistory')));
}

function refusedPage(link: Link): (Node | null)[] {
  return [h('h1', { tabindex: '-1' }, t('payment.refused.title')), h('p', {}, t('payment.refused.body')), h('p', {}, t('payment.refused.next')), back(link)];
}

function message(link: Link, text: string): (Node | null)[] {
  return [h('h1', { tabindex: '-1' }, t('payment.title')), h('p', {}, text), back(link)];
}

function orderDetails(link: Link, order: PaymentOrder, banks: PaymentProvider[], invoiceLinks: boolean): Node[] {
  const lang = language();
  const details = detailsList([
    ['payment.amount', formatMoney(order.amount, lang)],
    ['payment.for', order.kind === 'top-up' ? t('payment.topUp') : null],
    ['payment.bank', bankName(banks, order.provider)],
    ['payment.id', order.id],
    ['payment.reference', order.reference],
    ['payment.createdAt', formatInstant(order.createdAt)],
    ['payment.createdBy', order.createdBy],
    ['payment.paidAt', order.paidAt ? formatInstant(order.paidAt) : null],
    ['payment.bookedAt', order.bookedAt ? formatInstant(order.bookedAt) : null],
  ]);
  const invoices =
    order.invoices.length === 0
      ? null
      : dataTable(
          { id: 'payment-invoices', caption: t('payment.invoicesCaption'), columns: ['invoices.number', 'invoices.due', 'payment.paysOf'] },
          order.invoices.map((invoice) =>
            h(
              'tr',
              {},
              h('td', {}, invoiceLinks ? link(invoicePath(invoice.id), invoice.number) : invoice.number),
              h('td', { class: 'date' }, formatDate(invoice.dueOn)),
              h('td', { class: 'amount' }, formatMoney(invoice.amount, lang)),
            ),
          ),
        );
  return [details, invoices].filter((node): node is HTMLElement => node !== null);
}

/** The order's state, said again whenever it changes; asks again while the bank may answer and the page is shown. */
export function followOrder(link: Link, clientId: string, first: PaymentOrder, banks: PaymentProvider[], invoiceLinks: boolean): HTMLElement[] {
  const state = h('div', { role: 'status', id: 'payment-state', class: 'notice' });
  const details = h('div', { id: 'payment-details' });
  const again = h('button', { type: 'button', id: 'payment-check', hidden: true }, t('payment.checkAgain'));
  let said = '';
  let onPage = false;

  const show = (order: PaymentOrder) => {
    const key = orderStateKey(order, Date.now());
    const text = `${order.status}:${key}`;
    if (text !== said) {
      said = text;
      state.replaceChildren(h('p', {}, orderTag(order)), h('p', {}, t(key)));
    }
    details.replaceChildren(...orderDetails(link, order, banks, invoiceLinks));
    again.hidden = !(order.status === 'pending' && !following(order, Date.now()));
  };

  const ask = async (order: PaymentOrder): Promise<void> => {
    onPage ||= state.isConnected;
    // The user went to another page: nothing more to follow.
    if (onPage && !state.isConnected) return;
    let now = order;
    if (following(order, Date.now())) {
      try {
        now = await getPaymentOrder(clientId, order.id, { background: true });
      } catch (failure) {
        // Refused (the session ended, the right was taken away): stop. Unreachable: the banner says so; ask again.
        if (failure instanceof ApiProblemError) return;
      }
    }
    show(now);
    if (following(now, Date.now())) window.setTimeout(() => void ask(now), pollMilliseconds);
  };

  again.addEventListener('click', () => {
    again.disabled = true;
    void getPaymentOrder(clientId, first.id)
      .then(show, () => undefined)
      .finally(() => (again.disabled = false));
  });

  show(first);
  if (following(first, Date.now())) window.setTimeout(() => void ask(first), pollMilliseconds);
  return [state, again, details];
}

export const paymentPage: Page = {
  title: () => t('payment.title'),
  render: async (link) => {
    const query = new URLSearchParams(location.search);
    if (query.get('answer') === 'refused') return refusedPage(link);
    if (!signedInUser()) return signInFirst('payment.title', link);
    const clientId = query.get('client') ?? '';
    const orderId = query.get('order') ?? '';
    // The bank sends the payer back with the order's client: it becomes the current one, if the user acts for it.
    if (clientId !== '' && !actFor(clientId)) return message(link, t('payment.otherClient'));
    const who = await clientWith('payments', link, 'payment.title');
    if ('page' in who) return who.page;
    if (orderId === '') return message(link, t('payment.notFound'));
    let order: PaymentOrder;
    try {
      order = await getPaymentOrder(who.client.id, orderId);
    } catch (failure) {
      if (failure instanceof ApiProblemError && failure.problem.status === 404) return message(link, t('payment.notFound'));
      throw failure;
    }
    const banks = await getPaymentOrders(who.client.id, null).then(
      (list) => list.providers,
      () => [],
    );
    return [
      h('h1', { tabindex: '-1' }, t('payment.title')),
      h('p', {}, who.client.name),
      ...followOrder(link, who.client.id, order, banks, who.client.capabilities.includes('invoices')),
      back(link),
    ];
  },
};
