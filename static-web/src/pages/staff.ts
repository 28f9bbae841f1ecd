// The pages of ES staff: sign-in through the organisation's identity provider, applications to
// review, users to find and act on, and new terms to publish. The server checks every role; the
// pages only leave out what a role may not do.

import { deleteResource, getJson, patchJson, postJson } from '../api';
import { problemText, sendingForm } from '../forms';
import { h } from '../dom';
import { label, language, t, type MessageKey } from '../i18n';
import { navigate } from '../navigation';
import type { Link, Page } from '../router';
import { isAdmin, signedInStaff, type Staff } from '../session';
import { field } from './password-pages';

const scopes = ['finance', 'technical', 'submit', 'admin'] as const;
const terminationReasons = ['client-request', 'user-request', 'legal-basis-ended', 'unauthorised-use-suspected', 'terms-breached'] as const;

interface Application {
  id: string;
  status: string;
  personKind: 'natural' | 'legal';
  firstName: string;
  lastName: string;
  personalCode: string;
  companyName: string | null;
  registrationNumber: string | null;
  position: string | null;
  address: string;
  email: string;
  phone: string;
  language: string;
  acceptedTermsVersion: number;
  hasDocument: boolean;
  submittedAt: string;
  scopes: string[];
  reason: string | null;
  existingClientId: string | null;
}

interface UserSummary {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  status: string;
}

interface UserDetails extends UserSummary {
  phone: string;
  address: string;
  statusReason: string;
  createdAt: string;
  passwordChangedAt: string;
  mustChangePassword: boolean;
  consecutiveFailures: number;
  lockedUntil: string | null;
  clients: { id: string; name: string; kind: string; scopes: string[] }[];
}

interface ActivityItem {
  at: string;
  action: string;
  target: string;
  result: string;
  actor: string;
  ipAddress: string;
}

const time = (iso: string): string =>
  new Intl.DateTimeFormat(language() === 'lv' ? 'lv-LV' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Riga' }).format(new Date(iso));

const heading = (key: MessageKey): HTMLElement => h('h1', { tabindex: '-1' }, t(key));

/** The staff member, or the page that asks them to sign in (a person's session is not staff). */
function staffOr(key: MessageKey, link: Link): { staff: Staff } | { page: (Node | null)[] } {
  const staff = signedInStaff();
  return staff ? { staff } : { page: [heading(key), h('p', {}, t('staff.signInFirst'), ' ', link('/staff/sign-in', t('staff.signIn')))] };
}

function detailsList(rows: [MessageKey, string | null | undefined][]): HTMLElement {
  return h(
    'dl',
    { class: 'terms-meta' },
    rows.filter(([, value]) => value !== null && value !== undefined && value !== '').flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value!)]),
  );
}

/** A staff action: the API's field errors (or its detail) are shown in the form. */
function actionForm(label: string, send: () => Promise<void>, ...fields: HTMLElement[]): HTMLFormElement {
  const form = sendingForm(
    h('div', { class: 'form-error', role: 'alert' }),
    h('button', { type: 'submit' }, label),
    send,
    problemText,
    ...fields,
  );
  form.className = 'staff-action';
  return form;
}

function reasonField(id: string): { element: HTMLElement; input: HTMLTextAreaElement } {
  const input = h('textarea', { rows: '2', maxlength: '2000' });
  return { input, element: field(id, t('staff.reason'), input) };
}

export const staffSignInPage: Page = {
  title: () => t('staff.signInTitle'),
  render: async () => {
    const error = new URLSearchParams(location.search).get('error');
    const known = ['expired', 'failed', 'no-role', 'cancelled'];
    return [
      heading('staff.signInTitle'),
      error ? h('p', { class: 'form-error', role: 'alert' }, t(`staff.signInError.${known.includes(error) ? error : 'failed'}` as MessageKey)) : null,
      h('p', {}, t('staff.signInLead')),
      // A full navigation: the identity provider's page, then back through the portal's callback.
      h('a', { class: 'button primary', href: '/api/staff/auth/sign-in?returnTo=/staff/registrations' }, t('staff.signInButton')),
    ];
  },
};

export const staffHomePage: Page = {
  title: () => t('staff.title'),
  render: async () => {
    navigate(signedInStaff() ? '/staff/registrations' : '/staff/sign-in');
    return [];
  },
};

export const staffRegistrationsPage: Page = {
  title: () => t('staff.registrationsTitle'),
  render: async (link) => {
    const who = staffOr('staff.registrationsTitle', link);
    if ('page' in who) return who.page;
    const page = await getJson<{ items: Application[]; continuationToken: string | null }>('/api/staff/registrations?status=pending');
    return [
      heading('staff.registrationsTitle'),
      page.items.length === 0
        ? h('p', {}, t('staff.noApplications'))
        : h(
            'table',
            {},
            h('caption', {}, t('staff.pendingCaption')),
            h('thead', {}, h('tr', {}, ...(['staff.submitted', 'staff.applicant', 'staff.kind', 'staff.company', 'staff.email'] as MessageKey[]).map((key) => h('th', { scope: 'col' }, t(key))))),
            h(
              'tbody',
              {},
              page.items.map((item) =>
                h(
                  'tr',
                  {},
                  h('td', {}, time(item.submittedAt)),
                  h('td', {}, link(`/staff/registration?id=${item.id}`, `${item.firstName} ${item.lastName}`)),
                  h('td', {}, t(`staff.kind.${item.personKind}` as MessageKey)),
                  h('td', {}, item.companyName ?? ''),
                  h('td', {}, item.email),
                ),
              ),
            ),
          ),
    ];
  },
};

export const staffRegistrationPage: Page = {
  title: () => t('staff.registrationTitle'),
  render: async (link) => {
    const who = staffOr('staff.registrationTitle', link);
    if ('page' in who) return who.page;
    const id = new URLSearchParams(location.search).get('id') ?? '';
    const application = await getJson<Application>(`/api/staff/registrations/${encodeURIComponent(id)}`);
    const result = h('div', { role: 'status' });
    const show = (decided: Application) => {
      decisions.hidden = true;
      result.replaceChildren(h('p', { class: 'notice' }, t(decided.status === 'approved' ? 'staff.approved' : 'staff.rejected')));
      result.focus();
    };
    const boxes = scopes.map((scope) =>
      h('input', { type: 'checkbox', id: `scope-${scope}`, name: 'scopes', value: scope, checked: application.existingClientId === null }),
    );
    const reason = reasonField('rejectReason');
    const decisions = h(
      'div',
      {},
      actionForm(
        t('staff.approve'),
        async () => {
          const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
          show(await postJson<Application>(`/api/staff/registrations/${encodeURIComponent(id)}/approve`, { scopes: chosen.length ? chosen : null }));
        },
        h(
          'fieldset',
          {},
          h('legend', {}, t(application.existingClientId ? 'staff.scopesExisting' : 'staff.scopes')),
          boxes.map((box) => h('div', { class: 'check' }, box, h('label', { for: box.id }, t(`scope.${box.value}` as MessageKey)))),
        ),
      ),
      actionForm(t('staff.reject'), async () => {
        show(await postJson<Application>(`/api/staff/registrations/${encodeURIComponent(id)}/reject`, { reason: reason.input.value }));
      }, reason.element),
    );
    decisions.hidden = application.status !== 'pending';
    return [
      heading('staff.registrationTitle'),
      detailsList([
        ['staff.status', t(`staff.status.${application.status}` as MessageKey)],
        ['staff.kind', t(`staff.kind.${application.personKind}` as MessageKey)],
        ['staff.applicant', `${application.firstName} ${application.lastName}`],
        ['staff.personalCode', application.personalCode],
        ['staff.company', application.companyName],
        ['staff.registrationNumber', application.registrationNumber],
        ['staff.position', application.position],
        ['staff.address', application.address],
        ['staff.email', application.email],
        ['staff.phone', application.phone],
        ['staff.submitted', time(application.submittedAt)],
        ['staff.termsVersion', String(application.acceptedTermsVersion)],
        ['staff.reason', application.reason],
      ]),
      application.existingClientId ? h('p', { class: 'notice' }, t('staff.existingClient')) : null,
      application.hasDocument
        ? h('p', {}, h('a', { href: `/api/staff/registrations/${encodeURIComponent(id)}/document`, target: '_blank', rel: 'noopener' }, t('staff.document')))
        : null,
      result,
      decisions,
      h('p', {}, link('/staff/registrations', t('staff.backToList'))),
    ];
  },
};

export const staffUsersPage: Page = {
  title: () => t('staff.usersTitle'),
  render: async (link) => {
    const who = staffOr('staff.usersTitle', link);
    if ('page' in who) return who.page;
    const query = h('input', { type: 'search', minlength: '2', value: new URLSearchParams(location.search).get('query') ?? '' });
    const results = h('div', { 'aria-live': 'polite' });
    const search = async () => {
      if (query.value.trim().length < 2) return;
      const found = await getJson<{ items: UserSummary[] }>(`/api/staff/users?query=${encodeURIComponent(query.value.trim())}`);
      results.replaceChildren(
        found.items.length === 0
          ? h('p', {}, t('staff.noUsers'))
          : h(
              'ul',
              {},
              found.items.map((user) =>
                h('li', {}, link(`/staff/user?id=${user.id}`, `${user.firstName} ${user.lastName}`), ` – ${user.email} – ${t(`staff.status.${user.status}` as MessageKey)}`),
              ),
            ),
      );
    };
    if (query.value) await search();
    return [
      heading('staff.usersTitle'),
      actionForm(t('staff.search'), search, field('query', t('staff.query'), query)),
      results,
    ];
  },
};

export const staffUserPage: Page = {
  title: () => t('staff.userTitle'),
  render: async (link) => {
    const who = staffOr('staff.userTitle', link);
    if ('page' in who) return who.page;
    const id = encodeURIComponent(new URLSearchParams(location.search).get('id') ?? '');
    const user = await getJson<UserDetails>(`/api/staff/users/${id}`);
    const trail = await getJson<{ items: ActivityItem[] }>(`/api/staff/users/${id}/activity`);
    const result = h('div', { role: 'status' });
    const act = async (action: string, body?: unknown) => {
      const after = await postJson<UserSummary>(`/api/staff/users/${id}/${action}`, body);
      result.replaceChildren(h('p', { class: 'notice' }, `${t('staff.done')} ${t(`staff.status.${after.status}` as MessageKey)}`));
    };
    const blockReason = reasonField('blockReason');
    const unblockReason = reasonField('unblockReason');
    const terminateReason = h(
      'select',
      { id: 'terminateReason', name: 'terminateReason' },
      terminationReasons.map((reason) => h('option', { value: reason }, t(`staff.termination.${reason}` as MessageKey))),
    );
    const actions: HTMLElement[] = [];
    if (user.status === 'active') actions.push(actionForm(t('staff.block'), () => act('block', { reason: blockReason.input.value }), blockReason.element));
    if (user.status === 'blocked') actions.push(actionForm(t('staff.unblock'), () => act('unblock', { reason: unblockReason.input.value }), unblockReason.element));
    if (user.lockedUntil) actions.push(actionForm(t('staff.unlock'), () => act('unlock')));
    if (user.status === 'active') actions.push(actionForm(t('staff.demandChange'), () => act('demand-password-change')));
    if (isAdmin(who.staff) && user.status !== 'terminated') {
      actions.push(
        actionForm(
          t('staff.terminate'),
          () => act('terminate', { reason: terminateReason.value }),
          h('div', { class: 'field' }, h('label', { for: 'terminateReason' }, t('staff.terminationReason')), terminateReason),
        ),
      );
    }
    return [
      heading('staff.userTitle'),
      detailsList([
        ['staff.applicant', `${user.firstName} ${user.lastName}`],
        ['staff.email', user.email],
        ['staff.phone', user.phone],
        ['staff.address', user.address],
        ['staff.status', t(`staff.status.${user.status}` as MessageKey)],
        ['staff.statusReason', user.statusReason],
        ['staff.created', time(user.createdAt)],
        ['staff.lockedUntil', user.lockedUntil ? time(user.lockedUntil) : null],
        ['staff.clients', user.clients.map((c) => `${c.name} (${c.scopes.map((s) => t(`scope.${s}` as MessageKey)).join(', ')})`).join('; ')],
      ]),
      result,
      h('h2', {}, t('staff.actions')),
      ...actions,
      h('h2', {}, t('staff.trail')),
      h(
        'table',
        {},
        h('caption', {}, t('staff.trailCaption')),
        h('thead', {}, h('tr', {}, ...(['activity.when', 'staff.action', 'staff.actor', 'staff.result', 'activity.ip'] as MessageKey[]).map((key) => h('th', { scope: 'col' }, t(key))))),
        h(
          'tbody',
          {},
          trail.items.map((item) =>
            h('tr', {}, h('td', {}, time(item.at)), h('td', {}, `${item.action} ${item.target}`), h('td', {}, item.actor), h('td', {}, item.result), h('td', {}, item.ipAddress)),
          ),
        ),
      ),
      h('p', {}, link('/staff/users', t('staff.backToSearch'))),
    ];
  },
};

interface StaffClient {
  id: string;
  name: string;
  kind: 'natural' | 'legal';
  registrationNumber: string | null;
  externalId: string | null;
  billingArrangement: string;
  services: string[];
  selfServiceInvitations: boolean;
}

interface StaffRepresentative {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  scopes: string[];
}

export const staffClientsPage: Page = {
  title: () => t('staff.clientsTitle'),
  render: async (link) => {
    const who = staffOr('staff.clientsTitle', link);
    if ('page' in who) return who.page;
    const query = h('input', { type: 'search', minlength: '2', value: new URLSearchParams(location.search).get('query') ?? '' });
    const results = h('div', { 'aria-live': 'polite' });
    const search = async () => {
      if (query.value.trim().length < 2) return;
      const found = await getJson<{ items: StaffClient[] }>(`/api/staff/clients?query=${encodeURIComponent(query.value.trim())}`);
      results.replaceChildren(
        found.items.length === 0
          ? h('p', {}, t('staff.noClients'))
          : h(
              'ul',
              { id: 'staff-client-results' },
              found.items.map((client) =>
                h('li', {}, link(`/staff/client?id=${client.id}`, client.name), ` – ${t(`staff.kind.${client.kind}` as MessageKey)}${client.registrationNumber ? ` ${client.registrationNumber}` : ''}`),
              ),
            ),
      );
    };
    if (query.value) await search();
    return [heading('staff.clientsTitle'), actionForm(t('staff.search'), search, field('clientQuery', t('staff.clientQuery'), query)), results];
  },
};

export const staffClientPage: Page = {
  title: () => t('staff.clientTitle'),
  render: async (link) => {
    const who = staffOr('staff.clientTitle', link);
    if ('page' in who) return who.page;
    const id = encodeURIComponent(new URLSearchParams(location.search).get('id') ?? '');
    const { client, representatives } = await getJson<{ client: StaffClient; representatives: StaffRepresentative[] }>(`/api/staff/clients/${id}`);
    const result = h('div', { role: 'status' });
    const selfService = h('input', { type: 'checkbox', id: 'selfServiceInvitations', name: 'selfServiceInvitations' });
    selfService.checked = client.selfServiceInvitations;
    const settings = actionForm(
      t('staff.saveSettings'),
      async () => {
        await patchJson(`/api/staff/clients/${id}`, { selfServiceInvitations: selfService.checked });
        result.replaceChildren(h('p', { class: 'notice' }, t('staff.settingsSaved')));
      },
      h('div', { class: 'check' }, selfService, h('label', { for: 'selfServiceInvitations' }, t('staff.selfServiceSetting'))),
    );
    const rows = representatives.map((person) => {
      const row = h(
        'tr',
        {},
        h('td', {}, `${person.firstName} ${person.lastName}`),
        h('td', {}, person.email),
        h('td', {}, person.scopes.map((s) => t(`scope.${s}` as MessageKey)).join(', ')),
        h('td', {}),
      );
      row.lastElementChild!.append(
        actionForm(`${t('staff.removeRepresentative')} ${person.firstName} ${person.lastName}`, async () => {
          await deleteResource(`/api/staff/clients/${id}/representatives/${encodeURIComponent(person.userId)}`);
          row.remove();
          result.replaceChildren(h('p', { class: 'notice' }, t('staff.representativeRemoved')));
        }),
      );
      return row;
    });
    return [
      h('h1', {}, client.name),
      detailsList([
        ['staff.clientKind', t(`staff.kind.${client.kind}` as MessageKey)],
        ['staff.registrationNumber', client.registrationNumber],
        ['staff.externalId', client.externalId],
        ['staff.billingArrangement', client.billingArrangement ? label('billing', client.billingArrangement) : null],
        ['staff.services', client.services.map((service) => label('service', service)).join(', ')],
      ]),
      result,
      h('h2', {}, t('staff.settings')),
      settings,
      h('h2', {}, t('staff.representatives')),
      representatives.length === 0
        ? h('p', {}, t('staff.noRepresentatives'))
        : h(
            'table',
            { id: 'staff-representatives' },
            h('caption', {}, t('staff.representativesCaption')),
            h('thead', {}, h('tr', {}, ...(['staff.applicant', 'staff.email', 'staff.rights', 'staff.actions'] as MessageKey[]).map((key) => h('th', { scope: 'col' }, t(key))))),
            h('tbody', {}, rows),
          ),
      h('p', {}, link('/staff/clients', t('staff.backToClients'))),
    ];
  },
};

export const staffTermsPage: Page = {
  title: () => t('staff.termsTitle'),
  render: async (link) => {
    const who = staffOr('staff.termsTitle', link);
    if ('page' in who) return who.page;
    if (!isAdmin(who.staff)) return [heading('staff.termsTitle'), h('p', {}, t('staff.adminOnly'))];
    const name = h('input', { type: 'text', value: 'Klientu portāla lietošanas noteikumi' });
    const approvedOn = h('input', { type: 'date' });
    const note = h('input', { type: 'text' });
    const text = h('textarea', { rows: '12' });
    const result = h('div', { role: 'status' });
    return [
      heading('staff.termsTitle'),
      h('p', {}, t('staff.termsLead')),
      result,
      actionForm(
        t('staff.publish'),
        async () => {
          const published = await postJson<{ version: number }>('/api/staff/terms', {
            documentName: name.value,
            approvedOn: approvedOn.value || null,
            validityNote: note.value,
            text: text.value,
          });
          result.replaceChildren(h('p', { class: 'notice' }, `${t('staff.published')} ${published.version}`));
        },
        field('documentName', t('terms.document'), name),
        field('approvedOn', t('terms.approved'), approvedOn),
        field('validityNote', t('terms.note'), note),
        field('termsText', t('terms.text'), text),
      ),
    ];
  },
};

interface WaitingInvitation {
  id: string;
  clientId: string;
  clientName: string;
  email: string;
  scopes: string[];
  createdAt: string;
}

export const staffInvitationsPage: Page = {
  title: () => t('staff.invitationsTitle'),
  render: async (link) => {
    const who = staffOr('staff.invitationsTitle', link);
    if ('page' in who) return who.page;
    const waiting = await getJson<{ items: WaitingInvitation[] }>('/api/staff/invitations');
    const status = h('div', { role: 'status' });
    return [
      heading('staff.invitationsTitle'),
      status,
      waiting.items.length === 0
        ? h('p', {}, t('staff.noInvitations'))
        : h(
            'div',
            {},
            waiting.items.map((invitation) => {
              const selfService = h('input', { type: 'checkbox', id: `self-${invitation.id}` });
              return h(
                'section',
                { class: 'staff-action', 'aria-label': `${invitation.clientName}: ${invitation.email}` },
                h('h2', {}, invitation.clientName),
                detailsList([
                  ['staff.email', invitation.email],
                  ['client.scopes', invitation.scopes.map((s) => t(`scope.${s}` as MessageKey)).join(', ')],
                  ['staff.submitted', time(invitation.createdAt)],
                ]),
                actionForm(
                  t('staff.confirm'),
                  async () => {
                    await postJson(`/api/staff/clients/${invitation.clientId}/invitations/${invitation.id}/confirm`);
                    if (selfService.checked) await patchJson(`/api/staff/clients/${invitation.clientId}`, { selfServiceInvitations: true });
                    status.replaceChildren(h('p', { class: 'notice' }, t('staff.confirmed')));
                  },
                  h('div', { class: 'check' }, selfService, h('label', { for: selfService.id }, t('staff.selfService'))),
                ),
              );
            }),
          ),
    ];
  },
};
