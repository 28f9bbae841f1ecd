// A form begun from a permit (an amendment): the server fills the draft from the permit's stored values,
// kept under `before`, and every field is shown beside the value the permit has now, a change marked in
// words as well as at the side, read with the field by a screen reader, stacked on a narrow screen.

import { ApiProblemError } from '../../api/http';
import { getPermits } from '../../api/permits';
import { createDraftFromPermit, type Content, type FormDefinition, type FormField } from '../../api/submissions';
import { t } from '../../i18n';
import { h } from '../../ui/dom';
import { problemText } from '../../ui/problem';
import { valueAt, type Path } from './content';
import { local } from './submissions';

/** How a field's value reads (its option's words, yes or no, or as it is). */
export type Shown = (field: FormField, value: unknown) => string;

const isObject = (value: unknown): value is Content => value !== null && typeof value === 'object' && !Array.isArray(value);

const empty = (value: unknown): boolean => value === undefined || value === null || value === '';

const same = (a: unknown, b: unknown): boolean => (empty(a) && empty(b)) || JSON.stringify(a) === JSON.stringify(b);

/** The permit's values as the draft began, for a form begun from a permit; null for any other. */
export function beforeOf(form: FormDefinition, content: Content): Content | null {
  return form.beginsFrom === 'permit' && isObject(content['before']) ? content['before'] : null;
}

/** A value the server set: the permit it amends by number; for the permit's values, how they are shown. */
export function snapshotElement(field: FormField, content: Content): HTMLElement {
  const value = content[field.path];
  if (isObject(value)) return h('p', { class: 'hint snapshot' }, t('amendment.beside'));
  const before = content['before'];
  const number = isObject(before) && typeof before['number'] === 'string' ? before['number'] : String(value ?? '');
  return h('p', { class: 'snapshot', id: 'amended-permit' }, h('strong', {}, `${local(field.label)}: `), number);
}

/**
 * The permit's value beside a field and the mark that says it changed, kept current as the user types
 * (`current` reads the value as the form holds it). The input names both (aria-describedby).
 */
export function besidePermit(before: Content, path: Path, field: FormField, input: HTMLElement, id: string, current: () => unknown, shown: Shown): { was: HTMLElement; mark: HTMLElement } {
  const old = valueAt(before, path);
  const was = h(
    'p',
    { class: 'was', id: `${id}-was` },
    h('span', { class: 'was-label' }, `${t('amendment.inPermit')}: `),
    empty(old) ? t('amendment.notInPermit') : shown(field, old),
  );
  const mark = h('p', { class: 'change-mark', id: `${id}-change` });
  input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${id}-was ${id}-change`.trim());
  const refresh = () => {
    const changed = !same(old, current());
    mark.textContent = changed ? t('amendment.changed') : '';
    mark.closest('.field')?.setAttribute('data-changed', String(changed));
  };
  input.addEventListener('input', refresh);
  input.addEventListener('change', refresh);
  queueMicrotask(refresh);
  return { was, mark };
}

/** For the review: what the permit had, where the value changed; empty where it did not. */
export function wasText(before: Content | null, path: Path, field: FormField, value: unknown, shown: Shown): string {
  if (!before) return '';
  const old = valueAt(before, path);
  return same(old, value) ? '' : ` (${t('amendment.inPermit').toLowerCase()}: ${empty(old) ? t('amendment.notInPermit') : shown(field, old)})`;
}

/** Before the draft exists: which of the client's permits it amends; the server then begins it with the permit's values. */
export async function permitStart(clientId: string, form: FormDefinition, readsPermits: boolean): Promise<HTMLElement> {
  if (!readsPermits) return h('p', { id: 'no-permits' }, t('amendment.needsTechnical'));
  const permits = await getPermits(clientId, {}, null).then((page) => page.items, () => []);
  if (permits.length === 0) return h('p', { id: 'no-permits' }, t('amendment.noPermits'));
  const select = h(
    'select',
    { id: 'amend-permit', required: true },
    h('option', { value: '' }, t('submission.choose')),
    permits.map((p) => h('option', { value: p.id }, `${p.number}${p.callSign ? ` (${p.callSign})` : ''}`)),
  );
  const error = h('div', { class: 'form-error', role: 'alert' });
  const begin = h('button', { type: 'submit', class: 'primary', id: 'amend-begin' }, t('amendment.begin'));
  const start = h('form', { novalidate: true }, h('div', { class: 'field' }, h('label', { for: 'amend-permit' }, t('amendment.choosePermit')), select), error, begin);
  start.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      error.replaceChildren();
      if (!select.value) {
        error.append(h('p', {}, t('amendment.choosePermitFirst')));
        return;
      }
      begin.disabled = true;
      try {
        const draft = await createDraftFromPermit(clientId, form.kind, form.version, select.value);
        location.assign(`/submission?id=${encodeURIComponent(draft.id)}`);
      } catch (failure) {
        if (!(failure instanceof ApiProblemError)) throw failure;
        error.append(h('p', {}, problemText(failure.problem)));
        begin.disabled = false;
      }
    })();
  });
  return start;
}
