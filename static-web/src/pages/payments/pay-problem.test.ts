import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { payProblems } from './pay-problem';

describe('a refused payment order', () => {
  it('puts each field’s error where the page shows it, naming the invoice an item error is about', () => {
    setLanguage('en', { setItem: () => undefined }, document.createElement('html'));
    const places = payProblems(
      {
        type: 'https://portal/problems/validation',
        title: 'The request is not valid.',
        status: 400,
        errors: {
          'invoiceIds[1]': ['Nothing is left to pay of RE-2.'],
          'invoiceIds[0]': ['The client has no such invoice.'],
          provider: ['Choose the bank: seb, swedbank.'],
          amount: ['An amount in euros from 0.01 to 100000, with at most two decimals.'],
          language: ['Unknown field.'],
        },
      },
      ['RE-1', 'RE-2'],
    );

    expect(places.get('invoices')).toEqual([
      'RE-2: this invoice can no longer be paid (it may be paid already). Open the list of invoices again.',
      'RE-1: this invoice can no longer be paid (it may be paid already). Open the list of invoices again.',
    ]);
    expect(places.get('provider')).toEqual(['Choose the bank.']);
    expect(places.get('amount')![0]).toMatch(/^Enter an amount in euros/);
    expect(places.get('form')).toEqual(['Unknown field.']);
    setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
  });

  it('says a choice of too many invoices as a whole, and an item it cannot name by its position', () => {
    setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
    const places = payProblems({ type: 'x', title: 'x', status: 400, errors: { invoiceIds: ['Choose from 1 to 30 invoices.'], 'invoiceIds[7]': ['Not an invoice id.'] } }, ['RE-1']);

    expect(places.get('invoices')).toEqual([expect.stringContaining('vairākos maksājumos'), expect.stringMatching(/^#8: /)]);
    expect(places.has('form')).toBe(false);
  });
});
