/** Quotes a word for sh when it needs it (one definition: the judge's mutants and the builder use it). */
export function shQuote(w: string): string {
  if (w !== '' && /^[A-Za-z0-9_@%+=:,./{}\-\u0080-\uffff]+$/.test(w)) return w;
  return `'${w.replace(/'/g, `'\\''`)}'`;
}
