import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlaggedPaymentOrder } from '../../api/staff';
import { setLanguage } from '../../i18n';
import type { Link } from '../../router';
import { loadSession } from '../../session';
import { h } from '../../ui/dom';
import { flagTag, staffPaymentsPage } from './payments';

const link: Link = (path, text) => h('a', { href: path }, text);
const staff = { id: 's1', name: 'Operators', email: 'operators@example.lv', roles: ['Staff.Operator'] };

const late: FlaggedPaymentOrder = { orderId: '79912345670000000001', clientId: 'c/1', flag: 'paid-late', detail: 'Paid after the order was expired: settled all the same.', at: '2026-11-25T09:00:00Z' };
const twice: FlaggedPaymentOrder = { orderId: '79912345670000000001', clientId: 'c/1', flag: 'paid-twice', detail: 'Also paid by transaction T2 (€10.10).', at: '2026-11-25T10:00:00Z' };
const unbooked: FlaggedPaymentOrder = { orderId: '79912345660000000002', clientId: 'c2', flag: 'unbooked', detail: 'Paid 2026-11-20 08:00 UTC and not booked by the back office since.', at: '2026-11-27T08:05:00Z' };

type Answer = { status: number; body?: unknown };
let listed: FlaggedPaymentOrder[][];
let resolveAnswer: Answer;
let posted: { url: string; body: unknown }[];

beforeEach(async () => {
  listed = [[late, twice, unbooked]];
  posted = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const answer = ({ status, body }: Answer) => Promise.resolve(new Response(body === undefined ? null : JSON.stringify(body), { status }));
    if (url === '/api/auth/session') return answer({ status: 200, body: { signedIn: false, user: null, staff, externalProviders: [] } });
    if (url === '/api/staff/payment-orders/flagged') return answer({ status: 200, body: { items: listed.length > 1 ? listed.shift() : listed[0] } });
    if (init.method === 'POST' && url.startsWith('/api/staff/payment-orders/')) {
      posted.push({ url, body: JSON.parse(init.body as string) });
      return answer(resolveAnswer);
    }
    return answer({ status: 404, body: { type: 'not-found', title: 'Not found', status: 404 } });
  });
  setLanguage('en', { setItem: () => undefined }, document.createElement('html'));
  await loadSession();
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
});

async function open(): Promise<void> {
  document.body.replaceChildren(...((await staffPaymentsPage.render(link)).filter((node) => node !== null) as Node[]));
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const rows = () => [...document.querySelectorAll<HTMLTableRowElement>('#flagged-payments tbody tr')];
const status = () => document.getElementById('flagged-status')!.textContent;

/** Opens the row's form with its "Resolved" button, writes the note and sends it. */
async function resolve(row: HTMLTableRowElement, note: string): Promise<HTMLFormElement> {
  row.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  const form = row.querySelector('form')!;
  form.querySelector('textarea')!.value = note;
  form.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
  return form;
}

describe('the flags in words', () => {
  it('says each flag the server sends in Latvian and in English, as a tag that asks for a look', () => {
    const words = () => (['paid-late', 'paid-twice', 'booking-mismatch', 'unbooked'] as const).map((flag) => flagTag(flag).textContent);

    expect(words()).toEqual(['Paid late', 'Paid twice', 'Booking does not match', 'Not booked in time']);
    setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
    expect(words()).toEqual(['Samaksāts novēloti', 'Samaksāts divreiz', 'Grāmatojums nesakrīt', 'Laikā nav iegrāmatots']);
    expect(flagTag('unbooked').className).toBe('tag tag-warning');
  });

  it('shows a flag it has no words for as the server sent it, without the warning', () => {
    const tag = flagTag('paid-thrice');

    expect(tag.textContent).toBe('paid-thrice');
    expect(tag.className).toBe('tag tag-neutral');
  });
});

describe('the staff page of payments to check', () => {
  it('lists each flag with its time, order, words, detail and the client’s staff page, in the server’s order', async () => {
    await open();

    expect(document.querySelector('h1')!.textContent).toBe('Payments to check');
    expect(rows().map((row) => [...row.cells].slice(1, 4).map((cell) => cell.textContent))).toEqual([
      [late.orderId, 'Paid late', late.detail],
      [twice.orderId, 'Paid twice', twice.detail],
      [unbooked.orderId, 'Not booked in time', unbooked.detail],
    ]);
    expect(rows()[0]!.cells[0]!.textContent).toContain('2026');
    expect(rows()[0]!.querySelector('a')!.getAttribute('href')).toBe('/staff/client?id=c%2F1');
    expect(rows()[2]!.cells[0]!.dataset.label).toBe('Flagged');
  });

  it('says there is nothing to check when no flag waits', async () => {
    listed = [[]];

    await open();

    expect(document.getElementById('no-flagged-payments')!.textContent).toBe('There are no payments to check.');
    expect(document.getElementById('flagged-payments')).toBeNull();
  });

  it('asks for the note in a labelled form the row’s button opens, and says when the order’s other flags go with it', async () => {
    await open();
    const button = rows()[0]!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    const form = rows()[0]!.querySelector('form')!;

    expect(button.textContent).toBe('Resolved');
    expect(form.hidden).toBe(true);
    button.click();
    expect(form.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(form.id);
    const note = form.querySelector('textarea')!;
    expect(document.activeElement).toBe(note);
    expect(form.querySelector(`label[for="${note.id}"]`)!.textContent).toBe('What was done');
    expect(note.required).toBe(true);
    expect(note.maxLength).toBe(500);
    expect(form.querySelector('.hint')!.textContent).toContain('all 2 flags of this payment');
    expect(rows()[2]!.querySelector('.hint')!.textContent).not.toContain('flags of this payment');
  });

  it('after a 204, takes every row of the order off the list and says so', async () => {
    resolveAnswer = { status: 204 };
    await open();

    await resolve(rows()[1]!, '  Returned €10.10 to the payer.  ');

    expect(posted).toEqual([{ url: `/api/staff/payment-orders/${twice.orderId}/resolve`, body: { note: 'Returned €10.10 to the payer.' } }]);
    expect(rows().map((row) => row.dataset.order)).toEqual([unbooked.orderId]);
    expect(status()).toBe(`Payment ${twice.orderId} is marked resolved and off the list.`);
    expect(document.activeElement!.id).toBe('flagged-status');
  });

  it('says there is nothing left to check once the last order is resolved', async () => {
    resolveAnswer = { status: 204 };
    listed = [[unbooked]];
    await open();

    await resolve(rows()[0]!, 'Booked by hand.');

    expect(document.getElementById('no-flagged-payments')).not.toBeNull();
    expect(document.getElementById('flagged-payments')).toBeNull();
  });

  it('does not send an empty note, and says beside it what to write', async () => {
    await open();

    const form = await resolve(rows()[2]!, '   ');

    expect(posted).toEqual([]);
    const note = form.querySelector('textarea')!;
    expect(document.getElementById(`${note.id}-error`)!.textContent).toBe('Write what was done (1–500 characters).');
    expect(note.getAttribute('aria-invalid')).toBe('true');
  });

  it('after a 400 on the note, says it beside the note and keeps the row', async () => {
    resolveAnswer = { status: 400, body: { type: 'validation', title: 'Invalid', status: 400, errors: { note: ['What was done about it, in 1-500 characters.'] } } };
    await open();

    const form = await resolve(rows()[2]!, 'Booked by hand.');

    expect(posted).toHaveLength(1);
    const note = form.querySelector('textarea')!;
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(note.getAttribute('aria-describedby')).toContain(`${note.id}-error`);
    expect(document.getElementById(`${note.id}-error`)!.textContent).toBe('Write what was done (1–500 characters).');
    expect(form.querySelector('.form-error')!.textContent).toBe('');
    expect(rows()).toHaveLength(3);
    expect(status()).toBe('');
    expect(form.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(false);
  });

  it('after a 404, says the order was already resolved and reads the list again', async () => {
    resolveAnswer = { status: 404, body: { type: 'not-found', title: 'Not found', status: 404, detail: 'No flag of this payment order is waiting.' } };
    listed = [[late, twice, unbooked], [unbooked]];
    await open();

    await resolve(rows()[0]!, 'Kept as credit.');

    expect(rows().map((row) => row.dataset.order)).toEqual([unbooked.orderId]);
    expect(status()).toBe(`Payment ${late.orderId} was already resolved. The list has been read again.`);
  });

  it('says another problem in the form', async () => {
    resolveAnswer = { status: 409, body: { type: 'conflict', title: 'Conflict', status: 409, detail: 'Try again.' } };
    await open();

    const form = await resolve(rows()[2]!, 'Booked by hand.');

    expect(form.querySelector('.form-error')!.textContent).toBe('Try again.');
    expect(rows()).toHaveLength(3);
  });
});
