import { describe, expect, it } from 'vitest';
import type { Content } from '../../api/submissions';
import { clearLocalDrafts, keepLocal, localKey, pathName, readLocal, removeAt, setAt, valueAt } from './content';

class MemoryStorage implements Storage {
  [name: string]: unknown;
  get length(): number {
    return Object.keys(this).length;
  }
  clear(): void {
    for (const key of Object.keys(this)) delete this[key];
  }
  getItem(key: string): string | null {
    return typeof this[key] === 'string' ? (this[key] as string) : null;
  }
  key(index: number): string | null {
    return Object.keys(this)[index] ?? null;
  }
  removeItem(key: string): void {
    delete this[key];
  }
  setItem(key: string, value: string): void {
    this[key] = value;
  }
}

describe('a form\'s content', () => {
  it('names paths as the API does', () => {
    expect(pathName(['station', 'frequencies', 1, 'emission'])).toBe('station.frequencies[1].emission');
    expect(pathName(['subject'])).toBe('subject');
  });

  it('sets values by path, making lists and objects on the way, and drops emptied fields', () => {
    const content: Content = {};
    setAt(content, ['station', 'frequencies', 0, 'frequencyMHz'], 18000.5);
    setAt(content, ['station', 'name'], 'Zaķusala');
    expect(content).toEqual({ station: { frequencies: [{ frequencyMHz: 18000.5 }], name: 'Zaķusala' } });
    expect(valueAt(content, ['station', 'frequencies', 0, 'frequencyMHz'])).toBe(18000.5);

    setAt(content, ['station', 'name'], '');
    setAt(content, ['station', 'frequencies', 1, 'emission'], '28M0G7W');
    removeAt(content, ['station', 'frequencies'], 0);
    expect(content).toEqual({ station: { frequencies: [{ emission: '28M0G7W' }] } });
  });

  it('keeps a copy per user, client and draft, and forgets them all at once', () => {
    const storage = new MemoryStorage();
    storage.setItem('portal.client', 'c1');
    keepLocal(storage, localKey('u1', 'c1', 'd1'), { content: { subject: 'A' }, etag: 'W/"1"', savedAt: 1 });
    keepLocal(storage, localKey('u2', 'c1', 'd1'), { content: { subject: 'B' }, etag: null, savedAt: 2 });
    expect(readLocal(storage, localKey('u1', 'c1', 'd1'))?.content).toEqual({ subject: 'A' });

    clearLocalDrafts(storage);
    expect(readLocal(storage, localKey('u1', 'c1', 'd1'))).toBeNull();
    expect(storage.getItem('portal.client')).toBe('c1');
  });
});
