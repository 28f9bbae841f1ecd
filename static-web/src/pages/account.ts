import { h } from '../dom';
import { language, t } from '../i18n';
import type { Page } from '../router';
import { signedInUser } from '../session';

export const accountPage: Page = {
  title: () => t('account.title'),
  render: async (link) => {
    const me = signedInUser();
    if (!me) {
      return [h('h1', { tabindex: '-1' }, t('account.title')), h('p', {}, t('account.signInFirst'), ' ', link('/sign-in', t('nav.signIn')))];
    }
    const expires = new Intl.DateTimeFormat(language() === 'lv' ? 'lv-LV' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Riga',
    }).format(new Date(me.session.expiresAt));
    return [
      h('h1', { tabindex: '-1' }, t('account.title')),
      me.mustChangePassword ? h('p', { class: 'notice' }, t('account.passwordDue'), ' ', link('/change-password', t('password.change'))) : null,
      me.mustAcceptTerms ? h('p', { class: 'notice' }, t('account.termsDue'), ' ', link('/terms', t('nav.terms'))) : null,
      h(
        'dl',
        { class: 'terms-meta' },
        h('dt', {}, t('account.name')),
        h('dd', {}, `${me.firstName} ${me.lastName}`),
        h('dt', {}, t('account.email')),
        h('dd', {}, me.email),
        h('dt', {}, t('account.sessionEnds')),
        h('dd', {}, expires),
      ),
      h('p', {}, link('/change-password', t('password.change')), ' · ', link('/sessions', t('sessions.title')), ' · ', link('/activity', t('activity.title'))),
      h('h2', {}, t('account.clients')),
      me.clients.length === 0
        ? h('p', {}, t('account.noClients'))
        : h('ul', {}, me.clients.map((client) => h('li', {}, client.name))),
    ];
  },
};
