import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPaymentOrder, getPaymentOrder, getPaymentOrders } from './payments';

let sent: { method: string; url: string; headers: Headers; body: unknown }[] = [];

beforeEach(() => {
  sent = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push({ method: init.method ?? 'GET', url, headers: new Headers(init.headers), body: init.body });
    return Promise.resolve(new Response('{}', { status: 200 }));
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('the payment calls', () => {
  it('make an order of invoices or of a top-up as JSON, echoing the anti-forgery header', async () => {
    await createPaymentOrder('c/1', { invoiceIds: ['i1', 'i2'], provider: 'testbank' });
    await createPaymentOrder('c/1', { amount: 150.5 });

    expect(sent.map((call) => [call.method, call.url, call.body, call.headers.get('Content-Type'), call.headers.has('X-XSRF-TOKEN')])).toEqual([
      ['POST', '/api/clients/c%2F1/payment-orders', '{"invoiceIds":["i1","i2"],"provider":"testbank"}', 'application/json', true],
      ['POST', '/api/clients/c%2F1/payment-orders', '{"amount":150.5}', 'application/json', true],
    ]);
  });

  it('follow an order in the background when asked to, and page the history by its token', async () => {
    await getPaymentOrder('c1', '20261202100000000001', { background: true });
    await getPaymentOrder('c1', '20261202100000000001');
    await getPaymentOrders('c1', null);
    await getPaymentOrders('c1', 'next+1');

    expect(sent.map((call) => [call.url, call.headers.get('X-Portal-Background')])).toEqual([
      ['/api/clients/c1/payment-orders/20261202100000000001', 'true'],
      ['/api/clients/c1/payment-orders/20261202100000000001', null],
      ['/api/clients/c1/payment-orders', null],
      ['/api/clients/c1/payment-orders?continuationToken=next%2B1', null],
    ]);
  });
});
