import { t, type MessageKey } from '../i18n';
import { h } from './dom';

/** A record as a definition list of the fields that have a value; none when no field has one. */
export function detailsList(rows: [MessageKey, string | null | undefined][], id?: string): HTMLElement | null {
  const present = rows.filter((row): row is [MessageKey, string] => row[1] !== null && row[1] !== undefined && row[1] !== '');
  return present.length === 0 ? null : h('dl', { class: 'terms-meta', id }, present.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
}
