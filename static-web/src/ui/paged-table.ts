// A client list the API hands out a page at a time: a data table (ui/table.ts) with its caption and
// column headers, pagination (the previous and the next page, and which page this is) while the API has
// more, a note when the list is empty (or a page came back empty with more to search), and an alert
// with the API's problem when a page or a reload is refused.

import { ApiProblemError, type PageOf } from '../api/http';
import { t, type MessageKey } from '../i18n';
import { h } from './dom';
import { problemParagraphs } from './problem';
import { appendRows, dataTable } from './table';

export interface PagedTableOptions<T> {
  /** The table's id; the pagination, its buttons, the empty note and the alert take it as their prefix. Without one, none of them has an id. */
  id?: string;
  caption: string;
  columns: readonly MessageKey[];
  none: MessageKey;
  row: (item: T) => HTMLTableRowElement;
  fetch: (continuationToken: string | null) => Promise<PageOf<T>>;
}

export interface PagedTable {
  /** The alert, the table, the empty note and the pagination, in the order a page shows them. */
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
  // The arrows are for the eye; a screen reader says the words alone.
  const previous = h('button', { type: 'button', class: 'secondary', id: id('-previous') }, h('span', { 'aria-hidden': 'true' }, '‹ '), t('pagination.previous'));
  const next = h('button', { type: 'button', class: 'secondary', id: id('-next') }, t('pagination.next'), h('span', { 'aria-hidden': 'true' }, ' ›'));
  const where = h('span', { class: 'pagination-page', 'aria-current': 'page', id: id('-page') });
  const pagination = h('nav', { class: 'pagination', 'aria-label': t('pagination.label'), id: id('-pagination'), hidden: true }, previous, where, next);
  const empty = h('p', { id: id('-none'), hidden: true }, t(options.none));
  // The API's tokens cannot go back or jump: each page's token is kept as it is reached, the first page's is null.
  let tokens: (string | null)[] = [null];
  let current = 0;
  let asked = 0;

  const load = async (page: number): Promise<void> => {
    const mine = ++asked;
    const answer = await options.fetch(tokens[page] ?? null);
    // A later request (another filter, another page) has overtaken this one: its answer is the one to show.
    if (mine !== asked) return;
    current = page;
    tokens = [...tokens.slice(0, page + 1), answer.continuationToken];
    body.replaceChildren();
    appendRows(table, answer.items.map(options.row));
    previous.hidden = page === 0;
    next.hidden = answer.continuationToken === null;
    where.textContent = t('pagination.page').replace('{page}', String(page + 1));
    pagination.hidden = previous.hidden && next.hidden;
    empty.hidden = body.childElementCount > 0;
    // The API may answer a page with nothing on it and a token (a narrow search of a long list reads a part of it at a time):
    // then the list is not empty, and the next page searches on.
    empty.textContent = t(answer.continuationToken === null ? options.none : 'pagination.searching');
  };

  const showing = async (page: number, reset: boolean): Promise<void> => {
    error.replaceChildren();
    try {
      await load(page);
    } catch (failure) {
      if (!(failure instanceof ApiProblemError)) {
        // An outage: the banner says so; the list stays as it was.
        error.replaceChildren(h('p', {}, t('unavailable.retrying')));
        return;
      }
      if (reset) {
        body.replaceChildren();
        pagination.hidden = true;
        empty.hidden = true;
      }
      error.replaceChildren(...problemParagraphs(failure.problem));
    }
  };

  let busy = false;
  const turn = (step: number) => () => {
    // Not disabled while busy: a disabled button would drop the keyboard focus.
    if (busy) return;
    busy = true;
    pagination.setAttribute('aria-busy', 'true');
    void showing(current + step, false).finally(() => {
      busy = false;
      pagination.removeAttribute('aria-busy');
      // The new page's rows are what to read next: focus goes to the table, at its top.
      table.setAttribute('tabindex', '-1');
      table.focus();
    });
  };
  previous.addEventListener('click', turn(-1));
  next.addEventListener('click', turn(1));

  return {
    nodes: [error, table, empty, pagination],
    withoutAlert: [table, empty, pagination],
    load: () => {
      tokens = [null];
      return load(0);
    },
    reload: () => {
      tokens = [null];
      return showing(0, true);
    },
  };
}
