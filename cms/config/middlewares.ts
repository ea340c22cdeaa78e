const config = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
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
];

export default config;
