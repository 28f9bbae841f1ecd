// Calls to the portal's API on the same origin. A failure to reach it (network, 502-504) is
// reported to the availability monitor, which shows the "temporarily unavailable" banner. The
// area modules (account.ts, billing.ts, ...) build every URL with apiPath and withQuery.

export class ApiUnavailableError extends Error {
  constructor(readonly status: number | null) {
    super(status === null ? 'The portal API did not answer.' : `The portal API answered ${status}.`);
    this.name = 'ApiUnavailableError';
  }
}

/** An RFC 7807 problem+json answer; a 400 names its fields' errors. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Record<string, string[]>;
  correlationId?: string;
}

export class ApiProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'ApiProblemError';
  }
}

/** A list the API hands out a page at a time. */
export interface PageOf<T> {
  items: T[];
  continuationToken: string | null;
}

/** A path with each value escaped as one path segment: apiPath`/api/clients/${id}/invoices`. */
export function apiPath(parts: TemplateStringsArray, ...values: string[]): string {
  return parts.reduce((path, part, i) => path + encodeURIComponent(values[i - 1]!) + part);
}

/** The path with a query string of the parameters that have a value (an empty string is a value). */
export function withQuery(path: string, parameters: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value !== null && value !== undefined) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

type Listener = (available: boolean) => void;
const listeners = new Set<Listener>();

export function onAvailabilityChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportAvailability(available: boolean): void {
  for (const listener of listeners) listener(available);
}

const unavailableStatuses = new Set([502, 503, 504]);

// Calls the user makes keep their session alive on the server; the page keeps count of the last one.
let activityListener: () => void = () => undefined;

export function onActivity(listener: () => void): void {
  activityListener = listener;
}

function reportActivity(): void {
  activityListener();
}

// A staff session lasts an hour at most: its end is met by a new staff sign-in.
let staffSignInListener: () => void = () => undefined;

export function onStaffSignInRequired(listener: () => void): void {
  staffSignInListener = listener;
}

/** The anti-forgery token the API hands out in a readable cookie; state changes echo it in a header. */
export function xsrfToken(cookies: string = document.cookie): string | undefined {
  return cookies
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === '__Host-XSRF-TOKEN')?.[1];
}

export interface CallOptions {
  fetcher?: typeof fetch;
  /** Calls the page makes by itself (polling) do not keep a session alive. */
  background?: boolean;
  /** Headers a call needs beside the usual ones (If-Match, Idempotency-Key). */
  headers?: Record<string, string>;
}

async function call<T>(method: string, path: string, body: unknown, options: CallOptions, retried = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const isForm = body instanceof FormData;
  const isBytes = body instanceof Blob;
  if (body !== undefined && !isForm) headers['Content-Type'] = isBytes ? 'application/octet-stream' : 'application/json';
  const echoed = method !== 'GET' ? (xsrfToken() ?? '') : undefined;
  if (echoed !== undefined) headers['X-XSRF-TOKEN'] = echoed;
  if (options.background) headers['X-Portal-Background'] = 'true';
  let response: Response;
  try {
    response = await (options.fetcher ?? fetch)(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: isForm || isBytes ? body : JSON.stringify(body) }),
    });
  } catch {
    reportAvailability(false);
    throw new ApiUnavailableError(null);
  }
  if (unavailableStatuses.has(response.status)) {
    reportAvailability(false);
    throw new ApiUnavailableError(response.status);
  }
  reportAvailability(true);
  if (!options.background) reportActivity();
  if (!response.ok) {
    const problem = (await response.json()) as Problem;
    // A first page load's parallel calls may each be handed a token; if the cookie changed under this
    // call, it echoed the old one: once more with the cookie as it is now.
    if (!retried && echoed !== undefined && problem.type?.endsWith('/xsrf-token-missing') && xsrfToken() !== echoed) {
      return call<T>(method, path, body, options, true);
    }
    if (problem.type?.endsWith('/staff-sign-in-required')) staffSignInListener();
    throw new ApiProblemError(problem);
  }
  // 202 and 204 answers may have no body at all.
  const text = await response.text();
  return (text.length === 0 ? undefined : JSON.parse(text)) as T;
}

export function getJson<T>(path: string, options: CallOptions = {}): Promise<T> {
  return call<T>('GET', path, undefined, options);
}

export function postJson<T>(path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
  return call<T>('POST', path, body, options);
}

export function patchJson<T>(path: string, body: unknown): Promise<T> {
  return call<T>('PATCH', path, body, {});
}

export function putJson<T>(path: string, body: unknown, options: CallOptions = {}): Promise<T> {
  return call<T>('PUT', path, body, options);
}

/** A DELETE that carries a body (the password of a step-up). */
export function deleteJson(path: string, body: unknown): Promise<void> {
  return call<void>('DELETE', path, body, {});
}

export function deleteResource(path: string, options: CallOptions = {}): Promise<void> {
  return call<void>('DELETE', path, undefined, options);
}

/** Bytes as they are (a file's chunk), as `application/octet-stream`. */
export function putBytes(path: string, bytes: Blob, options: CallOptions = {}): Promise<void> {
  return call<void>('PUT', path, bytes, options);
}

/** A multipart form (a file with its fields); the browser sets the boundary. */
export function postForm<T>(path: string, form: FormData): Promise<T> {
  return call<T>('POST', path, form, {});
}

/** Whether the API answers; the availability monitor asks every few seconds while it does not. */
export function checkHealth(options: CallOptions = {}): Promise<unknown> {
  return getJson('/api/health', { ...options, background: true });
}
