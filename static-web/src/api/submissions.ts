// A client's applications and requests to ES: the forms it is offered, drafts saved as the user types
// (each save names the copy it replaces), and the submit that sends one exactly once.

import { apiPath, getJson, postJson, putBytes, putJson, deleteResource, withQuery } from './http';

/** Text in the portal's two languages, as the form files carry it. */
export interface Local {
  lv: string;
  en: string;
}

/** `snapshot`: a value the server set when the draft began (a permit's values as they were), shown, never edited. */
export type FieldInput = 'text' | 'textarea' | 'number' | 'date' | 'select' | 'checkbox' | 'permit' | 'group' | 'list' | 'snapshot';

export interface FormField {
  path: string;
  input: FieldInput;
  label: Local;
  hint?: Local;
  options?: Record<string, Local>;
  itemLabel?: Local;
  fields?: FormField[];
}

export interface FormStep {
  id: string;
  title: Local;
  fields: FormField[];
}

export interface FormDefinition {
  kind: string;
  version: number;
  title: Local;
  description: Local;
  steps: FormStep[];
  /** `permit`: the server begins the draft from one of the client's permits (an amendment), its values kept under `before`. */
  beginsFrom?: 'permit';
  /** A deadline counted in working days after the day at the top-level field `from`. */
  deadline?: { from: string; workingDays: number };
}

export type SubmissionStatus =
  | 'draft'
  | 'sending'
  | 'submitted'
  | 'received'
  | 'in-review'
  | 'information-requested'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'withdrawal-requested';

/** One step of a sent submission, oldest first: a status (`submitted` by the user, the rest by ES), an answer, a withdrawal request. */
export interface HistoryEntry {
  kind: 'status' | 'answer' | 'withdrawal-request';
  status: SubmissionStatus | null;
  /** ES's message with a status, or the user's answer. */
  message: string | null;
  at: string;
  /** `ES`, or the user's name. */
  by: string;
  /** The files sent with an answer. */
  attachments?: SentAttachment[];
}

/** A file as it was sent to ES, with the submission or an answer. */
export interface SentAttachment {
  id: string;
  name: string;
  kind: string;
  size: number;
  sha256: string;
  signedBy: string | null;
}

/** A document ES put for the submission (a decision, an e-permit). */
export interface SubmissionDocument {
  id: string;
  name: string;
  size: number;
  sha256: string;
  addedAt: string;
}

export interface SubmissionSummary {
  id: string;
  kind: string;
  formVersion: number;
  status: SubmissionStatus;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  expiresAt: string;
}

/** The form's content: what the user filled in so far, by the form's paths. */
export type Content = Record<string, unknown>;

/** A file of a submission: while uploading, how many bytes the portal has (the upload resumes from there). */
export interface SubmissionAttachment {
  id: string;
  name: string;
  size: number;
  status: 'uploading' | 'ready';
  chunkSize: number;
  received: number;
  kind: string | null;
  mediaType: string | null;
  sha256: string | null;
  /** A signed e-document's certificate subject, as the container states it (not verified by the portal). */
  signedBy: string | null;
  createdAt: string;
  createdBy: string;
  /** What it was sent with: the submission, an answer, or null while it is still the user's to change. */
  sentWith?: 'submission' | 'answer' | null;
}

export interface Submission extends SubmissionSummary {
  content: Content;
  attachments: SubmissionAttachment[];
  /** What the form still finds wrong, by field path (`station.frequencies[1].emission`). */
  problems: Record<string, string[]>;
  etag: string;
  /** Once sent: its number, its steps and ES's documents. */
  receiptNumber?: string | null;
  history?: HistoryEntry[];
  documents?: SubmissionDocument[];
}

export interface SubmitReceipt {
  receiptNumber: string;
  sha256: string;
  submittedAt: string;
}

export const getForms = (clientId: string): Promise<{ forms: FormDefinition[] }> => getJson(apiPath`/api/clients/${clientId}/submissions/forms`);

export const getSubmissions = (clientId: string): Promise<{ submissions: SubmissionSummary[] }> => getJson(apiPath`/api/clients/${clientId}/submissions`);

export const getSubmission = (clientId: string, id: string): Promise<Submission> => getJson(apiPath`/api/clients/${clientId}/submissions/${id}`);

/** The draft begun, on the form's first change. */
export const createDraft = (clientId: string, kind: string, formVersion: number, content: Content): Promise<Submission> =>
  postJson(apiPath`/api/clients/${clientId}/submissions`, { kind, formVersion, content });

/** A draft the server begins from one of the client's permits, with the permit's values (a form that `beginsFrom` a permit). */
export const createDraftFromPermit = (clientId: string, kind: string, formVersion: number, permitId: string): Promise<Submission> =>
  postJson(apiPath`/api/clients/${clientId}/submissions`, { kind, formVersion, permitId });

/** A form's deadline, counted by Latvia's working-day calendar on the server. */
export interface FormDeadline {
  field: string;
  from: string;
  workingDays: number;
  deadline: string;
  /** False when a year it crosses has no known Cabinet order on moved working days. */
  transfersConfirmed: boolean;
}

/** The deadline counted from `day` (the form's field `field`); a day beyond the calendar is a 400 on that field. */
export const getDeadline = (clientId: string, kind: string, field: string, day: string): Promise<FormDeadline> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/submissions/forms/${kind}/deadline`, { [field]: day }));

/** Saved whole over the copy `etag` names; a 412 problem carries the latest as `current`. */
export const saveDraft = (clientId: string, id: string, etag: string, content: Content): Promise<Submission> =>
  putJson(apiPath`/api/clients/${clientId}/submissions/${id}`, { content }, { headers: { 'If-Match': etag } });

export const deleteDraft = (clientId: string, id: string): Promise<void> => deleteResource(apiPath`/api/clients/${clientId}/submissions/${id}`);

/** Sends the draft reviewed (`etag`); the same key again answers the first result. */
/** Sends the draft: the password as the step-up, or none for an account without one (a recent sign-in with Latvija.lv stands for it). */
export const submitDraft = (clientId: string, id: string, etag: string, key: string, password: string | null): Promise<SubmitReceipt> =>
  postJson(apiPath`/api/clients/${clientId}/submissions/${id}/submit`, password === null ? {} : { password }, { headers: { 'If-Match': etag, 'Idempotency-Key': key } });

/** The receipt PDF, downloaded by the browser itself. */
export const receiptUrl = (clientId: string, id: string): string => apiPath`/api/clients/${clientId}/submissions/${id}/receipt`;

const files = (clientId: string, id: string): string => apiPath`/api/clients/${clientId}/submissions/${id}/attachments`;

/** Declares a file to upload; the answer says the chunk size. */
export const beginUpload = (clientId: string, id: string, name: string, size: number): Promise<SubmissionAttachment> =>
  postJson(files(clientId, id), { name, size });

export const putChunk = (clientId: string, id: string, fileId: string, index: number, bytes: Blob): Promise<void> =>
  putBytes(`${files(clientId, id)}/${encodeURIComponent(fileId)}/chunks/${index}`, bytes);

/** Commits the chunks; the portal judges the file by its content (a 400 on `file` says why it was refused). */
export const finishUpload = (clientId: string, id: string, fileId: string): Promise<SubmissionAttachment> =>
  postJson(`${files(clientId, id)}/${encodeURIComponent(fileId)}/finish`);

export const getAttachments = (clientId: string, id: string): Promise<{ items: SubmissionAttachment[] }> => getJson(files(clientId, id));

export const deleteAttachment = (clientId: string, id: string, fileId: string): Promise<void> => deleteResource(`${files(clientId, id)}/${encodeURIComponent(fileId)}`);

export const attachmentUrl = (clientId: string, id: string, fileId: string): string => `${files(clientId, id)}/${encodeURIComponent(fileId)}`;
/** The user's answer to ES's request for information; the same key again answers the first result. */
export const answerSubmission = (clientId: string, id: string, key: string, text: string, attachmentIds: string[] = []): Promise<HistoryEntry> =>
  postJson(apiPath`/api/clients/${clientId}/submissions/${id}/answers`, { text, attachmentIds }, { headers: { 'Idempotency-Key': key } });

/** Asks ES to withdraw a sent submission it has not begun to review; ES confirms with the status `withdrawn`. */
export const withdrawSubmission = (clientId: string, id: string): Promise<{ status: SubmissionStatus; requestedAt: string | null }> =>
  postJson(apiPath`/api/clients/${clientId}/submissions/${id}/withdraw`);

/** A document ES put for the submission, downloaded by the browser itself. */
export const documentUrl = (clientId: string, id: string, documentId: string): string =>
  apiPath`/api/clients/${clientId}/submissions/${id}/documents/${documentId}`;

/** A note to ES about the portal itself (§16.3); a few a day. */
export const sendFeedback = (message: string, page: string | null): Promise<void> => postJson('/api/feedback', { message, page });
