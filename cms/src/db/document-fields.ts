import type { Modules, UID } from '@strapi/strapi';

/**
 * Attribute names a Document Service query may ask for (`fields: [...]`), checked against the
 * generated types of the content type; for a list kept in a constant.
 */
export type FieldsOf<T extends UID.Schema> = Modules.Documents.Params.Fields.SingleAttribute<T>[];
