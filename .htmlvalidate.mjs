// html-validate over every built page (`npm run check:html`, run by scripts/test-all.sh after the
// build). The recommended rules, less the two that go against deliberate choices.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Code blocks are coloured by Shiki's dual themes: each token carries
    // style="--shiki-light:…;--shiki-dark:…" and the stylesheet picks one per theme. There is no
    // class-based output that keeps both themes without JavaScript.
    'no-inline-style': 'off',
    // Command pages are titled "docker container run: <summary in the page's language> · dockref"
    // The summary makes the tab and the search result readable in Korean.
    // Search engines shorten long titles themselves; the 70-character limit is an SEO rule of thumb.
    'long-title': 'off',
    // The header's quick search is an ARIA combobox whose popup is a listbox of links to results
    // (the WAI-ARIA combobox pattern); a native <select> cannot hold links or show results as typed.
    'prefer-native-element': ['error', { exclude: ['listbox', 'option'] }],
  },
};
