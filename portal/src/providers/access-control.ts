import type { AccessControlProvider } from '@refinedev/core';
import { AREA_OF_ROLE, areaOfResource } from '../resources';
import { fetchSession } from './session';

/**
 * Area access by role, for menus and route guards only. The real rules (tenant scope,
 * lifecycle actions) are enforced by the cms, which answers 403/404 otherwise.
 */
export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource }) => {
    const area = areaOfResource(resource);
    if (!area) return { can: true };
    try {
      const session = await fetchSession();
      return { can: AREA_OF_ROLE[session.role] === area };
    } catch {
      return { can: false };
    }
  },
  options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
};
