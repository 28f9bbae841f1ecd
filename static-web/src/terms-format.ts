// Turns the terms text (as the approved document was laid out: hard line breaks, clause numbers at
// line starts) into blocks a page can render: the preamble, section headings and numbered clauses.

export type TermsBlock =
  | { kind: 'preamble'; lines: string[] }
  | { kind: 'section'; numeral: string; title: string }
  | { kind: 'clause'; number: string; depth: number; text: string; lines: string[] };

const sectionPattern = /^([IVXLC]+)\.\s+(.+)$/;
const clausePattern = /^(\d+(?:\.\d+)*)\.\s*(.*)$/;

/** Whether `next` is the number that may follow `previous` (4 → 5, 4 → 4.1, 4.2 → 4.3, 4.2 → 5). */
export function followsClause(previous: number[] | null, next: number[]): boolean {
  if (previous === null) return next.length === 1 && next[0] === 1;
  if (next.length === previous.length + 1) {
    return next.slice(0, -1).every((part, i) => part === previous[i]) && next[next.length - 1] === 1;
  }
  if (next.length > previous.length) return false;
  const depth = next.length;
  return (
    next.slice(0, depth - 1).every((part, i) => part === previous[i]) &&
    next[depth - 1] === (previous[depth - 1] ?? 0) + 1
  );
}

export function parseTerms(text: string): TermsBlock[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const blocks: TermsBlock[] = [];
  let preamble: string[] | null = [];
  let clause: Extract<TermsBlock, { kind: 'clause' }> | null = null;
  let lastNumber: number[] | null = null;

  for (const line of lines) {
    const section = sectionPattern.exec(line);
    const numbered = clausePattern.exec(line);
    const number = numbered?.[1]?.split('.').map(Number) ?? null;

    if (section && section[1] && section[2]) {
      preamble = flushPreamble(preamble, blocks);
      clause = null;
      blocks.push({ kind: 'section', numeral: section[1], title: section[2] });
    } else if (numbered && number && followsClause(lastNumber, number)) {
      preamble = flushPreamble(preamble, blocks);
      lastNumber = number;
      clause = { kind: 'clause', number: numbered[1] ?? '', depth: number.length, text: numbered[2] ?? '', lines: [] };
      blocks.push(clause);
    } else if (preamble !== null) {
      preamble.push(line);
    } else if (clause) {
      // A clause that starts with no text of its own (the version table of §37) keeps its lines.
      if (clause.text.length === 0 || clause.lines.length > 0) clause.lines.push(line);
      else clause.text = `${clause.text} ${line}`;
    }
  }
  flushPreamble(preamble, blocks);
  return blocks;
}

function flushPreamble(preamble: string[] | null, blocks: TermsBlock[]): null {
  if (preamble && preamble.length > 0) blocks.push({ kind: 'preamble', lines: preamble });
  return null;
}
