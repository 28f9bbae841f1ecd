import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession } from './account';
import { acceptInvitation } from './auth';
import { getInvoices, getStatement, invoicePdfUrl } from './billing';
import { revokeInvitation } from './clients';
import { getPermits } from './permits';
import { submitApplication } from './registrations';
import { actOnUser, findClients, findUsers, getPendingApplications, resolvePaymentFlag } from './staff';

interface Sent {
  method: string;
  url: string;
  body: BodyInit | null | undefined;
}

let sent: Sent[] = [];

beforeEach(() => {
  sent = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push({ method: init.method ?? 'GET', url, body: init.body });
    return Promise.resolve(new Response(JSON.stringify({ items: [], continuationToken: null }), { status: 200 }));
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('the API calls', () => {
  it('escape each id as one path segment', async () => {
    await revokeInvitation('client/1', 'inv 2?x');
    await endSession('../others');
    await resolvePaymentFlag('1/2', 'Returned.');

    expect(sent.map((call) => `${call.method} ${call.url}`)).toEqual([
      'DELETE /api/clients/client%2F1/representatives/invitations/inv%202%3Fx',
      'DELETE /api/me/sessions/..%2Fothers',
      'POST /api/staff/payment-orders/1%2F2/resolve',
    ]);
    expect(invoicePdfUrl('c 1', 'i/2')).toBe('/api/clients/c%201/invoices/i%2F2/pdf');
  });

  it('send a list filter and a continuation token as the query, leaving out what is not given', async () => {
    await getInvoices('c1', { number: '', state: '' }, null);
    await getInvoices('c1', { number: 'RE-2026/01', state: 'open,overdue', sort: 'due' }, 'a+b=');
    await getPermits('c1', { service: '' }, null);
    await getPermits('c1', { service: 'land-mobile' }, 'next');
    await getStatement('c1', '2025-02', '2026-01');
    await getPendingApplications();

    expect(sent.map((call) => call.url)).toEqual([
      '/api/clients/c1/invoices',
      '/api/clients/c1/invoices?number=RE-2026%2F01&state=open%2Coverdue&sort=due&continuationToken=a%2Bb%3D',
      '/api/clients/c1/permits',
      '/api/clients/c1/permits?service=land-mobile&continuationToken=next',
      '/api/clients/c1/statement?from=2025-02&to=2026-01',
      '/api/staff/registrations?status=pending',
    ]);
  });

  it('send staff searches, which may hold a personal code, in a POST body and never in the URL', async () => {
    await findUsers('010190-12349');
    await findClients('Bērziņš & co');

    expect(sent).toEqual([
      { method: 'POST', url: '/api/staff/users/search', body: '{"query":"010190-12349"}' },
      { method: 'POST', url: '/api/staff/clients/search', body: '{"query":"Bērziņš & co"}' },
    ]);
  });

  it('send a reason only with the staff actions that take one', async () => {
    await actOnUser('u1', { action: 'block', reason: 'Asked by the client' });
    await actOnUser('u1', { action: 'demand-password-change' });

    expect(sent).toEqual([
      { method: 'POST', url: '/api/staff/users/u1/block', body: '{"reason":"Asked by the client"}' },
      { method: 'POST', url: '/api/staff/users/u1/demand-password-change', body: undefined },
    ]);
  });

  it('accept an invitation with the new account only when there is one to create', async () => {
    await acceptInvitation('t');
    await acceptInvitation('t', { firstName: 'Ilze', lastName: 'Kalna', password: 'Saule-2026x', acceptedTermsVersion: 4 });

    expect(sent.map((call) => call.body)).toEqual(['{"token":"t"}', '{"token":"t","firstName":"Ilze","lastName":"Kalna","password":"Saule-2026x","acceptedTermsVersion":4}']);
  });

  it("send a company's application as a form with its document, a person's as JSON", async () => {
    const document = new File(['%PDF-1.7'], 'authority.pdf', { type: 'application/pdf' });
    await submitApplication({ personKind: 'natural', language: 'lv', acceptedTermsVersion: 4, firstName: 'Jānis' });
    await submitApplication({ personKind: 'legal', language: 'lv', acceptedTermsVersion: 4, companyName: 'SIA Ābols' }, document);

    expect(sent[0]!.body).toBe('{"personKind":"natural","language":"lv","acceptedTermsVersion":4,"firstName":"Jānis"}');
    const form = sent[1]!.body as FormData;
    expect([...form.keys()]).toEqual(['personKind', 'language', 'acceptedTermsVersion', 'companyName', 'document']);
    expect((form.get('document') as File).name).toBe('authority.pdf');
  });
});
