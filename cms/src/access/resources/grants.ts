import { everything, type Scope } from '../scopes';
import type { ResourceAccess, RoleAccess } from './types';

/** The usual grants a role holds on a resource, so each row of the table reads as a sentence. */
export const read = (scope: Scope): RoleAccess => ({ actions: ['find', 'findOne'], scope });
export const manage = (scope: Scope, writable: readonly string[]): RoleAccess => ({
  actions: ['find', 'findOne', 'create', 'update', 'delete'],
  scope,
  writable,
});
/** Reads, and may ask for lifecycle transitions; which ones is the machine's answer. */
export const review = (scope: Scope): RoleAccess => ({
  actions: ['find', 'findOne', 'transition'],
  scope,
});
/** The organization review desk: single and bulk decisions, export, counts. */
export const reviewDesk = (scope: Scope): RoleAccess => ({
  actions: ['find', 'findOne', 'transition', 'bulkTransition', 'export', 'stats'],
  scope,
});
export const withTransitions = (access: RoleAccess): RoleAccess => ({
  ...access,
  actions: [...access.actions, 'transition'],
});
/** Adds reading a record's personal file (uploads/personal-file-response.ts) to a role's access. */
export const withViewing = (
  access: RoleAccess,
  action: 'viewLicence' | 'viewPhoto',
): RoleAccess => ({
  ...access,
  actions: [...access.actions, action],
});
export const everyoneReads = (scope: Scope = everything): ResourceAccess['roles'] => ({
  public: read(scope),
  liaison: read(scope),
  colleague: read(scope),
  'delegation-reviewer': read(scope),
  finance: read(scope),
  operations: read(scope),
});

export const taxonomyFields = ['code', 'nameZh', 'nameEn', 'sortOrder'] as const;
