// A payment order's status as words and a tag, whether the waiting page still follows it, and its page's address.

import type { PaymentOrder, PaymentOrderStatus, PaymentProvider } from '../../api/payments';
import { t, type MessageKey } from '../../i18n';
import { statusTag, type Tone } from '../../ui/tag';

const tones: Record<PaymentOrderStatus, Tone> = { pending: 'neutral', paid: 'good', booked: 'good', cancelled: 'ended', expired: 'ended' };

export function orderTag(order: Pick<PaymentOrder, 'status'>): HTMLElement {
  return statusTag(t(`payment.status.${order.status}`), tones[order.status]);
}

/** Whether the bank may still answer: the order is pending and its answer window has not passed. */
export function following(order: Pick<PaymentOrder, 'status' | 'expiresAt'>, now: number): boolean {
  return order.status === 'pending' && now < Date.parse(order.expiresAt);
}

/** What the order's page says of it now: waiting, or, once the window passed unanswered, what to do; else its outcome. */
export function orderStateKey(order: Pick<PaymentOrder, 'status' | 'expiresAt'>, now: number): MessageKey {
  if (order.status === 'pending') return following(order, now) ? 'payment.state.waiting' : 'payment.state.noAnswer';
  return `payment.state.${order.status}`;
}

/** The waiting page of one order, which makes its client the current one. */
export function orderPath(clientId: string, orderId: string): string {
  return `/payment?${new URLSearchParams({ client: clientId, order: orderId }).toString()}`;
}

/** The bank's name as the list of banks gives it; its id when it is no longer offered. */
export function bankName(banks: readonly PaymentProvider[], id: string): string {
  return banks.find((bank) => bank.id === id)?.name ?? id;
}

/** What an order pays, in a few words: its invoices' numbers, or an advance. */
export function orderSubject(order: Pick<PaymentOrder, 'kind' | 'invoices'>): string {
  return order.kind === 'top-up' ? t('payment.topUp') : t('payments.orders.invoices').replace('{numbers}', order.invoices.map((invoice) => invoice.number).join(', '));
}
