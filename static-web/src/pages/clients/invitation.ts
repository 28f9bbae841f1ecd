// The invitation link's page: a person with an account accepts it signed in; one without creates
// the account with it.

import { acceptInvitation, viewInvitation, type InvitationView } from '../../api/auth';
import { getCurrentTerms } from '../../api/terms';
import { ApiProblemError } from '../../api/http';
import { t } from '../../i18n';
import type { Page } from '../../router';
import { loadSession, signedInUser } from '../../session';
import { h } from '../../ui/dom';
import { field, sendingForm } from '../../ui/forms';
import { forgetLinkToken, takeLinkToken } from '../../ui/link-token';
import { newPasswordField, passwordWording } from '../../ui/password';
import { titleOnly } from '../../ui/problem';
import { scopeList } from '../../ui/scopes';

export const invitationPage: Page = {
  title: () => t('invitation.title'),
  render: async (link) => {
    const token = takeLinkToken();
    const heading = h('h1', { tabindex: '-1' }, t('invitation.title'));
    let view: InvitationView;
    try {
      view = await viewInvitation(token);
    } catch (error) {
      // Only the API's 400 says the link is used or old; an outage or a refusal is the page's to show as it is.
      if (error instanceof ApiProblemError && error.problem.status === 400) return [heading, h('p', {}, t('invitation.invalid'))];
      throw error;
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
        await acceptInvitation(token);
        forgetLinkToken();
        accept.hidden = true;
        await accepted();
      }, titleOnly);
      return [heading, lead, done, accept];
    }
    const firstName = h('input', { type: 'text', autocomplete: 'given-name' });
    const lastName = h('input', { type: 'text', autocomplete: 'family-name' });
    const password = newPasswordField(view.email, 'password');
    // A new account accepts the terms in force like an application does (§4), and the acceptance is recorded.
    const current = await getCurrentTerms();
    const acceptTerms = h('input', { type: 'checkbox', id: 'acceptTerms', name: 'acceptTerms' });
    const create = sendingForm(
      error,
      h('button', { type: 'submit', class: 'primary' }, t('invitation.create')),
      async () => {
        if (!acceptTerms.checked) {
          error.append(t('invitation.acceptRequired'));
          acceptTerms.focus();
          return;
        }
        await acceptInvitation(token, { firstName: firstName.value, lastName: lastName.value, password: password.input.value, acceptedTermsVersion: current.version });
        forgetLinkToken();
        create.hidden = true;
        await accepted();
      },
      passwordWording,
      field('firstName', t('invitation.firstName'), firstName),
      field('lastName', t('invitation.lastName'), lastName),
      password.element,
      h('div', { class: 'field' },
        h('label', { class: 'choice' }, acceptTerms, ' ', t('register.accept').replace('{version}', `${current.version}`)),
        h('p', {}, link('/terms', t('nav.terms')), ' · ', link('/privacy', t('privacy.title')))),
    );
    return [heading, lead, h('p', {}, `${t('invitation.createLead')} ${view.email}`), done, create];
  },
};
