/** Editorial content as the cms publishes it (Strapi 5 flat documents, one locale). */
export interface ContentBase {
  id: string;
  documentId: string;
  title: string;
  slug: string;
  summary?: string | null;
  body?: string | null;
  publishedAt?: string | null;
  locale?: string;
}

export interface NewsItem extends ContentBase {
  category: 'expoNews' | 'preExpoActivityNews';
  /** The date editors give the news; publication time is when it went online. */
  releasedOn?: string | null;
}

export interface GuideItem extends ContentBase {
  sortOrder?: number | null;
}

export interface ActivityItem extends ContentBase {
  venue?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  capacity?: number | null;
  signUpDeadline?: string | null;
}

/** Route segment → Strapi collection. */
export const CONTENT_KINDS = {
  news: 'news-items',
  guides: 'guides',
  activities: 'activities',
} as const;
export type ContentKind = keyof typeof CONTENT_KINDS;

export const isContentKind = (value: string | undefined): value is ContentKind =>
  value !== undefined && value in CONTENT_KINDS;
