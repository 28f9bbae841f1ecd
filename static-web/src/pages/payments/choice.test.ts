import { describe, expect, it } from 'vitest';
import { testInvoice } from '../billing/invoice-fixture';
import { choosable, InvoiceChoice, parseAmount, payPath, totalOpen } from './choice';

const invoice = testInvoice;

describe('invoices a user may choose to pay online', () => {
  it('are invoices open, overdue or partly paid with something left to pay and no payment in flight', () => {
    expect(choosable(invoice('1', 100))).toBe(true);
    expect(choosable(invoice('2', 100, { state: 'overdue' }))).toBe(true);
    expect(choosable(invoice('3', 40, { state: 'partly-paid' }))).toBe(true);
  });

  it('are not paid, credited or cancelled ones, credit notes, nor those a payment in flight holds', () => {
    expect(choosable(invoice('1', 0, { state: 'paid' }))).toBe(false);
    expect(choosable(invoice('2', 0, { state: 'credited' }))).toBe(false);
    expect(choosable(invoice('3', 100, { state: 'cancelled', status: 'cancelled' }))).toBe(false);
    expect(choosable(invoice('4', 100, { kind: 'credit-note', state: 'applied' }))).toBe(false);
    expect(choosable(invoice('5', 0, { state: 'open' }))).toBe(false);
    expect(choosable(invoice('6', 100, { payment: { orderId: '20261202101500000001', state: 'in-progress' } }))).toBe(false);
    expect(choosable(invoice('7', 100, { state: 'overdue', payment: { orderId: '20261202101500000002', state: 'awaiting-booking' } }))).toBe(false);
  });
});

describe('the total of the chosen invoices', () => {
  it('adds their open amounts to the cent, without the drift of adding fractions of a euro', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(totalOpen([invoice('1', 0.1), invoice('2', 0.2)])).toBe(0.3);
    expect(totalOpen([invoice('1', 10.1), invoice('2', 20.2), invoice('3', 0.3), invoice('4', 1234.56)])).toBe(1265.16);
    expect(totalOpen([])).toBe(0);
  });

  it('follows the boxes ticked and unticked across pages, and never takes an invoice that cannot be paid', () => {
    const choice = new InvoiceChoice();
    choice.set(invoice('a', 19.99), true);
    choice.set(invoice('b', 0.01), true);
    choice.set(invoice('c', 50, { payment: { orderId: '1', state: 'in-progress' } }), true);
    choice.set(invoice('d', 5.5), true);
    choice.set(invoice('b', 0.01), false);
    // The same invoice seen again on a page shown later: chosen once.
    choice.set(invoice('a', 19.99), true);

    expect(choice.invoices.map((i) => i.id)).toEqual(['a', 'd']);
    expect(choice.total).toBe(25.49);
    expect(choice.has('a')).toBe(true);
    expect(choice.has('c')).toBe(false);
  });
});

describe('the payment page’s address and the amount typed', () => {
  it('names each invoice by its id, escaped, in the order chosen; none is a top-up', () => {
    expect(payPath(['i/1', 'i 2', 'x&invoice=y'])).toBe('/pay?invoice=i%2F1&invoice=i+2&invoice=x%26invoice%3Dy');
    expect(new URLSearchParams(payPath(['i/1', 'x&invoice=y']).split('?')[1]).getAll('invoice')).toEqual(['i/1', 'x&invoice=y']);
    expect(payPath([])).toBe('/pay');
  });

  it('reads euros as people type them, and refuses what is not a payable amount', () => {
    expect(['150', '150,5', '150.50', '1 500,00', '1\u00a0500,00', ' 0,01 ', '€ 20', '20 €'].map(parseAmount)).toEqual([150, 150.5, 150.5, 1500, 1500, 0.01, 20, 20]);
    expect(['', '0', '0,00', '-5', '1,234', '12,3,4', 'abc', '1e3', '1.000,00', 'Infinity'].map(parseAmount)).toEqual(Array(10).fill(null));
  });
});
