import { describe, expect, it } from 'vitest';
import type { PageOf } from '../api/http';
import { h } from './dom';
import { pagedTable } from './paged-table';

const pages: Record<string, PageOf<string>> = {
  first: { items: ['a', 'b'], continuationToken: 'second' },
  second: { items: ['c', 'd'], continuationToken: 'third' },
  third: { items: ['e'], continuationToken: null },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function letters(fetched: (string | null)[] = []) {
  return pagedTable<string>({
    id: 'letters',
    caption: 'Letters',
    columns: ['invoices.number'],
    none: 'invoices.none',
    row: (letter) => h('tr', {}, h('td', {}, letter)),
    fetch: (token) => {
      fetched.push(token);
      return Promise.resolve(pages[token ?? 'first']!);
    },
  });
}

const shown = () => [...document.querySelectorAll('#letters td')].map((cell) => cell.textContent);

describe('pagedTable', () => {
  it('shows a page at a time, forward and back by the tokens the API gave, saying which page it is', async () => {
    const fetched: (string | null)[] = [];
    const list = letters(fetched);
    document.body.replaceChildren(...list.nodes);

    await list.load();
    expect(shown()).toEqual(['a', 'b']);
    expect(document.querySelector<HTMLElement>('#letters td')!.dataset.label).toBe('Rēķina numurs');
    const [previous, next, page] = ['letters-previous', 'letters-next', 'letters-page'].map((id) => document.getElementById(id)!);
    expect(document.getElementById('letters-pagination')!.hidden).toBe(false);
    expect(document.getElementById('letters-pagination')!.getAttribute('aria-label')).toBe('Lapas');
    expect([previous!.hidden, next!.hidden, page!.textContent]).toEqual([true, false, '1. lapa']);

    next!.click();
    await settle();
    next!.click();
    await settle();
    expect(shown()).toEqual(['e']);
    expect([previous!.hidden, next!.hidden, page!.textContent]).toEqual([false, true, '3. lapa']);
    expect(document.activeElement).toBe(document.getElementById('letters'));

    previous!.click();
    await settle();
    expect(shown()).toEqual(['c', 'd']);
    expect(page!.textContent).toBe('2. lapa');
    expect(fetched).toEqual([null, 'second', 'third', 'second']);
  });

  it('says a page that came back empty with more to read is not the end of the list, and the list is empty only at its end', async () => {
    const searched: Record<string, PageOf<string>> = {
      first: { items: [], continuationToken: 'second' },
      second: { items: [], continuationToken: null },
    };
    const list = pagedTable<string>({
      id: 'search',
      caption: 'Letters',
      columns: ['invoices.number'],
      none: 'invoices.none',
      row: (letter) => h('tr', {}, h('td', {}, letter)),
      fetch: (token) => Promise.resolve(searched[token ?? 'first']!),
    });
    document.body.replaceChildren(...list.nodes);

    await list.load();
    const note = document.getElementById('search-none')!;
    expect([note.hidden, note.textContent]).toEqual([false, 'Šajā lapā nekas nav atrasts. Meklēšana turpinās nākamajā lapā.']);
    expect(document.getElementById('search-next')!.hidden).toBe(false);

    document.getElementById('search-next')!.click();
    await settle();
    expect(note.textContent).not.toContain('nākamajā lapā');
    expect(document.getElementById('search-next')!.hidden).toBe(true);
  });

  it('starts again from the first page on a reload, and has no pagination for a list of one page', async () => {
    const list = letters();
    document.body.replaceChildren(...list.nodes);
    await list.load();
    document.getElementById('letters-next')!.click();
    await settle();

    await list.reload();
    expect(shown()).toEqual(['a', 'b']);
    expect(document.getElementById('letters-page')!.textContent).toBe('1. lapa');

    const single = pagedTable<string>({
      caption: 'Letters',
      columns: ['invoices.number'],
      none: 'invoices.none',
      row: (letter) => h('tr', {}, h('td', {}, letter)),
      fetch: () => Promise.resolve(pages['third']!),
    });
    await single.load();
    expect(single.withoutAlert.at(-1)!.hidden).toBe(true);
  });
});
