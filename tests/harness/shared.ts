/** What every harness page exposes to the tests: the editor's own model, read the framework's way. */
export interface Harness {
  model(): string;
}

declare global {
  interface Window {
    harness: Harness;
  }
}

export function expose(harness: Harness): void {
  window.harness = harness;
}
