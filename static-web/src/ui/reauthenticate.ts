import { vpmSignInPath } from '../api/external';
import { t } from '../i18n';
import { h } from './dom';

/**
 * What an account without a password is shown when a step needs it to prove who it is (the API's reauthentication-required): a
 * fresh sign-in with Latvija.lv that comes back to this page, where the step can then be taken (within 10 minutes).
 */
export function reauthenticate(returnTo: string): HTMLElement {
  return h('p', {}, t('reauthenticate.text'), ' ', h('a', { class: 'button', href: vpmSignInPath(returnTo) }, t('reauthenticate.button')));
}
