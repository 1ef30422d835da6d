/** Field paths in error messages, the same shape for protobuf and JSON. */

/**
 * `a.b[0].c` from keys and indices, root first, with the middle of a very deep path left out (an
 * attribute nested 100 levels would otherwise fill the message).
 */
export function pathText(path: readonly (string | number)[]): string {
  const shown = path.length > 24 ? [...path.slice(0, 12), '…', ...path.slice(-8)] : path;
  let text = '';
  for (const p of shown) text += typeof p === 'number' ? `[${p}]` : text === '' ? p : `.${p}`;
  return text;
}
