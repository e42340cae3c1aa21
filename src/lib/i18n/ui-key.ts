import type en from '../../../content/ui/en.json';

/** A UI string's key. English is the reference key set; every other language is checked against it (`npm run check:content`). */
export type UiKey = keyof typeof en;
