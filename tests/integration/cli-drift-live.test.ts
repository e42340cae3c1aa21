// The drift check against the installed docker, when there is one: it runs `docker … --help` for
// every command (safely, through scripts/lib/docker-exec.ts) and compares with the snapshots.
import { describe, expect, it } from 'vitest';
import { checkCliDrift } from '../../scripts/check-cli-drift.ts';
import { dockerAvailable, dockerUnavailableReason } from '../../scripts/lib/docker-exec.ts';

describe('the real check against the installed docker', () => {
  const why = dockerUnavailableReason();
  if (why !== null) console.warn(`cli-drift: skipping the live check: ${why}`);
  it.skipIf(!dockerAvailable())(
    'the installed docker prints exactly the committed snapshots (npm run check:cli)',
    async () => {
      const r = await checkCliDrift();
      expect(r.status, r.lines.join('\n')).toBe(0);
    },
    180_000,
  );
});
