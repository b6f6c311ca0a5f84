// How deeply a GraphQL document nests braces, brackets and parentheses, counted without parsing.
// graphql-js parses by recursion, so a document nested a few thousand levels deep overflows the
// stack before its token limit is reached; this count lets the server refuse it first.

/** The deepest nesting of `{`, `[` and `(` in `source`, ignoring strings and comments. */
export function measureNesting(source: string): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  const length = source.length;
  while (i < length) {
    const char = source[i];
    if (char === '#') {
      while (i < length && source[i] !== '\n' && source[i] !== '\r') i += 1;
    } else if (char === '"') {
      if (source.startsWith('"""', i)) {
        i += 3;
        while (i < length && !source.startsWith('"""', i))
          i += source.startsWith('\\"""', i) ? 4 : 1;
        i += 3;
        continue;
      }
      i += 1;
      while (i < length && source[i] !== '"' && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
    } else if (char === '{' || char === '[' || char === '(') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === '}' || char === ']' || char === ')') {
      depth = Math.max(0, depth - 1);
    }
    i += 1;
  }
  return deepest;
}
