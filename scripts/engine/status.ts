// Says, inside `npm test`, that the engine run was skipped and why: npm test never starts the
// Docker Engine itself (it needs root, network namespaces and about five minutes); the examples are
// replayed by `npm run test:engine`, which .ci/run runs after npm test.
import { engineUnavailableReason } from './engine.ts';

const why = engineUnavailableReason();
console.log(
  why
    ? `engine: skipped here: npm test does not start the Docker Engine, and \`npm run test:engine\` could not either: ${why}`
    : 'engine: skipped here: npm test does not start the Docker Engine; `npm run test:engine` replays the examples on it (.ci/run runs it after npm test)',
);
