import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { siteFooter } from '../../layout';
import type { Link } from '../../router';
import { privacyPage } from './privacy';

const notice = {
  lv: { title: 'Privātuma paziņojums', paragraphs: ['Rakstiet info@vases.lv.'], retention: [{ kind: 'outbox', what: 'Nosūtītie e-pasti', why: '§25', days: 90 }] },
  en: { title: 'Privacy notice', paragraphs: ['Write to info@vases.lv.'], retention: [{ kind: 'outbox', what: 'Sent emails', why: '§25', days: 90 }] },
};

const link: Link = (path, text) => Object.assign(document.createElement('a'), { href: path, textContent: text });

beforeEach(() => {
  vi.stubGlobal('fetch', (url: string) =>
    Promise.resolve(url === '/api/privacy' ? new Response(JSON.stringify(notice), { status: 200 }) : new Response(null, { status: 404 })),
  );
});

afterEach(() => vi.unstubAllGlobals());

describe('privacyPage', () => {
  it('shows the notice with each kind of data and the days the settings keep it §9', async () => {
    const page = document.createElement('div');
    page.append(...((await privacyPage.render(link)).filter((node) => node !== null) as Node[]));

    expect(page.querySelector('h1')?.textContent).toBe('Privātuma paziņojums');
    expect(page.querySelector('tr[data-kind="outbox"]')?.textContent).toContain('90 dienas');
    expect(page.textContent).toContain('info@vases.lv');
  });

  it('is linked from the footer of every page §23.1', () => {
    expect(siteFooter().querySelector('a[href="/privacy"]')).not.toBeNull();
  });
});
