import { h } from '../ui/dom';
import { t } from '../i18n';
import type { Page } from '../router';
import { signedInUser } from '../session';
import { dashboard } from './dashboard';

// A visitor reads what the portal is for; a signed-in user lands on their dashboard.
export const homePage: Page = {
  title: () => (signedInUser() ? t('dashboard.title') : t('app.name')),
  render: async (link) => (signedInUser() ? dashboard(link) : [
    h('h1', { tabindex: '-1' }, t('home.title')),
    h('p', { class: 'lead' }, t('home.lead')),
    h('h2', {}, t('home.services')),
    h(
      'ul',
      {},
      h('li', {}, t('home.service.balance')),
      h('li', {}, t('home.service.invoices')),
      h('li', {}, t('home.service.payments')),
      h('li', {}, t('home.service.permits')),
      h('li', {}, t('home.service.submissions')),
    ),
    h('p', {}, t('home.scope')),
    h('p', {}, t('home.terms'), ' ', link('/terms', t('home.termsLink'))),
    h('p', {}, link('/register', t('nav.register'))),
  ]),
};
