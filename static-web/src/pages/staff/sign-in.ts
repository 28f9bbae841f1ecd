// Staff sign in through their organisation's identity provider; /staff leads there or to the applications.

import { staffSignInUrl } from '../../api/staff';
import { t } from '../../i18n';
import { navigate } from '../../navigation';
import type { Page } from '../../router';
import { signedInStaff } from '../../session';
import { h } from '../../ui/dom';
import { heading } from './staff-page';

const signInErrors = ['expired', 'failed', 'no-role', 'cancelled', 'ended'] as const;
type SignInError = (typeof signInErrors)[number];

/** The reason the identity provider's round trip came back with; any other is a failure. */
const signInError = (error: string): SignInError => signInErrors.find((known) => known === error) ?? 'failed';

export const staffSignInPage: Page = {
  title: () => t('staff.signInTitle'),
  render: async () => {
    const error = new URLSearchParams(location.search).get('error');
    return [
      heading('staff.signInTitle'),
      error ? h('p', { class: 'form-error', role: 'alert' }, t(`staff.signInError.${signInError(error)}`)) : null,
      h('p', {}, t('staff.signInLead')),
      // A full navigation: the identity provider's page, then back through the portal's callback.
      h('a', { class: 'button primary', href: staffSignInUrl }, t('staff.signInButton')),
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
