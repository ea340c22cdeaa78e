import { winston } from '@strapi/logger';

// Structured logs: one JSON object per line, ready for a log shipper.
// LOG_FORMAT=pretty gives Strapi's coloured lines for a person at a terminal.
const pretty = process.env.LOG_FORMAT === 'pretty';

export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL ?? 'http',
      format: pretty
        ? winston.format.combine(winston.format.colorize(), winston.format.simple())
        : winston.format.combine(winston.format.timestamp(), winston.format.json()),
    }),
  ],
};
