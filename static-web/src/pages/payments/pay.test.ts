import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Invoice } from '../../api/billing';
import { setLanguage } from '../../i18n';
import type { Link } from '../../router';
import { loadSession } from '../../session';
import { h } from '../../ui/dom';
import { testInvoice } from '../billing/invoice-fixture';
import { payPage } from './pay';

const link: Link = (path, text) => h('a', { href: path }, text);

const me = {
  id: 'u1',
  clients: [
    { id: 'c1', name: 'SIA Viens', kind: 'legal', scopes: ['finance'] },
    { id: 'c2', name: 'SIA Avanss', kind: 'legal', scopes: ['finance'] },
  ],
};
const clients: Record<string, object> = {
  c1: { id: 'c1', name: 'SIA Viens', kind: 'legal', billingArrangement: 'monthly-invoice', services: [], scopes: ['finance'], capabilities: ['invoices', 'payments'] },
  c2: { id: 'c2', name: 'SIA Avanss', kind: 'legal', billingArrangement: 'advance-payment', services: [], scopes: ['finance'], capabilities: ['invoices', 'payments'] },
};

const invoice = (id: string, number: string, open: number, payment: Invoice['payment'] = null): Invoice =>
  testInvoice(id, open, { number, amount: open, state: open > 0 ? 'overdue' : 'paid', payment });

type Answer = { status: number; body: unknown };
let invoices: Record<string, Invoice>;
let created: Answer;
let posted: unknown[];

beforeEach(async () => {
  posted = [];
  invoices = { a: invoice('a', 'RE-1', 10.1), b: invoice('b', 'RE-2', 20.5), c: invoice('c', 'RE-3', 0) };
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const answer = (status: number, body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status }));
    if (url === '/api/auth/session') return answer(200, { signedIn: true, user: me, staff: null, externalProviders: [] });
    const [, clientId, rest] = /^\/api\/clients\/(c\d)(.*)$/.exec(url) ?? [];
    if (clientId && rest === '') return answer(200, clients[clientId]);
    if (rest === '/payment-orders' && init.method === 'POST') {
      posted.push(JSON.parse(init.body as string));
      return answer(created.status, created.body);
    }
    if (rest === '/payment-orders') return answer(200, { items: [], continuationToken: null, providers: [{ id: 'bank-a', name: 'Bank A' }, { id: 'bank-b', name: 'Bank B' }] });
    const id = /^\/invoices\/(\w+)$/.exec(rest ?? '')?.[1];
    if (id && invoices[id]) return answer(200, { invoice: invoices[id], lines: [], vatTotals: [], settlements: [], paymentDetails: {} });
    return answer(404, { type: 'not-found', title: 'Not found', status: 404 });
  });
  localStorage.clear();
  setLanguage('en', { setItem: () => undefined }, document.createElement('html'));
  await loadSession();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  history.replaceState({}, '', '/');
  setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
});

async function open(path: string): Promise<void> {
  history.replaceState({}, '', path);
  document.body.replaceChildren(...((await payPage.render(link)).filter((node) => node !== null) as Node[]));
}

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function chooseBank(index: number): void {
  document.querySelectorAll<HTMLInputElement>('input[name=provider]')[index]!.checked = true;
}

async function pay(): Promise<void> {
  document.getElementById('pay-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  for (let i = 0; i < 10; i++) await settle();
}

describe('the payment page', () => {
  it('shows the chosen invoices that can be paid with their total, says why the others cannot, and asks for the bank', async () => {
    invoices.b = invoice('b', 'RE-2', 20.5, { orderId: '20261202100000000001', state: 'in-progress' });
    await open('/pay?invoice=a&invoice=b&invoice=c&invoice=zzz&invoice=a');

    expect([...document.querySelectorAll('#pay-invoices tbody tr')].map((row) => row.textContent)).toEqual(['RE-131 October 2026€10.10']);
    expect(text('pay-total')).toBe('To pay in all: €10.10');
    expect(text('pay-submit')).toBe('Pay €10.10');
    expect([...document.querySelectorAll('#pay-blocked li')].map((item) => item.textContent)).toEqual([
      'RE-2 – Payment in progress See the payment',
      'RE-3 – nothing left to pay',
      'zzz – no such invoice',
    ]);
    expect(document.querySelector('#pay-blocked a')!.getAttribute('href')).toBe('/payment?client=c1&order=20261202100000000001');
    expect(document.querySelector('#pay-bank legend')!.textContent).toBe('Bank');
    expect([...document.querySelectorAll('#pay-bank label')].map((label) => label.textContent)).toEqual(['Bank A', 'Bank B']);
  });

  it('asks for the bank before making an order, beside the banks', async () => {
    await open('/pay?invoice=a');

    await pay();

    expect(posted).toEqual([]);
    expect(text('pay-bank-error')).toBe('Choose the bank.');
    expect(document.activeElement).toBe(document.querySelector('input[name=provider]'));
  });

  it('says each refused field beside what it concerns, naming the invoice', async () => {
    created = { status: 400, body: { type: 'validation', title: 'Invalid', status: 400, errors: { 'invoiceIds[1]': ['Nothing is left to pay of RE-2.'] } } };
    await open('/pay?invoice=a&invoice=b');
    chooseBank(1);

    await pay();

    expect(posted).toEqual([{ invoiceIds: ['a', 'b'], provider: 'bank-b' }]);
    expect(text('pay-invoices-error')).toBe('RE-2: this invoice can no longer be paid (it may be paid already). Open the list of invoices again.');
    expect(text('pay-errors')).toBe('The payment could not be started. Check what is said below.');
    expect((document.getElementById('pay-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('after a 409, names the invoices a payment already holds, and does not take the payer to the bank', async () => {
    created = { status: 409, body: { type: 'https://portal/problems/payment-in-progress', title: 'A payment of these invoices is already in progress.', status: 409 } };
    await open('/pay?invoice=a&invoice=b');
    chooseBank(0);
    // Meanwhile another representative paid RE-2.
    invoices.b = invoice('b', 'RE-2', 20.5, { orderId: '20261202100000000009', state: 'awaiting-booking' });

    await pay();

    expect(text('pay-invoices-error')).toBe(
      'A payment of these invoices is already in progress, or paid and awaiting booking. Do not pay twice:RE-2 – Paid, awaiting booking See the payment',
    );
    expect(text('pay-errors')).toBe('The payment was not started.');
    expect(text('pay-going')).toBe('');
  });

  it('makes the order and posts the bank’s form to the bank', async () => {
    const submitted: HTMLFormElement[] = [];
    vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (this: HTMLFormElement) {
      submitted.push(this);
    });
    created = {
      status: 201,
      body: { order: { id: '20261202100000000002' }, form: { action: 'https://bank-a.example/pay', fields: [{ name: 'VK_SERVICE', value: '1012' }, { name: 'VK_MAC', value: 'x' }] } },
    };
    await open('/pay?invoice=a&invoice=b');
    chooseBank(0);

    await pay();

    expect(posted).toEqual([{ invoiceIds: ['a', 'b'], provider: 'bank-a' }]);
    expect(submitted.map((form) => [form.action, [...new FormData(form).keys()]])).toEqual([['https://bank-a.example/pay', ['VK_SERVICE', 'VK_MAC']]]);
    expect(text('pay-going')).toContain('Taking you to the bank');
    expect((document.getElementById('pay-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('tops up the advance of an advance-payment client by the amount typed, checked before it is sent', async () => {
    localStorage.setItem('portal.client', 'c2');
    created = { status: 400, body: { type: 'validation', title: 'Invalid', status: 400, errors: { amount: ['Too much.'] } } };
    await open('/pay');
    chooseBank(0);
    const amount = document.getElementById('pay-amount') as HTMLInputElement;
    expect(document.querySelector(`label[for=pay-amount]`)!.textContent).toBe('Amount (€)');

    amount.value = '12,345';
    await pay();
    expect(posted).toEqual([]);
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(text('pay-amount-error')).toMatch(/^Enter an amount in euros/);

    amount.value = '1 000 000,00';
    await pay();
    expect(posted).toEqual([{ amount: 1000000, provider: 'bank-a' }]);
    expect(text('pay-amount-error')).toMatch(/^Enter an amount in euros/);
  });

  it('offers nothing to pay when no invoice is chosen and the client does not pay in advance', async () => {
    await open('/pay');

    expect(document.getElementById('pay-form')).toBeNull();
    expect(document.body.textContent).toContain('No invoices are chosen.');
  });
});
