// A form's content as the user fills it in: values by path, the API's way of naming a field
// (`station.frequencies[1].emission`), and the copy kept in this browser until the server has it.

import type { Content } from '../../api/submissions';

export type Path = readonly (string | number)[];

/** The API's name of a path: names joined by dots, list items in brackets. */
export function pathName(path: Path): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

export function valueAt(content: unknown, path: Path): unknown {
  let node = content;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** Sets a value, making the objects and lists on the way; an empty value removes the field, so a draft holds only what was filled in. */
export function setAt(content: Content, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = content;
  path.slice(0, -1).forEach((part, i) => {
    const next = node[part];
    if (next === null || typeof next !== 'object') node[part] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[part] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1]!;
  if (value === undefined || value === '') {
    if (Array.isArray(node) && typeof last === 'number') node[last] = {};
    else delete node[last];
  } else {
    node[last] = value;
  }
}

/** Removes item `index` of the list at `path`. */
export function removeAt(content: Content, path: Path, index: number): void {
  const list = valueAt(content, path);
  if (Array.isArray(list)) list.splice(index, 1);
}

const prefix = 'portal.draft.';

/** A copy of what the user typed, kept until the server confirms it: per user, client and draft (or form, before the draft exists). */
export interface LocalCopy {
  content: Content;
  /** The server copy it was typed over (null before the draft exists). */
  etag: string | null;
  savedAt: number;
}

export function localKey(userId: string, clientId: string, draft: string): string {
  return `${prefix}${userId}.${clientId}.${draft}`;
}

export function keepLocal(storage: Storage, key: string, copy: LocalCopy): void {
  try {
    storage.setItem(key, JSON.stringify(copy));
  } catch {
    // A full or refused storage keeps nothing: the server copy is still saved as the user types.
  }
}

export function readLocal(storage: Storage, key: string): LocalCopy | null {
  try {
    const text = storage.getItem(key);
    return text ? (JSON.parse(text) as LocalCopy) : null;
  } catch {
    return null;
  }
}

/** Forgets every draft copy in this browser: at sign-out and when the session ends. */
export function clearLocalDrafts(storage: Storage): void {
  for (const key of Object.keys(storage)) if (key.startsWith(prefix)) storage.removeItem(key);
}
