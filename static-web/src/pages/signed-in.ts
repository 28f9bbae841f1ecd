import { t, type MessageKey } from '../i18n';
import type { Link } from '../router';
import { h } from '../ui/dom';

/** The page a person sees in place of one that needs them signed in. */
export function signInFirst(titleKey: MessageKey, link: Link): HTMLElement[] {
  return [h('h1', { tabindex: '-1' }, t(titleKey)), h('p', {}, t('account.signInFirst'), ' ', link('/sign-in', t('nav.signIn')))];
}
