import type { Core } from '@strapi/strapi';
import { type Bilingual, readSeed } from './data';

interface Node extends Bilingual {
  code: string;
  sortOrder: number;
}
interface AreaSeed extends Node {
  categories: (Node & { items: Node[] })[];
}

/** Exhibition area → category → item, data that operations edit later. */
export async function seedTaxonomy(strapi: Core.Strapi) {
  const pick = ({ code, nameZh, nameEn, sortOrder }: Node) => ({ code, nameZh, nameEn, sortOrder });
  for (const area of readSeed<AreaSeed[]>('taxonomy')) {
    const createdArea = await strapi
      .documents('api::exhibition-area.exhibition-area')
      .create({ data: pick(area) });
    for (const category of area.categories) {
      const createdCategory = await strapi
        .documents('api::exhibition-category.exhibition-category')
        .create({ data: { ...pick(category), area: createdArea.documentId } });
      for (const item of category.items) {
        await strapi
          .documents('api::exhibition-item.exhibition-item')
          .create({ data: { ...pick(item), category: createdCategory.documentId } });
      }
    }
  }
}
