import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatDate, initialLanguage, label, messages, setLanguage, t, textFor, type MessageKey } from './index';
import { lv } from './lv';

// Keys that are deliberately empty in one language (the note on Latvian-only terms needs no Latvian).
const intentionallyEmpty = new Set(['lv:terms.languageNote']);

describe('translation table', () => {
  it('has text for every key in both languages', () => {
    for (const [lang, table] of Object.entries(messages)) {
      for (const [key, text] of Object.entries(table)) {
        if (intentionallyEmpty.has(`${lang}:${key}`)) continue;
        expect(text.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('has the same keys in English as in Latvian, the source', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(lv).sort());
  });

  it('does not compile a table that misses a key or has one Latvian lacks', () => {
    // @ts-expect-error - 'app.company' and every other key are missing
    const incomplete: Record<MessageKey, string> = { 'app.name': 'x' };
    // @ts-expect-error - Latvian has no such key
    const extra: Record<MessageKey, string> = { ...en, 'no.such.key': 'x' };
    expect([incomplete, extra]).toHaveLength(2);
  });

  it('names the help contacts of clause 36 in both languages only once, in the footer keys', () => {
    expect(Object.values(messages.lv).join(' ')).not.toContain('67332179');
    expect(Object.values(messages.en).join(' ')).not.toContain('67332179');
  });
});

describe('language', () => {
  it('starts in Latvian unless English was remembered', () => {
    expect(initialLanguage({ getItem: () => null })).toBe('lv');
    expect(initialLanguage({ getItem: () => 'en' })).toBe('en');
    expect(initialLanguage({ getItem: () => 'de' })).toBe('lv');
  });

  it('remembers the choice and sets the page language', () => {
    const saved = new Map<string, string>();
    const root = document.createElement('html');

    setLanguage('en', { setItem: (k, v) => saved.set(k, v) }, root);

    expect(root.lang).toBe('en');
    expect([...saved.values()]).toEqual(['en']);
    expect(t('nav.terms')).toBe('Terms of use');
    setLanguage('lv', { setItem: () => undefined }, root);
    expect(t('nav.terms')).toBe('Lietošanas noteikumi');
  });

  it('writes business dates as each language reads them', () => {
    expect(formatDate('2023-04-18', 'lv')).toBe('18.04.2023.');
    expect(formatDate('2023-04-18', 'en')).toBe('18 April 2023');
  });
});

describe('label', () => {
  it('translates a value the API names, and shows a value it has no words for as it is', () => {
    setLanguage('en', { setItem: () => undefined }, document.createElement('html'));
    expect(label('permits.status', 'suspended')).toBe('Suspended');
    expect(label('permit.direction', 'txrx')).toBe('Transmit and receive');
    expect(label('permit.polarization', 'circular-left')).toBe('Left-hand circular');
    expect(label('permit.polarization', 'slant-45')).toBe('slant-45');
    setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
    expect(label('permits.status', 'expired')).toBe('Beigusies');
    expect(label('service', 'land-mobile')).toBe('Sauszemes mobilie sakari');
  });

  it('has no words for a value outside the table, nor for a key of the object prototype', () => {
    expect(textFor('scope', 'finance')).toBe('norēķini');
    expect(textFor('scope', 'owner')).toBeUndefined();
    expect(textFor('app', 'constructor')).toBeUndefined();
  });
});
