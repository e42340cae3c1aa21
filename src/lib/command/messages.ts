// Every diagnostic message, in Korean and English, in one place so wording stays consistent and
// tests can pin it. Each says what is wrong and, where it can, how to fix it.
//
// Code (commands, flags, values the user typed) is written in backticks: the site shows it as code
// (InlineText, the explain island), `check-commands` prints the backticks as they are. Korean
// particles never follow the code itself: they attach to a Korean word after it (`--restart=always`
// 옵션을, `nginx` 이미지를), chosen with es-hangul's josa where that word varies.
import { josa } from 'es-hangul';
import type { Localized } from '../i18n/localized.ts';

/** Echoed user text is cut to this many characters: a message must not grow with the line. */
const MAX_ECHO = 80;

/** `s`, or its start and end around `…` when it is longer than MAX_ECHO. */
export function clip(s: string, max = MAX_ECHO): string {
  return s.length <= max ? s : `${s.slice(0, max - 20)}…${s.slice(-19)}`;
}

const q = (s: string) => `\`${clip(s)}\``;

/** What a piece of code is, in Korean: the word its particle attaches to. */
export type KoNoun = '명령' | '옵션' | '값' | '이미지' | '단어' | '필터';

/** `` `--restart=always` 옵션을 뜻했나요? `` */
function meantKo(code: string, noun: KoNoun): string {
  return `${q(code)} ${josa(noun, '을/를')} 뜻했나요?`;
}

export const messages = {
  unbalancedQuote: (opener: string): Localized => ({
    ko: `닫히지 않은 따옴표(${q(opener)})가 있습니다. 같은 따옴표로 닫으세요.`,
    en: `Unclosed ${opener} quote: close it with a matching ${opener}.`,
  }),
  unbalancedSubstitution: (opener: string): Localized => ({
    ko: `닫히지 않은 명령 치환(${q(opener)})이 있습니다.`,
    en: `Unclosed command substitution ${opener}.`,
  }),
  shellSyntax: (op: string): Localized => ({
    ko: `셸 문법 오류: ${q(op)} 앞이나 뒤에 명령(또는 리다이렉션 대상)이 없습니다. 셸이 이 줄을 실행하지 않습니다.`,
    en: `Shell syntax error: ${q(op)} has no command (or redirection target) on one side, so the shell would not run this line.`,
  }),
  nestedTooDeep: (): Localized => ({
    ko: '명령 치환이 너무 깊게 중첩되어 안쪽은 검사하지 않았습니다.',
    en: 'Command substitutions nested too deep: the inner ones were not checked.',
  }),
  lineTooLong: (length: number, max: number): Localized => ({
    ko: `명령 줄이 너무 깁니다 (${length}자, 최대 ${max}자). 검사하지 않았습니다.`,
    en: `The command line is too long (${length} characters, at most ${max}): not checked.`,
  }),
  tooManyDiagnostics: (dropped: number, max: number): Localized => ({
    ko: `문제가 너무 많아 처음 ${max}개만 보였습니다 (${dropped}개 생략).`,
    en: `Too many problems: showing the first ${max} (${dropped} more not shown).`,
  }),
  notDocker: (): Localized => ({
    ko: 'docker 명령이 아닙니다: 검사하지 않았습니다.',
    en: 'not a docker command: not checked.',
  }),
  cannotKnow: (word: string): Localized => ({
    ko: `명령어 자리에 셸 확장 \`${clip(word)}\` 부분이 있어서 무엇이 실행될지는 셸이 값을 펼친 뒤에야 알 수 있습니다. 검사하지 않았습니다(오류는 아닙니다).`,
    en: `The command is the shell expansion \`${clip(word)}\`: what runs is known only once the shell expands it, so it was not checked (this is not an error).`,
  }),
  invisibleCharacter: (name: string): Localized => ({
    ko: `보이지 않는 문자(${name})가 있습니다. 보이는 글자와 실제 내용이 다를 수 있으니 지우세요.`,
    en: `Invisible character ${name}: what is shown may not be what runs; remove it.`,
  }),
  lookAlike: (word: string, name: string, fixed: string): Localized => ({
    ko: `${q(word)} 단어에 ${name} 문자가 있습니다. 셸은 이것을 공백이나 ASCII 문자로 보지 않습니다. ${q(fixed)} 형태로 쓰세요.`,
    en: `${q(word)} contains ${name}, which the shell does not read as a space or an ASCII character. Write ${q(fixed)}.`,
  }),
  unknownProgram: (word: string): Localized => ({
    ko: `${q(word)} 명령은 없습니다. ${q('docker')} 명령의 오타입니다.`,
    en: `${q(word)} is not a command: it is a typo for ${q('docker')}.`,
  }),
  unknownCommand: (path: string, word: string, hint: string | null): Localized => ({
    ko: `${q(`${path} ${word}`)} 명령은 없습니다.${hint ? ` ${meantKo(hint, '명령')}` : ` ${q(`${path} --help`)} 명령으로 명령 목록을 보세요.`}`,
    en: `Unknown command ${q(`${path} ${word}`)}.${hint ? ` Did you mean ${q(hint)}?` : ` See ${q(`${path} --help`)} for the commands.`}`,
  }),
  unknownFlag: (cmd: string, flag: string, hint: string | null): Localized => ({
    ko: `${q(cmd)} 명령에는 ${q(flag)} 옵션이 없습니다.${hint ? ` ${meantKo(hint, '옵션')}` : ` ${q(`${cmd} --help`)} 명령으로 옵션을 확인하세요.`}`,
    en: `${q(cmd)} has no ${q(flag)} option.${hint ? ` Did you mean ${q(hint)}?` : ` See ${q(`${cmd} --help`)} for its options.`}`,
  }),
  unknownShortFlag: (cmd: string, flag: string, shorts: string[]): Localized => ({
    ko: `${messages.unknownFlag(cmd, flag, null).ko} 한 글자 옵션: ${shorts.join(', ') || '없음'}.`,
    en: `${messages.unknownFlag(cmd, flag, null).en} One-letter options: ${shorts.join(', ') || 'none'}.`,
  }),
  possibleCommandTypo: (path: string, word: string, hint: string): Localized => ({
    ko: `${q(word)} 단어는 ${q(path)} 명령의 인수로 읽힙니다. 하위 명령 ${meantKo(hint, '명령')}`,
    en: `${q(word)} is read as an argument of ${q(path)}. Did you mean the subcommand ${q(hint)}?`,
  }),
  legacyBuilderFlag: (flag: string): Localized => ({
    ko: `${q(flag)} 옵션은 레거시 빌더(DOCKER_BUILDKIT=0) 전용 옵션입니다. buildx가 설치된 Docker에서 docker build를 실행하는 BuildKit(docker buildx build)은 이 옵션을 목록에 두지 않으므로 무시하거나 경고만 할 수 있습니다.`,
    en: `${q(flag)} is a legacy builder (DOCKER_BUILDKIT=0) option. BuildKit, which runs docker build wherever buildx is installed (docker buildx build), does not list it, so it is ignored or only warned about there.`,
  }),
  experimentalCommand: (cmd: string): Localized => ({
    ko: `${q(cmd)} 명령은 실험적 기능입니다. 플러그인 버전에 따라 옵션과 동작이 바뀌거나 없을 수 있습니다.`,
    en: `${q(cmd)} is experimental: its options and behaviour may change or be missing in other plugin versions.`,
  }),
  flagNeedsValue: (flag: string, type: string): Localized => ({
    ko: `${q(flag)} 옵션에는 값(${type})이 필요합니다.`,
    en: `${q(flag)} needs a value (${type}).`,
  }),
  invalidValue: (flag: string, value: string, expected: Localized): Localized => ({
    ko: `${q(flag)} 옵션의 값이 올바르지 않습니다(${q(value)}): ${expected.ko}`,
    en: `Invalid value ${q(value)} for ${q(flag)}: ${expected.en}`,
  }),
  boolValueGlued: (flag: string): Localized => ({
    ko: `${q(flag)} 옵션은 값을 받지 않으므로 ${q('=')} 기호 뒤에는 true 또는 false 값만 올 수 있습니다.`,
    en: `${q(flag)} takes no value; after ${q('=')} only true or false is allowed.`,
  }),
  tooFewArgs: (cmd: string, min: number, got: number, usage: string): Localized => ({
    ko: `${q(cmd)} 명령에는 인수가 ${min === 1 ? '적어도 1개' : `${min}개 이상`} 필요한데 ${got}개입니다. 사용법: ${q(usage)}`,
    en: `${q(cmd)} requires at least ${min} argument${min === 1 ? '' : 's'}, got ${got}. Usage: ${q(usage)}`,
  }),
  exactArgs: (cmd: string, n: number, got: number, usage: string): Localized => ({
    ko: `${q(cmd)} 명령에는 인수가 정확히 ${n}개 필요한데 ${got}개입니다. 사용법: ${q(usage)}`,
    en: `${q(cmd)} requires exactly ${n} argument${n === 1 ? '' : 's'}, got ${got}. Usage: ${q(usage)}`,
  }),
  noArgs: (cmd: string, usage: string): Localized => ({
    ko: `${q(cmd)} 명령은 인수를 받지 않습니다. 사용법: ${q(usage)}`,
    en: `${q(cmd)} accepts no arguments. Usage: ${q(usage)}`,
  }),
  tooManyArgs: (cmd: string, max: number, got: number, usage: string): Localized => ({
    ko: `${q(cmd)} 명령은 인수를 최대 ${max}개 받는데 ${got}개입니다. 사용법: ${q(usage)}`,
    en: `${q(cmd)} accepts at most ${max} argument${max === 1 ? '' : 's'}, got ${got}. Usage: ${q(usage)}`,
  }),
  filterNotArg: (arg: string): Localized => ({
    ko: `${q(arg)} 인수는 필터입니다. ${q(`--filter ${arg}`)} (또는 ${q(`-f ${arg}`)}) 형태로 쓰세요.`,
    en: `${q(arg)} is a filter: write it as ${q(`--filter ${arg}`)} (or ${q(`-f ${arg}`)}).`,
  }),
  repeatedCommandWord: (word: string): Localized => ({
    ko: `명령 이름(${q(word)})이 두 번 쓰였습니다. 하나를 지우세요.`,
    en: `The command word ${q(word)} is written twice: remove one.`,
  }),
  conflictingOptions: (a: string, b: string): Localized => ({
    ko: `${q(a)} 옵션과 ${q(b)} 옵션은 함께 쓸 수 없습니다.`,
    en: `${q(a)} and ${q(b)} cannot be used together.`,
  }),
  clientCheck: (en: string, ko: string): Localized => ({ ko, en }),
  typographicDash: (word: string, fixed: string): Localized => ({
    ko: `${q(word)} 단어의 대시가 타이포그래피 대시(—, –, −)입니다. docker는 이것을 옵션이 아닌 인수로 받습니다. ${q(fixed)} 형태로 쓰세요.`,
    en: `${q(word)} starts with a typographic dash (—, –, −), so docker takes it as an argument, not an option. Write ${q(fixed)}.`,
  }),
  unknownEnumValue: (flag: string, value: string, allowed: string[], hint: string | null): Localized => ({
    ko: `${q(flag)} 옵션에 ${q(value)} 값을 주면 docker 데몬이 거부합니다.${hint ? ` ${meantKo(hint, '값')}` : ''} 가능한 값: ${allowed.join(', ')}`,
    en: `The daemon rejects ${q(value)} for ${q(flag)}.${hint ? ` Did you mean ${q(hint)}?` : ''} Allowed: ${allowed.join(', ')}`,
  }),
  nearBuiltinValue: (flag: string, value: string, hint: string | null): Localized => ({
    ko: `${q(value)} 값은 ${q(flag)} 옵션의 기본 제공 값이 아닙니다. 직접 만든 이름이 아니라면 docker 데몬이 거부합니다. ${meantKo(hint ?? '', '값')}`,
    en: `${q(value)} is not a built-in value of ${q(flag)}; unless it is a name you created, the daemon rejects it. Did you mean ${q(hint ?? '')}?`,
  }),
  /** A note, not a diagnostic: the CLI accepts it, but the word goes to the container (`docker run nginx -d`). */
  flagAfterImage: (word: string, long: string): Localized => ({
    ko: `${q(word)} 단어는 이제 docker가 아니라 컨테이너로 전달됩니다. docker의 ${q(`--${long}`)} 옵션으로 쓰려면 이미지 이름 앞에 쓰세요.`,
    en: `${q(word)} now goes to the container, not to docker. To use docker's ${q(`--${long}`)} option, write it before the image.`,
  }),
  flagConfusion: (cmd: string, flag: string, meant: string, why: Localized): Localized => ({
    ko: `${q(cmd)} 명령에는 ${q(flag)} 옵션이 없습니다. ${meantKo(meant, '옵션')} ${why.ko}`,
    en: `${q(cmd)} has no ${q(flag)} option. Did you mean ${q(meant)}? ${why.en}`,
  }),
} as const;
