// Shiki highlights a block for two themes (the site's light and dark) by tokenizing it twice, once
// per theme: TextMate's tokenizer works out each token's colour while it reads the grammar. The
// grammar's work (its regular expressions, most of the time) is the same both times; only the
// colours differ. This reads each line once for both themes and hands each of Shiki's two passes
// the tokens it would have got:
//   - while the line is read, the grammar's theme is a "pair" theme: for every scope path it
//     answers with one colour id standing for the two themes' own colours, font styles and
//     backgrounds at that path (each worked out as TextMate does: a theme rule's value where the
//     rule sets one, the enclosing scope's otherwise, the theme's defaults at the root);
//   - the pass for one theme gets the line's tokens with each id turned back into that theme's
//     own values, and the tokenizer's state for the next line; the other pass finds the line
//     already read (same state, same text) and gets its own theme's values.
// A token boundary falls where either theme's colours change, as when each theme's tokens are
// aligned after two passes (Shiki splits both to the union of their boundaries), so the merged
// tokens, and the HTML, are the same (tests/unit/highlighter.test.ts compares with Shiki's own
// two-pass output; compare-dist checks a whole build).
import type { HighlighterCore } from 'shiki/core';
import { EncodedTokenMetadata, INITIAL, Theme, type IRawTheme, type StateStack } from 'shiki/textmate';

interface ScopePath {
  scopeName: string;
  parent: ScopePath | null;
}
interface Style {
  fontStyle: number;
  foregroundId: number;
  backgroundId: number;
}
/** The part of TextMate's grammar and registry this touches (vscode-textmate: Grammar, SyncRegistry). */
interface Grammar {
  tokenizeLine2(line: string, state: StateStack | null, timeLimit?: number): { tokens: Uint32Array; ruleStack: StateStack; stoppedEarly: boolean };
  themeProvider: { _theme: unknown };
}
interface TmTheme {
  match(path: ScopePath | null): Style | null;
  getDefaults(): Style;
  getColorMap(): string[];
}

const NOT_SET = -1;

/** A theme's effective style at a scope path, as TextMate's scope stack builds it up. */
function effective(theme: TmTheme, memo: WeakMap<ScopePath, Style>, path: ScopePath | null): Style {
  if (path === null) return theme.getDefaults();
  const known = memo.get(path);
  if (known) return known;
  const base = effective(theme, memo, path.parent);
  const own = theme.match(path);
  const style: Style = own
    ? {
        fontStyle: own.fontStyle !== NOT_SET ? own.fontStyle : base.fontStyle,
        foregroundId: own.foregroundId !== 0 ? own.foregroundId : base.foregroundId,
        backgroundId: own.backgroundId !== 0 ? own.backgroundId : base.backgroundId,
      }
    : base;
  memo.set(path, style);
  return style;
}

/**
 * Lets `highlighter` tokenize each line of `lang` once for the two themes `light` and `dark`
 * (the only two it highlights with). Call after the language is loaded; once per language.
 */
export function tokenizeOncePerLine(highlighter: HighlighterCore, lang: string, light: string, dark: string): void {
  const grammar = highlighter.getLanguage(lang) as unknown as Grammar;
  const registry = grammar.themeProvider;
  // The themes as Shiki's registry holds them (their colour ids are the ones its passes read back).
  const themeOf = (name: string): { tm: unknown; colors: string[] } => {
    const { colorMap } = highlighter.setTheme(name);
    return { tm: registry._theme, colors: colorMap };
  };
  const shikiLight = themeOf(light);
  const shikiDark = themeOf(dark);
  const tmLight = Theme.createFromRawTheme(highlighter.getTheme(light) as unknown as IRawTheme) as unknown as TmTheme;
  const tmDark = Theme.createFromRawTheme(highlighter.getTheme(dark) as unknown as IRawTheme) as unknown as TmTheme;
  // Colour ids are given in the theme's rule order: the copies here number colours as Shiki's do.
  if (tmLight.getColorMap().join() !== shikiLight.colors.join() || tmDark.getColorMap().join() !== shikiDark.colors.join())
    throw new Error('one-pass highlighting: the themes number their colours differently from Shiki (a Shiki upgrade?)');

  // Each distinct pair of styles gets an id, the pair theme's "colour" (TextMate keeps 9 bits for it).
  const pairs: Array<[Style, Style]> = [[tmLight.getDefaults(), tmDark.getDefaults()]];
  const pairIds = new Map<string, number>();
  const pairId = (a: Style, b: Style): number => {
    const key = `${a.fontStyle},${a.foregroundId},${a.backgroundId},${b.fontStyle},${b.foregroundId},${b.backgroundId}`;
    let id = pairIds.get(key);
    if (id === undefined) {
      id = pairs.length;
      if (id > 511) throw new Error('one-pass highlighting: more colour pairs than TextMate can number');
      pairs.push([a, b]);
      pairIds.set(key, id);
    }
    return id;
  };
  const lightMemo = new WeakMap<ScopePath, Style>();
  const darkMemo = new WeakMap<ScopePath, Style>();
  const pairTheme: TmTheme = {
    match: (path) => ({ fontStyle: NOT_SET, foregroundId: pairId(effective(tmLight, lightMemo, path), effective(tmDark, darkMemo, path)), backgroundId: 0 }),
    getDefaults: () => ({ fontStyle: 0, foregroundId: pairId(tmLight.getDefaults(), tmDark.getDefaults()), backgroundId: 0 }),
    getColorMap: () => [],
  };

  const read = new WeakMap<object, Map<string, { tokens: Uint32Array; ruleStack: StateStack; stoppedEarly: boolean }>>();
  const original = grammar.tokenizeLine2.bind(grammar);
  grammar.tokenizeLine2 = (line, state, timeLimit = 0) => {
    const current = registry._theme;
    const side = current === shikiLight.tm ? 0 : current === shikiDark.tm ? 1 : undefined;
    // Another theme (none on this site): TextMate as it is.
    if (side === undefined) return original(line, state, timeLimit);
    const from = state ?? INITIAL;
    let byLine = read.get(from);
    if (!byLine) read.set(from, (byLine = new Map()));
    let paired = byLine.get(line);
    if (!paired) {
      registry._theme = pairTheme;
      try {
        paired = original(line, from, timeLimit);
      } finally {
        registry._theme = current;
      }
      byLine.set(line, paired);
    }
    const tokens = new Uint32Array(paired.tokens.length);
    for (let i = 0; i < tokens.length; i += 2) {
      const meta = paired.tokens[i + 1]!;
      const style = pairs[EncodedTokenMetadata.getForeground(meta)]![side];
      tokens[i] = paired.tokens[i]!;
      tokens[i + 1] = EncodedTokenMetadata.set(meta, 0, 8, null, style.fontStyle, style.foregroundId, style.backgroundId);
    }
    return { tokens, ruleStack: paired.ruleStack, stoppedEarly: paired.stoppedEarly };
  };
}
