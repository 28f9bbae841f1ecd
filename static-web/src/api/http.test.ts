// @vitest-environment-options { "url": "https://portal.test/" }
// __Host- cookies (the anti-forgery cookie) exist only on a secure origin.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AvailabilityMonitor } from '../availability';
import { ApiProblemError, ApiUnavailableError, apiPath, checkHealth, getJson, onAvailabilityChange, onStaffSignInRequired, postJson, withQuery } from './http';

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

describe('getJson', () => {
  it('reports the API unavailable when it cannot be reached or answers 503 §33', async () => {
    const seen: boolean[] = [];
    const stop = onAvailabilityChange((available) => seen.push(available));

    await expect(getJson('/api/x', { fetcher: () => Promise.reject(new TypeError('network')) })).rejects.toBeInstanceOf(ApiUnavailableError);
    await expect(getJson('/api/x', { fetcher: () => json(503, { title: 'down' }) })).rejects.toBeInstanceOf(ApiUnavailableError);
    await expect(getJson('/api/x', { fetcher: () => json(200, { ok: 1 }) })).resolves.toEqual({ ok: 1 });
    stop();

    expect(seen).toEqual([false, false, true]);
  });

  it('turns other errors into the problem the API sent', async () => {
    const problem = { type: 't', title: 'There is no terms version 9.', status: 404 };

    const error = await getJson('/api/terms/9', { fetcher: () => json(404, problem) }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiProblemError);
    expect((error as ApiProblemError).problem).toEqual(problem);
  });
});

describe('an ended staff session', () => {
  it('asks for a new staff sign-in when the API says staff must sign in, and only then', async () => {
    const asked = vi.fn();
    onStaffSignInRequired(asked);
    const staffProblem = { type: 'https://radioatlaujas.lv/problems/staff-sign-in-required', title: 'Sign in as ES staff to continue.', status: 401 };
    const sessionProblem = { type: 'https://radioatlaujas.lv/problems/session-required', title: 'Sign in to continue.', status: 401 };

    await expect(getJson('/api/staff/me', { fetcher: () => json(401, staffProblem) })).rejects.toBeInstanceOf(ApiProblemError);
    await expect(getJson('/api/me', { fetcher: () => json(401, sessionProblem) })).rejects.toBeInstanceOf(ApiProblemError);
    onStaffSignInRequired(() => undefined);

    expect(asked).toHaveBeenCalledTimes(1);
  });
});

describe('postJson', () => {
  const xsrfProblem = { type: 'https://radioatlaujas.lv/problems/xsrf-token-missing', title: 'The request lacks its anti-forgery token.', status: 403 };

  it('echoes the token again once when the cookie changed under the call', async () => {
    document.cookie = '__Host-XSRF-TOKEN=first; Secure; Path=/';
    const echoed: string[] = [];
    const fetcher = (_: RequestInfo | URL, init?: RequestInit) => {
      echoed.push((init?.headers as Record<string, string>)['X-XSRF-TOKEN']);
      if (echoed.length === 1) {
        document.cookie = '__Host-XSRF-TOKEN=second; Secure; Path=/';
        return json(403, xsrfProblem);
      }
      return json(200, { ok: 1 });
    };

    await expect(postJson('/api/x', { a: 1 }, { fetcher })).resolves.toEqual({ ok: 1 });

    expect(echoed).toEqual(['first', 'second']);
  });

  it('does not repeat a refusal when the cookie is the one it echoed', async () => {
    document.cookie = '__Host-XSRF-TOKEN=same; Secure; Path=/';
    let calls = 0;
    const fetcher = () => {
      calls++;
      return json(403, xsrfProblem);
    };

    await expect(postJson('/api/x', {}, { fetcher })).rejects.toBeInstanceOf(ApiProblemError);

    expect(calls).toBe(1);
  });
});

describe('URLs', () => {
  it('escapes each value as one path segment', () => {
    expect(apiPath`/api/clients/${'c 1/../x'}/invoices/${'a?b#c'}/pdf`).toBe('/api/clients/c%201%2F..%2Fx/invoices/a%3Fb%23c/pdf');
    expect(apiPath`/api/terms`).toBe('/api/terms');
  });

  it('builds the query from the parameters that have a value', () => {
    expect(withQuery('/api/x', { number: '', continuationToken: null })).toBe('/api/x?number=');
    expect(withQuery('/api/x', { service: undefined, continuationToken: null })).toBe('/api/x');
    expect(withQuery('/api/x', { query: 'SIA "Ābols" & co', continuationToken: 'a+b/c=' })).toBe('/api/x?query=SIA+%22%C4%80bols%22+%26+co&continuationToken=a%2Bb%2Fc%3D');
  });
});

describe('AvailabilityMonitor', () => {
  afterEach(() => vi.useRealTimers());

  it('checks again while the API is down and says when it is back §33', async () => {
    vi.useFakeTimers();
    let up = false;
    const changes: boolean[] = [];
    const monitor = new AvailabilityMonitor(
      () => checkHealth({ fetcher: () => (up ? json(200, {}) : json(503, {})) }).catch(() => undefined),
      1000,
      (available) => changes.push(available),
    );

    monitor.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(changes).toEqual([false]);

    await vi.advanceTimersByTimeAsync(3000);
    expect(changes).toEqual([false]);

    up = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(changes).toEqual([false, true]);
    expect(monitor.isAvailable).toBe(true);
  });
});
