// The one line-continuation rule: a physical line that ends in the escape character goes on on the
// next line. Its readers differ only in the rule's settings, not in copies of it:
// - sh (command files, ```sh and ```console blocks, Markdown blocks, the copyable one-line form):
//   the last character is an escape that is not itself escaped (an odd run of `\` at the end);
// - PowerShell blocks: the same with the backtick;
// - a Dockerfile (BuildKit's parser): the escape character (`\`, or what `# escape=` sets) followed
//   only by spaces and tabs, however many escapes come before it (`\\` at the end continues too).

export interface ContinuationRule {
  /** The escape character. */
  escape: string;
  /** Spaces and tabs may follow it (a Dockerfile); in sh it must be the last character. */
  trailingBlanks: boolean;
  /** An escape escaped by the one before it does not continue (sh); BuildKit does not pair them. */
  paired: boolean;
}

export const SH_CONTINUATION: ContinuationRule = { escape: '\\', trailingBlanks: false, paired: true };
export const POWERSHELL_CONTINUATION: ContinuationRule = { escape: '`', trailingBlanks: false, paired: true };
export const dockerfileContinuation = (escape: string): ContinuationRule => ({ escape, trailingBlanks: true, paired: false });

/**
 * Where the continuation mark of `line` starts (the escape; what follows it is blanks at most),
 * or -1 when the line does not continue. Reads back from the end only: linear in the marks and
 * trailing blanks, never the whole line (a hand loop: `/[ \t]+$/` is quadratic on a run of spaces).
 */
export function continuationAt(line: string, rule: ContinuationRule = SH_CONTINUATION): number {
  let end = line.length;
  if (rule.trailingBlanks) while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  if (end === 0 || line[end - 1] !== rule.escape) return -1;
  if (!rule.paired) return end - 1;
  let n = 0;
  for (let j = end - 1; j >= 0 && line[j] === rule.escape; j--) n++;
  return n % 2 === 1 ? end - 1 : -1;
}

/** The line goes on on the next one (`continuationAt` is not -1). */
export function continues(line: string, rule: ContinuationRule = SH_CONTINUATION): boolean {
  return continuationAt(line, rule) >= 0;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * The text as one line for display (the verdict's echo, the corrected line, the explain page's
 * command heads and the operators between them): each continuation (its mark, the line break and
 * the next line's indentation) goes, and one space stands for it where a word ends there (`-d\`
 * then `  -p`); none where a blank already comes before the mark (`-d \` then `  -p`) or the next
 * line starts at its first column (`-d\` then `--rm` is the one word `-d--rm`, as sh reads it).
 * A last line that ends in the mark keeps it. Linear in the text.
 */
export function joinContinuations(text: string, rule: ContinuationRule = SH_CONTINUATION): string {
  if (!text.includes('\n')) return text;
  const out: string[] = [];
  // The last character kept so far: a blank before the mark needs no space after it.
  let last = '';
  // Where the text not yet copied to `out` starts.
  let from = 0;
  for (let at = 0; ; ) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    const end = nl > at && text[nl - 1] === '\r' ? nl - 1 : nl;
    const mark = continuationAt(text.slice(at, end), rule);
    const markAt = at + mark;
    at = nl + 1;
    if (mark < 0) continue;
    if (markAt > from) {
      out.push(text.slice(from, markAt));
      last = text[markAt - 1] as string;
    }
    let next = at;
    while (isBlank(text[next])) next++;
    if (next > at && last !== '' && !isBlank(last)) {
      out.push(' ');
      last = ' ';
    }
    from = next;
  }
  out.push(text.slice(from));
  return out.join('');
}
