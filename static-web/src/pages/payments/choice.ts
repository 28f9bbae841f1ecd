// Which invoices may be paid online, what the chosen ones come to, and the amount a top-up is typed as.

import type { Invoice, InvoiceState } from '../../api/billing';

/** The states that leave something to pay. */
const unpaid: ReadonlySet<InvoiceState> = new Set(['open', 'overdue', 'partly-paid']);

/** An invoice (not a credit note) with something left to pay and no payment order in flight that holds it. */
export function choosable(invoice: Invoice): boolean {
  return invoice.kind === 'invoice' && invoice.status !== 'cancelled' && unpaid.has(invoice.state) && invoice.open > 0 && !invoice.payment;
}

/** What the invoices leave to pay, added in cents, so that 0.10 + 0.20 is 0.30 and not 0.30000000000000004. */
export function totalOpen(invoices: readonly Pick<Invoice, 'open'>[]): number {
  return invoices.reduce((cents, invoice) => cents + Math.round(invoice.open * 100), 0) / 100;
}

/** The invoices the user ticked, kept while they page through and filter the list, in the order ticked. */
export class InvoiceChoice {
  private readonly chosen = new Map<string, Invoice>();

  set(invoice: Invoice, on: boolean): void {
    if (on && choosable(invoice)) this.chosen.set(invoice.id, invoice);
    else this.chosen.delete(invoice.id);
  }

  has(id: string): boolean {
    return this.chosen.has(id);
  }

  get invoices(): Invoice[] {
    return [...this.chosen.values()];
  }

  get total(): number {
    return totalOpen(this.invoices);
  }
}

/** The page that pays the invoices (by id, in order); with none, the page that tops up an advance. */
export function payPath(invoiceIds: readonly string[]): string {
  const query = new URLSearchParams(invoiceIds.map((id) => ['invoice', id])).toString();
  return query ? `/pay?${query}` : '/pay';
}

/**
 * Euros as a person types them: "150", "150,5", "1 500,00", "150.50"; null for anything else, nothing above zero, or
 * more than two decimals (the server checks the largest top-up).
 */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/€$|^€/, '').replace(',', '.');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(compact)) return null;
  const amount = Number(compact);
  return amount > 0 ? amount : null;
}
