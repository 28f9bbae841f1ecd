import { h } from './ui/dom';
import { t } from './i18n';
import { loadSession, sessionEndsAt, signedInUser, staySignedIn } from './session';

const warnBeforeMs = 2 * 60 * 1000;
const checkEveryMs = 15 * 1000;

/**
 * Two minutes before the session would end for idleness, a dialog offers to stay signed in. It lies
 * over the page: whatever the user was typing stays where it was.
 */
export function startIdleWarning(onEnded: () => void): void {
  const dialog = h('div', { class: 'idle-dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'idle-title', hidden: true });
  document.body.append(dialog);
  let shown = false;

  const hide = () => {
    shown = false;
    dialog.hidden = true;
    dialog.replaceChildren();
  };

  const show = () => {
    shown = true;
    const stay = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: (async () => {
          await staySignedIn();
          hide();
        }) as unknown as EventListener,
      },
      t('idle.stay'),
    );
    dialog.replaceChildren(h('div', { class: 'idle-box' }, h('h2', { id: 'idle-title' }, t('idle.title')), h('p', {}, t('idle.body')), stay));
    dialog.hidden = false;
    stay.focus();
  };

  setInterval(() => {
    const me = signedInUser();
    if (!me) {
      if (shown) hide();
      return;
    }
    const left = sessionEndsAt(me) - Date.now();
    if (left <= 0) {
      hide();
      void loadSession().then((still) => {
        if (!still) onEnded();
      });
    } else if (left <= warnBeforeMs && !shown) {
      show();
    } else if (left > warnBeforeMs && shown) {
      hide();
    }
  }, checkEveryMs);
}
