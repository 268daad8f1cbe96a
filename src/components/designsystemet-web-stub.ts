// Stands in for @digdir/designsystemet-web in browser bundles (see next.config.mjs).
//
// That package is Designsystemet's custom-element runtime (popover, tooltip, tabs, suggestion, pagination,
// field validation wiring, whole-card clicks): about 35 KB gzipped with floating-ui. Card and Button import
// it indirectly, so every page would load it. This site uses none of those widgets: labels point at their
// inputs by id in the server HTML, and a card is clicked through its heading link. Leaving it out keeps `/`
// inside its 150 KB JavaScript budget. The server render still uses the real package.

/** The only named import the React components make (usePagination, which this site does not use). */
export function pagination(): Record<string, never> {
  return {}
}
