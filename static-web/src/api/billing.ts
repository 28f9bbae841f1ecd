// A client's invoices, payments received, billing accounts and settlement statement.

import { apiPath, getJson, withQuery, type PageOf } from './http';

export type InvoiceKind = 'invoice' | 'credit-note';
export type InvoiceStatus = 'issued' | 'cancelled';

export interface Invoice {
  id: string;
  number: string;
  kind: InvoiceKind;
  issuedOn: string;
  dueOn: string;
  amount: number;
  status: InvoiceStatus;
  hasPdf: boolean;
  billingAccount: string | null;
}

export interface Payment {
  id: string;
  receivedOn: string;
  amount: number;
}

export interface BillingAccount {
  id: string;
  number: string;
  name: string | null;
  billingArrangement: string;
  invoiceEmail: string | null;
  status: string;
}

export interface StatementMonth {
  month: string;
  charged: number;
  received: number;
  closing: number;
}

export interface Statement {
  from: string;
  to: string;
  opening: number;
  months: StatementMonth[];
  closing: number;
}

/** Newest first; those whose number contains `number` (every one when it is empty). */
export const getInvoices = (clientId: string, { number, continuationToken }: { number: string; continuationToken: string | null }): Promise<PageOf<Invoice>> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/invoices`, { number, continuationToken }));

/** The invoice's PDF, opened by the browser itself (a link, not a call). */
export const invoicePdfUrl = (clientId: string, invoiceId: string): string => apiPath`/api/clients/${clientId}/invoices/${invoiceId}/pdf`;

export const getPayments = (clientId: string, continuationToken: string | null): Promise<PageOf<Payment>> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/payments`, { continuationToken }));

export const getBillingAccounts = (clientId: string, continuationToken: string | null): Promise<PageOf<BillingAccount>> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/billing-accounts`, { continuationToken }));

/** Month by month from `from` to `to` (yyyy-MM, both included). */
export const getStatement = (clientId: string, from: string, to: string): Promise<Statement> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/statement`, { from, to }));
