import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, type Language } from './i18n';
import { menuButton, siteFooter } from './layout';
import { h } from './ui/dom';

const choose = (code: Language) => setLanguage(code, { setItem: () => undefined }, document.createElement('html'));

afterEach(() => choose('lv'));

describe('siteFooter', () => {
  it.each(['lv', 'en'] as const)('names the help contacts, phone and email, in %s §36', (code) => {
    choose(code);

    const footer = siteFooter();

    expect(footer.querySelector('a[href="tel:+37167332179"]')?.textContent).toBe('67332179');
    expect(footer.querySelector('a[href="mailto:info@vases.lv"]')?.textContent).toBe('info@vases.lv');
  });

  it.each([
    ['lv', 'sīkdatnēm'],
    ['en', 'cookies'],
  ] as const)('says in %s that the portal needs cookies and JavaScript §15.6', (code, cookies) => {
    choose(code);

    const text = siteFooter().textContent ?? '';

    expect(text).toContain(cookies);
    expect(text).toContain('JavaScript');
  });
});

describe('menuButton', () => {
  it('is a button that says whether the menu it controls is open, and opens and closes it', () => {
    const shown: boolean[] = [];
    const menu = h('div', { id: 'site-menu' });
    const button = menuButton(menu, false, (open) => shown.push(open));

    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-controls')).toBe('site-menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(shown).toEqual([true, false]);
  });

  it('closes the open menu on Escape and gives the focus back to the button', () => {
    const link = h('a', { href: '/terms' }, 'Terms');
    const menu = h('div', { id: 'site-menu' }, link);
    const button = menuButton(menu, true, () => undefined);
    document.body.replaceChildren(button, menu);
    link.focus();

    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });
});

describe('the page without JavaScript', () => {
  it('says in both languages that JavaScript and cookies are needed §15.6', () => {
    const html = readFileSync(join(import.meta.dirname, '..', 'index.html'), 'utf8');

    const noscript = new DOMParser().parseFromString(html, 'text/html').querySelector('body > noscript')?.textContent ?? '';

    expect(noscript).toContain('JavaScript');
    expect(noscript).toContain('sīkdatnēm');
    expect(noscript).toContain('cookies');
  });
});
