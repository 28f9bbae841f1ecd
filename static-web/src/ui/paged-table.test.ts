import { describe, expect, it } from 'vitest';
import type { PageOf } from '../api/http';
import { h } from './dom';
import { pagedTable } from './paged-table';

const pages: Record<string, PageOf<string>> = {
  first: { items: ['a', 'b'], continuationToken: 'next' },
  next: { items: ['c'], continuationToken: null },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('pagedTable', () => {
  it('shows a page at a time while the API has more', async () => {
    const list = pagedTable<string>({
      id: 'letters',
      caption: 'Letters',
      columns: ['invoices.number'],
      none: 'invoices.none',
      row: (letter) => h('tr', {}, h('td', {}, letter)),
      fetch: (token) => Promise.resolve(pages[token ?? 'first']!),
    });
    document.body.replaceChildren(...list.nodes);

    await list.load();
    expect(document.querySelectorAll('#letters tbody tr')).toHaveLength(2);
    expect(document.querySelector<HTMLElement>('#letters td')!.dataset.label).toBe('Rēķina numurs');
    const more = document.getElementById('letters-more')!;
    expect(more.hidden).toBe(false);
    expect(more.className).toBe('show-more secondary');

    more.click();
    await settle();
    expect([...document.querySelectorAll('#letters td')].map((cell) => cell.textContent)).toEqual(['a', 'b', 'c']);
    expect(more.hidden).toBe(true);
    expect(document.getElementById('letters-none')!.hidden).toBe(true);
  });

  it('has no ids, no alert and a button of no other kind when the page asks so', () => {
    const list = pagedTable<string>({
      caption: 'Letters',
      columns: ['invoices.number'],
      none: 'invoices.none',
      row: (letter) => h('tr', {}, h('td', {}, letter)),
      fetch: () => Promise.resolve(pages['next']!),
      moreClass: null,
    });

    expect(list.withoutAlert.map((node) => node.outerHTML.replace(/<thead>.*<\/thead>/, ''))).toEqual([
      '<table class="data-table"><caption>Letters</caption><tbody></tbody></table>',
      '<p hidden="">Rēķinu nav.</p>',
      '<button type="button" class="show-more" hidden="">Rādīt vēl</button>',
    ]);
  });
});
