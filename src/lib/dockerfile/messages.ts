// The Dockerfile checker's words (content/messages/dockerfile/{lang}.json), added to the messages
// (src/lib/i18n/messages.ts `addMessages`) by every module of the checker that makes or reads them.
// Kept out of content/messages/{lang}.json, which the browser bundles whole: no page runs this
// checker. Found by name like the other message files, so a new language needs no edit here.
import { addMessages } from '../i18n/messages.ts';

await addMessages(async (lang) => {
  try {
    return ((await import(`../../../content/messages/dockerfile/${lang}.json`, { with: { type: 'json' } })) as { default: Record<string, string> }).default;
  } catch {
    return {};
  }
});
