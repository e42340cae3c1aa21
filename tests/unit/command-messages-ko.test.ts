// Korean diagnostics read naturally: no fallback particles such as "을(를)", and no
// particle glued to a code span; the particle follows a Korean word after the code.
import { expect, it } from 'vitest';
import { say } from '../../src/lib/i18n/messages';
import { buildJudgeSet } from '../../scripts/judge/judge-set.ts';
import { validateCommandLine } from '../../src/lib/command/index.ts';

it.each([
  ['docker run -d --restart-always nginx', '`--restart=always` 옵션을 뜻했나요?'],
  ['docker netowrk inspect web', '`docker network` 명령을 뜻했나요?'],
  ['docker run --restart=alwayz nginx', '`always` 값을 뜻했나요?'],
  ['docker run --rm --restart=always nginx', '`--rm` 옵션과 `--restart` 옵션은 함께 쓸 수 없습니다.'],
  ['docker run -p 99999:80 nginx', '`-p` 옵션의 값이 올바르지 않습니다(`99999:80`)'],
])('%s', (line, fragment) => {
  const ko = validateCommandLine(line).diagnostics.map((d) => say(d.message, 'ko')).join('\n');
  expect(ko).toContain(fragment);
});

it('no Korean message uses a fallback particle or glues a particle to code', () => {
  const lines = [...new Set(buildJudgeSet().map((i) => i.line))];
  const bad = new Set<string>();
  for (const l of lines) {
    for (const d of validateCommandLine(l).diagnostics) {
      const ko = say(d.message, 'ko');
      if (/\((을|를|이|가|은|는|과|와)\)/.test(ko) || /` ?(을|를|이|가|은|는|의|에|에는|로|으로|와|과|라는) /.test(ko)) bad.add(`${d.code}: ${ko}`);
    }
  }
  expect([...bad].slice(0, 10)).toEqual([]);
});
