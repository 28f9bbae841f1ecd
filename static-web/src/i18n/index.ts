// The language the page speaks and the words it uses: t() for a key the code names, label() for a
// value the API names (a status, a kind), and business dates as each language writes them.

import { en } from './en';
import { lv, type MessageKey } from './lv';

export type { MessageKey };
export type Language = 'lv' | 'en';
export const languages: readonly Language[] = ['lv', 'en'];

export const messages: Record<Language, Record<MessageKey, string>> = { lv, en };

/** Every key's prefixes: 'staff.kind.legal' gives 'staff' and 'staff.kind'. */
type Prefixes<Key extends string> = Key extends `${infer Head}.${infer Tail}` ? Head | `${Head}.${Prefixes<Tail>}` : never;

/** A prefix some message keys share ('permits.status', 'service'): label() takes only these, so a misspelt one fails the type check. */
export type MessagePrefix = Prefixes<MessageKey>;

const storageKey = 'portal.language';
let current: Language = 'lv';

export function t(key: MessageKey): string {
  return messages[current][key];
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(lv, key);
}

/** The words the table has for a value under the prefix, or undefined when it has none. */
export function textFor(prefix: MessagePrefix, value: string): string | undefined {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : undefined;
}

/**
 * The words for a value the API names (a status, a kind, a polarisation), looked up under the prefix;
 * the value itself when the table has no words for it yet, so a new value the back office sends still shows.
 */
export function label(prefix: MessagePrefix, value: string): string {
  return textFor(prefix, value) ?? value;
}

export function language(): Language {
  return current;
}

/** The remembered choice, else Latvian: the portal is Latvian first. */
export function initialLanguage(storage: Pick<Storage, 'getItem'>): Language {
  const saved = storage.getItem(storageKey);
  return saved === 'en' || saved === 'lv' ? saved : 'lv';
}

export function setLanguage(next: Language, storage: Pick<Storage, 'setItem'>, root: HTMLElement): void {
  current = next;
  storage.setItem(storageKey, next);
  root.lang = next;
}

/** A moment (an ISO timestamp) as Riga's date and time in the chosen language. */
export function formatInstant(iso: string, lang: Language = current): string {
  return new Intl.DateTimeFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Riga' }).format(new Date(iso));
}

/** A business date (yyyy-mm-dd) as people read it in the chosen language. */
export function formatDate(isoDate: string, lang: Language = current): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (lang === 'lv') {
    return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}.`;
  }
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
