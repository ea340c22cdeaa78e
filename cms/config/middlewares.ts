import { allowedOrigins, portalOrigin } from '../src/http/origins';

const config = () => [
  'strapi::logger',
  'strapi::errors',
  // PostgreSQL away (restart, failover): 503 with a clear body, not a bare 500 (src/middlewares).
  'global::database-unavailable',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // The admin frames the portal's preview page (config/admin.ts `preview`), nothing else.
          'frame-src': ["'self'", portalOrigin()],
          'frame-ancestors': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
        },
      },
      // Strapi's default; sent over https only by browsers, so harmless on http in development.
      hsts: { maxAge: 31536000, includeSubDomains: true },
      frameguard: { action: 'sameorigin' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    },
  },
  // An allow-list, never `*` with credentials (issue 10, finding 9).
  {
    name: 'strapi::cors',
    config: { origin: allowedOrigins(), credentials: true },
  },
  // No strapi::poweredBy: the X-Powered-By header only tells a prober what to try.
  'strapi::query',
  // A body the parser cannot read (a cut-off upload) answers 400, not 500.
  'global::malformed-body',
  // Gateways sign the raw bytes of their notifications: keep them beside the parsed body.
  { name: 'strapi::body', config: { includeUnparsed: true } },
  // NUL characters, malformed list filters, odd sign-in bodies: 400 before any handler runs.
  'global::bad-input',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // ID numbers: exact search only, masked in every answer (docs/id-numbers.md).
  'global::id-numbers',
];

export default config;
