import { describe, expect, it } from 'vitest';
import { indexTerms, normalizeText, queryTerms, stemEnglish, stemKorean, synonymOf } from '../../src/lib/search/text';

describe('stemKorean: particles and verb endings', () => {
  it.each([
    ['컨테이너를', '컨테이너'],
    ['이미지의', '이미지'],
    ['네트워크에서', '네트워크'],
    ['실시간으로', '실시간'],
    ['보기', '보'],
    ['봅니다', '보'],
    ['보는', '보'],
    ['만들기', '만들'],
    ['만듭니다', '만드'],
    ['삭제하기', '삭제'],
    ['삭제합니다', '삭제'],
    ['삭제하려면', '삭제'],
    ['실행하는', '실행'],
    ['붙이기', '붙이'],
    ['붙입니다', '붙이'],
    ['들어가기', '들어가'],
    ['지우려면', '지우'],
    ['받습니다', '받'],
    ['크기', '크기'],
    ['이미지', '이미지'],
    ['로그', '로그'],
    ['docker', 'docker'],
  ])('%s -> %s', (word, stem) => {
    expect(stemKorean(word)).toBe(stem);
  });

  it('composes NFD input to NFC first', () => {
    expect(queryTerms('컨테이너를'.normalize('NFD')).map((t) => t.term)).toEqual(['container']);
  });
});

describe('stemEnglish', () => {
  it.each([
    ['containers', 'container'],
    ['images', 'image'],
    ['running', 'running'],
    // The state (a stopped container) is not the action (stop one).
    ['stopped', 'stopped'],
    ['stopping', 'stop'],
    ['removing', 'remov'],
    ['remove', 'remov'],
    ['logs', 'log'],
    ['process', 'process'],
    ['ps', 'ps'],
  ])('%s -> %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});

describe('synonyms meet on both sides', () => {
  it.each([
    ['중지', 'stop'],
    ['정지하기', 'stop'],
    ['멈추기', 'stop'],
    ['끄기', 'stop'],
    ['stop', 'stop'],
    ['삭제', 'remove'],
    ['제거합니다', 'remove'],
    ['지우기', 'remove'],
    ['정리', 'prune'],
    ['clean', 'prune'],
    ['확인', 'show'],
    ['조회하기', 'show'],
    ['봅니다', 'show'],
    ['목록', 'list'],
    ['리스트', 'list'],
    ['실행', 'run'],
    ['띄우기', 'run'],
    ['접속', 'shell'],
    ['쉘', 'shell'],
    ['로그', 'log'],
    ['포트', 'port'],
    ['이미지', 'image'],
    ['컨테이너', 'container'],
    ['업로드', 'upload'],
    ['푸시', 'upload'],
    ['다운로드', 'download'],
    ['받기', 'download'],
    ['태그', 'tag'],
    ['네트워크', 'network'],
    ['볼륨', 'volume'],
    ['실시간', 'follow'],
    ['용량', 'disk'],
    ['정보', 'info'],
    ['만들기', 'create'],
    ['만듭니다', 'create'],
  ])('%s -> %s', (word, key) => {
    const [term] = queryTerms(word);
    expect(term?.term).toBe(key);
    expect(term?.synonym).toBe(true);
  });

  it('index side keeps the word and adds its group key', () => {
    expect(indexTerms('컨테이너를 중지합니다')).toEqual(['컨테이너', 'container', '중지', 'stop']);
  });

  it('a word outside every group has no key', () => {
    expect(synonymOf('nginx')).toBeUndefined();
  });
});

describe('queryTerms', () => {
  it.each([
    ['컨테이너 로그 실시간으로 보기', ['container', 'log', 'follow', 'show']],
    ['how do I stop a container', ['stop', 'container']],
    ['docker 컨테이너를 멈추는 방법', ['container', 'stop']],
    ['이미지 태그 붙이기', ['image', 'tag', '붙이']],
    ['nginx를 실행', ['nginx', 'run']],
    ['log in to the registry', ['login', 'registry']],
    ['안 쓰는 이미지 정리', ['unused', 'image', 'prune']],
    // A stopped or running container is a state; stopping or running one is an action.
    ['정지된 컨테이너 삭제', ['stopped', 'container', 'remove']],
    ['멈춘 컨테이너 다시 켜기', ['stopped', 'container', '다시', 'start']],
    ['꺼져 있는 컨테이너', ['stopped', 'container']],
    ['remove exited containers', ['remove', 'stopped', 'container']],
    ['컨테이너 정지하기', ['container', 'stop']],
    ['실행 중인 컨테이너에서 실행', ['running', 'container', 'run']],
    // `when`/`while` say when, not what (Korean `때` is a stop word too).
    ['mount a volume when starting a container', ['mount', 'volume', 'start', 'container']],
    ['', []],
  ])('%j -> %j', (q, expected) => {
    expect(queryTerms(q).map((t) => t.term)).toEqual(expected);
  });

  it('splits Hangul from Latin letters', () => {
    expect(normalizeText('nginx이미지')).toBe('nginx 이미지');
  });
});
