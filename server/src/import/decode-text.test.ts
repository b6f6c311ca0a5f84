import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const options = { fileName: 'plan.tsv' };

describe('decodeText', () => {
  it('decodes UTF-8 and drops the byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]), options)).toBe(
      'A\u00e9',
    );
  });

  it('decodes UTF-16 with a byte-order mark, as Excel writes Unicode text', () => {
    expect(
      decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0x42, 0x00]), options),
    ).toBe('A\tB');
  });

  it('passes text through, without a byte-order mark', () => {
    expect(decodeText('\ufeffTask\tLead', options)).toBe('Task\tLead');
  });

  it('throws EMPTY_FILE for no bytes', () => {
    expect(() => decodeText(new Uint8Array(0), options)).toThrow(
      expect.objectContaining({ code: 'EMPTY_FILE' }),
    );
  });

  it('throws EMPTY_FILE for whitespace only', () => {
    expect(() => decodeText('\n \n', options)).toThrow(
      expect.objectContaining({ code: 'EMPTY_FILE' }),
    );
  });

  it('throws BINARY_FILE for a NUL byte, saying where', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x00]), options)).toThrow(
      expect.objectContaining({ code: 'BINARY_FILE', message: expect.stringContaining('byte 1') }),
    );
  });

  it('throws BAD_ENCODING for bytes that are not UTF-8, saying what to do', () => {
    expect(() => decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), options)).toThrow(
      expect.objectContaining({ code: 'BAD_ENCODING', message: expect.stringContaining('UTF-8') }),
    );
  });
});
