// Attributes the site writes on elements whose Astro JSX types lack them.
declare namespace astroHTML.JSX {
  interface SVGAttributes {
    /** The theme toggle hides one icon with `hidden` (global.css: `theme-toggle [data-icon][hidden]`). */
    hidden?: boolean | string | undefined | null;
  }
}
