// What every ES staff page shares: the sign-in gate, the heading, times in Riga, and the action
// forms. The server checks every role; the pages only leave out what a role may not do.

import { formatInstant, t, type MessageKey } from '../../i18n';
import type { Link } from '../../router';
import { signedInStaff, type Staff } from '../../session';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';

export const time = (iso: string): string => formatInstant(iso);

export const heading = (key: MessageKey): HTMLElement => h('h1', { tabindex: '-1' }, t(key));

/** The staff member, or the page that asks them to sign in (a person's session is not staff). */
export function staffOr(key: MessageKey, link: Link): { staff: Staff } | { page: (Node | null)[] } {
  const staff = signedInStaff();
  return staff ? { staff } : { page: [heading(key), h('p', {}, t('staff.signInFirst'), ' ', link('/staff/sign-in', t('staff.signIn')))] };
}

/** A staff action: the API's field errors (or its detail) are shown in the form. */
export function actionForm(label: string, send: () => Promise<void>, ...fields: HTMLElement[]): HTMLFormElement {
  const form = sendingForm(h('div', { class: 'form-error', role: 'alert' }), h('button', { type: 'submit' }, label), send, {}, ...fields);
  form.className = 'staff-action';
  return form;
}

export function reasonField(id: string): { element: HTMLElement; input: HTMLTextAreaElement } {
  const input = h('textarea', { rows: '2', maxlength: '2000' });
  return { input, element: field(id, t('staff.reason'), input) };
}

/** A search by a query of two characters or more; never read from or kept in the address, as it may be a personal code. */
export function searchInput(): HTMLInputElement {
  return h('input', { type: 'search', minlength: '2' });
}
