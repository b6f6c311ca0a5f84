// cytoscape-svg ships no types: the extension and the cy.svg() method it adds.
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
