// The fetch policy of the views whose answer can be the whole country: every council's tasks
// (the RACI matrix, the timeline) or every finding. They read past Apollo's cache: keeping 7,900
// tasks with their parties, or 24,000 findings, in the normalised cache took the browser 10-30 s
// at 300 councils, against well under a second to parse the answer. A repeat costs a request,
// which the server's read cache answers while the graph is unchanged.
export const UNCACHED = 'no-cache' as const;
