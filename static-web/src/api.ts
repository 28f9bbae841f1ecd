// Calls to the portal's API on the same origin. A failure to reach it (network, 502-504) is
// reported to the availability monitor, which shows the "temporarily unavailable" banner.

export class ApiUnavailableError extends Error {
  constructor(readonly status: number | null) {
    super(status === null ? 'The portal API did not answer.' : `The portal API answered ${status}.`);
    this.name = 'ApiUnavailableError';
  }
}

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

export async function getJson<T>(path: string, fetcher: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    reportAvailability(false);
    throw new ApiUnavailableError(null);
  }
  if (unavailableStatuses.has(response.status)) {
    reportAvailability(false);
    throw new ApiUnavailableError(response.status);
  }
  reportAvailability(true);
  if (!response.ok) {
    throw new ApiProblemError((await response.json()) as Problem);
  }
  return (await response.json()) as T;
}
