// One application or request: the form laid out from its definition a step at a time, saved as the
// user types (a copy kept in this browser until the server has it), a stale copy's conflict offered
// to resolve, and the last step's review and confirmation with the password, which sends it once.

import { ApiProblemError, ApiUnavailableError, type Problem } from '../../api/http';
import { getPermits } from '../../api/permits';
import {
  createDraft,
  getForms,
  getSubmission,
  receiptUrl,
  saveDraft,
  submitDraft,
  type Content,
  type FormDefinition,
  type FormField,
  type Submission,
  type SubmitReceipt,
} from '../../api/submissions';
import { formatInstant, t } from '../../i18n';
import type { Page } from '../../router';
import { signedInUser } from '../../session';
import { h } from '../../ui/dom';
import { problemText } from '../../ui/problem';
import { reauthenticate } from '../../ui/reauthenticate';
import { clientWith } from '../clients/current-client';
import { draftAttachments, sentAttachments, type DraftAttachments } from './attachments';
import { beforeOf, besidePermit, permitStart, snapshotElement, wasText, type Shown } from './amendment';
import { followUp } from './history';
import { keepLocal, localKey, pathName, readLocal, removeAt, setAt, valueAt, type Path } from './content';
import { deadlineFor } from './deadline';
import { formTitle, local } from './submissions';

/** How long typing pauses before the draft is saved. */
const saveAfterMilliseconds = 800;

/** How soon a save that could not reach the server is tried again. */
const retryMilliseconds = 5000;

type SaveState = 'new' | 'unsaved' | 'saving' | 'saved' | 'offline' | 'failed';

const isObject = (value: unknown): boolean => value !== null && typeof value === 'object';

const fieldId = (path: Path): string => `f-${pathName(path).replace(/[^A-Za-z0-9]+/g, '-')}`;

/** A sent submission: its receipt and what was sent. */
function sentView(clientId: string, form: FormDefinition | undefined, submission: Submission, receipt?: SubmitReceipt): (Node | null)[] {
  const number = receipt?.receiptNumber ?? submission.receiptNumber;
  return [
    h('h2', { id: 'sent-title' }, submission.status !== 'sending' || receipt ? t('submission.sent') : t('submission.sending')),
    number ? h('p', { id: 'receipt-number' }, `${t('submission.receiptNumber')}: `, h('strong', {}, number)) : null,
    receipt ? h('p', { class: 'hash' }, `SHA-256: ${receipt.sha256}`) : null,
    receipt ? h('p', {}, `${t('submission.sentAt')}: ${formatInstant(receipt.submittedAt)}`) : null,
    h('p', {}, h('a', { id: 'receipt-link', href: receiptUrl(clientId, submission.id), download: '' }, t('submission.receiptPdf'))),
    form ? summary(form, submission.content) : null,
    sentAttachments(clientId, submission.id, submission.attachments),
  ];
}

/** A value as the summary reads it: its option's words, yes or no, or as it is. */
const shown: Shown = (field, value) =>
  typeof value === 'boolean' ? t(value ? 'submission.yes' : 'submission.no') : field.options?.[String(value)] ? local(field.options[String(value)]!) : String(value);

/** The content as label and value lines, in the form's order (for an amendment, with what the permit had where it changed). */
function summary(form: FormDefinition, content: Content): HTMLElement {
  const list = h('dl', { class: 'terms-meta summary' });
  const before = beforeOf(form, content);
  const add = (fields: FormField[], base: Path, prefix: string) => {
    for (const field of fields) {
      const path = [...base, field.path];
      const value = valueAt(content, path);
      const label = prefix + local(field.label);
      if (field.input === 'group' && field.fields) add(field.fields, path, `${label} · `);
      else if (field.input === 'list' && field.fields && Array.isArray(value)) value.forEach((_, i) => add(field.fields!, [...path, i], `${label} ${i + 1} · `));
      // The permit it amends by number; its values as they were stand beside the changed ones instead.
      else if (field.input === 'snapshot') { if (!isObject(value)) list.append(h('dt', {}, label), h('dd', {}, shown(field, before?.['number'] ?? value))); }
      else if (value !== undefined && value !== '') list.append(h('dt', {}, label), h('dd', {}, shown(field, value), wasText(before, path, field, value, shown)));
    }
  };
  for (const step of form.steps) add(step.fields, [], '');
  return list;
}

export const submissionPage: Page = {
  title: () => t('submission.title'),
  render: async (link) => {
    const who = await clientWith('submissions', link, 'submission.title');
    if ('page' in who) return who.page;
    const clientId = who.client.id;
    const query = new URLSearchParams(location.search);
    const [{ forms }, loaded] = await Promise.all([getForms(clientId), query.get('id') ? getSubmission(clientId, query.get('id')!) : Promise.resolve(null)]);
    const kind = loaded?.kind ?? query.get('kind') ?? '';
    const form = forms.find((f) => f.kind === kind);
    const heading = h('h1', { tabindex: '-1' }, form ? local(form.title) : t('submission.title'));
    if (loaded && loaded.status !== 'draft') return [heading, h('p', {}, who.client.name), ...sentView(clientId, form, loaded), followUp(clientId, loaded)];
    if (!form) return [heading, h('p', {}, t('submission.noForm')), h('p', {}, link('/submissions', t('submissions.title')))];
    // A form begun from a permit: the permit first; the server begins the draft with its values.
    if (!loaded && form.beginsFrom === 'permit')
      return [heading, h('p', {}, who.client.name), h('p', {}, local(form.description)), await permitStart(clientId, form, who.client.capabilities.includes('permits')), h('p', {}, link('/submissions', t('submission.toList')))];

    const userId = signedInUser()?.id ?? '';
    let draftId = loaded?.id ?? null;
    let etag = loaded?.etag ?? null;
    let problems: Record<string, string[]> = loaded?.problems ?? {};
    let content: Content = structuredClone(loaded?.content ?? {});
    let key = localKey(userId, clientId, draftId ?? `new-${form.kind}`);
    const notices = h('div', { role: 'status' });

    // What this browser kept of the same copy and the server does not have yet comes back.
    const kept = readLocal(localStorage, key);
    const restored = kept !== null && kept.etag === etag && JSON.stringify(kept.content) !== JSON.stringify(content);
    if (restored) {
      content = kept.content;
      notices.append(h('p', { class: 'notice', id: 'restored' }, t('submission.restored')));
    }

    const state = h('p', { id: 'save-state', class: 'save-state', 'aria-live': 'polite' });
    const conflict = h('div', { id: 'save-conflict', role: 'alert', hidden: true });
    const showState = (now: SaveState, detail = '') => {
      state.dataset['state'] = now;
      state.textContent = `${t(`submission.state.${now}`)}${detail}`;
    };
    showState(draftId ? 'saved' : 'new', loaded ? ` ${formatInstant(loaded.updatedAt)}` : '');

    let timer: number | undefined;
    let dirty = false;
    let saving: Promise<void> | null = null;
    const touched = new Set<string>();
    const errorSlots = new Map<string, HTMLElement>();
    const showProblems = () => {
      for (const [name, slot] of errorSlots) {
        const messages = touched.has(name) ? (problems[name] ?? []) : [];
        slot.textContent = messages.join(' ');
        slot.hidden = messages.length === 0;
      }
    };

    const save = async (): Promise<void> => {
      timer = undefined;
      if (saving) await saving;
      if (!dirty) return;
      dirty = false;
      showState('saving');
      const snapshot = structuredClone(content);
      saving = (async () => {
        try {
          const saved = draftId ? await saveDraft(clientId, draftId, etag!, snapshot) : await createDraft(clientId, form.kind, form.version, snapshot);
          if (!draftId) {
            localStorage.removeItem(key);
            draftId = saved.id;
            key = localKey(userId, clientId, draftId);
            history.replaceState(history.state, '', `/submission?id=${encodeURIComponent(draftId)}`);
          }
          etag = saved.etag;
          problems = saved.problems;
          if (dirty) keepLocal(localStorage, key, { content, etag, savedAt: Date.now() });
          else localStorage.removeItem(key);
          showState('saved', ` ${formatInstant(saved.updatedAt)}`);
          showProblems();
        } catch (failure) {
          dirty = true;
          if (failure instanceof ApiProblemError && failure.problem.status === 412) {
            offerLatest((failure.problem as Problem & { current: Submission }).current);
          } else if (failure instanceof ApiUnavailableError) {
            showState('offline');
            timer = window.setTimeout(() => void save(), retryMilliseconds);
          } else if (failure instanceof ApiProblemError) {
            showState('failed', ` ${problemText(failure.problem)}`);
          } else {
            throw failure;
          }
        } finally {
          saving = null;
        }
      })();
      await saving;
    };

    const changed = (path: Path, value: unknown) => {
      setAt(content, path, value);
      touched.add(pathName(path));
      keepLocal(localStorage, key, { content, etag, savedAt: Date.now() });
      dirty = true;
      showState('unsaved');
      if (timer !== undefined) window.clearTimeout(timer);
      timer = window.setTimeout(() => void save(), saveAfterMilliseconds);
    };

    // Another tab saved since this copy was read: the user chooses which stands.
    const offerLatest = (latest: Submission) => {
      showState('failed', ` ${t('submission.conflict')}`);
      const reload = h('button', { type: 'button', id: 'take-latest', class: 'primary' }, t('submission.takeLatest'));
      const keep = h('button', { type: 'button', id: 'keep-mine' }, t('submission.keepMine'));
      reload.addEventListener('click', () => {
        content = structuredClone(latest.content);
        etag = latest.etag;
        problems = latest.problems;
        dirty = false;
        localStorage.removeItem(key);
        conflict.hidden = true;
        showState('saved', ` ${formatInstant(latest.updatedAt)}`);
        drawStep();
      });
      keep.addEventListener('click', () => {
        etag = latest.etag;
        conflict.hidden = true;
        dirty = true;
        void save();
      });
      conflict.replaceChildren(h('p', {}, t('submission.conflictText')), h('div', { class: 'actions' }, reload, keep));
      conflict.hidden = false;
    };

    const permits = who.client.capabilities.includes('permits')
      ? await getPermits(clientId, {}, null).then((page) => page.items, () => [])
      : [];

    /** One field's input, bound to its path; groups and lists as fieldsets of their own fields. */
    const fieldElement = (field: FormField, path: Path): HTMLElement => {
      const id = fieldId(path);
      const name = pathName(path);
      const label = local(field.label);
      const value = valueAt(content, path);
      if (field.input === 'snapshot') return snapshotElement(field, content);
      if (field.input === 'group') {
        return h('fieldset', { class: 'group' }, h('legend', {}, label), (field.fields ?? []).map((f) => fieldElement(f, [...path, f.path])));
      }
      if (field.input === 'list') {
        const items = Array.isArray(value) && value.length > 0 ? value : [{}];
        const add = h('button', { type: 'button' }, `${t('submission.add')}: ${local(field.itemLabel!)}`);
        add.addEventListener('click', () => {
          changed([...path, items.length], {});
          drawStep();
        });
        return h(
          'fieldset',
          { class: 'list' },
          h('legend', {}, label),
          items.map((_, i) => {
            const remove = h('button', { type: 'button' }, `${t('submission.remove')}: ${local(field.itemLabel!)} ${i + 1}`);
            remove.addEventListener('click', () => {
              removeAt(content, path, i);
              changed([...path], valueAt(content, path));
              drawStep();
            });
            return h('fieldset', { class: 'item' }, h('legend', {}, `${local(field.itemLabel!)} ${i + 1}`), (field.fields ?? []).map((f) => fieldElement(f, [...path, i, f.path])), items.length > 1 ? remove : null);
          }),
          add,
        );
      }

      const hint = field.hint ? h('p', { class: 'hint', id: `${id}-hint` }, local(field.hint)) : null;
      const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
      errorSlots.set(name, error);
      const describedBy = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
      let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      if (field.input === 'checkbox') {
        input = h('input', { type: 'checkbox', id, 'aria-describedby': describedBy });
        input.checked = value === true;
        input.addEventListener('change', () => changed(path, (input as HTMLInputElement).checked ? true : undefined));
        return h('div', { class: 'field' }, h('div', { class: 'check' }, input, h('label', { for: id }, label)), hint, error);
      }
      if (field.input === 'select' || (field.input === 'permit' && permits.length > 0)) {
        const options = field.input === 'permit' ? permits.map((p) => [p.id, `${p.number}${p.callSign ? ` (${p.callSign})` : ''}`] as const) : Object.entries(field.options ?? {}).map(([v, text]) => [v, local(text)] as const);
        input = h('select', { id, 'aria-describedby': describedBy }, h('option', { value: '' }, t('submission.choose')), options.map(([v, text]) => h('option', { value: v }, text)));
        input.value = typeof value === 'string' ? value : '';
        input.addEventListener('change', () => changed(path, input.value || undefined));
      } else if (field.input === 'textarea') {
        input = h('textarea', { id, rows: '5', 'aria-describedby': describedBy });
        input.value = typeof value === 'string' ? value : '';
        input.addEventListener('input', () => changed(path, input.value));
      } else {
        const type = field.input === 'number' ? 'text' : field.input === 'date' ? 'date' : 'text';
        input = h('input', { type, id, 'aria-describedby': describedBy, inputmode: field.input === 'number' ? 'decimal' : undefined });
        input.value = value === undefined ? '' : String(value);
        input.addEventListener('input', () => {
          const text = input.value.trim();
          // A number goes as a number once it reads as one (a decimal comma too), else as typed, for the form to name.
          const number = Number(text.replace(',', '.'));
          changed(path, field.input === 'number' && text !== '' && Number.isFinite(number) ? number : input.value);
        });
      }
      input.addEventListener('blur', () => {
        touched.add(name);
        showProblems();
      });
      // An amendment shows the permit's value beside the field; a form with a deadline shows it under the day it counts from.
      const before = beforeOf(form, content);
      const beside = before ? besidePermit(before, path, field, input, id, () => valueAt(content, path), shown) : null;
      return h(
        'div',
        { class: beside ? 'field compare' : 'field' },
        h('label', { for: id }, label),
        hint,
        beside ? h('div', { class: 'compare-pair' }, beside.was, input) : input,
        beside?.mark ?? null,
        deadlineFor(clientId, form, path, input, id),
        error,
      );
    };

    // The draft's files, shown from the review step on (kept across steps, so an upload goes on while the user looks back).
    let files: DraftAttachments | null = null;

    let step = 0;
    const stepCount = form.steps.length + 1;
    const stepNav = h('ol', { class: 'steps', 'aria-label': t('submission.steps') });
    const body = h('div', { id: 'step-body' });
    const sendArea = h('div', {});
    const drawStep = () => {
      errorSlots.clear();
      stepNav.replaceChildren(
        ...[...form.steps.map((s) => local(s.title)), t('submission.review')].map((title, i) =>
          h('li', { 'aria-current': i === step ? 'step' : undefined }, i === step ? h('strong', {}, `${i + 1}. ${title}`) : `${i + 1}. ${title}`),
        ),
      );
      const back = h('button', { type: 'button', id: 'step-back' }, t('submission.back'));
      const next = h('button', { type: 'button', id: 'step-next', class: 'primary' }, t('submission.next'));
      back.addEventListener('click', () => {
        step = Math.max(0, step - 1);
        drawStep();
      });
      next.addEventListener('click', () => {
        for (const name of errorSlots.keys()) touched.add(name);
        step = Math.min(stepCount - 1, step + 1);
        // The review shows what the server has: a save under way or due is finished first.
        if (step === stepCount - 1 && (dirty || saving)) {
          if (timer !== undefined) window.clearTimeout(timer);
          next.disabled = true;
          void save().then(drawStep);
        } else {
          drawStep();
        }
      });
      const actions = h('div', { class: 'actions' }, step > 0 ? back : null, step < stepCount - 1 ? next : null);
      if (step < form.steps.length) {
        const current = form.steps[step]!;
        body.replaceChildren(h('h2', { id: 'step-title', tabindex: '-1' }, local(current.title)), ...current.fields.map((f) => fieldElement(f, [f.path])), actions);
        sendArea.replaceChildren();
        showProblems();
      } else {
        body.replaceChildren(h('h2', { id: 'step-title', tabindex: '-1' }, t('submission.review')), summary(form, content), actions);
        drawSend();
      }
      (body.querySelector('#step-title') as HTMLElement | null)?.focus();
    };

    /** The review step's end: what still needs mending, or the confirmation with the password. */
    const drawSend = () => {
      const left = Object.entries(problems);
      if (draftId) files ??= draftAttachments(clientId, draftId, loaded?.id === draftId ? loaded.attachments : []);
      if (!draftId || left.length > 0) {
        sendArea.replaceChildren(
          files ? files.element : '',
          h('h3', {}, t('submission.toMend')),
          draftId ? h('ul', { id: 'problems' }, left.map(([name, messages]) => h('li', {}, `${name}: ${messages.join(' ')}`))) : h('p', {}, t('submission.nothingYet')),
        );
        return;
      }
      // An account without a password confirms by a recent sign-in with Latvija.lv instead (the API asks for one when it is older).
      const hasPassword = signedInUser()?.hasPassword !== false;
      const password = h('input', { type: 'password', id: 'submit-password', autocomplete: 'current-password' });
      const error = h('div', { class: 'form-error', role: 'alert', id: 'submit-error' });
      const send = h('button', { type: 'submit', id: 'submit-send', class: 'primary' }, t('submission.send'));
      // One key for this confirmation: pressing again after a lost answer asks for the same result, never a second submission.
      const idempotencyKey = crypto.randomUUID();
      const confirmForm = h(
        'form',
        { novalidate: true },
        h('p', {}, t('submission.confirmText')),
        error,
        hasPassword ? h('div', { class: 'field' }, h('label', { for: 'submit-password' }, t('submission.password')), password) : null,
        send,
      );
      confirmForm.addEventListener('submit', (event) => {
        event.preventDefault();
        void (async () => {
          error.replaceChildren();
          if (files?.pending()) {
            error.append(h('p', {}, t('attachments.waiting')));
            return;
          }
          send.disabled = true;
          try {
            if (saving) await saving;
            if (dirty) await save();
            const receipt = await submitDraft(clientId, draftId!, etag!, idempotencyKey, hasPassword ? password.value : null);
            localStorage.removeItem(key);
            const sent = await getSubmission(clientId, draftId!);
            root.replaceChildren(heading, h('p', {}, who.client.name), ...sentView(clientId, form, sent, receipt).filter((n): n is Node => n !== null));
            (root.querySelector('#sent-title') as HTMLElement | null)?.focus();
          } catch (failure) {
            if (!(failure instanceof ApiProblemError)) throw failure;
            const problem = failure.problem;
            error.append(
              problem.type?.endsWith('/reauthentication-required')
                ? reauthenticate(location.pathname + location.search)
                : h('p', {}, problem.status === 400 && problem.errors?.['password'] ? t('submission.wrongPassword') : problem.status === 429 ? t('password.checksPaused') : problemText(problem)),
            );
          } finally {
            send.disabled = false;
          }
        })();
      });
      sendArea.replaceChildren(files!.element, h('h3', {}, t('submission.confirm')), confirmForm);
    };

    const root = h('div', {});
    drawStep();
    if (restored) {
      dirty = true;
      showState('unsaved');
      timer = window.setTimeout(() => void save(), saveAfterMilliseconds);
    }
    root.append(
      heading,
      h('p', {}, `${who.client.name} · ${formTitle(forms, form.kind)}`),
      h('p', {}, local(form.description)),
      notices,
      state,
      conflict,
      stepNav,
      body,
      sendArea,
      h('p', {}, link('/submissions', t('submission.toList'))),
    );
    window.addEventListener('beforeunload', () => {
      if (dirty) void save();
    }, { once: true });
    return [root];
  },
};
