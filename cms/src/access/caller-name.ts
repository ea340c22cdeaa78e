import type { Core } from '@strapi/strapi';
import type { Caller } from './caller';

/** The name the review log shows for the caller: the account's display name, else its username. */
export async function callerName(strapi: Core.Strapi, caller: Caller) {
  if (!caller.userDocumentId) return undefined;
  const user = await strapi.documents('plugin::users-permissions.user').findOne({
    documentId: caller.userDocumentId,
    fields: ['displayName', 'username'],
  });
  return (user?.displayName ?? user?.username) as string | undefined;
}
