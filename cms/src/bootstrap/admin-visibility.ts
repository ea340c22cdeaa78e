import type { Core } from '@strapi/strapi';
import { editorialTypes } from '../access/guarded-fields';

/**
 * The content manager shows editorial types only (docs/admin-and-web-security.md): every other type of ours is
 * hidden there for every admin role, super admin included, which also means Strapi registers
 * no content-manager permission for it, so its admin API answers 403. Business records are
 * read and changed in the portal, through their scope and lifecycle. A new type is hidden
 * until it is added to `editorialTypes`. Runs in register(), before the content manager reads them.
 */
export function hideBusinessTypes(strapi: Core.Strapi) {
  const registry = strapi.get('content-types');
  for (const uid of registry.keys() as string[]) {
    if (!uid.startsWith('api::') || editorialTypes.includes(uid)) continue;
    registry.extend(uid, (contentType: { pluginOptions?: Record<string, object> }) => {
      const options = contentType.pluginOptions ?? {};
      contentType.pluginOptions = {
        ...options,
        'content-manager': { ...options['content-manager'], visible: false },
      };
    });
  }
}
