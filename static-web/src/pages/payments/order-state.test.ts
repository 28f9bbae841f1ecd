import { afterEach, describe, expect, it } from 'vitest';
import type { PaymentOrder } from '../../api/payments';
import { setLanguage, t } from '../../i18n';
import { bankName, following, orderPath, orderStateKey, orderSubject, orderTag } from './order-state';

const expiresAt = '2026-12-02T10:20:00Z';
const before = Date.parse('2026-12-02T10:19:59Z');
const after = Date.parse('2026-12-02T10:20:00Z');
const order = (status: PaymentOrder['status']) => ({ status, expiresAt });
const html = document.createElement('html');

afterEach(() => setLanguage('lv', { setItem: () => undefined }, html));

describe('a payment order’s state on its page', () => {
  it('is followed while pending and before its answer window ends, and no longer after', () => {
    expect(following(order('pending'), before)).toBe(true);
    expect(following(order('pending'), after)).toBe(false);
    for (const status of ['paid', 'booked', 'cancelled', 'expired'] as const) expect(following(order(status), before)).toBe(false);
  });

  it('says "waiting" while the bank may answer, what to do once it did not, and else the outcome', () => {
    expect(orderStateKey(order('pending'), before)).toBe('payment.state.waiting');
    expect(orderStateKey(order('pending'), after)).toBe('payment.state.noAnswer');
    expect(orderStateKey(order('paid'), before)).toBe('payment.state.paid');
    expect(orderStateKey(order('booked'), after)).toBe('payment.state.booked');
    expect(orderStateKey(order('cancelled'), before)).toBe('payment.state.cancelled');
    expect(orderStateKey(order('expired'), after)).toBe('payment.state.expired');
  });

  it('words it in each language, never telling a payer whose money may have gone to pay again', () => {
    setLanguage('en', { setItem: () => undefined }, html);
    expect(t(orderStateKey(order('paid'), before))).toContain('awaiting booking');
    expect(t(orderStateKey(order('pending'), after))).toContain('do not pay again');
    expect(t(orderStateKey(order('expired'), after))).toContain('do not pay again');
    expect(orderTag(order('cancelled')).textContent).toBe('Cancelled');
    setLanguage('lv', { setItem: () => undefined }, html);
    expect(t(orderStateKey(order('pending'), after))).toContain('nemaksājiet vēlreiz');
    expect(orderTag(order('paid'))).toMatchObject({ textContent: 'Samaksāts, gaida grāmatošanu', className: 'tag tag-good' });
  });

  it('links to the order with its client, escaped', () => {
    expect(orderPath('c&1', '20261202101500000001')).toBe('/payment?client=c%261&order=20261202101500000001');
  });

  it('names what an order pays and its bank', () => {
    setLanguage('en', { setItem: () => undefined }, html);
    const invoices = [
      { id: 'a', number: 'RE-1', dueOn: '2026-11-01', amount: 1 },
      { id: 'b', number: 'RE-2', dueOn: '2026-11-02', amount: 2 },
    ];
    expect(orderSubject({ kind: 'invoices', invoices })).toBe('Invoices RE-1, RE-2');
    expect(orderSubject({ kind: 'top-up', invoices: [] })).toBe('Advance top-up');
    expect(bankName([{ id: 'swedbank', name: 'Swedbank' }], 'swedbank')).toBe('Swedbank');
    expect(bankName([], 'seb')).toBe('seb');
  });
});
