// The cytoscape-svg extension module (it ships no types); cy.svg() is declared in cytoscape-svg.d.ts.
declare module 'cytoscape-svg' {
  const extension: import('cytoscape').Ext;
  export default extension;
}
