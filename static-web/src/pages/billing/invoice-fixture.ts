// An invoice as the API lists it, for tests: open, due at the end of October 2026, changed where a test says.

import type { Invoice } from '../../api/billing';

export function testInvoice(id: string, open: number, change: Partial<Invoice> = {}): Invoice {
  return {
    id,
    number: `RE-${id}`,
    kind: 'invoice',
    issuedOn: '2026-10-01',
    dueOn: '2026-10-31',
    amount: Math.max(open, 100),
    status: 'issued',
    hasPdf: false,
    billingAccount: null,
    state: 'open',
    credited: 0,
    allocated: 0,
    oldestFirst: 0,
    open,
    payment: null,
    ...change,
  };
}
