import { describe, expect, it } from 'vitest';
import { h } from './dom';
import { appendRows, dataTable } from './table';

const labels = (table: HTMLTableElement) => [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => cell.dataset.label));

describe('dataTable', () => {
  it('labels every body cell, a row header too, with its column header for the narrow layout', () => {
    const table = dataTable({ id: 'months', caption: 'Statement', columns: ['statement.month', 'statement.charged'] }, [
      h('tr', {}, h('th', { scope: 'row' }, 'January'), h('td', {}, '10,00')),
    ]);

    expect(table.id).toBe('months');
    expect(table.className).toBe('data-table');
    expect(table.caption?.textContent).toBe('Statement');
    expect([...table.tHead!.rows[0]!.cells].map((cell) => [cell.scope, cell.textContent])).toEqual([
      ['col', 'Mēnesis'],
      ['col', 'Aprēķināts'],
    ]);
    expect(labels(table)).toEqual([['Mēnesis', 'Aprēķināts']]);
  });

  it('labels the rows added later the same way', () => {
    const table = dataTable({ columns: ['invoices.number'] });

    appendRows(table, [h('tr', {}, h('td', {}, 'RE-1')), h('tr', {}, h('td', {}, 'RE-2'))]);

    expect(table.caption).toBeNull();
    expect(labels(table)).toEqual([['Rēķina numurs'], ['Rēķina numurs']]);
  });
});
