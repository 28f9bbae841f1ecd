// Every table the UI shows: a caption, column headers and rows whose cells carry their column's name
// (data-label), so that on a narrow screen each row stacks into "name: value" lines (styles.css)
// instead of pushing the page sideways.
import { t, type MessageKey } from '../i18n';
import { h } from './dom';

export interface DataTableOptions {
  id?: string | undefined;
  caption?: string;
  columns: readonly MessageKey[];
}

export function dataTable(options: DataTableOptions, rows: HTMLTableRowElement[] = []): HTMLTableElement {
  const table = h(
    'table',
    { id: options.id, class: 'data-table' },
    options.caption === undefined ? null : h('caption', {}, options.caption),
    h('thead', {}, h('tr', {}, options.columns.map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}),
  );
  appendRows(table, rows);
  return table;
}

/** Adds rows to the table's body, each cell labelled with the header of its column. */
export function appendRows(table: HTMLTableElement, rows: HTMLTableRowElement[]): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent ?? '');
  for (const row of rows) {
    [...row.cells].forEach((cell, index) => {
      const header = headers[index];
      if (header) cell.dataset.label = header;
    });
  }
  table.tBodies[0]!.append(...rows);
}
