// dockerfile-utils' findings speak every language: each library code has words of ours
// (content/messages/dockerfile, `dockerfile.utils.<code>`) and its values are read back from the library's
// English sentence; what we cannot read is shown as the library wrote it.
import { describe, expect, it } from 'vitest';
import en from '../../content/messages/dockerfile/en.json';
import ko from '../../content/messages/dockerfile/ko.json';
import { checkDockerfileFile } from '../../src/lib/check/run';
import { jsonRecord } from '../../src/lib/check/format';
import { checkDockerfile } from '../../src/lib/dockerfile/check';
import { libraryCodes, UTILS_FORMS, utilsMessage, utilsMessageKey } from '../../src/lib/dockerfile/utils-messages';
import { say } from '../../src/lib/i18n/messages';

const HANGUL = /[\uac00-\ud7a3]/;

describe('words for every dockerfile-utils code', () => {
  it('every code the library defines has a message in content/messages (a new code is listed here)', () => {
    const missing = libraryCodes().filter((code) => utilsMessageKey(code) === null);
    expect(missing, 'dockerfile-utils codes without words: add dockerfile.utils.<code> to content/messages/dockerfile/en.json and ko.json').toEqual([]);
  });
  it('every message of a code is one the library can report (no words left over)', () => {
    const codes = new Set([...libraryCodes(), 'other']);
    const ours = Object.keys(en).filter((k) => k.startsWith('dockerfile.utils.')).map((k) => k.slice('dockerfile.utils.'.length));
    expect(ours.filter((c) => !codes.has(c))).toEqual([]);
    expect(Object.keys(ko).filter((k) => k.startsWith('dockerfile.utils.')).sort()).toEqual(Object.keys(en).filter((k) => k.startsWith('dockerfile.utils.')).sort());
  });
  it("reads every form's values back out of the library's own sentence", () => {
    for (const [code, forms] of Object.entries(UTILS_FORMS)) {
      for (const form of forms) {
        const values = (form.names ?? []).map((n) => `${n}-x y`);
        const m = utilsMessage(code, form.text(...values));
        expect(m.key, code).toBe(`dockerfile.utils.${code}`);
        expect(m.params ?? {}, code).toEqual({ ...form.fixed, ...Object.fromEntries((form.names ?? []).map((n, k) => [n, values[k]])) });
      }
    }
  });
});

// [Dockerfile, code, values read from the library's sentence, the Korean words shown]
const cases: Array<[string, string, Record<string, string>, string]> = [
  ['from alpine:3.21', 'casing-instruction', {}, '명령어는 FROM, RUN처럼 대문자로 쓰세요.'],
  ['FROM alpine:3.21\nHEALTHCHECK --interval=5 CMD true', 'flag-missing-duration', { value: '5' }, '시간 길이 5에 단위가 없습니다. 30s나 5m처럼 단위를 붙이세요.'],
  ['FROM alpine:3.21\nHEALTHCHECK --interval=5x CMD true', 'flag-unknown-unit', { unit: 'x', value: '5x' }, '5x의 x는 시간 단위가 아닙니다. ns, us, ms, s, m, h 중 하나를 쓰세요.'],
  ['FROM alpine:3.21\nCOPY a b c', 'invalid-destination', { ins: 'COPY' }, '원본이 여러 개면 COPY의 대상은 /로 끝나는 디렉터리여야 합니다.'],
  ['FROM alpine:3.21\nADD --chmodd=1 a b', 'unknown-add-flag', { flag: 'chmodd' }, 'ADD에는 --chmodd 옵션이 없습니다.'],
  ['FROM alpine:3.21\nEXPOSE 80/tcpx', 'invalid-proto', { protocol: 'tcpx' }, 'tcpx는 포트 프로토콜이 아닙니다. tcp, udp, sctp 중 하나를 쓰세요.'],
  ['FROM alpine:3.21\nMAINTAINER me', 'deprecated-maintainer', {}, 'MAINTAINER는 더 이상 쓰지 않습니다. LABEL org.opencontainers.image.authors="dev@example.com"처럼 레이블을 쓰세요.'],
  ['FROM alpine:3.21\nONBUILD FROM x', 'onbuild-trigger-disallowed', { ins: 'FROM' }, 'FROM은 ONBUILD의 트리거로 쓸 수 없습니다.'],
  ['FROM alpine:3.21 AS build\nFROM alpine:3.21 AS build', 'duplicate-build-stage-name', { name: 'build' }, '스테이지 이름 build가 다른 FROM에도 쓰였습니다. 스테이지마다 다른 이름을 주세요.'],
];

describe('a finding of dockerfile-utils', () => {
  it.each(cases)('%j: %s', (text, code, params, koText) => {
    const found = checkDockerfile(text).filter((p) => p.source === 'dockerfile-utils');
    expect(found.map((p) => p.code)).toContain(code);
    const p = found.find((f) => f.code === code)!;
    expect(p.text).toEqual(Object.keys(params).length > 0 ? { key: `dockerfile.utils.${code}`, params } : { key: `dockerfile.utils.${code}` });
    expect(say(p.text, 'ko')).toBe(koText);
    expect(p.message).toBe(say(p.text, 'en'));
  });
});

describe('dockref check --lang ko', () => {
  it('says a dockerfile-utils finding in Korean, and gives its key and values in JSON', () => {
    const rec = checkDockerfileFile('Dockerfile', 'FROM alpine:3.21\nHEALTHCHECK --interval=5 CMD true\n', 'ko');
    expect(rec.findings.map((f) => [f.code, f.message])).toEqual([['flag-missing-duration', '시간 길이 5에 단위가 없습니다. 30s나 5m처럼 단위를 붙이세요.']]);
    expect(rec.findings[0]!.text).toEqual({ key: 'dockerfile.utils.flag-missing-duration', params: { value: '5' } });
    expect(jsonRecord(rec, 'ko')).toContain('"messageKey":"dockerfile.utils.flag-missing-duration","params":{"value":"5"}');
  });
});

describe('what we cannot read is shown as the library wrote it', () => {
  it('a code we have no words for', () => {
    const m = utilsMessage('some-new-code', 'Something new went wrong');
    expect(m).toEqual({ key: 'dockerfile.utils.other', params: { text: 'Something new went wrong' } });
    expect(say(m, 'ko')).toBe('Something new went wrong');
  });
  it('a sentence that no longer fits its code’s template', () => {
    expect(utilsMessage('flag-unknown-unit', 'time: bad unit x')).toEqual({ key: 'dockerfile.utils.other', params: { text: 'time: bad unit x' } });
  });
  it('reads a long value in one pass', () => {
    const value = 'x'.repeat(200_000);
    expect(utilsMessage('flag-unknown-unit', `time: unknown unit ${value} in duration 5${value}`).params).toEqual({ unit: value, value: `5${value}` });
  });
});
