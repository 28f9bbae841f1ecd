import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Link } from '../../router';
import { loadSession } from '../../session';
import { staffRegistrationPage } from './application';

const application = {
  id: 'a1',
  status: 'pending',
  personKind: 'natural',
  firstName: 'Jānis',
  lastName: 'Bērziņš',
  personalCode: '010190-12349',
  companyName: null,
  registrationNumber: null,
  position: null,
  address: 'Rīga',
  email: 'janis@example.lv',
  phone: '+371 20000000',
  language: 'lv',
  acceptedTermsVersion: 4,
  hasDocument: false,
  submittedAt: '2026-11-25T09:00:00Z',
  scopes: [],
  reason: null,
  existingClientId: 'c1',
};

const staff = { id: 's1', name: 'Operators', email: 'operators@example.lv', roles: ['Portal.Operator'] };

const link: Link = (path, text) => Object.assign(document.createElement('a'), { href: path, textContent: text });

const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

let clientAnswer: () => Promise<Response>;

beforeEach(async () => {
  history.replaceState(null, '', '/staff/registration?id=a1');
  vi.stubGlobal('fetch', (url: string) => {
    if (url === '/api/auth/session') return json({ signedIn: false, user: null, staff, externalProviders: [] });
    if (url === '/api/staff/registrations/a1') return json(application);
    if (url === '/api/staff/clients/c1') return clientAnswer();
    return Promise.resolve(new Response(null, { status: 204 }));
  });
  await loadSession();
});

afterEach(() => vi.unstubAllGlobals());

const render = async () => {
  const page = document.createElement('div');
  page.append(...(await staffRegistrationPage.render(link)).filter((node): node is Node => node !== null));
  return page;
};

describe('staffRegistrationPage', () => {
  it('shows the existing client and who acts for it', async () => {
    clientAnswer = () => json({ client: { id: 'c1', name: 'Jānis Bērziņš' }, representatives: [] });

    const page = await render();

    expect(page.textContent).toContain('010190-12349');
    expect(page.querySelector('a[href="/staff/client?id=c1"]')?.textContent).toBe('Jānis Bērziņš');
    expect(page.querySelector('#existing-client-unavailable')).toBeNull();
  });

  it('still shows the application, with a notice, when the existing client cannot be read', async () => {
    clientAnswer = () => json({ type: 'about:blank', title: 'Unavailable', status: 503 }, 503);

    const page = await render();

    expect(page.textContent).toContain('010190-12349');
    expect(page.querySelector('#existing-client-unavailable')).not.toBeNull();
    expect(page.querySelector('button[type="submit"]')).not.toBeNull();
  });
});
