// One application: what the applicant gave, and the staff member's decision (approve with scopes, or reject with a reason).

import { scopes } from '../../api/clients';
import { applicationDocumentUrl, approveApplication, getApplication, getStaffClient, rejectApplication, type Application } from '../../api/staff';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { detailsList } from '../../ui/details-list';
import { h } from '../../ui/dom';
import { scopeLabel, scopeList } from '../../ui/scopes';
import { actionForm, heading, reasonField, staffOr, time } from './staff-page';

function applicationDetails(application: Application): HTMLElement | null {
  return detailsList([
    ['staff.status', t(`staff.status.${application.status}`)],
    ['staff.kind', t(`staff.kind.${application.personKind}`)],
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
  ]);
}

/**
 * The client the application names, when it exists: who already acts for it, so staff see what approving would add.
 * If it cannot be read, the application is still shown, with a notice that the client's details are missing.
 */
async function existingClient(application: Application, link: Parameters<Page['render']>[0]): Promise<HTMLElement[]> {
  if (!application.existingClientId) return [];
  const notice = h('p', { class: 'notice' }, t(application.personKind === 'legal' ? 'staff.existingClient' : 'staff.existingPerson'));
  let found: Awaited<ReturnType<typeof getStaffClient>>;
  try {
    found = await getStaffClient(application.existingClientId);
  } catch {
    return [notice, h('p', { class: 'notice', id: 'existing-client-unavailable', role: 'alert' }, t('staff.existingClientUnavailable'))];
  }
  const { client, representatives } = found;
  return [
    notice,
    h('h2', {}, t('staff.existingClientTitle')),
    h('p', {}, link(`/staff/client?id=${encodeURIComponent(client.id)}`, client.name)),
    representatives.length === 0
      ? h('p', {}, t('staff.noRepresentatives'))
      : h(
          'ul',
          { id: 'existing-representatives' },
          representatives.map((person) => h('li', {}, `${person.firstName} ${person.lastName} (${person.email}): `, scopeList(person.scopes))),
        ),
  ];
}

export const staffRegistrationPage: Page = {
  title: () => t('staff.registrationTitle'),
  render: async (link) => {
    const who = staffOr('staff.registrationTitle', link);
    if ('page' in who) return who.page;
    const id = new URLSearchParams(location.search).get('id') ?? '';
    const application = await getApplication(id);
    const result = h('div', { role: 'status' });
    const show = (decided: Application) => {
      decisions.hidden = true;
      result.replaceChildren(h('p', { class: 'notice' }, t(decided.status === 'approved' ? 'staff.approved' : 'staff.rejected')));
      result.focus();
    };
    const boxes = scopes.map((scope) => ({
      scope,
      box: h('input', { type: 'checkbox', id: `scope-${scope}`, name: 'scopes', value: scope, checked: application.existingClientId === null }),
    }));
    const reason = reasonField('rejectReason');
    const decisions = h(
      'div',
      {},
      actionForm(
        t('staff.approve'),
        async () => {
          const chosen = boxes.filter(({ box }) => box.checked).map(({ scope }) => scope);
          show(await approveApplication(id, chosen.length ? chosen : null));
        },
        h(
          'fieldset',
          {},
          h('legend', {}, t(application.existingClientId ? 'staff.scopesExisting' : 'staff.scopes')),
          boxes.map(({ scope, box }) => h('div', { class: 'check' }, box, h('label', { for: box.id }, scopeLabel(scope)))),
        ),
      ),
      actionForm(t('staff.reject'), async () => {
        show(await rejectApplication(id, reason.input.value));
      }, reason.element),
    );
    decisions.hidden = application.status !== 'pending';
    return [
      heading('staff.registrationTitle'),
      applicationDetails(application),
      ...(await existingClient(application, link)),
      application.hasDocument ? h('p', {}, h('a', { href: applicationDocumentUrl(id), target: '_blank', rel: 'noopener' }, t('staff.document'))) : null,
      result,
      decisions,
      h('p', {}, link('/staff/registrations', t('staff.backToList'))),
    ];
  },
};
