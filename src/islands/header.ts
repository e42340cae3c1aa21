// Every page's small islands, in one module script (src/layouts/Base.astro): the theme button, the
// quick search's loader, the language link and the examples' copy buttons. One script rather than
// several small files and inline scripts: smaller once compressed, and no Content-Security-Policy
// hash for each.
import './copy-button';
import './theme-toggle';
import './quick-search';
import './lang-switch';
