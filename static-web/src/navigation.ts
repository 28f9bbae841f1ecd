// Moving between pages without a reload; main.ts supplies how.
let navigator: (path: string) => void = (path) => location.assign(path);

export function setNavigator(next: (path: string) => void): void {
  navigator = next;
}

export function navigate(path: string): void {
  navigator(path);
}
