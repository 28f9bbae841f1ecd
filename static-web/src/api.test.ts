import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblemError, ApiUnavailableError, getJson, onAvailabilityChange } from './api';
import { AvailabilityMonitor } from './availability';
import { h } from './dom';

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

describe('getJson', () => {
  it('reports the API unavailable when it cannot be reached or answers 503', async () => {
    const seen: boolean[] = [];
    const stop = onAvailabilityChange((available) => seen.push(available));

    await expect(getJson('/api/x', () => Promise.reject(new TypeError('network')))).rejects.toBeInstanceOf(ApiUnavailableError);
    await expect(getJson('/api/x', () => json(503, { title: 'down' }))).rejects.toBeInstanceOf(ApiUnavailableError);
    await expect(getJson('/api/x', () => json(200, { ok: 1 }))).resolves.toEqual({ ok: 1 });
    stop();

    expect(seen).toEqual([false, false, true]);
  });

  it('turns other errors into the problem the API sent', async () => {
    const problem = { type: 't', title: 'There is no terms version 9.', status: 404 };

    const error = await getJson('/api/terms/9', () => json(404, problem)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiProblemError);
    expect((error as ApiProblemError).problem).toEqual(problem);
  });
});

describe('AvailabilityMonitor', () => {
  afterEach(() => vi.useRealTimers());

  it('checks again while the API is down and says when it is back', async () => {
    vi.useFakeTimers();
    let up = false;
    const changes: boolean[] = [];
    const monitor = new AvailabilityMonitor(
      () => getJson('/api/health', () => (up ? json(200, {}) : json(503, {}))).catch(() => undefined),
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

describe('h', () => {
  it('puts text in as text, never as markup', () => {
    const element = h('p', { title: 'x' }, '<img src=x onerror=alert(1)>');

    expect(element.children).toHaveLength(0);
    expect(element.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
