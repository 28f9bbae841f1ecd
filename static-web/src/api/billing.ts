// A client's invoices, payments received, billing accounts and settlement statement.

import { apiPath, getJson, withQuery, type PageOf } from './http';

export type InvoiceKind = 'invoice' | 'credit-note';
export type InvoiceStatus = 'issued' | 'cancelled';
export type InvoiceState = 'open' | 'partly-paid' | 'paid' | 'overdue' | 'cancelled' | 'credited' | 'applied';

/** A payment order in flight that holds an invoice: sent to the bank and not answered yet, or paid and not booked by ES yet. */
export interface InvoicePayment {
  orderId: string;
  state: 'in-progress' | 'awaiting-booking';
}

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
  state: InvoiceState;
  /** What credit notes naming the invoice credit of it. */
  credited: number;
  /** What payments naming the invoice settle of it. */
  allocated: number;
  /** What payments naming no invoice settle of it, oldest due first. */
  oldestFirst: number;
  open: number;
  /** The payment order in flight that holds it; it cannot go into another until that one ends. */
  payment: InvoicePayment | null;
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

export type InvoiceSort = 'issued' | 'due' | 'amount';

/** The invoice list's filter and order, as the API names its query parameters; an empty one is no filter. */
export interface InvoiceFilter {
  state?: string;
  issuedFrom?: string;
  issuedTo?: string;
  dueFrom?: string;
  dueTo?: string;
  minAmount?: string;
  maxAmount?: string;
  billingAccount?: string;
  number?: string;
  reference?: string;
  sort?: InvoiceSort;
}

const filterQuery = (filter: InvoiceFilter): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(filter).map(([name, value]) => [name, value === '' ? undefined : value]));

/** Newest first unless sorted otherwise; a number or reference search lists by that. */
export const getInvoices = (clientId: string, filter: InvoiceFilter, continuationToken: string | null): Promise<PageOf<Invoice>> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/invoices`, { ...filterQuery(filter), continuationToken }));

export interface InvoiceLine {
  description: string;
  quantity: number;
  unit: string | null;
  unitPrice: number;
  vatRate: number;
  amount: number;
}

export interface InvoiceDetail {
  invoice: Invoice;
  lines: InvoiceLine[];
  vatTotals: { rate: number; net: number; vat: number }[];
  settlements: { kind: 'payment' | 'credit-note'; id: string; on: string | null; number: string | null; amount: number }[];
  paymentDetails: { payee: string; account: string | null; bank: string | null; reference: string };
}

export const getInvoice = (clientId: string, invoiceId: string): Promise<InvoiceDetail> => getJson(apiPath`/api/clients/${clientId}/invoices/${invoiceId}`);

/** The invoice's PDF, opened by the browser itself (a link, not a call). */
/** The whole filtered list as a CSV file in the user's language (";" and a decimal comma, as spreadsheets in Latvia read). */
export const invoiceExportUrl = (clientId: string, filter: InvoiceFilter, lang: string): string =>
  withQuery(apiPath`/api/clients/${clientId}/invoices/export`, { ...filterQuery(filter), format: 'csv', language: lang });

export const invoicePdfUrl = (clientId: string, invoiceId: string): string => apiPath`/api/clients/${clientId}/invoices/${invoiceId}/pdf`;

export const getPayments = (clientId: string, continuationToken: string | null): Promise<PageOf<Payment>> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/payments`, { continuationToken }));

export const getBillingAccounts = (clientId: string, continuationToken: string | null): Promise<PageOf<BillingAccount>> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/billing-accounts`, { continuationToken }));

/** Month by month from `from` to `to` (yyyy-MM, both included). */
export const getStatement = (clientId: string, from: string, to: string): Promise<Statement> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/statement`, { from, to }));
