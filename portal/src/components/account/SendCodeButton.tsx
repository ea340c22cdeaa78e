import { App, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, request } from '../../providers/http';

export type CodeChannel = 'sms' | 'email';
export type CodePurpose = 'register' | 'resetPassword' | 'signIn' | 'changeMobile' | 'changeEmail';

/** Codes for anyone (registration, reset, sign-in) and the signed-in account's new mobile/email. */
export type CodeRoute = '/api/verification-codes' | '/api/account/contact-code';

const DEFAULT_WAIT = 60;

/**
 * 获取验证码: `POST /api/verification-codes`, then a countdown until another may be sent
 * (the server's `resendAfter`, 60 s otherwise). A 429 shows the server's message and waits
 * `retryAfter` seconds.
 */
export const SendCodeButton = ({
  channel,
  purpose,
  getTarget,
  onError,
  route = '/api/verification-codes',
  'data-testid': testId = 'send-code',
}: {
  channel: CodeChannel;
  purpose: CodePurpose;
  /** Validates the phone/email field and returns it, or null when invalid. */
  getTarget: () => Promise<string | null>;
  /** Shows a server error on the target field. */
  onError?: (message: string) => void;
  route?: CodeRoute;
  'data-testid'?: string;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [seconds, setSeconds] = useState(0);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (seconds <= 0) return;
    const timer = window.setTimeout(() => setSeconds((s) => s - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [seconds]);

  const send = async () => {
    const target = await getTarget();
    if (!target) return;
    setSending(true);
    try {
      const body = await request<{ data?: { resendAfter?: string | number } }>(route, {
        method: 'POST',
        body: { data: { channel, target, purpose } },
        auth: route !== '/api/verification-codes',
      });
      const resendAfter = body?.data?.resendAfter;
      let wait = DEFAULT_WAIT;
      if (typeof resendAfter === 'number') wait = resendAfter;
      else if (typeof resendAfter === 'string') {
        const at = Date.parse(resendAfter);
        if (!Number.isNaN(at)) wait = Math.ceil((at - Date.now()) / 1000);
      }
      setSeconds(Math.max(1, Math.min(wait, 600)));
      message.success(channel === 'sms' ? t('code.sentSms') : t('code.sentEmail'));
    } catch (error) {
      const e = error as ApiError;
      if (e.statusCode === 429 && e.retryAfter) setSeconds(Math.ceil(e.retryAfter));
      const text = e.errors ? Object.values(e.errors)[0] : e.message;
      if (onError && text) onError(text);
      else message.error(text || t('code.sendFailed'));
    } finally {
      setSending(false);
    }
  };

  return (
    <Button onClick={send} loading={sending} disabled={seconds > 0} data-testid={testId}>
      {seconds > 0 ? t('code.resendIn', { seconds }) : t('code.send')}
    </Button>
  );
};
