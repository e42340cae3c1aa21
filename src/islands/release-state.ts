// The release picker's shared state: the Docker release a reader judges for, remembered
// in localStorage by the explain page and the command builder. (The release facts themselves,
// src/lib/releases/gate-core.ts, load with the validator.)

const KEY = 'dockref.dockerRelease';

/** The remembered release line, or null (storage blocked or nothing chosen yet). */
export function readRelease(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveRelease(line: string): void {
  try {
    localStorage.setItem(KEY, line);
  } catch {
    // Storage blocked (private mode): the choice holds for this page only.
  }
}
