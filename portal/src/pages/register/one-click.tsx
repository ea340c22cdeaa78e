import { organizationCategories } from '@pvis/config';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PasswordFields } from '../../components/account/PasswordFields';
import { jwtOf } from '../../components/account/session-token';
import { useSignIn } from '../../components/account/useSignIn';
import { applyFieldErrors } from '../../components/form-errors';
import { PublicPage } from '../../components/layout/PublicPage';
import { delegationName, labelOf } from '../../components/organization/labels';
import type { Organization } from '../../components/organization/types';
import { type ApiError, request } from '../../providers/http';

type PreviousOrganization = Pick<
  Organization,
  'name' | 'creditCode' | 'category' | 'delegation' | 'accountEmail'
>;

/**
 * `/register/one-click?token=…` (一键注册): the previous organization found by the emailed link;
 * the liaison sets a password and continues at `/visitor/organization` with the pre-filled draft.
 */
export const OneClickPage = () => {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [form] = Form.useForm<{ password: string; passwordConfirmation: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const url = `/api/registration/one-click/${encodeURIComponent(token)}`;
  const link = useQuery({
    queryKey: ['one-click', token],
    enabled: Boolean(token),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () =>
      request<{ data: { organization?: PreviousOrganization } & PreviousOrganization }>(url, {
        auth: false,
      }).then((b) => b.data?.organization ?? b.data),
  });

  // 410 linkExpired / linkUsed; a tampered or unknown token (400/404) is just as unusable.
  const unusable = (e: ApiError | null | undefined) => [400, 404, 410].includes(e?.statusCode ?? 0);
  const gone = !token || unusable(link.error as ApiError | null) || error?.statusCode === 410;
  if (gone) {
    const reason = (link.error as ApiError | null) ?? error;
    return (
      <PublicPage title={t('oneClick.title')}>
        <div data-testid="link-expired">
          <Result
            status="warning"
            title={t('oneClick.expiredTitle')}
            subTitle={reason?.message || t('oneClick.expiredHint')}
            extra={[
              <Link key="register" to="/register">
                <Button type="primary">{t('oneClick.toRegister')}</Button>
              </Link>,
              <Link key="returning" to="/register/returning">
                <Button>{t('registration.returningLink')}</Button>
              </Link>,
            ]}
          />
        </div>
      </PublicPage>
    );
  }

  const organization = link.data;
  return (
    <PublicPage title={t('oneClick.title')} subtitle={t('oneClick.subtitle')}>
      {link.isLoading && <Skeleton active />}
      {link.isError && (
        <Alert
          type="error"
          showIcon
          message={(link.error as ApiError).message}
          style={{ marginBottom: 16 }}
        />
      )}
      {organization && (
        <>
          <Descriptions
            bordered
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            data-testid="one-click-organization"
          >
            <Descriptions.Item label={t('organizationForm.name')}>
              {organization.name}
            </Descriptions.Item>
            {organization.creditCode && (
              <Descriptions.Item label={t('registration.creditCode')}>
                {organization.creditCode}
              </Descriptions.Item>
            )}
            {organization.category && (
              <Descriptions.Item label={t('registration.category')}>
                {labelOf(organizationCategories, organization.category, i18n.language)}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('registration.delegation')}>
              {delegationName(organization.delegation, i18n.language) || '—'}
            </Descriptions.Item>
          </Descriptions>
          {error && (
            <Alert
              type="error"
              showIcon
              message={error.message}
              role="alert"
              style={{ marginBottom: 16 }}
            />
          )}
          <Form
            form={form}
            layout="vertical"
            onFinish={async (values) => {
              setBusy(true);
              setError(null);
              try {
                const body = await request<Parameters<typeof jwtOf>[0]>(url, {
                  method: 'POST',
                  auth: false,
                  body: {
                    data: {
                      password: values.password,
                      passwordConfirmation: values.passwordConfirmation,
                    },
                  },
                });
                await signIn(jwtOf(body));
                navigate('/visitor/organization', { replace: true });
              } catch (e) {
                const rest = applyFieldErrors(form, e, ['password', 'passwordConfirmation']);
                if (!(e as ApiError).errors || rest.length) setError(e as ApiError);
              } finally {
                setBusy(false);
              }
            }}
          >
            <PasswordFields />
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={busy}
              data-testid="one-click-submit"
            >
              {t('oneClick.submit')}
            </Button>
          </Form>
        </>
      )}
    </PublicPage>
  );
};
