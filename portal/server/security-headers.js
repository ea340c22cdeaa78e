/**
 * Security headers of every portal page (issue 10, finding 9). The policy lets the app and antd
 * work: scripts only from this origin (Vite emits no inline script), styles inline too because
 * antd writes its CSS-in-JS into <style> tags, images also from data: and blob: (QR codes,
 * vouchers opened as blobs), the API same-origin (served through /api here). Forms may go to
 * https gateways (the B2B bank expects a posted form). Only the public content pages
 * (/services/…) may be framed, and only by the cms: the admin's preview shows them.
 * @param {{ cmsOrigin: string, hsts: boolean }} options
 */
export function securityHeaders({ cmsOrigin, hsts }) {
  const policy = (frameAncestors) =>
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      `form-action 'self' https: ${cmsOrigin}`,
      `frame-ancestors ${frameAncestors}`,
    ].join('; ');
  const framable = policy(`'self' ${cmsOrigin}`);
  const unframable = policy("'none'");
  return async (ctx, next) => {
    const preview = ctx.path.startsWith('/services/');
    ctx.set('Content-Security-Policy', preview ? framable : unframable);
    // X-Frame-Options cannot name another origin; browsers that know frame-ancestors ignore it.
    if (!preview) ctx.set('X-Frame-Options', 'DENY');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    ctx.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    ctx.set('Cross-Origin-Opener-Policy', 'same-origin-allow-popups');
    // Browsers honour HSTS only over https; on plain http (development) it is ignored.
    if (hsts) ctx.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    await next();
  };
}
