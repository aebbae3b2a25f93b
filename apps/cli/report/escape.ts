// Everything in the report that came from a ticket is someone else's text: it goes into the HTML
// escaped, and into the embedded JSON with every character that could end the <script> escaped.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON safe inside `<script type="application/json">`: `<`, `>` and `&` as \u escapes (so neither
 * `</script>` nor `<!--` can appear, and the text stays valid JSON), and U+2028/2029 too, for any
 * reader that still treats them as line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A library's source inside a classic <script>: `</script` would end the element and `<!--` would
 * change how the HTML parser finds its end. In JavaScript both only occur in strings, regexes and
 * comments, where `<\/` and `<\!` read the same.
 */
export function scriptSafe(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
