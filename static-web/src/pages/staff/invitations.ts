// Invitations client admins sent that wait for a staff check; confirming one sends it, and may let
// the client's admins invite without the check from then on.

import { confirmInvitation, getWaitingInvitations, setSelfServiceInvitations, type WaitingInvitation } from '../../api/staff';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { detailsList } from '../../ui/details-list';
import { h } from '../../ui/dom';
import { scopeList } from '../../ui/scopes';
import { actionForm, heading, staffOr, time } from './staff-page';

function invitationSection(invitation: WaitingInvitation, status: HTMLElement): HTMLElement {
  const selfService = h('input', { type: 'checkbox', id: `self-${invitation.id}` });
  return h(
    'section',
    { class: 'staff-action', 'aria-label': `${invitation.clientName}: ${invitation.email}` },
    h('h2', {}, invitation.clientName),
    detailsList([
      ['staff.email', invitation.email],
      ['client.scopes', scopeList(invitation.scopes)],
      ['staff.submitted', time(invitation.createdAt)],
    ]),
    actionForm(
      t('staff.confirm'),
      async () => {
        await confirmInvitation(invitation.clientId, invitation.id);
        if (selfService.checked) await setSelfServiceInvitations(invitation.clientId, true);
        status.replaceChildren(h('p', { class: 'notice' }, t('staff.confirmed')));
      },
      h('div', { class: 'check' }, selfService, h('label', { for: selfService.id }, t('staff.selfService'))),
    ),
  );
}

export const staffInvitationsPage: Page = {
  title: () => t('staff.invitationsTitle'),
  render: async (link) => {
    const who = staffOr('staff.invitationsTitle', link);
    if ('page' in who) return who.page;
    const waiting = await getWaitingInvitations();
    const status = h('div', { role: 'status' });
    return [
      heading('staff.invitationsTitle'),
      status,
      waiting.items.length === 0 ? h('p', {}, t('staff.noInvitations')) : h('div', {}, waiting.items.map((invitation) => invitationSection(invitation, status))),
    ];
  },
};
