import type { Schema, Struct } from '@strapi/strapi';

export interface EditionBadgeType extends Struct.ComponentSchema {
  collectionName: 'components_edition_badge_types';
  info: {
    description: '';
    displayName: 'Badge type \u8BC1\u4EF6\u7C7B\u578B';
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Required;
    labelEn: Schema.Attribute.String & Schema.Attribute.Required;
    labelZh: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface EditionEntryDateOption extends Struct.ComponentSchema {
  collectionName: 'components_edition_entry_date_options';
  info: {
    description: '';
    displayName: 'Entry date option \u5165\u573A\u65E5\u671F';
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Required;
    feeFen: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    firstDay: Schema.Attribute.Date;
    labelEn: Schema.Attribute.String & Schema.Attribute.Required;
    labelZh: Schema.Attribute.String & Schema.Attribute.Required;
    lastDay: Schema.Attribute.Date;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'edition.badge-type': EditionBadgeType;
      'edition.entry-date-option': EditionEntryDateOption;
    }
  }
}
