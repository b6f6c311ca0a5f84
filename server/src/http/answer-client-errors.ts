// Requests Node's HTTP parser refuses before Express sees them (headers over Node's 16 KB limit,
// such as a giant Authorization header, or bytes that are not HTTP) get a JSON error in GraphQL's
// shape saying what is wrong, instead of Node's bare status line with an empty body.
import http from 'node:http';
import type { Duplex } from 'node:stream';

interface ParserError extends Error {
  code?: string;
}

function refusal(error: ParserError): { status: number; code: string; message: string } {
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return {
      status: 431,
      code: 'REQUEST_HEADERS_TOO_LARGE',
      message: `The request's headers are larger than ${Math.round(http.maxHeaderSize / 1024)} KB. A token this product issues is far smaller: send a shorter Authorization header (sign in again) or fewer cookies.`,
    };
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      status: 408,
      code: 'REQUEST_TIMEOUT',
      message: 'The request took too long to arrive; send it again.',
    };
  return {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The request is not valid HTTP.',
  };
}

/** Answers the requests `server`'s parser refuses with a JSON body, then closes the connection. */
export function answerClientErrors(server: http.Server): void {
  server.on('clientError', (error: ParserError, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, code, message } = refusal(error);
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}
