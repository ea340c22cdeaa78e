const config = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Gateways sign the raw bytes of their notifications: keep them beside the parsed body.
  { name: 'strapi::body', config: { includeUnparsed: true } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // ID numbers: exact search only, masked in every answer (docs/id-numbers.md).
  'global::id-numbers',
];

export default config;
