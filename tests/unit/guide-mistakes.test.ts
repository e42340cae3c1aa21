// A guide shows each mistake only inside its mistake block (src/lib/content/mistakes.ts:
// "no seed mistake appears anywhere in a guide outside a data-mistake block"). It holds for the
// real guides and fails, naming file and line, for each way a mistake can leak into the prose.
import { describe, expect, it } from 'vitest';
import { registryOf } from '../../src/lib/content/registry';
import { readContentFiles, type SourceFile } from '../../src/lib/content/files';
import { checkMistakesContained } from '../../src/lib/content/mistakes';

const problems = (files: readonly SourceFile[]) => checkMistakesContained(registryOf(files)).map((p) => `${p.file}:${p.line}: ${p.message}`);
const guide = (text: string): SourceFile[] => [{ path: 'content/guides/en/overview.mdx', text }];
const fence = (code: string, meta = '', lang = 'sh') => `\`\`\`${lang}${meta ? ` ${meta}` : ''}\n${code}\n\`\`\``;
const BAD_DOCKERFILE = 'FROM nginx:1.27\nCMD ["nginx", "-g" "daemon off;"]';
const GOOD_DOCKERFILE = 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]';

describe('mistakes stay in their blocks', () => {
  it('holds for every guide', () => {
    const files = readContentFiles('.');
    expect(files.filter((f) => /^content\/guides\/.*\.mdx$/.test(f.path)).length).toBe(16);
    expect(problems(files)).toEqual([]);
  });

  it.each([
    ['the whole line in the prose', `Do not run \`docker network ls -q driver=bridge\`.\n\n${fence('docker network ls -q driver=bridge', 'mistake')}`, 1, 'docker network ls -q driver=bridge'],
    ['a misspelt flag in a heading', `### Mistake: --restart-always\n\n${fence('docker container run -d --restart-always nginx:1.27', 'mistake')}`, 1, '--restart-always'],
    ['a misspelt command in a table', `| wrong | right |\n|---|---|\n| \`netowrk\` | \`network\` |\n\n${fence('docker netowrk ls', 'mistake')}`, 3, 'netowrk'],
    ['a wrong port order in a clean example', `${fence('docker container run -d --name web -p 80:8084 nginx:1.27', 'mistake')}\n\n${fence('docker container run -d --name web2 -p 80:8084 nginx:1.27')}`, 6, '80:8084'],
    ['a Dockerfile misspelling in the prose', `${fence('FROM ubuntu:24.04\nRUN gpt-get update', 'mistake', 'dockerfile')}\n\nHere \`gpt-get\` is wrong.`, 6, 'gpt-get'],
    ['a wrong Dockerfile line in the prose', `${fence(BAD_DOCKERFILE, 'mistake', 'dockerfile')}\n\nThe line \`CMD ["nginx", "-g" "daemon off;"]\` lacks a comma.`, 6, 'CMD ["nginx", "-g" "daemon off;"]'],
    ['a wrong file name in the prose', `${fence('docker container cp web:/etc/nginx/nginx.config .', 'mistake')}\n\nThe file \`nginx.config\` does not exist.`, 5, 'nginx.config'],
  ])('fails on %s', (_what, text, line, word) => {
    const found = problems(guide(text));
    expect(found.some((p) => p.startsWith(`content/guides/en/overview.mdx:${line}: the mistake "${word}"`))).toBe(true);
  });

  it.each([
    ['the fix, which extends the wrong line', `${fence('docker container exec -i -t web', 'mistake')}\n\n${fence('docker container exec -i -t web bash')}`],
    ['the mistake described without writing it', `A hyphen joins the policy to the option name below.\n\n${fence('docker container run -d --restart-always nginx:1.27', 'mistake')}\n\n${fence('docker container run -d --restart=always nginx:1.27')}`],
    ['the lines a Dockerfile mistake shares with its fix', `${fence(BAD_DOCKERFILE, 'mistake', 'dockerfile')}\n\n${fence(GOOD_DOCKERFILE, '', 'dockerfile')}\n\nBoth start \`FROM nginx:1.27\`.`],
    ['a longer word that contains the misspelling', `${fence('docker container run --rm --nam web alpine:3.21 true', 'mistake')}\n\nUse \`--name\`, as in \`--name web\`.`],
  ])('passes %s', (_what, text) => {
    expect(problems(guide(text))).toEqual([]);
  });
});
