import http from 'node:http';
import https from 'node:https';

// Hop-by-hop headers are the connection's own, never forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

const forwardable = (headers) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

/**
 * Passes a request to the cms as it came (streamed both ways), as a reverse proxy in front of
 * both would: the browser sees one origin, so the API needs no CORS and cookies stay first-party.
 * @param {string} target the cms base URL
 */
export function proxyTo(target) {
  const base = new URL(target);
  const client = base.protocol === 'https:' ? https : http;
  return (ctx) =>
    new Promise((resolve) => {
      ctx.respond = false;
      const { req, res } = ctx;
      const upstream = client.request(
        {
          protocol: base.protocol,
          hostname: base.hostname,
          port: base.port,
          method: req.method,
          path: req.url,
          headers: {
            ...forwardable(req.headers),
            host: base.host,
            'x-forwarded-for': [req.headers['x-forwarded-for'], req.socket.remoteAddress]
              .filter(Boolean)
              .join(', '),
            'x-forwarded-proto': ctx.protocol,
            'x-forwarded-host': req.headers.host ?? '',
          },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers));
          answer.pipe(res);
          answer.on('end', resolve);
          answer.on('error', resolve);
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) {
          res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
        }
        res.end(JSON.stringify({ error: { status: 502, message: 'The cms is not answering' } }));
        resolve();
      });
      req.pipe(upstream);
    });
}
