import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setNavigator } from '../../navigation';
import type { Link } from '../../router';
import { loadSession, signedInUser } from '../../session';
import { acceptTermsPage } from './accept-terms';

const user = {
  id: 'u1',
  email: 'janis@example.lv',
  firstName: 'Jānis',
  lastName: 'Bērziņš',
  language: 'lv',
  phone: '+371 20000000',
  address: 'Rīga',
  mustChangePassword: false,
  mustAcceptTerms: true,
  hasPassword: true,
  clients: [],
  session: { id: 's1', startedAt: '2026-11-25T09:00:00Z', expiresAt: '2026-11-25T09:30:00Z', absoluteExpiresAt: '2026-11-25T21:00:00Z', idleTimeoutSeconds: 1800 },
};

const terms = {
  version: 5,
  documentName: 'Klientu portāla lietošanas noteikumi',
  approvedOn: '2026-11-20',
  validityNote: '',
  inForce: true,
  textAvailable: true,
  sha256: 'ab',
  language: 'lv',
  text: '1. Jauna redakcija.',
};

const link: Link = (path, text) => Object.assign(document.createElement('a'), { href: path, textContent: text });

let sent: string[] = [];
let navigated: string[] = [];

beforeEach(async () => {
  sent = [];
  navigated = [];
  setNavigator((path) => navigated.push(path));
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push(`${init.method ?? 'GET'} ${url}`);
    if (url === '/api/auth/session') return Promise.resolve(new Response(JSON.stringify({ signedIn: true, user, staff: null, externalProviders: [] }), { status: 200 }));
    if (url === '/api/terms/current') return Promise.resolve(new Response(JSON.stringify(terms), { status: 200 }));
    return Promise.resolve(new Response(null, { status: 204 }));
  });
  await loadSession();
  sent = [];
});

afterEach(() => vi.unstubAllGlobals());

describe('acceptTermsPage', () => {
  it('lets a user who does not accept the changed terms sign out and leave, accepting nothing §16.2', async () => {
    const page = document.createElement('div');
    page.append(...((await acceptTermsPage.render(link)).filter((node) => node !== null) as Node[]));
    expect(page.textContent).toContain('16.2');

    page.querySelector<HTMLButtonElement>('button.secondary')!.click();

    await vi.waitFor(() => expect(navigated).toEqual(['/']));
    expect(sent).toEqual(['GET /api/terms/current', 'POST /api/auth/sign-out']);
    expect(signedInUser()).toBeNull();
  });
});
