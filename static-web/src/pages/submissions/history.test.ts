import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Submission, SubmissionStatus } from '../../api/submissions';
import { followUp } from './history';

const submission = (status: SubmissionStatus, extra: Partial<Submission> = {}): Submission => ({
  id: '9223370000000000000abcdefabcdef',
  kind: 'free-form',
  formVersion: 1,
  attachments: [],
  status,
  createdAt: '2026-12-01T08:00:00Z',
  createdBy: 'Līga Kalniņa',
  updatedAt: '2026-12-01T08:00:00Z',
  updatedBy: 'Līga Kalniņa',
  expiresAt: '2027-03-01T08:00:00Z',
  content: {},
  problems: {},
  etag: 'W/"1"',
  receiptNumber: '2026/000007',
  history: [
    { kind: 'status', status: 'submitted', message: null, at: '2026-12-01T08:00:00Z', by: 'Līga Kalniņa' },
    { kind: 'status', status, message: 'Norādiet antenas augstumu.', at: '2026-12-01T09:00:00Z', by: 'ES' },
  ],
  documents: [],
  ...extra,
});

let sent: string[] = [];
let next: Submission;

beforeEach(() => {
  sent = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push(`${init.method ?? 'GET'} ${url} ${init.body ?? ''}`.trim());
    const body = init.method === 'POST' ? { status: 'withdrawal-requested', requestedAt: null } : url.endsWith('/attachments') ? { items: [] } : next;
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('followUp', () => {
  it('lists the history with ES named, the documents as downloads, and offers neither an answer nor a withdrawal in review', () => {
    const section = followUp('c1', submission('in-review', { documents: [{ id: 'd 1', name: 'Lēmums.pdf', size: 2048, sha256: 'ab', addedAt: '2026-12-01T10:00:00Z' }] }));

    expect([...section.querySelectorAll('#history li')].map((li) => li.querySelector('strong')!.textContent)).toEqual(['Nosūtīts', 'Tiek izskatīts']);
    expect(section.querySelector('#history')!.textContent).toContain('VAS “Elektroniskie sakari”');
    const link = section.querySelector<HTMLAnchorElement>('#documents a')!;
    expect(link.getAttribute('href')).toBe('/api/clients/c1/submissions/9223370000000000000abcdefabcdef/documents/d%201');
    expect(link.hasAttribute('download')).toBe(true);
    expect(section.querySelector('#answer-form')).toBeNull();
    expect(section.querySelector('#withdraw')).toBeNull();
  });

  it('sends an answer while information is requested, with its key', async () => {
    next = submission('information-requested');
    const section = followUp('c1', next);
    section.querySelector<HTMLTextAreaElement>('#answer-text')!.value = 'Antenas augstums ir 42 m.';

    section.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));

    await vi.waitFor(() => expect(section.querySelector('.notice')?.textContent).toBe('Atbilde nosūtīta.'));
    // The answer's form reads the files added for it first; none were.
    expect(sent[0]).toBe('GET /api/clients/c1/submissions/9223370000000000000abcdefabcdef/attachments');
    expect(sent.find((call) => call.startsWith('POST'))).toBe('POST /api/clients/c1/submissions/9223370000000000000abcdefabcdef/answers {"text":"Antenas augstums ir 42 m.","attachmentIds":[]}');
  });

  it('asks to withdraw only after the confirmation, and a cancel sends nothing', async () => {
    next = submission('withdrawal-requested');
    const section = followUp('c1', submission('received'));

    section.querySelector<HTMLButtonElement>('#withdraw')!.click();
    section.querySelector<HTMLButtonElement>('#withdraw-cancel')!.click();
    expect(sent).toEqual([]);
    section.querySelector<HTMLButtonElement>('#withdraw')!.click();
    section.querySelector<HTMLButtonElement>('#withdraw-confirm')!.click();

    await vi.waitFor(() => expect(section.querySelector('#status-title')!.textContent).toContain('Lūgts atsaukt'));
    expect(sent[0]).toBe('POST /api/clients/c1/submissions/9223370000000000000abcdefabcdef/withdraw');
    expect(section.querySelector('#withdraw')).toBeNull();
  });
});
