// What the API says about a client the user acts for, above all its capabilities: which portal
// services this user may use for it. The header and the client pages decide their links by them.
// Asked once per client per page load (the overview asks afresh); forgotten when the user changes.

import { getClient, type Capability, type ClientDetails } from './api/clients';
import { onSessionChange } from './session';

const loaded = new Map<string, ClientDetails>();
const pending = new Map<string, Promise<ClientDetails>>();
const listeners = new Set<() => void>();
let userId: string | null = null;
let generation = 0;

onSessionChange((me) => {
  const next = me?.id ?? null;
  if (next === userId) return;
  userId = next;
  generation++;
  loaded.clear();
  pending.clear();
});

/** Called when a client's capabilities become known or change. */
export function onCapabilitiesChange(listener: () => void): void {
  listeners.add(listener);
}

/** The client's details: those already asked for in this page load, unless fresh ones are wanted. */
export function clientDetails(id: string, fresh = false): Promise<ClientDetails> {
  const known = loaded.get(id);
  if (!fresh && known) return Promise.resolve(known);
  const waiting = pending.get(id);
  if (!fresh && waiting) return waiting;
  const asked = generation;
  const request = getClient(id).then((details) => {
    const answer = { ...details, capabilities: details.capabilities ?? [] };
    if (asked === generation) {
      const before = loaded.get(id)?.capabilities.join(',');
      loaded.set(id, answer);
      if (before !== answer.capabilities.join(',')) for (const listener of listeners) listener();
    }
    return answer;
  });
  pending.set(id, request);
  const forget = () => {
    if (pending.get(id) === request) pending.delete(id);
  };
  request.then(forget, forget);
  return request;
}

/** The capabilities known so far for the client, or null while they are not (yet) known. */
export function knownCapabilities(id: string): Capability[] | null {
  return loaded.get(id)?.capabilities ?? null;
}
