// A submission's files: a draft's uploaded in chunks (a dropped connection is retried, and an upload cut
// short, by a reload too, resumes from what the portal acknowledged once the same file is chosen again),
// a sent one's listed with their SHA-256. What a file is, the portal decides by its content.

import { ApiProblemError, ApiUnavailableError } from '../../api/http';
import {
  attachmentUrl,
  beginUpload,
  deleteAttachment,
  finishUpload,
  getAttachments,
  putChunk,
  type SubmissionAttachment,
} from '../../api/submissions';
import { t } from '../../i18n';
import { h } from '../../ui/dom';
import { problemText } from '../../ui/problem';

/** The portal's limit for one file (the server checks it too, with the submission's total). */
export const maxFileBytes = 20 * 1024 * 1024;

const accepted = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.edoc,.asice,application/pdf,image/png,image/jpeg';

/** How often a chunk the network lost is sent again before the user is asked to resume. */
const retries = 3;
const retryMilliseconds = 2000;

/** A size as people read it: "850 KB", "4,2 MB". */
export function sizeText(bytes: number): string {
  const number = (value: number) => value.toLocaleString(document.documentElement.lang || 'lv', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${number(Math.max(1, Math.round(bytes / 1024)))} KB` : `${number(bytes / (1024 * 1024))} MB`;
}

/** One ready file: a download link, its size and, for a signed e-document, whom its certificate names. */
function readyLine(clientId: string, submissionId: string, file: SubmissionAttachment, sent: boolean): HTMLElement[] {
  return [
    h('a', { href: attachmentUrl(clientId, submissionId, file.id), download: '' }, file.name),
    h('span', { class: 'file-size' }, ` · ${sizeText(file.size)}`),
    file.kind === 'asice'
      ? h('p', { class: 'hint signed' }, `${t('attachments.signed')}${file.signedBy ? `: ${file.signedBy}` : ''}. ${t('attachments.notVerified')}`)
      : null,
    sent && file.sha256 ? h('p', { class: 'hash' }, `SHA-256: ${file.sha256}`) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

/** A sent submission's files, as they were sent. */
export function sentAttachments(clientId: string, submissionId: string, files: SubmissionAttachment[]): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'attachments-title' },
    h('h3', { id: 'attachments-title' }, t('attachments.title')),
    files.length === 0 ? h('p', {}, t('attachments.none')) : h('ul', { class: 'files' }, files.map((file) => h('li', {}, readyLine(clientId, submissionId, file, true)))),
  );
}

export interface DraftAttachments {
  element: HTMLElement;
  /** Whether an upload is still going or was cut short (the submit waits for it). */
  pending: () => boolean;
  /** The files uploaded and not yet sent: what an answer sends. */
  readyIds: () => string[];
}

/**
 * The files still the user's to change, with the upload, removal and resumption of each: a draft's (`initial`, as the draft came),
 * or those added for an answer (read from the server when `initial` is null). `scope` keeps the element ids apart.
 */
export function draftAttachments(clientId: string, submissionId: string, initial: SubmissionAttachment[] | null, scope = 'attachment'): DraftAttachments {
  const unsent = (all: SubmissionAttachment[]) => all.filter((file) => !file.sentWith);
  let files = unsent(initial ?? []);
  const running = new Set<string>();
  const list = h('ul', { class: 'files', id: `${scope}-list` });
  const status = h('div', { role: 'status', class: 'upload-status' });
  const error = h('div', { role: 'alert', class: 'form-error', id: `${scope}-error` });
  const input = h('input', { type: 'file', id: `${scope}-input`, multiple: true, accept: accepted, 'aria-describedby': `${scope}-hint` });
  const progressOf = new Map<string, HTMLProgressElement>();

  const say = (text: string) => error.replaceChildren(h('p', {}, text));

  const draw = () => {
    list.replaceChildren(
      ...files.map((file) => {
        const remove = h('button', { type: 'button', class: 'link-button' }, `${t('attachments.remove')}: ${file.name}`);
        remove.addEventListener('click', () => void removeFile(file));
        if (file.status === 'ready') return h('li', {}, ...readyLine(clientId, submissionId, file, false), ' ', remove);
        const progress = h('progress', { max: String(file.size), value: String(file.received), 'aria-label': `${t('attachments.uploading')}: ${file.name}` });
        progressOf.set(file.id, progress);
        if (running.has(file.id)) return h('li', {}, h('span', {}, file.name), ' ', progress);
        // Cut short (a reload, a lost connection): the same file chosen again goes on from what the portal has.
        const again = h('input', { type: 'file', id: `resume-${file.id}`, accept: accepted });
        again.addEventListener('change', () => {
          const chosen = again.files?.[0];
          if (!chosen) return;
          if (chosen.size !== file.size) say(`${file.name}: ${t('attachments.notSame')}`);
          else void send(chosen, file);
        });
        const percent = Math.floor((100 * file.received) / file.size);
        return h(
          'li',
          {},
          h('span', {}, file.name),
          ' ',
          progress,
          h('p', { class: 'hint' }, `${t('attachments.cut')} ${percent} %.`),
          h('label', { for: `resume-${file.id}` }, `${t('attachments.resume')}: ${file.name}`),
          again,
          ' ',
          remove,
        );
      }),
    );
    if (files.length === 0) list.append(h('li', {}, t('attachments.none')));
  };

  const refresh = async () => {
    files = unsent((await getAttachments(clientId, submissionId)).items);
    draw();
  };

  const removeFile = async (file: SubmissionAttachment) => {
    error.replaceChildren();
    try {
      await deleteAttachment(clientId, submissionId, file.id);
    } catch (failure) {
      if (!(failure instanceof ApiProblemError) || failure.problem.status !== 404) throw failure;
    }
    await refresh();
  };

  /** A chunk again after a network failure, a few times, before the upload is left for the user to resume. */
  const withRetry = async (send: () => Promise<void>) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send();
      } catch (failure) {
        if (!(failure instanceof ApiUnavailableError) || attempt >= retries) throw failure;
        status.textContent = t('attachments.offline');
        await new Promise((resolve) => window.setTimeout(resolve, retryMilliseconds * (attempt + 1)));
      }
    }
  };

  const send = async (file: File, resumed?: SubmissionAttachment) => {
    error.replaceChildren();
    let upload: SubmissionAttachment | undefined = resumed;
    try {
      upload ??= await beginUpload(clientId, submissionId, file.name, file.size);
      running.add(upload.id);
      if (!resumed) files = [...files, upload];
      draw();
      const chunk = upload.chunkSize;
      for (let index = Math.floor(upload.received / chunk); index * chunk < file.size; index++) {
        const from = index * chunk;
        await withRetry(() => putChunk(clientId, submissionId, upload!.id, index, file.slice(from, Math.min(file.size, from + chunk))));
        const progress = progressOf.get(upload.id);
        if (progress) progress.value = Math.min(file.size, from + chunk);
      }
      status.textContent = '';
      const ready = await finishUpload(clientId, submissionId, upload.id);
      status.textContent = `${t('attachments.added')}: ${ready.name}`;
    } catch (failure) {
      if (failure instanceof ApiProblemError) say(`${file.name}: ${failure.problem.errors?.['file']?.join(' ') ?? problemText(failure.problem)}`);
      else if (failure instanceof ApiUnavailableError) say(`${file.name}: ${t('attachments.lost')}`);
      else throw failure;
    } finally {
      if (upload) running.delete(upload.id);
    }
    await refresh().catch(() => draw());
  };

  input.addEventListener('change', () => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    void (async () => {
      for (const file of chosen) {
        if (file.size > maxFileBytes) say(`${file.name}: ${t('attachments.tooLarge')}`);
        else if (file.size === 0) say(`${file.name}: ${t('attachments.empty')}`);
        else await send(file);
      }
    })();
  });

  draw();
  if (initial === null) void refresh();
  const element = h(
    'section',
    { 'aria-labelledby': `${scope}s-title`, class: 'attachments' },
    h('h3', { id: `${scope}s-title` }, t('attachments.title')),
    h('p', { class: 'hint', id: `${scope}-hint` }, t('attachments.hint')),
    list,
    error,
    h('div', { class: 'field' }, h('label', { for: `${scope}-input` }, t('attachments.add')), input),
    status,
  );
  return {
    element,
    pending: () => running.size > 0 || files.some((f) => f.status !== 'ready'),
    readyIds: () => files.filter((f) => f.status === 'ready').map((f) => f.id),
  };
}
