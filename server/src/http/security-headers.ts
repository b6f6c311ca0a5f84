// Security headers (helmet) and CORS for the whole app, in one place. The page gets a strict
// Content-Security-Policy fit for the built React client; /graphql gets the other headers but no
// CSP, so Apollo's query editor still loads in development. Other sites may call the API only
// from the origins in CORS_ORIGINS; with none configured, the browser's same-origin rule stands.
import type { RequestHandler } from 'express';
import cors from 'cors';
import helmet from 'helmet';

export interface SecurityHeadersOptions {
  /** Origins (scheme://host[:port]) allowed to call the API from a browser on another site. */
  corsOrigins: string[];
}

/** The Content-Security-Policy of the page: only our own scripts, styles, images and API. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Cytoscape and React set inline style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // PNG and SVG exports are shown and downloaded as data: and blob: URLs.
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // No upgrade-insecure-requests: the product serves plain HTTP on loopback by default, and TLS,
  // when there is any, ends in a proxy in front of it.
};

/** Middleware for every route, before the routes themselves. */
export function securityHeaders(options: SecurityHeadersOptions): RequestHandler[] {
  const withCsp = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  const withoutCsp = helmet({ contentSecurityPolicy: false });
  const allowed = new Set(options.corsOrigins);
  const corsHandler = cors({
    // A foreign origin gets no Access-Control-Allow-Origin, so the browser withholds the answer.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', 'Apollo-Require-Preflight'],
    maxAge: 600,
  });
  const headers: RequestHandler = (req, res, next) =>
    (req.path === '/graphql' || req.path.startsWith('/graphql/') ? withoutCsp : withCsp)(
      req,
      res,
      next,
    );
  return [headers, corsHandler];
}
