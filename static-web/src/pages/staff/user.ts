// One user for staff: their details, the actions their status allows (an admin may also end their
// access), and their trail.

import { actOnUser, getUser, getUserTrail, terminationReasons, type TrailItem, type UserAction, type UserDetails } from '../../api/staff';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { isAdmin } from '../../session';
import { detailsList } from '../../ui/details-list';
import { h } from '../../ui/dom';
import { scopeList } from '../../ui/scopes';
import { dataTable } from '../../ui/table';
import { actionForm, heading, reasonField, staffOr, time } from './staff-page';

function userDetails(user: UserDetails): HTMLElement | null {
  return detailsList([
    ['staff.applicant', `${user.firstName} ${user.lastName}`],
    ['staff.email', user.email],
    ['staff.phone', user.phone],
    ['staff.address', user.address],
    ['staff.status', t(`staff.status.${user.status}`)],
    ['staff.statusReason', user.statusReason],
    ['staff.created', time(user.createdAt)],
    ['staff.lockedUntil', user.lockedUntil ? time(user.lockedUntil) : null],
    ['staff.clients', user.clients.map((c) => `${c.name} (${scopeList(c.scopes)})`).join('; ')],
  ]);
}

function trailTable(items: TrailItem[]): HTMLElement {
  return dataTable(
    { caption: t('staff.trailCaption'), columns: ['activity.when', 'staff.action', 'staff.actor', 'staff.result', 'sessions.ip'] },
    items.map((item) => h('tr', {}, h('td', {}, time(item.at)), h('td', {}, `${item.action} ${item.target}`), h('td', {}, item.actor), h('td', {}, item.result), h('td', {}, item.ipAddress))),
  );
}

export const staffUserPage: Page = {
  title: () => t('staff.userTitle'),
  render: async (link) => {
    const who = staffOr('staff.userTitle', link);
    if ('page' in who) return who.page;
    const id = new URLSearchParams(location.search).get('id') ?? '';
    const user = await getUser(id);
    const trail = await getUserTrail(id);
    const result = h('div', { role: 'status' });
    const act = async (action: UserAction) => {
      const after = await actOnUser(id, action);
      result.replaceChildren(h('p', { class: 'notice' }, `${t('staff.done')} ${t(`staff.status.${after.status}`)}`));
    };
    const blockReason = reasonField('blockReason');
    const unblockReason = reasonField('unblockReason');
    const terminateReason = h(
      'select',
      { id: 'terminateReason', name: 'terminateReason' },
      terminationReasons.map((reason) => h('option', { value: reason }, t(`staff.termination.${reason}`))),
    );
    const actions: HTMLElement[] = [];
    if (user.status === 'active') actions.push(actionForm(t('staff.block'), () => act({ action: 'block', reason: blockReason.input.value }), blockReason.element));
    if (user.status === 'blocked') actions.push(actionForm(t('staff.unblock'), () => act({ action: 'unblock', reason: unblockReason.input.value }), unblockReason.element));
    if (user.lockedUntil) actions.push(actionForm(t('staff.unlock'), () => act({ action: 'unlock' })));
    if (user.status === 'active') actions.push(actionForm(t('staff.demandChange'), () => act({ action: 'demand-password-change' })));
    if (isAdmin(who.staff) && user.status !== 'terminated') {
      actions.push(
        actionForm(
          t('staff.terminate'),
          () => act({ action: 'terminate', reason: terminateReason.value }),
          h('div', { class: 'field' }, h('label', { for: 'terminateReason' }, t('staff.terminationReason')), terminateReason),
        ),
      );
    }
    return [
      heading('staff.userTitle'),
      userDetails(user),
      result,
      h('h2', {}, t('staff.actions')),
      ...actions,
      h('h2', {}, t('staff.trail')),
      trailTable(trail.items),
      h('p', {}, link('/staff/users', t('staff.backToSearch'))),
    ];
  },
};
