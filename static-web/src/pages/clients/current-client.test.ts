import { afterEach, describe, expect, it } from 'vitest';
import type { Me } from '../../session';
import { actFor, chooseClient, currentClient, onClientChosen } from './current-client';

const me = {
  id: 'u1',
  clients: [
    { id: 'c1', name: 'SIA Viens', kind: 'legal', scopes: ['finance'] },
    { id: 'c2', name: 'SIA Divi', kind: 'legal', scopes: ['finance'] },
  ],
} as unknown as Me;

let chosen = 0;
onClientChosen(() => chosen++);

afterEach(() => {
  localStorage.clear();
  chosen = 0;
});

describe('a page that names its client (the bank’s way back to a payment)', () => {
  it('makes that client the current one when the user acts for it, and the header is told', () => {
    chooseClient('c1');
    chosen = 0;

    expect(actFor('c2', me)).toBe(true);
    expect(currentClient(me)?.id).toBe('c2');
    expect(chosen).toBe(1);

    // Already the current one: nothing changes, nothing to redraw.
    expect(actFor('c2', me)).toBe(true);
    expect(chosen).toBe(1);
  });

  it('leaves the current client alone for a client the user does not act for, or for no one signed in', () => {
    chooseClient('c1');

    expect(actFor('c9', me)).toBe(false);
    expect(actFor('c1', null)).toBe(false);
    expect(currentClient(me)?.id).toBe('c1');
  });
});
