const config = [
  'strapi::logger',
  'strapi::errors',
  // PostgreSQL away (restart, failover): 503 with a clear body, not a bare 500 (src/middlewares).
  'global::database-unavailable',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Gateways sign the raw bytes of their notifications: keep them beside the parsed body.
  { name: 'strapi::body', config: { includeUnparsed: true } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
