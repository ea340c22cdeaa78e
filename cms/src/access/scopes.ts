import type { Caller } from './caller';

/**
 * A scope turns the caller into the filter that limits what they may see, or `null` for
 * nothing at all. Each is a small named rule (docs/access-model.md); resources.ts assigns them.
 */
export type Filters = Record<string, unknown>;
export type Scope = (caller: Caller) => Filters | null;

export const everything: Scope = () => ({});

export const ownOrganization: Scope = (c) =>
  c.organizationRef ? { organizationRef: { $eq: c.organizationRef } } : null;

export const theOrganizationItself: Scope = (c) =>
  c.organizationRef ? { documentId: { $eq: c.organizationRef } } : null;

export const ownPerson: Scope = (c) => (c.personRef ? { documentId: { $eq: c.personRef } } : null);

/** Delegation paths look like `/shanghai/pudong/`; a subtree is a prefix. */
export const delegationSubtree: Scope = (c) =>
  c.delegationPath ? { delegationPath: { $startsWith: c.delegationPath } } : null;

export const personsOfDelegationSubtree: Scope = (c) =>
  c.delegationPath ? { organization: { delegationPath: { $startsWith: c.delegationPath } } } : null;

/** Follows a relation to where the owning organization is recorded. */
export const ownOrganizationThrough =
  (...relationPath: string[]): Scope =>
  (c) => {
    if (!c.organizationRef) return null;
    return relationPath.reduceRight<Filters>((inner, key) => ({ [key]: inner }), {
      organizationRef: { $eq: c.organizationRef },
    });
  };

export const published =
  (field: string, value: string): Scope =>
  () => ({ [field]: { $eq: value } });
