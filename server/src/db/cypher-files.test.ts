import { describe, expect, it } from 'vitest';
import { splitStatements } from './cypher-files.js';

describe('splitStatements', () => {
  it('splits a script on semicolons at line ends', () => {
    expect(splitStatements('MATCH (n)\nRETURN n;\nRETURN 1;\n')).toEqual([
      'MATCH (n)\nRETURN n',
      'RETURN 1',
    ]);
  });

  it('drops comment lines and keeps semicolons inside a line', () => {
    expect(splitStatements("// a comment;\nRETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });

  it('keeps a last statement without a semicolon', () => {
    expect(splitStatements('RETURN 1;\nRETURN 2')).toEqual(['RETURN 1', 'RETURN 2']);
  });
});
