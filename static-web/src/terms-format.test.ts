import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followsClause, parseTerms } from './terms-format';

const shipped = readFileSync(
  join(import.meta.dirname, '..', '..', 'functions', 'Portal.Core', 'Terms', 'Data', 'klientu-portala-lietosanas-noteikumi-v4.txt'),
  'utf8',
);

describe('followsClause', () => {
  it.each([
    [null, [1], true],
    [[4], [5], true],
    [[4], [4, 1], true],
    [[4, 2], [4, 3], true],
    [[4, 2], [5], true],
    [[37], [2], false],
    [[18], [2023], false],
    [[12, 1], [12, 1, 2], false],
    [[4], [4, 2], false],
  ] as const)('%j then %j: %s', (previous, next, expected) => {
    expect(followsClause(previous === null ? null : [...previous], [...next])).toBe(expected);
  });
});

describe('parseTerms on the shipped terms', () => {
  const blocks = parseTerms(shipped);
  const clauses = blocks.filter((b) => b.kind === 'clause');
  const sections = blocks.filter((b) => b.kind === 'section');

  it('finds the seven sections', () => {
    expect(sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
  });

  it('finds clauses 1 to 37 in order, with their sub-clauses', () => {
    const top = clauses.filter((c) => c.depth === 1).map((c) => Number(c.number));
    expect(top).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
    expect(clauses.map((c) => c.number)).toContain('15.9');
    expect(clauses.map((c) => c.number)).toContain('23.4');
  });

  it('joins a clause wrapped over several lines into one paragraph', () => {
    const clause = clauses.find((c) => c.number === '15.2');
    expect(clause?.text).toBe(
      'izvēlēties un lietot drošu portāla lietotāja paroli, kas sastāv vismaz no 8 (astoņām) rakstzīmēm, kur vismaz 1 (viens) ir alfabēta burts un vismaz 1 (viens) ir cipars;',
    );
  });

  it('keeps the version table of clause 37 as lines, not as false clauses', () => {
    const last = clauses.at(-1);
    expect(last?.number).toBe('37');
    expect(last?.lines).toContain('18.04.2023. Aktuāla dokumenta');
  });

  it('keeps the approval preamble apart', () => {
    const preamble = blocks[0];
    expect(preamble?.kind).toBe('preamble');
    expect(preamble?.kind === 'preamble' && preamble.lines[0]).toBe('APSTIPRINĀTS');
  });
});
