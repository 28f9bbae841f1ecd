// Paying online: payment orders made from open invoices or an advance top-up, the form that takes the browser to the
// bank, each order as the waiting page follows it, and the client's payment history with the banks offered.

import { apiPath, getJson, postJson, withQuery, type CallOptions, type PageOf } from './http';

export type PaymentOrderKind = 'invoices' | 'top-up';
export type PaymentOrderStatus = 'pending' | 'paid' | 'booked' | 'cancelled' | 'expired';

/** An invoice an order pays, with what it pays of it: its open amount when the order was made. */
export interface PaymentOrderInvoice {
  id: string;
  number: string;
  dueOn: string;
  amount: number;
}

export interface PaymentOrder {
  /** The order's stamp (20 digits), as the bank carries it and ES books it. */
  id: string;
  /** The bank's id, as the list's providers name it. */
  provider: string;
  kind: PaymentOrderKind;
  status: PaymentOrderStatus;
  amount: number;
  currency: string;
  reference: string;
  message: string;
  invoices: PaymentOrderInvoice[];
  createdAt: string;
  createdBy: string;
  /** A pending order the bank has not answered by then expires. */
  expiresAt: string;
  paidAt: string | null;
  transactionId: string | null;
  bookedAt: string | null;
}

/** A bank a payer may choose. */
export interface PaymentProvider {
  id: string;
  name: string;
}

/** The history, newest first, and the banks offered: none means payments are not offered here. */
export interface PaymentOrderList extends PageOf<PaymentOrder> {
  providers: PaymentProvider[];
}

/** The form the browser posts to the bank: its address and its fields, in their order. */
export interface BankForm {
  action: string;
  fields: { name: string; value: string }[];
}

/** Open invoices of the client, or an amount (euros) an advance-payment client tops up with; the bank may be left out when one is offered. */
export type NewPaymentOrder = ({ invoiceIds: string[] } | { amount: number }) & { provider?: string };

export const createPaymentOrder = (clientId: string, order: NewPaymentOrder): Promise<{ order: PaymentOrder; form: BankForm }> =>
  postJson(apiPath`/api/clients/${clientId}/payment-orders`, order);

/** One order; the waiting page asks for it in the background (the session is not kept alive by it). */
export const getPaymentOrder = (clientId: string, orderId: string, options: CallOptions = {}): Promise<PaymentOrder> =>
  getJson(apiPath`/api/clients/${clientId}/payment-orders/${orderId}`, options);

export const getPaymentOrders = (clientId: string, continuationToken: string | null): Promise<PaymentOrderList> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/payment-orders`, { continuationToken }));
