import { describe, expect, it } from 'vitest';
import { actorOfRole, isPortalRole, portalRoleTypes, roleType } from './roles';
import { roles } from './vocabularies';

describe('portal roles', () => {
  it('gives every role of the vocabulary one distinct users-permissions type', () => {
    expect(Object.keys(roleType).sort()).toEqual(roles.map((r) => r.code).sort());
    expect(new Set(portalRoleTypes).size).toBe(roles.length);
  });

  it('maps each type back to the actor it acts as', () => {
    expect(actorOfRole('delegation-reviewer')).toBe('delegationReviewer');
    for (const role of roles) expect(actorOfRole(roleType[role.code])).toBe(role.code);
  });

  it('does not count the public role or an actor spelling as a portal role', () => {
    expect(isPortalRole('public')).toBe(false);
    expect(isPortalRole('delegationReviewer')).toBe(false);
    expect(isPortalRole(undefined)).toBe(false);
    expect(isPortalRole('finance')).toBe(true);
  });
});
