/**
 * Words for the task search: the same steps on the index side and the query side, so
 * that wording differences do not lose the command.
 *
 * - NFKC and lower case; Hangul and Latin runs split apart (`nginx를` -> `nginx 를`).
 * - Korean: particles (josa) and common verb endings are stripped (`컨테이너를` -> `컨테이너`,
 *   `삭제합니다` -> `삭제`, `봅니다` -> `보`, `붙입니다` -> `붙이`); contracted forms that no rule
 *   recovers (`봐`, `꺼`, `지워`, `만드`) are members of a synonym group instead.
 * - English: a small suffix stemmer (`containers` -> `container`, `running` -> `run`).
 * - Synonyms: every word of a group stands for the group's key (its first word), on both sides,
 *   so `중지`, `정지`, `멈추기`, `끄기` and `stop` meet; the word itself is kept on the index side
 *   so that prefix search still finds it while a person is typing.
 */

import { stemWord } from './stem.ts';

export { stemEnglish, stemKorean, stemWord } from './stem.ts';

/**
 * Words that carry no task: question words, "how to", "docker" itself (every command has it).
 * Compared after stemming.
 */
const STOP_RAW = [
  '방법', '법', '어떻게', '어떡해', '싶어요', '싶다', '싶은데', '싶어', '있는', '있나요', '있어요', '뭐', '무엇', '무슨', '명령어', '명령', '도커', '좀', '수', '것', '때',
  '알려줘', '알려주세요', '되나요', '가능', '하나', '그리고', '내', '제', '어디', '좋은',
  'how', 'do', 'i', 'to', 'a', 'an', 'the', 'my', 'me', 'of', 'in', 'on', 'for', 'with', 'what', 'is', 'are', 'can', 'you', 'it', 'that', 'this',
  'which', 'have', 'has', 'docker', 'command', 'way', 'want', 'should', 'and', 'or', 'by', 'at', 'be', 'into', 'its', 'some', 'there', 'need', 'please', 'using', 'via', 'so', 'as', 'any', 'your',
];

/**
 * Synonym groups: the first word is the group's key. Members are written as people type them and
 * stemmed when the table is built, so the rules above apply to them too.
 */
const SYNONYM_GROUPS: string[][] = [
  ['stop', '중지', '정지', '멈추', '멈춤', '멈춰', '멈추기', '끄', '끄기', '꺼', '종료', '중단', 'halt', 'shutdown'],
  ['remove', '삭제', '제거', '지우', '지우기', '지워', '지워지', '없애', '없애기', 'rm', 'delete', 'del', 'erase', 'rid'],
  // Clearing out many at once (`prune`), apart from removing one thing by name.
  ['prune', '정리', '청소', '비우', '비우기', 'clean', 'cleanup', 'purge', 'tidy', 'clear'],
  ['show', '보', '보기', '봐', '보여', '보여주', '확인', '조회', '표시', '살펴보', 'view', 'see', 'display', 'check', 'print', 'look', 'watch'],
  ['list', '목록', '리스트', '나열', 'ls', '전체목록'],
  ['run', '실행', '띄우', '띄우기', '띄워', '돌리', '돌려', '구동', 'launch', 'execute', 'spin'],
  ['start', '시작', '켜', '켜기', 'boot'],
  ['shell', '들어가', '들어가기', '들어갑', '접속', '셸', '쉘', 'bash', 'sh', 'terminal', '터미널', 'enter'],
  ['attach', '붙', '붙기', '어태치'],
  ['inside', '안', '안쪽', '내부', 'inside', 'within'],
  ['log', '로그', '기록', 'logs'],
  ['output', '출력', 'stdout', 'stderr'],
  ['port', '포트', 'ports'],
  ['image', '이미지'],
  ['container', '컨테이너'],
  ['upload', '올리', '올리기', '올려', '업로드', '푸시', 'push', '배포', '게시'],
  ['download', '받', '받기', '받아', '내려받', '내려받기', '다운로드', '다운', '가져오', 'pull', 'fetch'],
  ['tag', '태그', '태깅', '꼬리표'],
  ['network', '네트워크', '망'],
  ['volume', '볼륨'],
  ['follow', '실시간', '따라가', '따라가기', '계속', 'live', 'realtime', 'tail', 'stream'],
  ['disk', '용량', '크기', '디스크', 'size', 'space', 'usage', '사용량', '공간'],
  ['info', '정보', '상세', '자세히', 'detail', 'details', 'inspect', 'information'],
  ['create', '만들', '만드', '만듦', '만들기', '생성', '새로', 'make', 'new'],
  ['build', '빌드', '굽'],
  ['copy', '복사', 'cp', '옮기', '옮기기', '꺼내', '꺼내기'],
  ['restart', '재시작', '다시시작', '재부팅', '재가동', '리스타트', 'reboot'],
  ['rename', '이름변경', '이름바꾸', '개명'],
  ['name', '이름'],
  ['env', '환경변수', '환경', 'environment', 'variable', 'var'],
  // Handing a value to something.
  ['pass', '넘기', '넘기기', '넘겨', '전달', '주입', '넣', '넣기', '넣어', '넣고', '주기', '주는', '줘', 'inject', 'provide', 'supply'],
  // Being asked before something happens.
  ['confirm', '묻', '묻지', '묻는', '물어보', '물어보지', 'ask', 'asking', 'prompt', 'confirmation'],
  ['file', '파일'],
  ['directory', '디렉터리', '디렉토리', '폴더', 'folder', 'dir'],
  ['login', '로그인', 'signin', 'authenticate', '인증'],
  ['logout', '로그아웃', 'signout'],
  ['registry', '레지스트리', '저장소', 'hub', '도커허브', 'repository', 'repo'],
  ['unused', '안쓰', '안쓰는', '쓰지않는', '사용하지않는', '미사용', 'dangling', 'unused', 'orphan', '남은', '불필요', '쓸모없는', '댕글링', 'untagged', '이름없는', '태그없는'],
  ['all', '모든', '모두', '전부', '전체', '한번에', '한꺼번에', '일괄', '싹', '다', 'every', 'everything', 'bulk'],
  ['background', '백그라운드', 'detach', 'detached', 'daemon', '데몬'],
  ['process', '프로세스', 'top'],
  ['stat', '통계', '리소스', 'resource', 'cpu', '메모리', 'memory', 'mem', 'stats'],
  ['history', '히스토리', '이력', '레이어', 'layer'],
  ['save', '저장', '내보내', '내보내기', 'export', 'tar', '아카이브', 'archive'],
  ['load', '불러오', '불러오기', '읽어오', 'import'],
  ['kill', '강제종료', '죽이', '죽이기', '죽여'],
  ['pause', '일시정지', '일시중지'],
  ['unpause', '재개', 'resume', '풀', '풀기'],
  ['wait', '기다리', '기다리기', '대기'],
  ['change', '변경', '바꾸', '바꾸기', '바꿔', '수정', 'modify'],
  ['diff', '차이', '바뀐', '달라진', 'changed', 'difference'],
  ['update', '업데이트', '갱신', '조정'],
  ['connect', '연결', 'join', '잇'],
  ['disconnect', '연결해제', '끊', '끊기', '분리'],
  ['search', '검색', '찾', '찾기', 'find'],
  ['version', '버전'],
  ['running', '실행중', '실행중인', '중인', '중', '돌아가는', '떠있', '떠있는', '돌고있', '살아있', '살아있는', '돌고있는', 'up', 'active', 'alive'],
  ['mount', '마운트', 'bind', '바인드'],
  ['compose', '컴포즈'],
  ['context', '컨텍스트'],
  ['system', '시스템'],
  ['event', '이벤트'],
  ['health', '헬스체크', '상태검사', 'healthcheck'],
  ['status', '상태'],
  ['base', '베이스', '기반', '부모'],
  ['command', '커맨드', 'cmd'],
  ['workdir', '작업디렉터리', '작업디렉토리', '작업폴더'],
  ['user', '사용자', '유저'],
  ['expose', '노출'],
  ['publish', '공개', '열', '열기', '열어', 'open', 'forward', '포워딩'],
  ['set', '정', '정하', '지정', '설정', '세팅', 'specify', 'configure', 'pick', 'choose'],
  ['dockerfile', '도커파일'],
  ['limit', '제한', '한도', 'cap', 'constrain'],
  ['argument', '인자', '인수', 'arg', 'args'],
];

export interface TermTables {
  stop: Set<string>;
  synonyms: Map<string, string>;
}

let tables: TermTables | null = null;
function termTables(): TermTables {
  if (tables) return tables;
  const stop = new Set(STOP_RAW.map((w) => stemWord(w.normalize('NFKC'))));
  const synonyms = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const key = group[0]!;
    for (const member of group) {
      const stem = stemWord(member.normalize('NFKC').toLowerCase());
      if (!synonyms.has(stem)) synonyms.set(stem, key);
      if (!synonyms.has(member)) synonyms.set(member, key);
    }
  }
  tables = { stop, synonyms };
  return tables;
}

/** The longest query the search takes (the search page, the header's quick search and the engine). */
export const MAX_QUERY_LENGTH = 200;

/** Invisible and bidirectional-control characters: they hide or reorder what is shown. */
const INVISIBLE_G = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** A UTF-16 surrogate without its other half (one lone code unit, so linear). */
const LONE_SURROGATE_G = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Control characters (C0, DEL, C1) other than the whitespace the split handles. */
const CONTROL_G = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export interface CleanQuery {
  /** What is searched and shown: at most MAX_QUERY_LENGTH characters, no invisible or bidi controls. */
  text: string;
  /** The query was longer than MAX_QUERY_LENGTH and was cut. */
  tooLong: boolean;
  /** Length of the query as given (characters). */
  length: number;
}

/**
 * A query as typed or taken from `?q=` made safe to search and to show: cut to MAX_QUERY_LENGTH
 * first (so nothing after it costs anything), lone surrogates replaced, invisible and bidi
 * controls removed, NFKC (full-width `ｌｏｇｓ` -> `logs`), whitespace runs made one space.
 */
export function cleanQuery(raw: string): CleanQuery {
  const length = raw.length;
  // Cut generously before the work, then exactly after it (removal and NFKC change the length).
  let text = raw.length > MAX_QUERY_LENGTH * 2 ? raw.slice(0, MAX_QUERY_LENGTH * 2) : raw;
  text = text.replace(LONE_SURROGATE_G, '\ufffd').replace(INVISIBLE_G, '').replace(CONTROL_G, ' ').normalize('NFKC');
  text = text.replace(/\s+/g, ' ').trim();
  const tooLong = length > MAX_QUERY_LENGTH && (text.length > MAX_QUERY_LENGTH || raw.length > MAX_QUERY_LENGTH * 2);
  if (text.length > MAX_QUERY_LENGTH) text = text.slice(0, MAX_QUERY_LENGTH).replace(LONE_SURROGATE_G, '').trim();
  return { text, tooLong, length };
}

/**
 * NFKC, lower case, whitespace runs as one space, and Hangul/Latin runs apart. Every pattern here
 * is linear: whitespace is collapsed first, so no two neighbouring `\s*` can trade a long run.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    // Phrases written apart that mean one word.
    .replace(/\blog (in|out)\b/g, 'log$1')
    .replace(/\bsign (in|out)\b/g, 'sign$1')
    .replace(/\bspin up\b/g, 'spin')
    .replace(/\bssh (into|in)\b/g, 'shell $1')
    .replace(/(이름|태그) ?없는/g, '$1없는')
    .replace(/(떠|돌고|살아|켜져) ?있/g, '$1있')
    .replace(/일시 ?(정지|중지)/g, '일시$1')
    .replace(/안 ?(쓰|사용)/g, '안$1')
    .replace(/도커 ?파일/g, '도커파일')
    .replace(/환경 ?변수/g, '환경변수')
    .replace(/이름 ?[을를]? ?(바꾸|바꿔|변경|수정)/g, '이름변경')
    .replace(/([a-z0-9])([\uac00-\ud7a3])/g, '$1 $2')
    .replace(/([\uac00-\ud7a3])([a-z0-9])/g, '$1 $2');
}

/** Raw words of a text: letters and digits (a flag's dashes are dropped: `--rm` -> `rm`). */
export function words(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
}

/** The synonym key of a stemmed word, when it belongs to a group. */
export function synonymOf(stem: string): string | undefined {
  return termTables().synonyms.get(stem);
}

/** Index side: every word's stem, and its synonym key when it has one. Stop words are dropped. */
export function indexTerms(text: string): string[] {
  const { stop } = termTables();
  const out: string[] = [];
  for (const w of words(text)) {
    const stem = stemWord(w);
    if (stop.has(stem) || stop.has(w)) continue;
    if (stem.length === 1 && /[\uac00-\ud7a3]/.test(stem) && !synonymOf(stem)) continue;
    out.push(stem);
    const key = synonymOf(stem);
    if (key && key !== stem) out.push(key);
  }
  return out;
}

export interface QueryTerm {
  /** What is looked up: a synonym key, or the word's stem. */
  term: string;
  /** True when `term` is a synonym key (matched exactly, not as a prefix). */
  synonym: boolean;
  /** The word as typed. */
  raw: string;
}

/** Query side: one term per word (its synonym key or its stem); stop words dropped, duplicates merged. */
export function queryTerms(query: string): QueryTerm[] {
  const { stop } = termTables();
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const w of words(query)) {
    const stem = stemWord(w);
    if (stop.has(stem) || stop.has(w)) continue;
    const key = synonymOf(stem) ?? synonymOf(w);
    const term = key ?? stem;
    if (seen.has(term)) continue;
    if (!key && stem.length === 1 && /[\uac00-\ud7a3]/.test(stem)) continue;
    seen.add(term);
    out.push({ term, synonym: Boolean(key), raw: w });
  }
  return out;
}
