// A client list the API hands out a page at a time: a data table (ui/table.ts) with its caption and
// column headers, a "show more" button while the API has a continuation token, a note when the list is empty, and
// an alert with the API's problem when a later page or a reload is refused.

import { ApiProblemError, type PageOf } from '../api/http';
import { t, type MessageKey } from '../i18n';
import { h } from './dom';
import { problemParagraphs } from './problem';
import { appendRows, dataTable } from './table';

export interface PagedTableOptions<T> {
  /** The table's id; the button, the empty note and the alert take it as their prefix. Without one, none of them has an id. */
  id?: string;
  caption: string;
  columns: readonly MessageKey[];
  none: MessageKey;
  row: (item: T) => HTMLTableRowElement;
  fetch: (continuationToken: string | null) => Promise<PageOf<T>>;
  /** The "show more" button's class: 'secondary' unless told; null for none. */
  moreClass?: string | null;
}

export interface PagedTable {
  /** The alert, the table, the empty note and the button, in the order a page shows them. */
  nodes: HTMLElement[];
  /** The same without the alert, for a page whose search form says a refused reload itself. */
  withoutAlert: HTMLElement[];
  /** The first page; a problem goes to the caller (the page as a whole, or a search form). */
  load: () => Promise<void>;
  /** From the first page again (a filter changed); a problem is shown in the alert above the table. */
  reload: () => Promise<void>;
}

export function pagedTable<T>(options: PagedTableOptions<T>): PagedTable {
  const id = (suffix: string): string | undefined => (options.id === undefined ? undefined : `${options.id}${suffix}`);
  const table = dataTable({ id: id(''), caption: options.caption, columns: options.columns });
  const body = table.tBodies[0]!;
  const error = h('div', { class: 'form-error', role: 'alert', id: id('-error') });
  const moreClass = options.moreClass === undefined ? 'secondary' : (options.moreClass ?? undefined);
  const more = h('button', { type: 'button', class: ['show-more', moreClass].filter(Boolean).join(' '), id: id('-more'), hidden: true }, t('invoices.more'));
  const empty = h('p', { id: id('-none'), hidden: true }, t(options.none));
  let next: string | null = null;
  let asked = 0;

  const load = async (reset: boolean): Promise<void> => {
    const mine = ++asked;
    const page = await options.fetch(reset ? null : next);
    // A later request (another filter) has overtaken this one: its answer is the one to show.
    if (mine !== asked) return;
    if (reset) body.replaceChildren();
    appendRows(table, page.items.map(options.row));
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
    withoutAlert: [table, empty, more],
    load: () => load(true),
    reload: () => showing(true),
  };
}
