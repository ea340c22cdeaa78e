/**
 * The origins the cms trusts with credentials (CORS) and lets frame the admin's preview:
 * CORS_ORIGINS (comma-separated) or, by default, the portal and the cms itself. Never `*`:
 * with credentials that would hand an admin's token to any page (issue 10, finding 9).
 */
const originOf = (url: string | undefined) => {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

export const portalOrigin = () =>
  originOf(process.env.PORTAL_URL) ?? originOf('http://127.0.0.1:5173')!;

export function allowedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const origins = listed.length > 0 ? listed : [env.PORTAL_URL, env.PUBLIC_URL];
  const valid = origins.map((origin) => originOf(origin)).filter((o): o is string => !!o);
  return [...new Set(valid.length > 0 ? valid : [portalOrigin()])];
}
