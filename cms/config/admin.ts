import type { Core } from '@strapi/strapi';
import { previewLink } from '../src/editorial/preview-link';
import { portalOrigin } from '../src/http/origins';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: env('ADMIN_JWT_SECRET', '') },
  apiToken: { salt: env('API_TOKEN_SALT', '') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Tests and CI run without the admin bundle; `npm start` builds and serves it.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // Editors preview drafts on the portal's own pages; the link carries a short-lived token for
  // that one draft (src/editorial/), since the content API serves published versions only.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [portalOrigin()],
      handler: async (
        uid: string,
        params: { documentId: string; locale?: string; status?: string },
      ) => previewLink(uid, params),
    },
  },
});

export default config;
