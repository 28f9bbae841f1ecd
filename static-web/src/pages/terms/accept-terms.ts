import { acceptTerms } from '../../api/account';
import { getCurrentTerms } from '../../api/terms';
import { formatDate, t } from '../../i18n';
import { navigate } from '../../navigation';
import type { Page } from '../../router';
import { loadSession, signedInUser, signOut } from '../../session';
import { h } from '../../ui/dom';
import { signInFirst } from '../signed-in';
import { termsArticle } from './terms';

/** The terms have changed since the user last accepted them (§30): accept to go on, or decline and leave (§16.2). */
export const acceptTermsPage: Page = {
  title: () => t('acceptTerms.title'),
  render: async (link) => {
    if (!signedInUser()) return signInFirst('acceptTerms.title', link);
    const current = await getCurrentTerms();
    const accept = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: (async () => {
          await acceptTerms(current.version);
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
