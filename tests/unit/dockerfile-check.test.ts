import { readdirSync, readFileSync } from 'node:fs';
import { say } from '../../src/lib/i18n/messages';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDockerfile, formatDockerfileProblem } from '../../src/lib/dockerfile/check';
import { RULE_CODES } from '../../src/lib/dockerfile/problem';

type Expected = [code: string, line: number, column: number, severity: 'error' | 'warning'];
const fixtures = fileURLToPath(new URL('../fixtures/dockerfile', import.meta.url));
const seen = (text: string, fragment = false): Expected[] =>
  checkDockerfile(text, { fragment }).map((p) => [p.code, p.line, p.column, p.severity]);

// One line per case: [what, Dockerfile text, every problem expected (code, line, column, severity)].
const cases: Array<[string, string, Expected[]]> = [
  ['clean two-line file', 'FROM alpine:3.21\nCMD ["sh"]', []],
  ['bidi control', 'FROM alpine:3.21\nRUN echo \u202eabc\n', [['invisible-character', 2, 10, 'warning']]],
  ['unterminated heredoc', 'FROM alpine:3.21\nRUN <<EOF\necho hi\n', [['heredoc-unterminated', 2, 1, 'error']]],
  ['unknown instruction with did-you-mean', 'FROM alpine:3.21\nRUNN echo hi', [['unknown-instruction', 2, 1, 'error']]],
  ['swapped letters are one edit (FORM)', 'FORM alpine:3.21', [['no-source-image', 1, 1, 'error'], ['unknown-instruction', 1, 1, 'error']]],
  ['seed: CMD ["-d", "10] (unclosed string)', 'FROM ubuntu:24.04\nENTRYPOINT ["top"]\nCMD ["-d", "10]', [['exec-form-invalid-json', 3, 12, 'error']]],
  ['seed: missing comma in ENTRYPOINT', 'FROM nginx:1.27\nENTRYPOINT ["nginx", "-g" "daemon off;"]', [['exec-form-missing-comma', 2, 27, 'error']]],
  ['seed: deamon is misspelled', 'FROM nginx:1.27\nCMD ["nginx", "-g", "deamon off;"]', [['common-misspelling', 2, 22, 'warning']]],
  ['single quotes are not JSON', "FROM alpine:3.21\nCMD ['sh']", [['exec-form-invalid-json', 2, 6, 'error']]],
  ['unquoted item', 'FROM alpine:3.21\nCMD [sh, -c]', [['exec-form-invalid-json', 2, 6, 'error']]],
  ['trailing comma', 'FROM alpine:3.21\nCMD ["sh",]', [['exec-form-invalid-json', 2, 10, 'error']]],
  ['unclosed VOLUME array', 'FROM alpine:3.21\nVOLUME ["/data"', [['exec-form-invalid-json', 2, 16, 'error']]],
  ['SHELL missing comma', 'FROM alpine:3.21\nSHELL ["/bin/sh" "-c"]', [['exec-form-missing-comma', 2, 18, 'error']]],
  ['non-string array', 'FROM alpine:3.21\nCMD ["sleep", 10]', [['exec-form-not-strings', 2, 5, 'error']]],
  ['RUN [ test ] is a shell command', 'FROM alpine:3.21\nRUN [ -f /etc/os-release ] && echo ok', []],
  ['seed: COPY main.go without destination', 'FROM golang:1.24\nCOPY main.go', [['copy-missing-destination', 2, 1, 'error']]],
  ['ADD with one argument', 'FROM alpine:3.21\nADD site.tar', [['copy-missing-destination', 2, 1, 'error']]],
  ['COPY JSON form with one item', 'FROM alpine:3.21\nCOPY ["a b.txt"]', [['copy-missing-destination', 2, 1, 'error']]],
  ['COPY heredoc has a destination', 'FROM alpine:3.21\nCOPY <<EOF /etc/motd\nhello\nEOF', []],
  ['seed: gpt-get typo', 'FROM ubuntu:24.04\nRUN gpt-get -y install nginx', [['likely-typo', 2, 5, 'warning']]],
  ['apk is not "corrected" to apt', 'FROM alpine:3.21\nRUN apk add --no-cache curl', []],
  ['apt-get install without -y', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install curl', [['apt-get-missing-yes', 2, 23, 'warning']]],
  ['apt-get -qq implies yes', 'FROM ubuntu:24.04\nRUN apt-get update && apt-get -qq install curl', []],
  ['apt-get update alone', 'FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y curl', [['apt-get-update-alone', 2, 1, 'warning']]],
  ['seed: four RUN yum install lines', 'FROM centos:7\nRUN yum -y install httpd\nRUN yum -y install php', [['consecutive-run-install', 3, 1, 'warning']]],
  ['different package managers are not merged', 'FROM alpine:3.21\nRUN apk add curl\nRUN pip install requests', []],
  ['install after USER app', 'FROM ubuntu:24.04\nUSER app\nRUN apt-get update && apt-get install -y curl', [['package-install-as-non-root', 3, 5, 'warning']]],
  ['install after USER root is fine', 'FROM ubuntu:24.04\nUSER app\nUSER root\nRUN apt-get update && apt-get install -y curl', []],
  ['RUN cd has no lasting effect', 'FROM alpine:3.21\nRUN cd /app', [['run-cd-no-effect', 2, 5, 'warning']]],
  ['legacy ENV key value', 'FROM alpine:3.21\nENV myName "Shiho ASA"', [['env-legacy-form', 2, 5, 'warning']]],
  ['legacy LABEL key value', 'FROM alpine:3.21\nLABEL version 1.0', [['env-legacy-form', 2, 7, 'warning']]],
  ['ENV key=value is fine', 'FROM alpine:3.21\nENV A=1 B="two words"', []],
  ['CMD shell form', 'FROM nginx:1.27\nCMD nginx -g "daemon off;"', [['json-args-recommended', 2, 5, 'warning']]],
  ['shell ENTRYPOINT ignores CMD', 'FROM alpine:3.21\nENTRYPOINT top -b\nCMD ["-d", "2"]', [['json-args-recommended', 2, 12, 'warning'], ['cmd-ignored-by-shell-entrypoint', 3, 1, 'warning']]],
  ['SHELL before CMD silences json-args', 'FROM alpine:3.21\nSHELL ["/bin/sh", "-ec"]\nCMD echo hi', []],
  ['exec form does not expand $HOME', 'FROM alpine:3.21\nCMD ["echo", "$HOME"]', [['exec-form-variable', 2, 5, 'warning']]],
  ['sh -c expands variables', 'FROM alpine:3.21\nCMD ["sh", "-c", "echo $HOME"]', []],
  ['FROM without tag', 'FROM ubuntu', [['from-latest', 1, 6, 'warning']]],
  ['FROM a stage name or scratch is fine', 'FROM alpine:3.21 AS base\nFROM base\nFROM scratch', []],
  ['COPY --from typo', 'FROM golang:1.24 AS builder\nFROM alpine:3.21\nCOPY --from=buidler /out /app', [['copy-from-unknown-stage', 3, 6, 'warning']]],
  ['COPY --from an image is fine', 'FROM alpine:3.21\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/', []],
  ['ADD of a plain file', 'FROM alpine:3.21\nADD app.py /app/', [['add-prefer-copy', 2, 1, 'warning']]],
  ['ADD of an archive or URL is fine', 'FROM alpine:3.21\nADD site.tar.gz /srv/\nADD https://example.com/a.txt /a.txt', []],
  ['RUN flag typo', 'FROM alpine:3.21\nRUN --mout=type=cache,target=/x true', [['unknown-run-flag', 2, 5, 'error']]],
  ['RUN mount type typo', 'FROM alpine:3.21\nRUN --mount=type=cahce,target=/x true', [['unknown-mount-type', 2, 5, 'error']]],
  ['cache mount without target', 'FROM alpine:3.21\nRUN --mount=type=cache true', [['mount-missing-target', 2, 5, 'error']]],
  ['secret mount needs no target', 'FROM alpine:3.21\nRUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc', []],
  ['continuation glues words', 'FROM alpine:3.21\nRUN apk add -q\\\ncurl', [['continuation-joins-words', 3, 1, 'warning']]],
  ['typographic dashes in RUN', 'FROM alpine:3.21\nRUN apt\u2010get install \u2014y curl', [['typographic-dash', 2, 5, 'error'], ['typographic-dash', 2, 21, 'warning']]],
  ['line separator and tag characters', 'FROM alpine:3.21\nRUN echo a\u2028b\u{e0041}', [['invisible-character', 2, 11, 'warning'], ['invisible-character', 2, 13, 'warning']]],
  ['too many problems: counted in one line', `FROM alpine:3.21\n${'COPY a\n'.repeat(1001)}`, [...Array.from({ length: 1000 }, (_, k) => ['copy-missing-destination', k + 2, 1, 'error'] as [string, number, number, 'error']), ['too-many-problems', 1002, 1, 'error'] as [string, number, number, 'error']]],
  ['problem on a continuation line keeps its line', 'FROM alpine:3.21\nCMD ["sh", \\\n  "-c" "echo"]', [['exec-form-missing-comma', 3, 8, 'error']]],
  ['ONBUILD trigger is checked', 'FROM alpine:3.21\nONBUILD COPY website.tar', [['copy-missing-destination', 2, 9, 'error']]],
  ['escape directive (backtick)', '# escape=`\nFROM alpine:3.21\nRUN echo a `\n  b', []],
  ['an instruction over 64 KB is left to our rules', `FROM alpine:3.21\nRUN echo ${'a'.repeat(70_000)}`, [['instruction-too-long', 2, 1, 'warning']]],
  ['no FROM in a whole file', 'CMD ["sh"]', [['no-source-image', 1, 1, 'error']]],
  ['dockerfile-utils: HEALTHCHECK bad duration', 'FROM alpine:3.21\nHEALTHCHECK --interval=5 CMD true', [['flag-missing-duration', 2, 24, 'error']]],
  ['dockerfile-utils: lowercase instruction', 'from alpine:3.21', [['casing-instruction', 1, 1, 'warning']]],
  ['dockerfile-utils: relative WORKDIR', 'FROM alpine:3.21\nWORKDIR app', [['workdir-is-not-absolute', 2, 9, 'warning']]],
];

describe('checkDockerfile', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  it('a fragment needs no FROM and may copy from a stage it does not show', () => {
    expect(seen('CMD ["sh"]', true)).toEqual([]);
    expect(seen('COPY --from=builder /out /app', true)).toEqual([]);
    expect(seen('COPY --from=builder /out /app', false)).toEqual([['no-source-image', 1, 1, 'error'], ['copy-from-unknown-stage', 1, 6, 'warning']]);
  });

  it('dockerfile-utils given the file piece by piece finds what it finds in the whole file', () => {
    // Every Dockerfile of the fixtures and the catalog, and files that mix what crosses a piece's
    // end (repeated CMD, stage names, ignore comments, heredocs, the escape directive), checked in
    // pieces of one instruction and in one piece.
    const texts = [
      ...readdirSync(fixtures).map((f) => readFileSync(join(fixtures, f), 'utf8')),
      ...cases.map(([, text]) => text),
      '# escape=`\nFROM alpine:3.21 AS base\nCMD a\nRUN echo `\n  b\nCMD b\nFROM base AS BASE\n# dockerfile-utils: ignore\nENTRYPOINT x\nENTRYPOINT y\nHEALTHCHECK CMD true\nRUN <<EOF\nFROM x AS base\nEOF\nHEALTHCHECK CMD false\nFROM a AS b\n# dockerfile-utils: ignore\nFROM c AS b',
      '\ufeffCMD a\r\nCMD b\r\nONBUILD CMD c\r\nARG X\r\nCOPY a\r\n',
    ];
    for (const text of texts) for (const fragment of [false, true]) expect(checkDockerfile(text, { fragment, utilsPiece: 1 })).toEqual(checkDockerfile(text, { fragment, utilsPiece: Infinity }));
  });

  it('every rule code has a case above', () => {
    const covered = new Set(cases.flatMap(([, , expected]) => expected.map(([code]) => code)));
    expect(RULE_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('suggests the repaired JSON and the corrected instruction', () => {
    const suggestion = (text: string) => checkDockerfile(text)[0]?.suggestion;
    expect(suggestion('FROM ubuntu:24.04\nCMD ["-d", "10]')).toBe('CMD ["-d", "10"]');
    expect(suggestion('FROM nginx:1.27\nENTRYPOINT ["nginx", "-g" "daemon off;"]')).toBe('ENTRYPOINT ["nginx", "-g", "daemon off;"]');
    expect(suggestion("FROM alpine:3.21\nCMD ['sh']")).toBe('CMD ["sh"]');
    expect(suggestion('FROM golang:1.24\nCOPY main.go')).toBe('COPY main.go .');
    expect(suggestion('FROM alpine:3.21\nRUNN echo')).toBe('RUN');
    expect(suggestion('FROM alpine:3.21\nENV myOrder Gin Whisky Calvados')).toBe('ENV myOrder="Gin Whisky Calvados"');
    expect(suggestion('FROM nginx:1.27\nCMD nginx -g "daemon off;"')).toBe('CMD ["nginx", "-g", "daemon off;"]');
    // A variable must keep its shell, so no mechanical rewrite is offered.
    expect(suggestion('FROM alpine:3.21\nCMD echo "$HOME"')).toBeUndefined();
  });

  it('our rules say it in Korean too', () => {
    const [p] = checkDockerfile('FROM golang:1.24\nCOPY main.go');
    expect((p?.text && say(p.text, 'ko'))).toContain('대상');
  });

  it('formats one line per problem', () => {
    const [p] = checkDockerfile('FROM alpine:3.21\nRUNN echo hi');
    expect(formatDockerfileProblem('Dockerfile', p!)).toBe('Dockerfile:2:1 error unknown-instruction Unknown instruction RUNN; did you mean RUN?');
  });
});
