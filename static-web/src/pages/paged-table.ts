// A client list the API hands out a page at a time: a table with its caption and column headers,
// a "show more" button while the API has a continuation token, a note when the list is empty, and
// an alert with the API's problem when a later page or a reload is refused.

import { ApiProblemError, type Problem } from '../api';
import { h } from '../dom';
import { t, type MessageKey } from '../i18n';

export interface PageOf<T> {
  items: T[];
  continuationToken: string | null;
}

/** A problem+json answer in words: its title, and its detail when it has one. */
export function problemParagraphs(problem: Problem): HTMLElement[] {
  return [h('p', {}, problem.title), ...(problem.detail ? [h('p', {}, problem.detail)] : [])];
}

export function pagedTable<T>(options: {
  /** The table's id; the button, the empty note and the alert take it as their prefix. */
  id: string;
  caption: string;
  columns: MessageKey[];
  none: MessageKey;
  row: (item: T) => HTMLTableRowElement;
  fetch: (continuationToken: string | null) => Promise<PageOf<T>>;
}): { nodes: HTMLElement[]; load: () => Promise<void>; reload: () => Promise<void> } {
  const body = h('tbody', {});
  const table = h(
    'table',
    { id: options.id },
    h('caption', {}, options.caption),
    h('thead', {}, h('tr', {}, ...options.columns.map((key) => h('th', { scope: 'col' }, t(key))))),
    body,
  );
  const error = h('div', { class: 'form-error', role: 'alert', id: `${options.id}-error` });
  const more = h('button', { type: 'button', class: 'secondary', id: `${options.id}-more`, hidden: true }, t('invoices.more'));
  const empty = h('p', { id: `${options.id}-none`, hidden: true }, t(options.none));
  let next: string | null = null;
  let asked = 0;

  const load = async (reset: boolean): Promise<void> => {
    const mine = ++asked;
    const page = await options.fetch(reset ? null : next);
    // A later request (another filter) has overtaken this one: its answer is the one to show.
    if (mine !== asked) return;
    if (reset) body.replaceChildren();
    body.append(...page.items.map(options.row));
    next = page.continuationToken;
    more.hidden = next === null;
    empty.hidden = body.childElementCount > 0;
  };

  const showing = async (reset: boolean): Promise<void> => {
    error.replaceChildren();
    try {
      await load(reset);
    } catch (failure) {
      if (!(failure instanceof ApiProblemError)) {
        // An outage: the banner says so; the list stays as it was.
        error.replaceChildren(h('p', {}, t('unavailable.retrying')));
        return;
      }
      if (reset) {
        body.replaceChildren();
        more.hidden = true;
        empty.hidden = true;
      }
      error.replaceChildren(...problemParagraphs(failure.problem));
    }
  };

  let busy = false;
  more.addEventListener('click', () => {
    // Not disabled while busy: a disabled button would drop the keyboard focus.
    if (busy) return;
    busy = true;
    more.setAttribute('aria-disabled', 'true');
    const focused = document.activeElement === more;
    void showing(false).finally(() => {
      busy = false;
      more.removeAttribute('aria-disabled');
      // The last page is in: the button is gone, so focus goes to the table rather than the page's start.
      if (focused && more.hidden) {
        table.setAttribute('tabindex', '-1');
        table.focus();
      }
    });
  });

  return {
    nodes: [error, table, empty, more],
    /** The first page; a problem goes to the page as a whole, as with any page's data. */
    load: () => load(true),
    /** From the first page again (a filter changed); a problem is shown above the table. */
    reload: () => showing(true),
  };
}
