import type { Schema, Struct } from '@strapi/strapi';

export interface AdminApiToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_tokens';
  info: {
    description: '';
    displayName: 'Api Token';
    name: 'Api Token';
    pluralName: 'api-tokens';
    singularName: 'api-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    adminPermissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::permission'
    >;
    adminUserOwner: Schema.Attribute.Relation<'manyToOne', 'admin::user'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    encryptedKey: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['content-api', 'admin']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'content-api'>;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.Enumeration<['read-only', 'full-access', 'custom']> &
      Schema.Attribute.DefaultTo<'read-only'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminApiTokenPermission extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_api_token_permissions';
  info: {
    description: '';
    displayName: 'API Token Permission';
    name: 'API Token Permission';
    pluralName: 'api-token-permissions';
    singularName: 'api-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::api-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminPermission extends Struct.CollectionTypeSchema {
  collectionName: 'admin_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'Permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    actionParameters: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    apiToken: Schema.Attribute.Relation<'manyToOne', 'admin::api-token'>;
    conditions: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<[]>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::permission'> &
      Schema.Attribute.Private;
    properties: Schema.Attribute.JSON & Schema.Attribute.DefaultTo<{}>;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<'manyToOne', 'admin::role'>;
    subject: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminRole extends Struct.CollectionTypeSchema {
  collectionName: 'admin_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'Role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::role'> &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<'oneToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<'manyToMany', 'admin::user'>;
  };
}

export interface AdminSession extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_sessions';
  info: {
    description: 'Session Manager storage';
    displayName: 'Session';
    name: 'Session';
    pluralName: 'sessions';
    singularName: 'session';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
    i18n: {
      localized: false;
    };
  };
  attributes: {
    absoluteExpiresAt: Schema.Attribute.DateTime & Schema.Attribute.Private;
    childId: Schema.Attribute.String & Schema.Attribute.Private;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    deviceId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::session'> &
      Schema.Attribute.Private;
    metadata: Schema.Attribute.JSON & Schema.Attribute.Private;
    origin: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    sessionId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique;
    status: Schema.Attribute.String & Schema.Attribute.Private;
    type: Schema.Attribute.String & Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userId: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferToken extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_tokens';
  info: {
    description: '';
    displayName: 'Transfer Token';
    name: 'Transfer Token';
    pluralName: 'transfer-tokens';
    singularName: 'transfer-token';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    accessKey: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }> &
      Schema.Attribute.DefaultTo<''>;
    expiresAt: Schema.Attribute.DateTime;
    lastUsedAt: Schema.Attribute.DateTime;
    lifespan: Schema.Attribute.BigInteger;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminTransferTokenPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_transfer_token_permissions';
  info: {
    description: '';
    displayName: 'Transfer Token Permission';
    name: 'Transfer Token Permission';
    pluralName: 'transfer-token-permissions';
    singularName: 'transfer-token-permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'admin::transfer-token-permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    token: Schema.Attribute.Relation<'manyToOne', 'admin::transfer-token'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface AdminUser extends Struct.CollectionTypeSchema {
  collectionName: 'admin_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'User';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    apiTokens: Schema.Attribute.Relation<'oneToMany', 'admin::api-token'> &
      Schema.Attribute.Private;
    blocked: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    firstname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    isActive: Schema.Attribute.Boolean &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<false>;
    lastname: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'admin::user'> &
      Schema.Attribute.Private;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    preferedLanguage: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registrationToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    resetPasswordTokenExpiresAt: Schema.Attribute.DateTime &
      Schema.Attribute.Private;
    roles: Schema.Attribute.Relation<'manyToMany', 'admin::role'> &
      Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String;
  };
}

export interface ApiActivitySignupActivitySignup
  extends Struct.CollectionTypeSchema {
  collectionName: 'activity_signups';
  info: {
    description: 'A person signed up for an expo activity';
    displayName: 'Activity Signup \u6D3B\u52A8\u62A5\u540D';
    pluralName: 'activity-signups';
    singularName: 'activity-signup';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    activityDocumentId: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::activity-signup.activity-signup'
    > &
      Schema.Attribute.Private;
    organizationRef: Schema.Attribute.String & Schema.Attribute.Required;
    person: Schema.Attribute.Relation<'manyToOne', 'api::person.person'>;
    personRef: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    signupStatus: Schema.Attribute.Enumeration<['signedUp', 'cancelled']> &
      Schema.Attribute.DefaultTo<'signedUp'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiActivityActivity extends Struct.CollectionTypeSchema {
  collectionName: 'activities';
  info: {
    description: 'Activity during the expo, with capacity and sign-up deadline';
    displayName: 'Activity \u5C55\u671F\u6D3B\u52A8';
    pluralName: 'activities';
    singularName: 'activity';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    i18n: {
      localized: true;
    };
  };
  attributes: {
    body: Schema.Attribute.RichText &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    capacity: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    endsAt: Schema.Attribute.DateTime;
    locale: Schema.Attribute.String;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::activity.activity'
    >;
    publishedAt: Schema.Attribute.DateTime;
    signUpDeadline: Schema.Attribute.DateTime;
    slug: Schema.Attribute.UID<'title'>;
    startsAt: Schema.Attribute.DateTime;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    venue: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
  };
}

export interface ApiBadgeOrderLineBadgeOrderLine
  extends Struct.CollectionTypeSchema {
  collectionName: 'badge_order_lines';
  info: {
    description: 'One person in one order; `live` marks the order that currently holds the person';
    displayName: 'Badge Order Line \u8BC1\u4EF6\u8BA2\u5355\u660E\u7EC6';
    pluralName: 'badge-order-lines';
    singularName: 'badge-order-line';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    badgeType: Schema.Attribute.String;
    collectionMethod: Schema.Attribute.Enumeration<['express', 'pickup']>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    entryDateOption: Schema.Attribute.String;
    feeFen: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    idNumberMasked: Schema.Attribute.String;
    live: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::badge-order-line.badge-order-line'
    > &
      Schema.Attribute.Private;
    order: Schema.Attribute.Relation<
      'manyToOne',
      'api::badge-order.badge-order'
    >;
    orderRef: Schema.Attribute.String & Schema.Attribute.Required;
    person: Schema.Attribute.Relation<'manyToOne', 'api::person.person'>;
    personName: Schema.Attribute.String;
    personRef: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiBadgeOrderBadgeOrder extends Struct.CollectionTypeSchema {
  collectionName: 'badge_orders';
  info: {
    description: 'Persons ordered and paid together; money in integer fen';
    displayName: 'Badge Order \u8BC1\u4EF6\u8BA2\u5355';
    pluralName: 'badge-orders';
    singularName: 'badge-order';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    acceptedTerms: Schema.Attribute.JSON;
    amountFen: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    cancelledAt: Schema.Attribute.DateTime;
    collectionMethod: Schema.Attribute.Enumeration<['express', 'pickup']>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    editionNumber: Schema.Attribute.Integer & Schema.Attribute.Required;
    expiresAt: Schema.Attribute.DateTime;
    expressAddress: Schema.Attribute.Relation<
      'manyToOne',
      'api::express-address.express-address'
    >;
    expressAddressCopy: Schema.Attribute.JSON;
    headCount: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    idempotencyKey: Schema.Attribute.String;
    invoiceTitleLocked: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    lines: Schema.Attribute.Relation<
      'oneToMany',
      'api::badge-order-line.badge-order-line'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::badge-order.badge-order'
    > &
      Schema.Attribute.Private;
    orderNumber: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 25;
      }>;
    orderStatus: Schema.Attribute.Enumeration<
      [
        'pendingPayment',
        'paid',
        'cancelled',
        'expired',
        'partiallyRefunded',
        'refunded',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pendingPayment'>;
    organization: Schema.Attribute.Relation<
      'manyToOne',
      'api::organization.organization'
    >;
    organizationRef: Schema.Attribute.String & Schema.Attribute.Required;
    paidAt: Schema.Attribute.DateTime;
    paymentMethod: Schema.Attribute.Enumeration<
      ['alipay', 'wechatPay', 'unionPay', 'b2bGateway', 'bankTransfer']
    >;
    paymentReference: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    termsAcceptedAt: Schema.Attribute.DateTime;
    termsVersion: Schema.Attribute.String;
    transferReference: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiBadgeBadge extends Struct.CollectionTypeSchema {
  collectionName: 'badges';
  info: {
    description: 'A produced badge: code checked at entry, dispatch by express or pick-up';
    displayName: 'Badge \u8BC1\u4EF6';
    pluralName: 'badges';
    singularName: 'badge';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    badgeNumber: Schema.Attribute.String & Schema.Attribute.Required;
    badgeStatus: Schema.Attribute.Enumeration<
      ['produced', 'dispatched', 'collected', 'revoked']
    > &
      Schema.Attribute.DefaultTo<'produced'>;
    badgeType: Schema.Attribute.String;
    collectedAt: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    dispatchedAt: Schema.Attribute.DateTime;
    editionNumber: Schema.Attribute.Integer & Schema.Attribute.Required;
    entryCode: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    entryDateOption: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::badge.badge'> &
      Schema.Attribute.Private;
    person: Schema.Attribute.Relation<'oneToOne', 'api::person.person'>;
    personRef: Schema.Attribute.String & Schema.Attribute.Required;
    producedAt: Schema.Attribute.DateTime;
    publishedAt: Schema.Attribute.DateTime;
    reused: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    trackingNumber: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiBankStatementLineBankStatementLine
  extends Struct.CollectionTypeSchema {
  collectionName: 'bank_statement_lines';
  info: {
    description: 'One line of an imported statement of the receiving account, matched to a bank-transfer payment';
    displayName: 'Bank statement line \u94F6\u884C\u6D41\u6C34';
    pluralName: 'bank-statement-lines';
    singularName: 'bank-statement-line';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    amountFen: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    bankTransactionId: Schema.Attribute.String & Schema.Attribute.Required;
    bookedOn: Schema.Attribute.Date & Schema.Attribute.Required;
    counterpartyAccount: Schema.Attribute.String;
    counterpartyBank: Schema.Attribute.String;
    counterpartyName: Schema.Attribute.String;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    direction: Schema.Attribute.Enumeration<['credit', 'debit']> &
      Schema.Attribute.Required;
    importRef: Schema.Attribute.String & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::bank-statement-line.bank-statement-line'
    > &
      Schema.Attribute.Private;
    matchedAt: Schema.Attribute.DateTime;
    matchedBy: Schema.Attribute.Enumeration<['reference', 'finance']>;
    matchStatus: Schema.Attribute.Enumeration<
      ['unmatched', 'matched', 'ignored']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'unmatched'>;
    orderNumber: Schema.Attribute.String;
    orderRef: Schema.Attribute.String;
    paymentRef: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    remark: Schema.Attribute.Text;
    sourceRow: Schema.Attribute.Integer;
    unmatchedReason: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiCheckInCheckIn extends Struct.CollectionTypeSchema {
  collectionName: 'check_ins';
  info: {
    description: 'One verified entry at a gate; proves attendance';
    displayName: 'Check In \u5165\u573A\u8BB0\u5F55';
    pluralName: 'check-ins';
    singularName: 'check-in';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    badge: Schema.Attribute.Relation<'manyToOne', 'api::badge.badge'>;
    checkedInAt: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    gate: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::check-in.check-in'
    > &
      Schema.Attribute.Private;
    operator: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.user'
    >;
    personRef: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiCouponCoupon extends Struct.CollectionTypeSchema {
  collectionName: 'coupons';
  info: {
    description: 'E-coupon for CIIE cultural and creative products, redeemed with points';
    displayName: 'Coupon \u7535\u5B50\u4F18\u60E0\u5238';
    pluralName: 'coupons';
    singularName: 'coupon';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Required;
    couponStatus: Schema.Attribute.Enumeration<['issued', 'used', 'expired']> &
      Schema.Attribute.DefaultTo<'issued'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::coupon.coupon'
    > &
      Schema.Attribute.Private;
    organization: Schema.Attribute.Relation<
      'manyToOne',
      'api::organization.organization'
    >;
    organizationRef: Schema.Attribute.String & Schema.Attribute.Required;
    pointsCost: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    titleEn: Schema.Attribute.String;
    titleZh: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    usedAt: Schema.Attribute.DateTime;
    valueFen: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
  };
}

export interface ApiDelegationDelegation extends Struct.CollectionTypeSchema {
  collectionName: 'delegations';
  info: {
    description: 'Buyer delegation tree; a delegation and its sub-delegations share one referral code';
    displayName: 'Delegation \u4EA4\u6613\u56E2 / \u5206\u56E2';
    pluralName: 'delegations';
    singularName: 'delegation';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    active: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<true>;
    children: Schema.Attribute.Relation<
      'oneToMany',
      'api::delegation.delegation'
    >;
    code: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    depth: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    kind: Schema.Attribute.Enumeration<['territorial', 'affiliation']> &
      Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::delegation.delegation'
    > &
      Schema.Attribute.Private;
    nameEn: Schema.Attribute.String & Schema.Attribute.Required;
    nameZh: Schema.Attribute.String & Schema.Attribute.Required;
    parent: Schema.Attribute.Relation<
      'manyToOne',
      'api::delegation.delegation'
    >;
    path: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    referralCode: Schema.Attribute.String & Schema.Attribute.Required;
    sortOrder: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiEditionEdition extends Struct.CollectionTypeSchema {
  collectionName: 'editions';
  info: {
    description: 'One yearly expo: dates, registration window, entry-date options with fees, badge types, badge reuse';
    displayName: 'Edition \u5C4A';
    pluralName: 'editions';
    singularName: 'edition';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    badgeTypes: Schema.Attribute.Component<'edition.badge-type', true>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    current: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    endsOn: Schema.Attribute.Date;
    entryDateOptions: Schema.Attribute.Component<
      'edition.entry-date-option',
      true
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::edition.edition'
    > &
      Schema.Attribute.Private;
    nameEn: Schema.Attribute.String & Schema.Attribute.Required;
    nameZh: Schema.Attribute.String & Schema.Attribute.Required;
    number: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    privacyPolicyVersion: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    recommendedDeadline: Schema.Attribute.Date;
    registrationClosesAt: Schema.Attribute.DateTime;
    registrationOpensAt: Schema.Attribute.DateTime;
    reuseOpen: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    reuseQuotaPerOrganization: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      > &
      Schema.Attribute.DefaultTo<0>;
    serviceHotline: Schema.Attribute.String;
    startsOn: Schema.Attribute.Date;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiExhibitionAreaExhibitionArea
  extends Struct.CollectionTypeSchema {
  collectionName: 'exhibition_areas';
  info: {
    description: 'Exhibition area; taxonomy is data operations edit';
    displayName: 'Exhibition Area \u5C55\u533A';
    pluralName: 'exhibition-areas';
    singularName: 'exhibition-area';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    categories: Schema.Attribute.Relation<
      'oneToMany',
      'api::exhibition-category.exhibition-category'
    >;
    code: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::exhibition-area.exhibition-area'
    > &
      Schema.Attribute.Private;
    nameEn: Schema.Attribute.String & Schema.Attribute.Required;
    nameZh: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    sortOrder: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiExhibitionCategoryExhibitionCategory
  extends Struct.CollectionTypeSchema {
  collectionName: 'exhibition_categories';
  info: {
    description: 'Category within an exhibition area';
    displayName: 'Exhibition Category \u5C55\u54C1\u7C7B\u522B';
    pluralName: 'exhibition-categories';
    singularName: 'exhibition-category';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    area: Schema.Attribute.Relation<
      'manyToOne',
      'api::exhibition-area.exhibition-area'
    >;
    code: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    items: Schema.Attribute.Relation<
      'oneToMany',
      'api::exhibition-item.exhibition-item'
    >;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::exhibition-category.exhibition-category'
    > &
      Schema.Attribute.Private;
    nameEn: Schema.Attribute.String & Schema.Attribute.Required;
    nameZh: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    sortOrder: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiExhibitionItemExhibitionItem
  extends Struct.CollectionTypeSchema {
  collectionName: 'exhibition_items';
  info: {
    description: 'Item within a category; organizations pick items as interests';
    displayName: 'Exhibition Item \u5C55\u54C1';
    pluralName: 'exhibition-items';
    singularName: 'exhibition-item';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    category: Schema.Attribute.Relation<
      'manyToOne',
      'api::exhibition-category.exhibition-category'
    >;
    code: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::exhibition-item.exhibition-item'
    > &
      Schema.Attribute.Private;
    nameEn: Schema.Attribute.String & Schema.Attribute.Required;
    nameZh: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    sortOrder: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiExpressAddressExpressAddress
  extends Struct.CollectionTypeSchema {
  collectionName: 'express_addresses';
  info: {
    description: 'Where badges are mailed: GB/T 2260 province/city/district codes with their names; at most 5 per organization, exactly one default';
    displayName: 'Express Address \u5FEB\u9012\u5E38\u7528\u5730\u5740';
    pluralName: 'express-addresses';
    singularName: 'express-address';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    city: Schema.Attribute.String & Schema.Attribute.Required;
    cityCode: Schema.Attribute.String;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    district: Schema.Attribute.String;
    districtCode: Schema.Attribute.String;
    isDefault: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::express-address.express-address'
    > &
      Schema.Attribute.Private;
    mobile: Schema.Attribute.String & Schema.Attribute.Required;
    organization: Schema.Attribute.Relation<
      'manyToOne',
      'api::organization.organization'
    >;
    organizationRef: Schema.Attribute.String & Schema.Attribute.Required;
    postcode: Schema.Attribute.String;
    province: Schema.Attribute.String & Schema.Attribute.Required;
    provinceCode: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    recipient: Schema.Attribute.String & Schema.Attribute.Required;
    street: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiGuideGuide extends Struct.CollectionTypeSchema {
  collectionName: 'guides';
  info: {
    description: 'Registration guide pages';
    displayName: 'Guide \u6CE8\u518C\u62A5\u540D\u6307\u5357';
    pluralName: 'guides';
    singularName: 'guide';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    i18n: {
      localized: true;
    };
  };
  attributes: {
    body: Schema.Attribute.RichText &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::guide.guide'>;
    publishedAt: Schema.Attribute.DateTime;
    slug: Schema.Attribute.UID<'title'>;
    sortOrder: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiIdNumberAlertIdNumberAlert
  extends Struct.CollectionTypeSchema {
  collectionName: 'id_number_alerts';
  info: {
    description: 'Raised once per window when an account reads more whole ID numbers than the limit (server-written)';
    displayName: 'ID Number Alert \u8BC1\u4EF6\u53F7\u7801\u6279\u91CF\u67E5\u770B\u544A\u8B66';
    pluralName: 'id-number-alerts';
    singularName: 'id-number-alert';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::id-number-alert.id-number-alert'
    > &
      Schema.Attribute.Private;
    mailedTo: Schema.Attribute.String;
    personsRead: Schema.Attribute.Integer & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    raisedAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    readLimit: Schema.Attribute.Integer & Schema.Attribute.Required;
    role: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userId: Schema.Attribute.Integer & Schema.Attribute.Required;
    username: Schema.Attribute.String;
    userRef: Schema.Attribute.String;
    windowMinutes: Schema.Attribute.Integer & Schema.Attribute.Required;
  };
}

export interface ApiIdNumberReadIdNumberRead
  extends Struct.CollectionTypeSchema {
  collectionName: 'id_number_reads';
  info: {
    description: "Access log: one row each time a person's whole ID number was shown (append-only, server-written)";
    displayName: 'ID Number Read \u8BC1\u4EF6\u53F7\u7801\u67E5\u770B\u8BB0\u5F55';
    pluralName: 'id-number-reads';
    singularName: 'id-number-read';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::id-number-read.id-number-read'
    > &
      Schema.Attribute.Private;
    organizationRef: Schema.Attribute.String;
    personNumber: Schema.Attribute.String;
    personRef: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    readAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    role: Schema.Attribute.String & Schema.Attribute.Required;
    route: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userId: Schema.Attribute.Integer & Schema.Attribute.Required;
    username: Schema.Attribute.String;
    userRef: Schema.Attribute.String;
  };
}

export interface ApiInvestmentProjectInvestmentProject
  extends Struct.CollectionTypeSchema {
  collectionName: 'investment_projects';
  info: {
    description: 'Policy or project for the public investment-promotion board';
    displayName: 'Investment Project \u62DB\u5546\u5F15\u8D44 \u653F\u7B56/\u9879\u76EE';
    pluralName: 'investment-projects';
    singularName: 'investment-project';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    attachments: Schema.Attribute.Media<'images' | 'files', true>;
    contactEmail: Schema.Attribute.String;
    contactName: Schema.Attribute.String;
    contactPhone: Schema.Attribute.String;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    delegationPath: Schema.Attribute.String;
    description: Schema.Attribute.Text;
    editionNumber: Schema.Attribute.Integer;
    industry: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::investment-project.investment-project'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    organization: Schema.Attribute.Relation<
      'manyToOne',
      'api::organization.organization'
    >;
    organizationRef: Schema.Attribute.String & Schema.Attribute.Required;
    projectStatus: Schema.Attribute.Enumeration<
      ['draft', 'submitted', 'approved', 'rejected']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    projectType: Schema.Attribute.Enumeration<['localProject', 'localPolicy']> &
      Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    region: Schema.Attribute.String;
    rejectionReason: Schema.Attribute.Text;
    reviewedAt: Schema.Attribute.DateTime;
    submittedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiInvitationInvitation extends Struct.CollectionTypeSchema {
  collectionName: 'invitations';
  info: {
    description: 'Colleague QR link, organization invite link or one-click registration mail';
    displayName: 'Invitation \u9080\u8BF7';
    pluralName: 'invitations';
    singularName: 'invitation';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    editionNumber: Schema.Attribute.Integer;
    email: Schema.Attribute.String;
    expiresAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<
      ['colleague', 'organization', 'oneClick']
    > &
      Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::invitation.invitation'
    > &
      Schema.Attribute.Private;
    openedAt: Schema.Attribute.DateTime;
    organization: Schema.Attribute.Relation<
      'manyToOne',
      'api::organization.organization'
    >;
    organizationRef: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    registeredOrganizationRef: Schema.Attribute.String;
    revokedAt: Schema.Attribute.DateTime;
    sentAt: Schema.Attribute.DateTime;
    tokenHash: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    usedAt: Schema.Attribute.DateTime;
  };
}

export interface ApiInvoiceInvoice extends Struct.CollectionTypeSchema {
  collectionName: 'invoices';
  info: {
    description: 'One invoice per paid order: \u6570\u7535\u666E\u7968 or \u6570\u7535\u4E13\u7968';
    displayName: 'Invoice \u53D1\u7968';
    pluralName: 'invoices';
    singularName: 'invoice';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    address: Schema.Attribute.String;
    amountFen: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    bank: Schema.Attribute.String;
    bankAccount: Schema.Attribute.String;
    buyerDeducted: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    email: Schema.Attribute.String;
    invoiceNumber: Schema.Attribute.String;
    invoiceStatus: Schema.Attribute.Enumeration<
      ['requested', 'issued', 'reversalPending', 'reversed', 'rejected']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'requested'>;
    issuedAt: Schema.Attribute.DateTime;
    kind: Schema.Attribute.Enumeration<['ordinary', 'special']> &
      Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::invoice.invoice'
    > &
      Schema.Attribute.Private;
    mobile: Schema.Attribute.String;
    order: Schema.Attribute.Relation<
      'oneToOne',
      'api::badge-order.badge-order'
    >;
    orderRef: Schema.Attribute.String & Schema.Attribute.Required;
    pdf: Schema.Attribute.Media<'files'>;
    phone: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    rejectionReason: Schema.Attribute.Text;
    remarks: Schema.Attribute.Text;
    taxNumber: Schema.Attribute.String & Schema.Attribute.Required;
    title: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiNewsNews extends Struct.CollectionTypeSchema {
  collectionName: 'news_items';
  info: {
    description: 'Expo news and pre-expo activity news';
    displayName: 'News \u5C55\u4F1A\u8D44\u8BAF';
    pluralName: 'news-items';
    singularName: 'news';
  };
  options: {
    draftAndPublish: true;
  };
  pluginOptions: {
    i18n: {
      localized: true;
    };
  };
  attributes: {
    body: Schema.Attribute.RichText &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    category: Schema.Attribute.Enumeration<
      ['expoNews', 'preExpoActivityNews']
    > &
      Schema.Attribute.DefaultTo<'expoNews'>;
    cover: Schema.Attribute.Media<'images'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String;
    localizations: Schema.Attribute.Relation<'oneToMany', 'api::news.news'>;
    publishedAt: Schema.Attribute.DateTime;
    releasedOn: Schema.Attribute.Date;
    slug: Schema.Attribute.UID<'title'>;
    summary: Schema.Attribute.Text &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        i18n: {
          localized: true;
        };
      }>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiOrganizationOrganization
  extends Struct.CollectionTypeSchema {
  collectionName: 'organizations';
  info: {
    description: 'A registering organization in one edition; reviewStatus is its lifecycle';
    displayName: 'Organization \u5355\u4F4D';
    pluralName: 'organizations';
    singularName: 'organization';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    accountEmail: Schema.Attribute.String;
    address: Schema.Attribute.String;
    badgeReuseQuota: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    businessLicence: Schema.Attribute.Media<'images'>;
    category: Schema.Attribute.Enumeration<
      [
        'domesticEnterprise',
        'domesticGovernmentAgency',
        'domesticPublicInstitution',
        'domesticSocialOrganization',
        'overseasEnterprise',
        'overseasGovernmentDepartment',
        'overseasSocialOrganization',
        'overseasOther',
      ]
    >;
    contactEmail: Schema.Attribute.String;
    contactMobile: Schema.Attribute.String;
    contactName: Schema.Attribute.String;
    contactPhone: Schema.Attribute.String;
    countryOrRegion: Schema.Attribute.String;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    creditCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 18;
      }>;
    delegation: Schema.Attribute.Relation<
      'manyToOne',
      'api::delegation.delegation'
    >;
    delegationPath: Schema.Attribute.String;
    edition: Schema.Attribute.Relation<'manyToOne', 'api::edition.edition'>;
    editionNumber: Schema.Attribute.Integer & Schema.Attribute.Required;
    intendedImports: Schema.Attribute.Text;
    interests: Schema.Attribute.Relation<
      'manyToMany',
      'api::exhibition-item.exhibition-item'
    >;
    invitedByRef: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::organization.organization'
    > &
      Schema.Attribute.Private;
    mobileVerifiedAt: Schema.Attribute.DateTime;
    name: Schema.Attribute.String;
    nameEn: Schema.Attribute.String;
    previousOrganization: Schema.Attribute.Relation<
      'oneToOne',
      'api::organization.organization'
    >;
    privacyConsentAt: Schema.Attribute.DateTime;
    privacyPolicyVersion: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    publishIntendedImports: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    referralCode: Schema.Attribute.String;
    rejectionReason: Schema.Attribute.Text;
    reviewedAt: Schema.Attribute.DateTime;
    reviewStatus: Schema.Attribute.Enumeration<
      ['draft', 'submitted', 'approved', 'rejected']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    submittedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    visitPurposes: Schema.Attribute.JSON;
  };
}

export interface ApiPaymentPayment extends Struct.CollectionTypeSchema {
  collectionName: 'payments';
  info: {
    description: 'One payment attempt of an order through one method';
    displayName: 'Payment \u652F\u4ED8';
    pluralName: 'payments';
    singularName: 'payment';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    amountFen: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    flagReason: Schema.Attribute.String;
    gatewayPayload: Schema.Attribute.JSON;
    gatewayTransactionId: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::payment.payment'
    > &
      Schema.Attribute.Private;
    method: Schema.Attribute.Enumeration<
      ['alipay', 'wechatPay', 'unionPay', 'b2bGateway', 'bankTransfer']
    > &
      Schema.Attribute.Required;
    notifiedAt: Schema.Attribute.DateTime;
    order: Schema.Attribute.Relation<
      'manyToOne',
      'api::badge-order.badge-order'
    >;
    orderRef: Schema.Attribute.String & Schema.Attribute.Required;
    paidAmountFen: Schema.Attribute.Integer;
    payerName: Schema.Attribute.String;
    paymentStatus: Schema.Attribute.Enumeration<
      [
        'created',
        'awaitingConfirmation',
        'succeeded',
        'failed',
        'rejected',
        'closed',
        'flagged',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'created'>;
    publishedAt: Schema.Attribute.DateTime;
    rejectionReason: Schema.Attribute.Text;
    succeededAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPersonImportPersonImport
  extends Struct.CollectionTypeSchema {
  collectionName: 'person_imports';
  info: {
    description: "One spreadsheet upload of an organization's persons: its job status, progress and per-row report";
    displayName: 'Person import \u4EBA\u5458\u5BFC\u5165';
    pluralName: 'person-imports';
    singularName: 'person-import';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    checkedRows: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    editionNumber: Schema.Attribute.Integer & Schema.Attribute.Required;
    failure: Schema.Attribute.JSON;
    fileName: Schema.Attribute.String;
    finishedAt: Schema.Attribute.DateTime;
    importedRows: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    importStatus: Schema.Attribute.Enumeration<
      ['queued', 'running', 'done', 'failed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'queued'>;
    invalidRows: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::person-import.person-import'
    > &
      Schema.Attribute.Private;
    mode: Schema.Attribute.Enumeration<['validOnly', 'allOrNothing']> &
      Schema.Attribute.Required;
    organizationRef: Schema.Attribute.String & Schema.Attribute.Required;
    problemCount: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    publishedAt: Schema.Attribute.DateTime;
    report: Schema.Attribute.JSON;
    startedAt: Schema.Attribute.DateTime;
    totalRows: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPersonPerson extends Struct.CollectionTypeSchema {
  collectionName: 'persons';
  info: {
    description: 'An attendee of an organization in one edition; personStatus is the badge-application lifecycle';
    displayName: 'Person \u4EBA\u5458';
    pluralName: 'persons';
    singularName: 'person';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    badgeNumber: Schema.Attribute.String;
    badgeReuse: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    badgeType: Schema.Attribute.String;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    editionNumber: Schema.Attribute.Integer & Schema.Attribute.Required;
    email: Schema.Attribute.String;
    entryDateOption: Schema.Attribute.String;
    gender: Schema.Attribute.Enumeration<['male', 'female']>;
    idNumber: Schema.Attribute.String & Schema.Attribute.Required;
    idNumberHash: Schema.Attribute.String;
    idPhoto: Schema.Attribute.Media<'images'>;
    idType: Schema.Attribute.Enumeration<
      [
        'residentId',
        'hkMacaoPermit',
        'taiwanPermit',
        'hkMacaoResidencePermit',
        'taiwanResidencePermit',
        'passport',
        'foreignPermanentResidentId',
      ]
    > &
      Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::person.person'
    > &
      Schema.Attribute.Private;
    mobile: Schema.Attribute.String;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    organization: Schema.Attribute.Relation<
      'manyToOne',
      'api::organization.organization'
    >;
    organizationRef: Schema.Attribute.String & Schema.Attribute.Required;
    paymentStatus: Schema.Attribute.Enumeration<
      ['unpaid', 'paid', 'refunding', 'refunded', 'free']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'unpaid'>;
    personNumber: Schema.Attribute.String;
    personStatus: Schema.Attribute.Enumeration<
      [
        'draft',
        'toConfirm',
        'declined',
        'pendingPayment',
        'inOrder',
        'pendingReview',
        'approved',
        'rejected',
        'inProduction',
        'issued',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    personTag: Schema.Attribute.String;
    position: Schema.Attribute.String;
    previousBadgeNumber: Schema.Attribute.String;
    previousPerson: Schema.Attribute.Relation<'oneToOne', 'api::person.person'>;
    publishedAt: Schema.Attribute.DateTime;
    regionType: Schema.Attribute.Enumeration<
      ['mainland', 'hkMacaoTaiwan', 'foreign']
    > &
      Schema.Attribute.Required;
    rejectionReason: Schema.Attribute.Text;
    reviewedAt: Schema.Attribute.DateTime;
    source: Schema.Attribute.Enumeration<
      ['manual', 'import', 'colleague', 'broughtForward']
    > &
      Schema.Attribute.DefaultTo<'manual'>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiPointsEntryPointsEntry extends Struct.CollectionTypeSchema {
  collectionName: 'points_entries';
  info: {
    description: 'Points earned or redeemed by an organization; one row per source event';
    displayName: 'Points Entry \u79EF\u5206';
    pluralName: 'points-entries';
    singularName: 'points-entry';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::points-entry.points-entry'
    > &
      Schema.Attribute.Private;
    note: Schema.Attribute.String;
    organization: Schema.Attribute.Relation<
      'manyToOne',
      'api::organization.organization'
    >;
    organizationRef: Schema.Attribute.String & Schema.Attribute.Required;
    points: Schema.Attribute.Integer & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Enumeration<
      ['invite', 'register', 'attend', 'purchase', 'redeem']
    > &
      Schema.Attribute.Required;
    sourceRef: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiRedLetterInvoiceRedLetterInvoice
  extends Struct.CollectionTypeSchema {
  collectionName: 'red_letter_invoices';
  info: {
    description: 'Reversal of an issued invoice, with its \u7EA2\u5B57\u786E\u8BA4\u5355 when the buyer had deducted it';
    displayName: 'Red Letter Invoice \u7EA2\u5B57\u53D1\u7968';
    pluralName: 'red-letter-invoices';
    singularName: 'red-letter-invoice';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    amountFen: Schema.Attribute.Integer & Schema.Attribute.Required;
    confirmationDeadline: Schema.Attribute.DateTime;
    confirmationRequired: Schema.Attribute.Boolean &
      Schema.Attribute.DefaultTo<false>;
    confirmationStatus: Schema.Attribute.Enumeration<
      ['notRequired', 'pending', 'confirmed', 'expired']
    > &
      Schema.Attribute.DefaultTo<'notRequired'>;
    confirmedAt: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    invoice: Schema.Attribute.Relation<'manyToOne', 'api::invoice.invoice'>;
    invoiceNumber: Schema.Attribute.String;
    invoiceRef: Schema.Attribute.String & Schema.Attribute.Required;
    issuedAt: Schema.Attribute.DateTime;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::red-letter-invoice.red-letter-invoice'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text;
    reminderSentAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiRefundRefund extends Struct.CollectionTypeSchema {
  collectionName: 'refunds';
  info: {
    description: "Refund of a rejected person's fee through the original channel";
    displayName: 'Refund \u9000\u6B3E';
    pluralName: 'refunds';
    singularName: 'refund';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    amountFen: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    channelReference: Schema.Attribute.String;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    exchangeRateDifferenceFen: Schema.Attribute.Integer &
      Schema.Attribute.DefaultTo<0>;
    failureReason: Schema.Attribute.Text;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::refund.refund'
    > &
      Schema.Attribute.Private;
    order: Schema.Attribute.Relation<
      'manyToOne',
      'api::badge-order.badge-order'
    >;
    orderNumber: Schema.Attribute.String;
    orderRef: Schema.Attribute.String & Schema.Attribute.Required;
    organizationRef: Schema.Attribute.String;
    payment: Schema.Attribute.Relation<'manyToOne', 'api::payment.payment'>;
    paymentMethod: Schema.Attribute.Enumeration<
      ['alipay', 'wechatPay', 'unionPay', 'b2bGateway', 'bankTransfer']
    >;
    person: Schema.Attribute.Relation<'manyToOne', 'api::person.person'>;
    personName: Schema.Attribute.String;
    personRef: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text;
    refundedAmountFen: Schema.Attribute.Integer;
    refundedOn: Schema.Attribute.Date;
    refundNumber: Schema.Attribute.String;
    refundStatus: Schema.Attribute.Enumeration<
      ['requested', 'processing', 'succeeded', 'failed']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'requested'>;
    submittedAt: Schema.Attribute.DateTime;
    succeededAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiRemittanceRemittance extends Struct.CollectionTypeSchema {
  collectionName: 'remittances';
  info: {
    description: 'Bank-transfer details and voucher submitted by the liaison';
    displayName: 'Remittance \u6C47\u6B3E\u4FE1\u606F';
    pluralName: 'remittances';
    singularName: 'remittance';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    amountFen: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    decidedAt: Schema.Attribute.DateTime;
    decision: Schema.Attribute.Enumeration<
      ['pending', 'confirmed', 'rejected']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pending'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::remittance.remittance'
    > &
      Schema.Attribute.Private;
    orderRef: Schema.Attribute.String & Schema.Attribute.Required;
    organizationRef: Schema.Attribute.String & Schema.Attribute.Required;
    payerAccount: Schema.Attribute.String & Schema.Attribute.Required;
    payerBank: Schema.Attribute.String & Schema.Attribute.Required;
    payerName: Schema.Attribute.String & Schema.Attribute.Required;
    payment: Schema.Attribute.Relation<'oneToOne', 'api::payment.payment'>;
    paymentRef: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    rejectionReason: Schema.Attribute.Text;
    remittedOn: Schema.Attribute.Date;
    statementLine: Schema.Attribute.JSON;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    voucher: Schema.Attribute.Media<'images' | 'files'>;
  };
}

export interface ApiReviewLogReviewLog extends Struct.CollectionTypeSchema {
  collectionName: 'review_logs';
  info: {
    description: 'Audit row of a lifecycle transition (append-only)';
    displayName: 'Review Log \u5BA1\u6838\u8BB0\u5F55';
    pluralName: 'review-logs';
    singularName: 'review-log';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    actor: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.user'
    >;
    actorName: Schema.Attribute.String;
    actorRole: Schema.Attribute.String & Schema.Attribute.Required;
    at: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    fromState: Schema.Attribute.String & Schema.Attribute.Required;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::review-log.review-log'
    > &
      Schema.Attribute.Private;
    machine: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text;
    recordRef: Schema.Attribute.String & Schema.Attribute.Required;
    toState: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiSignInSignIn extends Struct.CollectionTypeSchema {
  collectionName: 'sign_ins';
  info: {
    description: "Each account's sign-ins and failed attempts (time, IP, user agent); the account sees its last 20";
    displayName: 'Sign-in \u767B\u5F55\u8BB0\u5F55';
    pluralName: 'sign-ins';
    singularName: 'sign-in';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    at: Schema.Attribute.DateTime & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    ip: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::sign-in.sign-in'
    > &
      Schema.Attribute.Private;
    method: Schema.Attribute.Enumeration<['password', 'code']> &
      Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.String;
    succeeded: Schema.Attribute.Boolean & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    userAgent: Schema.Attribute.Text;
    userRef: Schema.Attribute.Integer & Schema.Attribute.Required;
  };
}

export interface ApiSmsMessageSmsMessage extends Struct.CollectionTypeSchema {
  collectionName: 'sms_messages';
  info: {
    description: 'Outbox of every SMS sent, for operations: codes are masked (******), never stored';
    displayName: 'Sms Message \u77ED\u4FE1\u8BB0\u5F55';
    pluralName: 'sms-messages';
    singularName: 'sms-message';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    body: Schema.Attribute.Text & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::sms-message.sms-message'
    > &
      Schema.Attribute.Private;
    providerMessageId: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    purpose: Schema.Attribute.String;
    sentAt: Schema.Attribute.DateTime;
    to: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface ApiVerificationCodeVerificationCode
  extends Struct.CollectionTypeSchema {
  collectionName: 'verification_codes';
  info: {
    description: 'SMS or email one-time code; only its hash is stored';
    displayName: 'Verification Code \u9A8C\u8BC1\u7801';
    pluralName: 'verification-codes';
    singularName: 'verification-code';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
  };
  attributes: {
    attempts: Schema.Attribute.Integer & Schema.Attribute.DefaultTo<0>;
    channel: Schema.Attribute.Enumeration<['sms', 'email']> &
      Schema.Attribute.Required;
    codeHash: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private;
    consumedAt: Schema.Attribute.DateTime;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    expiresAt: Schema.Attribute.DateTime;
    invalidatedAt: Schema.Attribute.DateTime;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'api::verification-code.verification-code'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    purpose: Schema.Attribute.Enumeration<
      [
        'register',
        'resetPassword',
        'verifyAccount',
        'signIn',
        'changeMobile',
        'changeEmail',
      ]
    > &
      Schema.Attribute.Required;
    requestIp: Schema.Attribute.String;
    target: Schema.Attribute.String & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesRelease
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_releases';
  info: {
    displayName: 'Release';
    pluralName: 'releases';
    singularName: 'release';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    actions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    >;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    publishedAt: Schema.Attribute.DateTime;
    releasedAt: Schema.Attribute.DateTime;
    scheduledAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<
      ['ready', 'blocked', 'failed', 'done', 'empty']
    > &
      Schema.Attribute.Required;
    timezone: Schema.Attribute.String;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginContentReleasesReleaseAction
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_release_actions';
  info: {
    displayName: 'Release Action';
    pluralName: 'release-actions';
    singularName: 'release-action';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentType: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    entryDocumentId: Schema.Attribute.String;
    isEntryValid: Schema.Attribute.Boolean;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::content-releases.release-action'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    release: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::content-releases.release'
    >;
    type: Schema.Attribute.Enumeration<['publish', 'unpublish']> &
      Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginI18NLocale extends Struct.CollectionTypeSchema {
  collectionName: 'i18n_locale';
  info: {
    collectionName: 'locales';
    description: '';
    displayName: 'Locale';
    pluralName: 'locales';
    singularName: 'locale';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    code: Schema.Attribute.String & Schema.Attribute.Unique;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::i18n.locale'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflow
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows';
  info: {
    description: '';
    displayName: 'Workflow';
    name: 'Workflow';
    pluralName: 'workflows';
    singularName: 'workflow';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    contentTypes: Schema.Attribute.JSON &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'[]'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    stageRequiredToPublish: Schema.Attribute.Relation<
      'oneToOne',
      'plugin::review-workflows.workflow-stage'
    >;
    stages: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginReviewWorkflowsWorkflowStage
  extends Struct.CollectionTypeSchema {
  collectionName: 'strapi_workflows_stages';
  info: {
    description: '';
    displayName: 'Stages';
    name: 'Workflow Stage';
    pluralName: 'workflow-stages';
    singularName: 'workflow-stage';
  };
  options: {
    draftAndPublish: false;
    version: '1.1.0';
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    color: Schema.Attribute.String & Schema.Attribute.DefaultTo<'#4945FF'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::review-workflows.workflow-stage'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String;
    permissions: Schema.Attribute.Relation<'manyToMany', 'admin::permission'>;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    workflow: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::review-workflows.workflow'
    >;
  };
}

export interface PluginUploadFile extends Struct.CollectionTypeSchema {
  collectionName: 'files';
  info: {
    description: '';
    displayName: 'File';
    pluralName: 'files';
    singularName: 'file';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    alternativeText: Schema.Attribute.Text;
    caption: Schema.Attribute.Text;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    ext: Schema.Attribute.String;
    focalPoint: Schema.Attribute.JSON;
    folder: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'> &
      Schema.Attribute.Private;
    folderPath: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    formats: Schema.Attribute.JSON;
    hash: Schema.Attribute.String & Schema.Attribute.Required;
    height: Schema.Attribute.Integer;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.file'
    > &
      Schema.Attribute.Private;
    mime: Schema.Attribute.String & Schema.Attribute.Required;
    name: Schema.Attribute.String & Schema.Attribute.Required;
    previewUrl: Schema.Attribute.Text;
    provider: Schema.Attribute.String & Schema.Attribute.Required;
    provider_metadata: Schema.Attribute.JSON;
    publishedAt: Schema.Attribute.DateTime;
    related: Schema.Attribute.Relation<'morphToMany'>;
    size: Schema.Attribute.Decimal & Schema.Attribute.Required;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    url: Schema.Attribute.Text & Schema.Attribute.Required;
    width: Schema.Attribute.Integer;
  };
}

export interface PluginUploadFolder extends Struct.CollectionTypeSchema {
  collectionName: 'upload_folders';
  info: {
    displayName: 'Folder';
    pluralName: 'folders';
    singularName: 'folder';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    children: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.folder'>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    files: Schema.Attribute.Relation<'oneToMany', 'plugin::upload.file'>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::upload.folder'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    parent: Schema.Attribute.Relation<'manyToOne', 'plugin::upload.folder'>;
    path: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 1;
      }>;
    pathId: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.Unique;
    publishedAt: Schema.Attribute.DateTime;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsPermission
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_permissions';
  info: {
    description: '';
    displayName: 'Permission';
    name: 'permission';
    pluralName: 'permissions';
    singularName: 'permission';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    action: Schema.Attribute.String & Schema.Attribute.Required;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    > &
      Schema.Attribute.Private;
    publishedAt: Schema.Attribute.DateTime;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
  };
}

export interface PluginUsersPermissionsRole
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_roles';
  info: {
    description: '';
    displayName: 'Role';
    name: 'role';
    pluralName: 'roles';
    singularName: 'role';
  };
  options: {
    draftAndPublish: false;
  };
  pluginOptions: {
    'content-manager': {
      visible: false;
    };
    'content-type-builder': {
      visible: false;
    };
  };
  attributes: {
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    description: Schema.Attribute.String;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.role'
    > &
      Schema.Attribute.Private;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
    permissions: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.permission'
    >;
    publishedAt: Schema.Attribute.DateTime;
    type: Schema.Attribute.String & Schema.Attribute.Unique;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    users: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    >;
  };
}

export interface PluginUsersPermissionsUser
  extends Struct.CollectionTypeSchema {
  collectionName: 'up_users';
  info: {
    description: '';
    displayName: 'User';
    name: 'user';
    pluralName: 'users';
    singularName: 'user';
  };
  options: {
    draftAndPublish: false;
    timestamps: true;
  };
  attributes: {
    blocked: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    confirmationToken: Schema.Attribute.String & Schema.Attribute.Private;
    confirmed: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    createdAt: Schema.Attribute.DateTime;
    createdBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    delegation: Schema.Attribute.Relation<
      'manyToOne',
      'api::delegation.delegation'
    >;
    displayName: Schema.Attribute.String;
    email: Schema.Attribute.Email &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    locale: Schema.Attribute.String & Schema.Attribute.Private;
    localizations: Schema.Attribute.Relation<
      'oneToMany',
      'plugin::users-permissions.user'
    > &
      Schema.Attribute.Private;
    mobile: Schema.Attribute.String;
    organization: Schema.Attribute.Relation<
      'manyToOne',
      'api::organization.organization'
    >;
    password: Schema.Attribute.Password &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 6;
      }>;
    person: Schema.Attribute.Relation<'oneToOne', 'api::person.person'>;
    preferredLocale: Schema.Attribute.Enumeration<['zh-CN', 'en']> &
      Schema.Attribute.DefaultTo<'zh-CN'>;
    provider: Schema.Attribute.String;
    publishedAt: Schema.Attribute.DateTime;
    resetPasswordToken: Schema.Attribute.String & Schema.Attribute.Private;
    role: Schema.Attribute.Relation<
      'manyToOne',
      'plugin::users-permissions.role'
    >;
    tokenVersion: Schema.Attribute.Integer &
      Schema.Attribute.Private &
      Schema.Attribute.DefaultTo<0>;
    updatedAt: Schema.Attribute.DateTime;
    updatedBy: Schema.Attribute.Relation<'oneToOne', 'admin::user'> &
      Schema.Attribute.Private;
    username: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.Unique &
      Schema.Attribute.SetMinMaxLength<{
        minLength: 3;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ContentTypeSchemas {
      'admin::api-token': AdminApiToken;
      'admin::api-token-permission': AdminApiTokenPermission;
      'admin::permission': AdminPermission;
      'admin::role': AdminRole;
      'admin::session': AdminSession;
      'admin::transfer-token': AdminTransferToken;
      'admin::transfer-token-permission': AdminTransferTokenPermission;
      'admin::user': AdminUser;
      'api::activity-signup.activity-signup': ApiActivitySignupActivitySignup;
      'api::activity.activity': ApiActivityActivity;
      'api::badge-order-line.badge-order-line': ApiBadgeOrderLineBadgeOrderLine;
      'api::badge-order.badge-order': ApiBadgeOrderBadgeOrder;
      'api::badge.badge': ApiBadgeBadge;
      'api::bank-statement-line.bank-statement-line': ApiBankStatementLineBankStatementLine;
      'api::check-in.check-in': ApiCheckInCheckIn;
      'api::coupon.coupon': ApiCouponCoupon;
      'api::delegation.delegation': ApiDelegationDelegation;
      'api::edition.edition': ApiEditionEdition;
      'api::exhibition-area.exhibition-area': ApiExhibitionAreaExhibitionArea;
      'api::exhibition-category.exhibition-category': ApiExhibitionCategoryExhibitionCategory;
      'api::exhibition-item.exhibition-item': ApiExhibitionItemExhibitionItem;
      'api::express-address.express-address': ApiExpressAddressExpressAddress;
      'api::guide.guide': ApiGuideGuide;
      'api::id-number-alert.id-number-alert': ApiIdNumberAlertIdNumberAlert;
      'api::id-number-read.id-number-read': ApiIdNumberReadIdNumberRead;
      'api::investment-project.investment-project': ApiInvestmentProjectInvestmentProject;
      'api::invitation.invitation': ApiInvitationInvitation;
      'api::invoice.invoice': ApiInvoiceInvoice;
      'api::news.news': ApiNewsNews;
      'api::organization.organization': ApiOrganizationOrganization;
      'api::payment.payment': ApiPaymentPayment;
      'api::person-import.person-import': ApiPersonImportPersonImport;
      'api::person.person': ApiPersonPerson;
      'api::points-entry.points-entry': ApiPointsEntryPointsEntry;
      'api::red-letter-invoice.red-letter-invoice': ApiRedLetterInvoiceRedLetterInvoice;
      'api::refund.refund': ApiRefundRefund;
      'api::remittance.remittance': ApiRemittanceRemittance;
      'api::review-log.review-log': ApiReviewLogReviewLog;
      'api::sign-in.sign-in': ApiSignInSignIn;
      'api::sms-message.sms-message': ApiSmsMessageSmsMessage;
      'api::verification-code.verification-code': ApiVerificationCodeVerificationCode;
      'plugin::content-releases.release': PluginContentReleasesRelease;
      'plugin::content-releases.release-action': PluginContentReleasesReleaseAction;
      'plugin::i18n.locale': PluginI18NLocale;
      'plugin::review-workflows.workflow': PluginReviewWorkflowsWorkflow;
      'plugin::review-workflows.workflow-stage': PluginReviewWorkflowsWorkflowStage;
      'plugin::upload.file': PluginUploadFile;
      'plugin::upload.folder': PluginUploadFolder;
      'plugin::users-permissions.permission': PluginUsersPermissionsPermission;
      'plugin::users-permissions.role': PluginUsersPermissionsRole;
      'plugin::users-permissions.user': PluginUsersPermissionsUser;
    }
  }
}
