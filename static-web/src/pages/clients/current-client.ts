// Which client the user acts for now: their choice, kept in the browser; and which of its pages they
// see, following the client's capabilities for this user.

import type { Capability, ClientDetails } from '../../api/clients';
import { clientDetails } from '../../client-details';
import { t, type MessageKey } from '../../i18n';
import type { Link } from '../../router';
import { signedInUser, type Me } from '../../session';
import { h } from '../../ui/dom';
import { signInFirst } from '../signed-in';

const storageKey = 'portal.client';

type MeClient = Me['clients'][number];

/** The client chosen in the switcher, else the first one; null for a user who acts for none. */
export function currentClient(me: Me | null = signedInUser()): MeClient | null {
  if (!me || me.clients.length === 0) return null;
  const chosen = localStorage.getItem(storageKey);
  return me.clients.find((client) => client.id === chosen) ?? me.clients[0]!;
}

const chosenListeners = new Set<() => void>();

/** Called when the current client changes, so the header shows the one now chosen. */
export function onClientChosen(listener: () => void): void {
  chosenListeners.add(listener);
}

export function chooseClient(id: string): void {
  const before = localStorage.getItem(storageKey);
  localStorage.setItem(storageKey, id);
  if (before !== id) for (const listener of chosenListeners) listener();
}

/**
 * Makes the client the current one when the signed-in user acts for it (a link that names its client, such as the
 * bank's way back to a payment); false when they do not act for it, and the current client stays.
 */
export function actFor(clientId: string, me: Me | null = signedInUser()): boolean {
  if (!me?.clients.some((client) => client.id === clientId)) return false;
  if (currentClient(me)?.id !== clientId) chooseClient(clientId);
  return true;
}

/** The client's pages, each shown to a user with its capability: the header and the overview list them in this order. */
export const clientPages: readonly { capability: Capability; path: string; nav: MessageKey; overview: MessageKey }[] = [
  { capability: 'invoices', path: '/invoices', nav: 'nav.invoices', overview: 'client.link.invoices' },
  { capability: 'payments', path: '/payments', nav: 'nav.payments', overview: 'client.link.payments' },
  { capability: 'statement', path: '/statement', nav: 'nav.statement', overview: 'client.link.statement' },
  { capability: 'billing-accounts', path: '/billing-accounts', nav: 'nav.billingAccounts', overview: 'client.link.billingAccounts' },
  { capability: 'permits', path: '/permits', nav: 'nav.permits', overview: 'client.link.permits' },
  { capability: 'reports', path: '/reports', nav: 'nav.reports', overview: 'client.link.reports' },
  { capability: 'submissions', path: '/submissions', nav: 'nav.submissions', overview: 'client.link.submissions' },
  { capability: 'representatives', path: '/representatives', nav: 'nav.representatives', overview: 'representatives.title' },
];

/** The page for one who acts for no client, or who has not signed in. */
export function noClient(link: Link, key: MessageKey): (Node | null)[] {
  if (!signedInUser()) return signInFirst(key, link);
  return [h('h1', { tabindex: '-1' }, t(key)), h('p', {}, t('client.none'), ' ', link('/account', t('nav.account')))];
}

/**
 * The current client when this user may use the capability for it; else the page to show instead
 * (no client to act for, or the service not open to the user for this client).
 */
export async function clientWith(
  capability: Capability,
  link: Link,
  titleKey: MessageKey,
  closedKey: MessageKey = 'client.notAvailable',
): Promise<{ client: ClientDetails } | { page: (Node | null)[] }> {
  const chosen = currentClient();
  if (!chosen) return { page: noClient(link, titleKey) };
  const client = await clientDetails(chosen.id);
  if (!client.capabilities.includes(capability)) return { page: [h('h1', { tabindex: '-1' }, t(titleKey)), h('p', {}, t(closedKey))] };
  return { client };
}
