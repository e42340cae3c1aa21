// The problem type and its one printed line are the content registry's own
// (src/lib/content/problem.ts); re-exported for the checks.
export { formatProblem, problemsIn, type ContentProblem } from '../../src/lib/content/problem.ts';
