// The current client's representatives, for its admins: each one's rights (change, remove), the
// invitations not yet accepted (revoke), and a new invitation.

import {
  getPendingInvitations,
  getRepresentatives,
  inviteRepresentative,
  removeRepresentative,
  revokeInvitation,
  scopes,
  setRepresentativeScopes,
  type PendingInvitation,
  type Representative,
  type Scope,
} from '../../api/clients';
import { formatDate, t } from '../../i18n';
import { navigate } from '../../navigation';
import type { Page } from '../../router';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';
import type { ProblemWording } from '../../ui/problem';
import { scopeLabel, scopeList } from '../../ui/scopes';
import { dataTable } from '../../ui/table';
import { clientWith } from './current-client';

/** What the admin does to one representative is refused for a reason the detail gives. */
const refusal: ProblemWording = { fieldErrors: false };

function scopeBoxes(prefix: string, checked: Scope[]): { element: HTMLElement; chosen: () => Scope[] } {
  const boxes = scopes.map((scope) => ({ scope, box: h('input', { type: 'checkbox', id: `${prefix}-${scope}`, value: scope, checked: checked.includes(scope) }) }));
  return {
    chosen: () => boxes.filter(({ box }) => box.checked).map(({ scope }) => scope),
    element: h(
      'fieldset',
      { class: 'scopes' },
      h('legend', {}, t('client.scopes')),
      boxes.map(({ scope, box }) => h('div', { class: 'check' }, box, h('label', { for: box.id }, scopeLabel(scope)))),
    ),
  };
}

function representativeSection(clientId: string, person: Representative, status: HTMLElement): HTMLElement {
  const boxes = scopeBoxes(`scopes-${person.userId}`, person.scopes);
  const save = sendingForm(
    h('div', { class: 'form-error', role: 'alert' }),
    h('button', { type: 'submit' }, t('representatives.save')),
    async () => {
      await setRepresentativeScopes(clientId, person.userId, boxes.chosen());
      status.replaceChildren(h('p', { class: 'notice' }, t('representatives.saved')));
    },
    refusal,
    boxes.element,
  );
  const remove = sendingForm(
    h('div', { class: 'form-error', role: 'alert' }),
    h('button', { type: 'submit' }, t('representatives.remove')),
    async () => {
      await removeRepresentative(clientId, person.userId);
      navigate('/representatives');
    },
    refusal,
  );
  const name = `${person.firstName} ${person.lastName}`;
  return h('section', { class: 'staff-action', 'aria-label': name }, h('h2', {}, name), h('p', {}, person.email), save, remove);
}

function pendingRow(clientId: string, invitation: PendingInvitation, status: HTMLElement): HTMLTableRowElement {
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
        await revokeInvitation(clientId, invitation.id);
        row.remove();
        status.replaceChildren(h('p', { class: 'notice' }, t('representatives.revoked')));
      },
      refusal,
    ),
  );
  return row;
}

function pendingSection(rows: HTMLTableRowElement[]): HTMLElement | null {
  if (rows.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'pending-title' },
    h('h2', { id: 'pending-title' }, t('representatives.pendingTitle')),
    dataTable(
      {
        id: 'pending-invitations',
        caption: t('representatives.pendingCaption'),
        columns: ['profile.email', 'representatives.pendingScopes', 'representatives.pendingStatus', 'representatives.pendingExpires', 'representatives.pendingAction'],
      },
      rows,
    ),
  );
}

function inviteForm(clientId: string, status: HTMLElement): HTMLFormElement {
  const email = h('input', { type: 'email', autocomplete: 'off' });
  const invited = scopeBoxes('invite', ['finance']);
  return sendingForm(
    h('div', { class: 'form-error', role: 'alert' }),
    h('button', { type: 'submit', class: 'primary' }, t('representatives.invite')),
    async () => {
      const invitation = await inviteRepresentative(clientId, email.value, invited.chosen());
      status.replaceChildren(h('p', { class: 'notice' }, t(invitation.status === 'sent' ? 'representatives.invitedSent' : 'representatives.invitedAwaiting')));
    },
    // A refused invitation names the fields to fix; else its title says why.
    { detail: false },
    field('inviteEmail', t('profile.email'), email),
    invited.element,
  );
}

export const representativesPage: Page = {
  title: () => t('representatives.title'),
  render: async (link) => {
    const who = await clientWith('representatives', link, 'representatives.title', 'representatives.adminOnly');
    if ('page' in who) return who.page;
    const { client } = who;
    const list = await getRepresentatives(client.id);
    const status = h('div', { role: 'status' });
    const rows = list.items.map((person) => representativeSection(client.id, person, status));
    const pending = await getPendingInvitations(client.id);
    return [
      h('h1', { tabindex: '-1' }, t('representatives.title')),
      h('p', {}, client.name),
      status,
      ...rows,
      pendingSection(pending.items.map((invitation) => pendingRow(client.id, invitation, status))),
      h('h2', {}, t('representatives.inviteTitle')),
      h('p', { class: 'hint' }, t('representatives.inviteLead')),
      inviteForm(client.id, status),
    ];
  },
};
