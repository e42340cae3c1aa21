// What replaces a flag or command docker/cli's reference stopped listing, where that is known, and
// whether the CLI still accepts the old form. A reference says what a release documents, not
// whether a dropped flag still parses, so every entry says where its knowledge comes from.
// Keys: `{command slug} --{flag}` or `{command slug}` for a whole command.
import { msg, type Message } from '../i18n/messages.ts';

export interface Replacement {
  /** The flag that takes its place, without dashes (`no-pause`); absent when nothing does. */
  flag?: string;
  /** The old flag is still accepted (hidden, deprecated): the release gate warns instead of failing. */
  stillAccepted?: boolean;
  /** What to do instead, in both languages (shown on the page and with the diagnostic). */
  advice: Message;
  /** Where the knowledge comes from. */
  source: string;
}

const CONTENT_TRUST: Replacement = {
  advice: msg('release.went-docker-content-trust-notary'),
  source: 'docker/cli reference: 29.0 lists neither this flag nor the docker trust commands',
};

const KERNEL_MEMORY: Replacement = {
  advice: msg('release.kernel-memory-limits-are-not'),
  source: 'docker/cli reference: 29.0 no longer lists --kernel-memory (deprecated since 20.10, per its description)',
};

export const REPLACEMENTS: Readonly<Record<string, Replacement>> = {
  'container-commit --pause': {
    flag: 'no-pause',
    stillAccepted: true,
    advice: msg('release.from-29-0-no-pause'),
    source: 'docker/cli reference: 29.0 lists --no-pause and no longer lists --pause; 29.x still accepts --pause with a deprecation warning',
  },
  'container-stop --time': {
    flag: 'timeout',
    stillAccepted: true,
    advice: msg('release.renamed-timeout-28-0-value'),
    source: 'docker/cli reference: 28.0 lists -t, --timeout where 27.5 listed -t, --time; the old name stays as a hidden, deprecated alias',
  },
  'container-restart --time': {
    flag: 'timeout',
    stillAccepted: true,
    advice: msg('release.renamed-timeout-28-0-value-2'),
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
    advice: msg('release.docker-trust-commands-went-docker'),
    source: 'docker/cli reference: 29.0 has no trust pages and the root no longer lists trust',
  },
};

/** The replacement known for a flag (`container-commit`, `pause`) or a command (`trust-sign`, its group's entry). */
export function replacementFor(slug: string, long?: string): Replacement | undefined {
  if (long !== undefined) return REPLACEMENTS[`${slug} --${long}`];
  return REPLACEMENTS[slug] ?? (slug.startsWith('trust-') ? REPLACEMENTS.trust : undefined);
}
