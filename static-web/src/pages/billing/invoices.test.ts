import { afterEach, describe, expect, it } from 'vitest';
import type { Invoice } from '../../api/billing';
import { setLanguage } from '../../i18n';
import { setNavigator } from '../../navigation';
import type { Link } from '../../router';
import { h } from '../../ui/dom';
import { testInvoice } from './invoice-fixture';
import { invoiceRow, payChoice } from './invoices';

const link: Link = (path, text) => h('a', { href: path }, text);

const invoice = (id: string, number: string, open: number, payment: Invoice['payment'] = null): Invoice => testInvoice(id, open, { number, state: 'overdue', payment });

afterEach(() => {
  document.body.replaceChildren();
  setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
});

describe('paying from the invoice list', () => {
  it('offers a box, named by the invoice’s number, on each invoice that can be paid, and shows the total of those ticked', () => {
    setLanguage('en', { setItem: () => undefined }, document.createElement('html'));
    const paths: string[] = [];
    setNavigator((path) => paths.push(path));
    const { section, cell } = payChoice(link, false);
    const cells = [invoice('a', 'RE-1', 10.1), invoice('b', 'RE-2', 20.2, { orderId: '20261202100000000001', state: 'in-progress' }), invoice('c', 'RE-3', 0.3)].map(cell);
    document.body.append(section, h('table', {}, h('tr', {}, ...cells)));

    const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((box) => document.querySelector(`label[for="${box.id}"]`)?.textContent)).toEqual(['Choose invoice RE-1 to pay', 'Choose invoice RE-3 to pay']);
    expect(cells[1]!.childElementCount).toBe(0);

    document.getElementById('pay-selected')!.click();
    expect(document.getElementById('pay-error')!.textContent).toBe('First tick the invoices to pay in the list.');
    expect(paths).toEqual([]);

    for (const box of boxes) {
      box.checked = true;
      box.dispatchEvent(new Event('change'));
    }
    expect(document.getElementById('pay-chosen')!.textContent).toBe('Invoices chosen: 2, in all €10.40.');
    expect(document.getElementById('pay-chosen')!.getAttribute('aria-live')).toBe('polite');
    expect(document.getElementById('pay-error')!.textContent).toBe('');

    document.getElementById('pay-selected')!.click();
    expect(paths).toEqual(['/pay?invoice=a&invoice=c']);
  });

  it('marks an invoice a payment holds beside its own state, for the client and staff alike', () => {
    setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
    const row = invoiceRow(invoice('b', 'RE-2', 20.2, { orderId: '1', state: 'awaiting-booking' }), 'RE-2', '–');

    expect([...row.querySelectorAll('.tag')].map((tag) => tag.textContent)).toEqual(['Kavēts', 'Samaksāts, gaida grāmatošanu']);
  });
});
