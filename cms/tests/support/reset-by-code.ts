import type { withStrapi } from './app';

/** 忘记密码 as the portal sends it: POST /api/auth/reset-by-code with the code the mobile got. */
export const resetPasswordBySms = (
  app: ReturnType<typeof withStrapi>,
  mobile: string,
  code: string,
  password: string,
  passwordConfirmation = password,
) =>
  app
    .http()
    .post('/api/auth/reset-by-code')
    .send({ data: { channel: 'sms', target: mobile, code, password, passwordConfirmation } });
