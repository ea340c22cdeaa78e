// After `vite build`: a Brotli and a gzip copy of each hashed asset, at high levels, so
// the server (serve.js, koa-send) sends them as they are instead of compressing per request.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(js|css|json|svg|html|txt|map)$/;

/** @param {string} folder */
export function precompress(folder) {
  let count = 0;
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    if (!COMPRESSIBLE.test(name) || fs.statSync(file).size < 1024) continue;
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(
      `${file}.br`,
      zlib.brotliCompressSync(bytes, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 10 },
      }),
    );
    fs.writeFileSync(
      `${file}.gz`,
      zlib.gzipSync(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
    );
    count += 1;
  }
  return count;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'assets');
  console.log(`precompressed ${precompress(assets)} assets in ${assets}`);
}
