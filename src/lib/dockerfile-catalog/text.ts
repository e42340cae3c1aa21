/**
 * The catalog's light text markup: paragraphs separated by a blank line, `code` in backticks.
 * Pages render the segments; nothing here produces HTML, so no text can inject markup.
 */
export interface TextSegment {
  code: boolean;
  text: string;
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    // Lines trimmed and joined by hand: `/\s*\n\s*/g` is quadratic on long runs of spaces.
    .map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' '))
    .filter(Boolean);
}

export function inlineSegments(paragraph: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const parts = paragraph.split('`');
  // An odd number of parts means the backticks pair up; otherwise show the text as it is.
  if (parts.length % 2 === 0) return [{ code: false, text: paragraph }];
  parts.forEach((part, i) => {
    if (part !== '') segments.push({ code: i % 2 === 1, text: part });
  });
  return segments;
}
