// A small history router: pages are async renderers; links navigate without a reload.

export type Link = (path: string, text: string) => HTMLAnchorElement;

export interface Page {
  title: () => string;
  render: (link: Link) => Promise<(Node | null)[]>;
}

export function resolve(routes: Record<string, Page>, fallback: Page, path: string): Page {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return routes[normalised] ?? fallback;
}
