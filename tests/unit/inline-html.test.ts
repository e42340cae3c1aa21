// The markup functions pages use instead of tiny components (src/components/inline-text.ts,
// src/components/commands/value-type.ts): escaped text, backticks as code, a value type's label.
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/components/inline-text';
import { valueType } from '../../src/components/commands/value-type';

describe('inlineText', () => {
  it.each([
    ['plain', 'plain'],
    ['use `--rm` & <tags>', 'use <code>--rm</code> &amp; &lt;tags&gt;'],
    ['`a` and `b`', '<code>a</code> and <code>b</code>'],
    ['a lone ` backtick', 'a lone ` backtick'],
    ['"quoted" \'single\' `<x>`', '&quot;quoted&quot; &#39;single&#39; <code>&lt;x&gt;</code>'],
  ])('%j', (text, html) => {
    expect(String(inlineText(text))).toBe(html);
  });
});

describe('valueType', () => {
  it('a type with a label of its own shows it, with the type in title and data-type', () => {
    expect(String(valueType('string', 'ko'))).toBe('<span data-type="string" title="string">문자열</span>');
    expect(String(valueType('stringArray', 'ko', 'type'))).toBe('<span class="type" data-type="stringArray" title="stringArray">문자열(여러 번)</span>');
    // English labels that are the type's own name are shown as the name, in code.
    expect(String(valueType('duration', 'en'))).toBe('<code data-type="duration">duration</code>');
  });
  it('a type without a label is code', () => {
    expect(String(valueType('ulimit', 'en'))).toBe('<code data-type="ulimit">ulimit</code>');
    expect(String(valueType('pem-file', 'ko', 'type'))).toBe('<code class="type" data-type="pem-file">pem-file</code>');
  });
});
