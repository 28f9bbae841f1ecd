import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaymentOrder } from '../../api/payments';
import { setLanguage } from '../../i18n';
import type { Link } from '../../router';
import { h } from '../../ui/dom';
import { loadSession } from '../../session';
import { currentClient } from '../clients/current-client';
import { followOrder, paymentPage } from './payment';

const link: Link = (path, text) => h('a', { href: path }, text);
const start = Date.parse('2026-12-02T10:00:00Z');

function order(status: PaymentOrder['status'], expiresInSeconds: number): PaymentOrder {
  return {
    id: '20261202100000000001',
    provider: 'testbank',
    kind: 'invoices',
    status,
    amount: 30.6,
    currency: 'EUR',
    reference: 'RF18000000000000000000001',
    message: 'Rēķini: RE-1, RE-2',
    invoices: [
      { id: 'a', number: 'RE-1', dueOn: '2026-11-30', amount: 10.1 },
      { id: 'b', number: 'RE-2', dueOn: '2026-12-15', amount: 20.5 },
    ],
    createdAt: new Date(start).toISOString(),
    createdBy: 'Ilze Kalna',
    expiresAt: new Date(start + expiresInSeconds * 1000).toISOString(),
    paidAt: status === 'paid' ? new Date(start + 5000).toISOString() : null,
    transactionId: null,
    bookedAt: null,
  };
}

let asked: { url: string; background: string | null }[] = [];

function answering(...answers: PaymentOrder[]): void {
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    asked.push({ url, background: new Headers(init.headers).get('X-Portal-Background') });
    const answer = answers[Math.min(asked.length - 1, answers.length - 1)]!;
    return Promise.resolve(new Response(JSON.stringify(answer), { status: 200 }));
  });
}

const state = () => document.getElementById('payment-state')!;

beforeEach(() => {
  asked = [];
  vi.useFakeTimers({ now: start });
  setLanguage('en', { setItem: () => undefined }, document.createElement('html'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
});

describe('the page of a payment the payer comes back to', () => {
  it('asks for the order in the background every 2.5 s while it is pending, says the change in its live region, then stops', async () => {
    answering(order('pending', 1200), order('paid', 1200));
    document.body.append(...followOrder(link, 'c1', order('pending', 1200), [{ id: 'testbank', name: 'Test Bank' }], true));
    const region = state();
    expect(region.getAttribute('role')).toBe('status');
    expect(region.textContent).toContain('Waiting for the bank');

    await vi.advanceTimersByTimeAsync(2499);
    expect(asked).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual([{ url: '/api/clients/c1/payment-orders/20261202100000000001', background: 'true' }]);
    expect(region.textContent).toContain('Waiting for the bank');

    await vi.advanceTimersByTimeAsync(2500);
    expect(asked).toHaveLength(2);
    // The same live region, its words changed: a screen reader says the outcome.
    expect(state()).toBe(region);
    expect(region.textContent).toContain('Paid, awaiting booking');
    expect(region.textContent).toContain('The bank confirmed the payment');
    expect(document.getElementById('payment-details')!.textContent).toContain('Test Bank');
    expect([...document.querySelectorAll('#payment-invoices a')].map((a) => a.getAttribute('href'))).toEqual(['/invoice?id=a', '/invoice?id=b']);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(2);
  });

  it('stops asking once the answer window has passed, and says what to do when the bank did not answer', async () => {
    answering(order('pending', 6));
    document.body.append(...followOrder(link, 'c1', order('pending', 6), [], false));

    await vi.advanceTimersByTimeAsync(30_000);

    // Asked at 2.5 s and 5 s; at 7.5 s the window (6 s) had passed.
    expect(asked).toHaveLength(2);
    expect(state().textContent).toContain('did not answer in time');
    expect(document.getElementById('payment-check')!.hidden).toBe(false);
    expect(document.querySelectorAll('#payment-invoices a')).toHaveLength(0);
  });

  it('stops asking when the user has gone to another page', async () => {
    answering(order('pending', 1200));
    document.body.append(...followOrder(link, 'c1', order('pending', 1200), [], true));
    await vi.advanceTimersByTimeAsync(2500);
    expect(asked).toHaveLength(1);

    document.body.replaceChildren();
    await vi.advanceTimersByTimeAsync(30_000);

    expect(asked).toHaveLength(1);
  });
});

describe('where the bank sends the payer back', () => {
  const me = {
    id: 'u1',
    clients: [
      { id: 'c1', name: 'SIA Viens', kind: 'legal', scopes: ['finance'] },
      { id: 'c2', name: 'SIA Divi', kind: 'legal', scopes: ['finance'] },
    ],
  };

  async function render(path: string): Promise<string> {
    history.replaceState({}, '', path);
    document.body.replaceChildren(...((await paymentPage.render(link)).filter((node) => node !== null) as Node[]));
    return document.body.textContent ?? '';
  }

  beforeEach(async () => {
    vi.useRealTimers();
    vi.stubGlobal('fetch', (url: string) => {
      const answer = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
      if (url === '/api/auth/session') return answer({ signedIn: true, user: me, staff: null, externalProviders: [] });
      if (url === '/api/clients/c2') return answer({ id: 'c2', name: 'SIA Divi', kind: 'legal', billingArrangement: null, services: [], scopes: ['finance'], capabilities: ['payments'] });
      if (url === '/api/clients/c2/payment-orders') return answer({ items: [], continuationToken: null, providers: [{ id: 'testbank', name: 'Test Bank' }] });
      return url === '/api/clients/c2/payment-orders/20261202100000000001'
        ? answer(order('booked', 0))
        : Promise.resolve(new Response(JSON.stringify({ type: 'x', title: 'Not found', status: 404 }), { status: 404 }));
    });
    localStorage.setItem('portal.client', 'c1');
    await loadSession();
  });

  afterEach(() => {
    localStorage.clear();
    history.replaceState({}, '', '/');
  });

  it('makes the order’s client the current one and shows the order as stored', async () => {
    const shown = await render('/payment?client=c2&order=20261202100000000001');

    expect(currentClient()?.id).toBe('c2');
    expect(shown).toContain('SIA Divi');
    expect(state().textContent).toContain('The payment has been received and booked.');
    expect(shown).toContain('Test Bank');
  });

  it('shows no order of a client the user does not act for, and keeps the current client', async () => {
    const shown = await render('/payment?client=c9&order=20261202100000000001');

    expect(shown).toContain('This payment is of a client you do not act for in the portal.');
    expect(currentClient()?.id).toBe('c1');
  });

  it('says, when the bank’s answer was refused, not to pay again and whom to contact, with no phone number', async () => {
    const shown = await render('/payment?answer=refused');

    expect(shown).toContain('The bank’s answer could not be accepted');
    expect(shown).toContain('Do not pay again.');
    expect(shown).toContain('contact VAS “Elektroniskie sakari”');
    expect(shown).not.toMatch(/\d{8}/);
  });
});
