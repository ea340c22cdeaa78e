import { portalOrigin } from '../http/origins';
import { signPreview } from './preview-token';

/** Editorial types and the portal's path for them (portal/src/components/content/types.ts). */
export const editorialKinds: Record<string, string> = {
  'api::news.news': 'news',
  'api::guide.guide': 'guides',
  'api::activity.activity': 'activities',
};

/**
 * Strapi 5's preview handler (config/admin.ts): the portal's own page for the entry, and for a
 * draft a token that lets that page read this one draft for a short while. Null: no preview.
 */
export function previewLink(
  uid: string,
  { documentId, locale, status }: { documentId: string; locale?: string; status?: string },
): string | null {
  const kind = editorialKinds[uid];
  if (!kind || !documentId) return null;
  const url = new URL(`/services/${kind}/${encodeURIComponent(documentId)}`, portalOrigin());
  if (locale) url.searchParams.set('locale', locale);
  if (status === 'draft') {
    const token = signPreview(uid, documentId);
    if (!token) return null;
    url.searchParams.set('preview', token);
  }
  return url.toString();
}
