// An invoice's own state as a tag: its words, and a tone that says at a glance whether it needs paying.

import type { Invoice, InvoicePayment, InvoiceState } from '../../api/billing';
import { t } from '../../i18n';
import { statusTag, type Tone } from '../../ui/tag';

const tones: Record<InvoiceState, Tone> = {
  open: 'neutral',
  'partly-paid': 'warning',
  paid: 'good',
  overdue: 'warning',
  cancelled: 'ended',
  credited: 'ended',
  applied: 'good',
};

export function stateTag(invoice: Invoice): HTMLElement {
  return statusTag(t(`invoices.state.${invoice.state}`), tones[invoice.state]);
}

/** What a payment order in flight makes of the invoice, beside its own state: paid online and not booked yet, or sent to the bank. */
export function paymentTag(payment: InvoicePayment): HTMLElement {
  return statusTag(t(`invoices.payment.${payment.state}`), payment.state === 'awaiting-booking' ? 'good' : 'neutral');
}
