/** The signed-out pages the light shell (`PublicApp`) serves; every other path opens the signed-in app. */
export const isLightPath = (pathname: string): boolean =>
  ['/login', '/forgot-password', '/sign-in-by-code'].includes(pathname.replace(/\/$/, '')) ||
  /^\/join\/[^/]+\/?$/.test(pathname);
