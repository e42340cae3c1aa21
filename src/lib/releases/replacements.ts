// What replaces a flag or command docker/cli's reference stopped listing, where that is known, and
// whether the CLI still accepts the old form. A reference says what a release documents, not
// whether a dropped flag still parses, so every entry says where its knowledge comes from.
// Keys: `{command slug} --{flag}` or `{command slug}` for a whole command.
import type { Localized } from '../i18n/localized.ts';

export interface Replacement {
  /** The flag that takes its place, without dashes (`no-pause`); absent when nothing does. */
  flag?: string;
  /** The old flag is still accepted (hidden, deprecated): the release gate warns instead of failing. */
  stillAccepted?: boolean;
  /** What to do instead, in both languages (shown on the page and with the diagnostic). */
  advice: Localized;
  /** Where the knowledge comes from. */
  source: string;
}

const CONTENT_TRUST: Replacement = {
  advice: {
    ko: 'Docker Content Trust(Notary v1 서명 검증)가 빠지면서 이 옵션도 사라졌습니다. 옵션을 지우세요. 이미지를 고정하려면 다이제스트(`nginx@sha256:…`)로 지정하세요.',
    en: 'It went with Docker Content Trust (Notary v1 signature checks). Drop the option; to pin an image, refer to it by digest (`nginx@sha256:…`).',
  },
  source: 'docker/cli reference: 29.0 lists neither this flag nor the docker trust commands',
};

const KERNEL_MEMORY: Replacement = {
  advice: {
    ko: '커널 메모리 제한은 cgroup v2에서 지원되지 않아 옵션이 빠졌습니다. 옵션을 지우고 `--memory`로 전체 메모리를 제한하세요.',
    en: 'Kernel memory limits are not supported on cgroup v2, and the option went. Drop it and limit the whole memory with `--memory`.',
  },
  source: 'docker/cli reference: 29.0 no longer lists --kernel-memory (deprecated since 20.10, per its description)',
};

export const REPLACEMENTS: Readonly<Record<string, Replacement>> = {
  'container-commit --pause': {
    flag: 'no-pause',
    stillAccepted: true,
    advice: {
      ko: '29.0부터는 `--no-pause`로 일시 정지를 끕니다. `--pause=false` 대신 `--no-pause`를 쓰세요.',
      en: 'From 29.0, `--no-pause` turns pausing off: write `--no-pause` instead of `--pause=false`.',
    },
    source: 'docker/cli reference: 29.0 lists --no-pause and no longer lists --pause; 29.x still accepts --pause with a deprecation warning',
  },
  'container-stop --time': {
    flag: 'timeout',
    stillAccepted: true,
    advice: { ko: '28.0부터 이름이 `--timeout`으로 바뀌었습니다. 값은 그대로 쓰면 됩니다.', en: 'Renamed `--timeout` in 28.0; the value stays the same.' },
    source: 'docker/cli reference: 28.0 lists -t, --timeout where 27.5 listed -t, --time; the old name stays as a hidden, deprecated alias',
  },
  'container-restart --time': {
    flag: 'timeout',
    stillAccepted: true,
    advice: { ko: '28.0부터 이름이 `--timeout`으로 바뀌었습니다. 값은 그대로 쓰면 됩니다.', en: 'Renamed `--timeout` in 28.0; the value stays the same.' },
    source: 'docker/cli reference: 28.0 lists -t, --timeout where 27.5 listed -t, --time; the old name stays as a hidden, deprecated alias',
  },
  'container-run --disable-content-trust': CONTENT_TRUST,
  'container-create --disable-content-trust': CONTENT_TRUST,
  'image-build --disable-content-trust': CONTENT_TRUST,
  'image-pull --disable-content-trust': CONTENT_TRUST,
  'image-push --disable-content-trust': CONTENT_TRUST,
  'plugin-install --disable-content-trust': CONTENT_TRUST,
  'plugin-push --disable-content-trust': CONTENT_TRUST,
  'plugin-upgrade --disable-content-trust': CONTENT_TRUST,
  'container-run --kernel-memory': KERNEL_MEMORY,
  'container-create --kernel-memory': KERNEL_MEMORY,
  trust: {
    advice: {
      ko: 'Docker Content Trust가 빠지면서 `docker trust` 명령어도 모두 사라졌습니다. 이미지 서명이 필요하면 Notation이나 Sigstore cosign 같은 별도 도구를 쓰세요.',
      en: 'The `docker trust` commands went with Docker Content Trust. For image signatures, use a separate tool such as Notation or Sigstore cosign.',
    },
    source: 'docker/cli reference: 29.0 has no trust pages and the root no longer lists trust',
  },
};

/** The replacement known for a flag (`container-commit`, `pause`) or a command (`trust-sign`, its group's entry). */
export function replacementFor(slug: string, long?: string): Replacement | undefined {
  if (long !== undefined) return REPLACEMENTS[`${slug} --${long}`];
  return REPLACEMENTS[slug] ?? (slug.startsWith('trust-') ? REPLACEMENTS.trust : undefined);
}
