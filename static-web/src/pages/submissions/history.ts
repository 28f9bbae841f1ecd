// A sent submission after it left: where it stands, its history (oldest first), the documents ES put
// for it, the answer to ES's request for information, and the withdrawal while ES has not begun to
// review it (a request ES confirms, asked for after a confirmation step).

import { ApiProblemError } from '../../api/http';
import {
  answerSubmission,
  documentUrl,
  getSubmission,
  withdrawSubmission,
  type HistoryEntry,
  type Submission,
  type SubmissionStatus,
} from '../../api/submissions';
import { formatNumber } from '../../formats';
import { formatInstant, label, language, t } from '../../i18n';
import { h } from '../../ui/dom';
import { problemText } from '../../ui/problem';
import type { Tone } from '../../ui/tag';
import { draftAttachments } from './attachments';

export const statusTones: Record<SubmissionStatus, Tone> = {
  draft: 'neutral',
  sending: 'neutral',
  submitted: 'good',
  received: 'good',
  'in-review': 'neutral',
  'information-requested': 'warning',
  approved: 'good',
  rejected: 'ended',
  withdrawn: 'ended',
  'withdrawal-requested': 'warning',
};

/** The statuses at which the user may still ask to withdraw: ES has not begun to review it. */
const withdrawable: readonly SubmissionStatus[] = ['submitted', 'received'];

/** The answer's longest text, as the API takes it. */
const answerMaxLength = 5000;

export const statusText = (status: SubmissionStatus): string => label('submissions.status', status);

function entryText(entry: HistoryEntry): string {
  if (entry.kind === 'status' && entry.status) return statusText(entry.status);
  return t(entry.kind === 'answer' ? 'history.kind.answer' : 'history.kind.withdrawalRequest');
}

function historyList(entries: HistoryEntry[]): HTMLElement {
  return h(
    'ol',
    { class: 'history', id: 'history' },
    entries.map((entry) =>
      h(
        'li',
        {},
        h('p', {}, h('strong', {}, entryText(entry)), ` · ${formatInstant(entry.at)} · ${entry.by === 'ES' ? t('history.byEs') : entry.by}`),
        entry.message ? h('p', { class: 'history-message' }, entry.message) : null,
        entry.attachments && entry.attachments.length > 0
          ? h('p', { class: 'history-files' }, `${t('attachments.title')}: ${entry.attachments.map((file) => file.name).join(', ')}`)
          : null,
      ),
    ),
  );
}

/**
 * Where the sent submission stands and what the user may do about it: drawn again from the server
 * after each answer or withdrawal, with focus on the status, so a screen reader hears the outcome.
 */
export function followUp(clientId: string, submission: Submission): HTMLElement {
  const section = h('section', { id: 'follow-up', 'aria-labelledby': 'status-title' });

  const refresh = async (notice: string) => {
    draw(await getSubmission(clientId, submission.id), notice);
    (section.querySelector('#status-title') as HTMLElement | null)?.focus();
  };

  const answerForm = (): HTMLElement => {
    const text = h('textarea', { id: 'answer-text', rows: '6', maxlength: String(answerMaxLength), 'aria-describedby': 'answer-hint' });
    const error = h('div', { class: 'form-error', role: 'alert' });
    const send = h('button', { type: 'submit', id: 'answer-send', class: 'primary' }, t('history.sendAnswer'));
    // Files for the answer: uploaded to the submission now, sent with the answer.
    const files = draftAttachments(clientId, submission.id, null, 'answer-attachment');
    // One key for this answer: pressing again after a lost reply asks for the same result, never a second answer.
    const key = crypto.randomUUID();
    const form = h(
      'form',
      { novalidate: true, id: 'answer-form' },
      error,
      h('div', { class: 'field' }, h('label', { for: 'answer-text' }, t('history.answer')), h('p', { class: 'hint', id: 'answer-hint' }, t('history.answerHint')), text),
      files.element,
      send,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        error.replaceChildren();
        if (text.value.trim() === '') {
          error.append(h('p', {}, t('history.answerEmpty')));
          text.focus();
          return;
        }
        if (files.pending()) {
          error.append(h('p', {}, t('attachments.waiting')));
          return;
        }
        send.disabled = true;
        try {
          await answerSubmission(clientId, submission.id, key, text.value, files.readyIds());
          await refresh(t('history.answered'));
        } catch (failure) {
          if (!(failure instanceof ApiProblemError)) throw failure;
          error.append(h('p', {}, problemText(failure.problem)));
        } finally {
          send.disabled = false;
        }
      })();
    });
    return h('div', {}, h('h3', {}, t('history.answerTitle')), form);
  };

  const withdrawArea = (): HTMLElement => {
    const area = h('div', { id: 'withdraw-area' });
    const error = h('div', { class: 'form-error', role: 'alert' });
    const start = h('button', { type: 'button', id: 'withdraw' }, t('history.withdraw'));
    const ask = () => {
      const confirm = h('button', { type: 'button', id: 'withdraw-confirm', class: 'primary' }, t('history.withdrawConfirm'));
      const cancel = h('button', { type: 'button', id: 'withdraw-cancel' }, t('history.withdrawCancel'));
      confirm.addEventListener('click', () => {
        void (async () => {
          error.replaceChildren();
          confirm.disabled = true;
          try {
            await withdrawSubmission(clientId, submission.id);
            await refresh(t('history.withdrawalSent'));
          } catch (failure) {
            if (!(failure instanceof ApiProblemError)) throw failure;
            error.append(h('p', {}, problemText(failure.problem)));
            confirm.disabled = false;
          }
        })();
      });
      cancel.addEventListener('click', () => {
        area.replaceChildren(h('h3', {}, t('history.withdrawTitle')), start);
        start.focus();
      });
      area.replaceChildren(h('h3', {}, t('history.withdrawTitle')), h('p', { id: 'withdraw-question' }, t('history.withdrawQuestion')), error, h('div', { class: 'actions' }, confirm, cancel));
      confirm.focus();
    };
    start.addEventListener('click', ask);
    area.append(h('h3', {}, t('history.withdrawTitle')), h('p', {}, t('history.withdrawText')), start);
    return area;
  };

  const draw = (current: Submission, notice = '') => {
    const documents = current.documents ?? [];
    const parts: (Node | null)[] = [
      h('h2', { id: 'status-title', tabindex: '-1' }, `${t('history.status')}: ${statusText(current.status)}`),
      notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
      current.status === 'information-requested' ? h('p', {}, t('history.informationRequested')) : null,
      current.status === 'withdrawal-requested' ? h('p', {}, t('history.withdrawalPending')) : null,
      h('h3', {}, t('history.title')),
      historyList(current.history ?? []),
      h('h3', {}, t('history.documents')),
      documents.length === 0
        ? h('p', { id: 'documents-none' }, t('history.noDocuments'))
        : h(
            'ul',
            { id: 'documents' },
            documents.map((document) =>
              h(
                'li',
                {},
                h('a', { href: documentUrl(clientId, current.id, document.id), download: '' }, document.name),
                ` (${formatNumber(Math.max(1, Math.round(document.size / 1024)), language())} KB, ${formatInstant(document.addedAt)})`,
              ),
            ),
          ),
      current.status === 'information-requested' ? answerForm() : null,
      withdrawable.includes(current.status) ? withdrawArea() : null,
    ];
    section.replaceChildren(...parts.filter((part): part is Node => part !== null));
  };

  draw(submission);
  return section;
}
