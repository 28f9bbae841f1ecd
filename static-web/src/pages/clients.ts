// The client the user acts for: its overview, its representatives (for client admins), its invoices,
// and the invitation link's page. Which client is current is the user's choice, kept in the browser;
// which of its pages the user sees follows the client's capabilities for this user.

import { deleteResource, getJson, patchJson, postJson } from '../api';
import { clientDetails, type Capability, type ClientDetails } from '../client-details';
import { h } from '../dom';
import { formatMoney, missing } from '../formats';
import { sendingForm } from '../forms';
import { formatDate, language, t, type MessageKey } from '../i18n';
import { navigate } from '../navigation';
import type { Link, Page } from '../router';
import { loadSession, signedInUser, type Me } from '../session';
import { field, newPasswordField, problemText } from './password-pages';

const scopes = ['finance', 'technical', 'submit', 'admin'] as const;
const storageKey = 'portal.client';

type MeClient = Me['clients'][number];

/** The client chosen in the switcher, else the first one; null for a user who acts for none. */
export function currentClient(me: Me | null = signedInUser()): MeClient | null {
  if (!me || me.clients.length === 0) return null;
  const chosen = localStorage.getItem(storageKey);
  return me.clients.find((client) => client.id === chosen) ?? me.clients[0]!;
}

export function chooseClient(id: string): void {
  localStorage.setItem(storageKey, id);
}

/** The client's pages, each shown to a user with its capability: the header and the overview list them in this order. */
export const clientPages: readonly { capability: Capability; path: string; nav: MessageKey; overview: MessageKey }[] = [
  { capability: 'invoices', path: '/invoices', nav: 'nav.invoices', overview: 'client.link.invoices' },
  { capability: 'payments', path: '/payments', nav: 'nav.payments', overview: 'client.link.payments' },
  { capability: 'statement', path: '/statement', nav: 'nav.statement', overview: 'client.link.statement' },
  { capability: 'billing-accounts', path: '/billing-accounts', nav: 'nav.billingAccounts', overview: 'client.link.billingAccounts' },
  { capability: 'permits', path: '/permits', nav: 'nav.permits', overview: 'client.link.permits' },
  { capability: 'representatives', path: '/representatives', nav: 'nav.representatives', overview: 'representatives.title' },
];

const scopeList = (list: string[]): string => list.map((scope) => t(`scope.${scope}` as MessageKey)).join(', ');

export function noClient(link: Link, key: MessageKey): (Node | null)[] {
  const me = signedInUser();
  return [
    h('h1', { tabindex: '-1' }, t(key)),
    me ? h('p', {}, t('client.none'), ' ', link('/account', t('nav.account'))) : h('p', {}, t('account.signInFirst'), ' ', link('/sign-in', t('nav.signIn'))),
  ];
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

function scopeBoxes(prefix: string, checked: string[]): { element: HTMLElement; chosen: () => string[] } {
  const boxes = scopes.map((scope) => h('input', { type: 'checkbox', id: `${prefix}-${scope}`, value: scope, checked: checked.includes(scope) }));
  return {
    chosen: () => boxes.filter((box) => box.checked).map((box) => box.value),
    element: h(
      'fieldset',
      { class: 'scopes' },
      h('legend', {}, t('client.scopes')),
      boxes.map((box) => h('div', { class: 'check' }, box, h('label', { for: box.id }, t(`scope.${box.value}` as MessageKey)))),
    ),
  };
}

export const clientPage: Page = {
  title: () => t('client.title'),
  render: async (link) => {
    const chosen = currentClient();
    if (!chosen) return noClient(link, 'client.title');
    const client = await clientDetails(chosen.id, true);
    const money = (amount: number): string => formatMoney(amount, language());
    const balance = client.capabilities.includes('balance')
      ? await getJson<{ due: number; overdue: number; credit: number; nextDueOn: string | null; lastPaymentOn: string | null; lastPaymentAmount: number | null }>(
          `/api/clients/${encodeURIComponent(chosen.id)}/balance`,
        )
      : null;
    const open = clientPages.filter((page) => client.capabilities.includes(page.capability));
    return [
      h('h1', { tabindex: '-1' }, client.name),
      balance
        ? h(
            'section',
            { 'aria-labelledby': 'balance-title' },
            h('h2', { id: 'balance-title' }, t('balance.title')),
            h(
              'dl',
              { class: 'terms-meta' },
              h('dt', {}, t('balance.due')),
              h('dd', {}, money(balance.due)),
              h('dt', {}, t('balance.overdue')),
              h('dd', {}, money(balance.overdue)),
              h('dt', {}, t('balance.credit')),
              h('dd', {}, money(balance.credit)),
              h('dt', {}, t('balance.nextDue')),
              h('dd', {}, balance.nextDueOn ? formatDate(balance.nextDueOn) : '–'),
              h('dt', {}, t('balance.lastPayment')),
              h('dd', {}, balance.lastPaymentOn && balance.lastPaymentAmount !== null ? `${formatDate(balance.lastPaymentOn)}, ${money(balance.lastPaymentAmount)}` : '–'),
            ),
          )
        : null,
      h(
        'dl',
        { class: 'terms-meta' },
        h('dt', {}, t('client.kind')),
        h('dd', {}, t(`staff.kind.${client.kind}` as MessageKey)),
        h('dt', {}, t('client.billing')),
        h('dd', {}, client.billingArrangement ? t(`billing.${client.billingArrangement}` as MessageKey) : t('client.notFedYet')),
        h('dt', {}, t('client.services')),
        h('dd', {}, client.services.length ? client.services.map((s) => t(`service.${s}` as MessageKey)).join(', ') : t('client.notFedYet')),
        h('dt', {}, t('client.yourScopes')),
        h('dd', {}, scopeList(client.scopes)),
      ),
      open.length
        ? h(
            'section',
            { 'aria-labelledby': 'portal-services-title' },
            h('h2', { id: 'portal-services-title' }, t('client.portalServices')),
            h('ul', { id: 'client-pages' }, open.map((page) => h('li', { 'data-capability': page.capability }, link(page.path, t(page.overview))))),
          )
        : null,
    ];
  },
};

interface Representative {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  scopes: string[];
}

interface PendingInvitation {
  id: string;
  email: string;
  scopes: string[];
  status: string;
  expiresAt: string;
}

export const representativesPage: Page = {
  title: () => t('representatives.title'),
  render: async (link) => {
    const who = await clientWith('representatives', link, 'representatives.title', 'representatives.adminOnly');
    if ('page' in who) return who.page;
    const chosen = who.client;
    const base = `/api/clients/${encodeURIComponent(chosen.id)}/representatives`;
    const list = await getJson<{ items: Representative[] }>(base);
    const status = h('div', { role: 'status' });
    const rows = list.items.map((person) => {
      const boxes = scopeBoxes(`scopes-${person.userId}`, person.scopes);
      const save = sendingForm(
        h('div', { class: 'form-error', role: 'alert' }),
        h('button', { type: 'submit' }, t('representatives.save')),
        async () => {
          await patchJson(`${base}/${person.userId}`, { scopes: boxes.chosen() });
          status.replaceChildren(h('p', { class: 'notice' }, t('representatives.saved')));
        },
        (problem) => problem.detail ?? problem.title,
        boxes.element,
      );
      const remove = sendingForm(
        h('div', { class: 'form-error', role: 'alert' }),
        h('button', { type: 'submit' }, t('representatives.remove')),
        async () => {
          await deleteResource(`${base}/${person.userId}`);
          navigate('/representatives');
        },
        (problem) => problem.detail ?? problem.title,
      );
      return h('section', { class: 'staff-action', 'aria-label': `${person.firstName} ${person.lastName}` }, h('h2', {}, `${person.firstName} ${person.lastName}`), h('p', {}, person.email), save, remove);
    });
    const pending = await getJson<{ items: PendingInvitation[] }>(`${base}/invitations`);
    const pendingRows = pending.items.map((invitation) => {
      const row = h(
        'tr',
        {},
        h('td', {}, invitation.email),
        h('td', {}, scopeList(invitation.scopes)),
        h('td', {}, t(invitation.status === 'sent' ? 'representatives.pendingSent' : 'representatives.pendingAwaiting')),
        h('td', {}, formatDate(invitation.expiresAt.slice(0, 10))),
        h('td', {}),
      );
      row.lastElementChild!.append(
        sendingForm(
          h('div', { class: 'form-error', role: 'alert' }),
          h('button', { type: 'submit' }, `${t('representatives.revoke')} ${invitation.email}`),
          async () => {
            await deleteResource(`${base}/invitations/${encodeURIComponent(invitation.id)}`);
            row.remove();
            status.replaceChildren(h('p', { class: 'notice' }, t('representatives.revoked')));
          },
          (problem) => problem.detail ?? problem.title,
        ),
      );
      return row;
    });
    const pendingSection =
      pendingRows.length === 0
        ? null
        : h(
            'section',
            { 'aria-labelledby': 'pending-title' },
            h('h2', { id: 'pending-title' }, t('representatives.pendingTitle')),
            h(
              'table',
              { id: 'pending-invitations' },
              h('caption', {}, t('representatives.pendingCaption')),
              h(
                'thead',
                {},
                h('tr', {}, ...(['profile.email', 'representatives.pendingScopes', 'representatives.pendingStatus', 'representatives.pendingExpires', 'representatives.pendingAction'] as const).map((key) => h('th', { scope: 'col' }, t(key)))),
              ),
              h('tbody', {}, pendingRows),
            ),
          );
    const email = h('input', { type: 'email', autocomplete: 'off' });
    const invited = scopeBoxes('invite', ['finance']);
    const invite = sendingForm(
      h('div', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit', class: 'primary' }, t('representatives.invite')),
      async () => {
        const invitation = await postJson<{ status: string }>(`${base}/invitations`, { email: email.value, scopes: invited.chosen() });
        status.replaceChildren(h('p', { class: 'notice' }, t(invitation.status === 'sent' ? 'representatives.invitedSent' : 'representatives.invitedAwaiting')));
      },
      (problem) => Object.values(problem.errors ?? {}).flat().join(' ') || problem.title,
      field('inviteEmail', t('profile.email'), email),
      invited.element,
    );
    return [
      h('h1', { tabindex: '-1' }, t('representatives.title')),
      h('p', {}, chosen.name),
      status,
      ...rows,
      pendingSection,
      h('h2', {}, t('representatives.inviteTitle')),
      h('p', { class: 'hint' }, t('representatives.inviteLead')),
      invite,
    ];
  },
};

export const invitationPage: Page = {
  title: () => t('invitation.title'),
  render: async (link) => {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const heading = h('h1', { tabindex: '-1' }, t('invitation.title'));
    let view: { clientName: string; email: string; scopes: string[]; hasAccount: boolean };
    try {
      view = await postJson('/api/auth/invitation', { token });
    } catch {
      return [heading, h('p', {}, t('invitation.invalid'))];
    }
    const done = h('div', { role: 'status' });
    const accepted = async () => {
      await loadSession();
      done.replaceChildren(h('p', { class: 'notice' }, t('invitation.accepted'), ' ', link(signedInUser() ? '/client' : '/sign-in', t(signedInUser() ? 'client.title' : 'nav.signIn'))));
    };
    const lead = h('p', {}, `${t('invitation.lead')} “${view.clientName}” (${scopeList(view.scopes)}).`);
    const error = h('div', { class: 'form-error', role: 'alert' });
    if (view.hasAccount) {
      const me = signedInUser();
      if (!me) return [heading, lead, h('p', {}, t('invitation.signInFirst'), ' ', link('/sign-in', t('nav.signIn')))];
      const accept = sendingForm(error, h('button', { type: 'submit', class: 'primary' }, t('invitation.accept')), async () => {
        await postJson('/api/auth/invitation/accept', { token });
        accept.hidden = true;
        await accepted();
      }, (problem) => problem.title);
      return [heading, lead, done, accept];
    }
    const firstName = h('input', { type: 'text', autocomplete: 'given-name' });
    const lastName = h('input', { type: 'text', autocomplete: 'family-name' });
    const password = newPasswordField(view.email, 'password');
    const create = sendingForm(error, h('button', { type: 'submit', class: 'primary' }, t('invitation.create')), async () => {
      await postJson('/api/auth/invitation/accept', { token, firstName: firstName.value, lastName: lastName.value, password: password.input.value });
      create.hidden = true;
      await accepted();
    }, problemText, field('firstName', t('invitation.firstName'), firstName), field('lastName', t('invitation.lastName'), lastName), password.element);
    return [heading, lead, h('p', {}, `${t('invitation.createLead')} ${view.email}`), done, create];
  },
};

interface InvoiceItem {
  id: string;
  number: string;
  kind: string;
  issuedOn: string;
  dueOn: string;
  amount: number;
  status: string;
  hasPdf: boolean;
  billingAccount: string | null;
}

export const invoicesPage: Page = {
  title: () => t('invoices.title'),
  render: async (link) => {
    const who = await clientWith('invoices', link, 'invoices.title');
    if ('page' in who) return who.page;
    const chosen = who.client;
    const base = `/api/clients/${encodeURIComponent(chosen.id)}/invoices`;
    const money = (amount: number): string => formatMoney(amount, language());
    const body = h('tbody', {});
    const more = h('button', { type: 'button', hidden: true }, t('invoices.more'));
    const empty = h('p', { hidden: true }, t('invoices.none'));
    let query = '';
    let next: string | null = null;
    const load = async (reset: boolean) => {
      const page = await getJson<{ items: InvoiceItem[]; continuationToken: string | null }>(
        `${base}?number=${encodeURIComponent(query)}${next && !reset ? `&continuationToken=${encodeURIComponent(next)}` : ''}`,
      );
      if (reset) body.replaceChildren();
      body.append(
        ...page.items.map((invoice) =>
          h(
            'tr',
            {},
            h('td', {}, invoice.number),
            h('td', {}, t(`invoices.kind.${invoice.kind}` as MessageKey)),
            h('td', {}, formatDate(invoice.issuedOn)),
            h('td', {}, formatDate(invoice.dueOn)),
            h('td', { class: 'amount' }, money(invoice.amount)),
            h('td', {}, t(`invoices.status.${invoice.status}` as MessageKey)),
            h('td', {}, invoice.billingAccount ?? missing),
            h('td', {}, invoice.hasPdf ? h('a', { href: `${base}/${encodeURIComponent(invoice.id)}/pdf`, target: '_blank', rel: 'noopener' }, `PDF ${invoice.number}`) : '–'),
          ),
        ),
      );
      next = page.continuationToken;
      more.hidden = next === null;
      empty.hidden = body.childElementCount > 0;
    };
    more.addEventListener('click', () => void load(false));
    const number = h('input', { type: 'search' });
    const search = sendingForm(
      h('div', { class: 'form-error', role: 'alert' }),
      h('button', { type: 'submit' }, t('staff.search')),
      async () => {
        query = number.value.trim();
        next = null;
        await load(true);
      },
      (problem) => problem.title,
      field('invoiceNumber', t('invoices.number'), number),
    );
    await load(true);
    return [
      h('h1', { tabindex: '-1' }, t('invoices.title')),
      h('p', {}, chosen.name),
      search,
      h(
        'table',
        {},
        h('caption', {}, t('invoices.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...(['invoices.number', 'invoices.kind', 'invoices.issued', 'invoices.due', 'invoices.amount', 'invoices.status', 'invoices.billingAccount', 'invoices.document'] as MessageKey[]).map((key) =>
              h('th', { scope: 'col' }, t(key)),
            ),
          ),
        ),
        body,
      ),
      empty,
      more,
    ];
  },
};
