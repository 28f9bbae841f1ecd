import { getJson, postJson } from '../api';
import { h } from '../dom';
import { formatDate, t } from '../i18n';
import { navigate } from '../navigation';
import type { Page } from '../router';
import { loadSession, signedInUser, signOut } from '../session';
import { termsArticle, type TermsVersion } from './terms';

/** The terms have changed since the user last accepted them (§30): accept to go on, or decline and leave (§16.2). */
export const acceptTermsPage: Page = {
  title: () => t('acceptTerms.title'),
  render: async (link) => {
    if (!signedInUser()) {
      return [h('h1', { tabindex: '-1' }, t('acceptTerms.title')), h('p', {}, t('account.signInFirst'), ' ', link('/sign-in', t('nav.signIn')))];
    }
    const current = await getJson<TermsVersion>('/api/terms/current');
    const accept = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: (async () => {
          await postJson('/api/me/terms-acceptance', { version: current.version });
          await loadSession();
          navigate('/account');
        }) as unknown as EventListener,
      },
      t('acceptTerms.accept'),
    );
    const decline = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: (async () => {
          await signOut();
          navigate('/');
        }) as unknown as EventListener,
      },
      t('acceptTerms.decline'),
    );
    return [
      h('h1', { tabindex: '-1' }, t('acceptTerms.title')),
      h('p', {}, t('acceptTerms.lead').replace('{version}', `${current.version}`).replace('{date}', formatDate(current.approvedOn))),
      h('p', { class: 'language-note' }, t('acceptTerms.declineNote')),
      h('div', { class: 'actions' }, accept, decline),
      termsArticle(current),
    ];
  },
};
