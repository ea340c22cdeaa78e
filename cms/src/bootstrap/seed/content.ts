import type { Core } from '@strapi/strapi';
import { readSeed } from './data';

interface Texts {
  title: string;
  summary: string;
  body: string;
}
interface ContentSeed {
  news: { slug: string; category: string; publishedAt: string; zh: Texts; en: Texts }[];
  guides: { slug: string; sortOrder: number; zh: Texts; en: Texts }[];
  activities: {
    slug: string;
    venue: { zh: string; en: string };
    startsAt: string;
    endsAt: string;
    capacity: number;
    signUpDeadline: string;
    zh: Texts;
    en: Texts;
  }[];
}

/** Creates one published document in Chinese with its English localization. */
async function publishBilingual(
  strapi: Core.Strapi,
  uid: 'api::news.news' | 'api::guide.guide' | 'api::activity.activity',
  shared: Record<string, unknown>,
  zh: Record<string, unknown>,
  en: Record<string, unknown>,
) {
  const documents = strapi.documents(uid);
  const created = await documents.create({
    locale: 'zh-CN',
    status: 'published',
    data: { ...shared, ...zh },
  } as never);
  await documents.update({
    documentId: created.documentId,
    locale: 'en',
    status: 'published',
    data: { ...shared, ...en },
  });
}

/** Sample news, registration guides and activities for the 展会服务 page. */
export async function seedContent(strapi: Core.Strapi) {
  const content = readSeed<ContentSeed>('content');
  // Oldest first, so "newest first" by publication time matches the dates in the file.
  const news = [...content.news].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  for (const item of news) {
    await publishBilingual(
      strapi,
      'api::news.news',
      { slug: item.slug, category: item.category, releasedOn: item.publishedAt.slice(0, 10) },
      { ...item.zh },
      { ...item.en },
    );
  }
  for (const guide of content.guides) {
    await publishBilingual(
      strapi,
      'api::guide.guide',
      { slug: guide.slug, sortOrder: guide.sortOrder },
      { ...guide.zh },
      { ...guide.en },
    );
  }
  for (const activity of content.activities) {
    const shared = {
      slug: activity.slug,
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      capacity: activity.capacity,
      signUpDeadline: activity.signUpDeadline,
    };
    await publishBilingual(
      strapi,
      'api::activity.activity',
      shared,
      { ...activity.zh, venue: activity.venue.zh },
      { ...activity.en, venue: activity.venue.en },
    );
  }
}
