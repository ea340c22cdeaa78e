import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import type { Role } from './providers/session';

/** A portal area: one layout, one menu, one role. */
export type Area = 'visitor' | 'colleague' | 'delegation' | 'finance' | 'operations';

export const AREA_OF_ROLE: Record<Role, Area> = {
  liaison: 'visitor',
  colleague: 'colleague',
  'delegation-reviewer': 'delegation',
  finance: 'finance',
  operations: 'operations',
};

export const homeOfRole = (role: Role | undefined | null): string =>
  role && AREA_OF_ROLE[role] ? `/${AREA_OF_ROLE[role]}` : '/login';

/**
 * One menu entry. `name` is unique across the portal; the API resource a page reads is
 * given by the page itself (`resource` / `meta`), since several areas read the same
 * Strapi collection with different server-side scopes.
 */
interface Entry {
  name: string;
  area: Area;
  path: string;
  labelKey: string;
  /** Built by a later issue: the route renders the "opens in a later release" page. */
  later?: boolean;
}

const entry = (area: Area, key: string, path: string, later = true): Entry => ({
  name: `${area}-${key}`,
  area,
  path: `/${area}${path}`,
  labelKey: path === '' ? 'menu.home' : `menu.${area}.${key}`,
  later,
});

export const ENTRIES: Entry[] = [
  entry('visitor', 'home', '', false),
  entry('visitor', 'services', '/services', false),
  entry('visitor', 'organization', '/organization', false),
  entry('visitor', 'invite', '/invite', false),
  entry('visitor', 'invitations', '/invitations'),
  entry('visitor', 'persons', '/persons', false),
  entry('visitor', 'orders', '/orders', false),
  entry('visitor', 'addresses', '/addresses', false),
  entry('visitor', 'investment', '/investment'),
  entry('visitor', 'points', '/points'),
  entry('visitor', 'account', '/account', false),
  { ...entry('colleague', 'home', '', false), labelKey: 'menu.colleague.home' },
  entry('colleague', 'account', '/account', false),
  entry('delegation', 'home', '', false),
  entry('delegation', 'organizations', '/organizations', false),
  entry('delegation', 'persons', '/persons', false),
  entry('delegation', 'investment', '/investment'),
  entry('finance', 'home', '', false),
  entry('finance', 'transfers', '/transfers', false),
  entry('finance', 'statements', '/statements', false),
  entry('finance', 'invoices', '/invoices', false),
  entry('finance', 'redLetter', '/red-letter-confirmations', false),
  entry('finance', 'refunds', '/refunds', false),
  entry('finance', 'reports', '/reports', false),
  entry('operations', 'home', '', false),
  entry('operations', 'organizations', '/organizations', false),
  entry('operations', 'personReview', '/person-review', false),
  entry('operations', 'production', '/badge-production'),
  entry('operations', 'issuance', '/badge-issuance'),
  entry('operations', 'checkIn', '/check-in'),
  entry('operations', 'editions', '/editions'),
  entry('operations', 'delegations', '/delegations'),
  entry('operations', 'taxonomy', '/exhibition-areas'),
  entry('operations', 'oneClick', '/one-click-registration', false),
  entry('operations', 'idNumberReads', '/id-number-reads', false),
];

export const entriesOf = (area: Area): Entry[] => ENTRIES.filter((e) => e.area === area);

export const areaOfResource = (name: string | undefined): Area | undefined =>
  ENTRIES.find((e) => e.name === name)?.area;

/** The Refine resources, labelled in the current language. */
export const buildResources = (t: TFunction): ResourceProps[] =>
  ENTRIES.map((e) => ({
    name: e.name,
    list: e.path,
    meta: { label: t(e.labelKey), area: e.area },
  }));
