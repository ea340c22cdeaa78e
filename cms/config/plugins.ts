import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '12h') },
      jwtSecret: env('JWT_SECRET'),
      // Accounts are created by the registration flow, not by the open /auth/local/register route.
      register: { allowedFields: [] },
      ratelimit: { enabled: env.bool('AUTH_RATELIMIT', true), interval: 60000, max: 20 },
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 1025),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: !env.bool('SMTP_SECURE', false),
        auth: env('SMTP_USER') ? { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD') } : undefined,
      },
      settings: {
        defaultFrom: env('MAIL_FROM', 'CIIE 专业观众服务 <noreply@visitor.ciie.example>'),
        defaultReplyTo: env('MAIL_REPLY_TO', 'visitor-service@ciie.example'),
      },
    },
  },
  upload: { config: { sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 10 * 1024 * 1024) } },
});

export default config;
