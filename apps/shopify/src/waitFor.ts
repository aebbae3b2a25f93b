// Waits for the extension's asynchronous rendering (Admin API answers, Preact's re-render) in tests.
export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 3000): Promise<T> {
  // performance.now, not Date: tests freeze Date to pin the SLA clocks.
  const started = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`waitFor timed out; the page reads: ${document.body.textContent?.slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The element of `selector` whose text (or `label`) contains `text`. */
export function byText(selector: string, text: string): HTMLElement | undefined {
  return [...document.body.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.includes(text) || el.getAttribute('label')?.includes(text));
}

/**
 * Types into a Polaris field the way the host reports it: the value, then an input event; then lets
 * Preact's batched re-render run, as it would before a person's next click.
 */
export async function typeInto(field: HTMLElement, value: string) {
  (field as HTMLElement & { value: string }).value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
