import { WarningFilled } from '@ant-design/icons';
import { genders, idTypes, idTypesByRegion, regionTypes } from '@pvis/config';
import { Button, Descriptions, Divider, Form, Input, Radio, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormError } from '../../components/account/FormError';
import { PasswordFields } from '../../components/account/PasswordFields';
import { jwtOf, keepSessionToken } from '../../components/account/session-token';
import { applyFieldErrors } from '../../components/form-errors';
import { PublicPage } from '../../components/layout/PublicPage';
import { vocabularyOptions } from '../../components/organization/labels';
import { type ApiError, request } from '../../providers/http';

const FIELDS = [
  'name',
  'gender',
  'regionType',
  'idType',
  'idNumber',
  'position',
  'mobile',
  'email',
  'password',
  'passwordConfirmation',
] as const;

interface Invitation {
  organization: { name: string; nameEn?: string | null };
}

/** The invitation behind the link, read once (this page runs without the data layer). */
const useInvitation = (url: string) => {
  const [state, setState] = useState<{ data?: Invitation; error: ApiError | null }>({
    error: null,
  });
  useEffect(() => {
    let live = true;
    setState({ error: null });
    request<{ data: Invitation }>(url, { auth: false }).then(
      (body) => live && setState({ data: body.data, error: null }),
      (error: ApiError) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return { ...state, isLoading: !state.data && !state.error };
};

interface JoinForm {
  name: string;
  gender: string;
  regionType: keyof typeof idTypesByRegion;
  idType: string;
  idNumber: string;
  position?: string;
  mobile: string;
  email?: string;
  password: string;
  passwordConfirmation: string;
}

/**
 * `/join/:token` (单位同事登记): the page a colleague reaches by scanning the liaison's QR code
 * on a phone. They fill in their own details and a password; the server creates their person
 * "to confirm" and their account, and they land on their own home.
 */
export const ColleagueJoinPage = () => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<JoinForm>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const regionType = Form.useWatch('regionType', form);
  const url = `/api/invitations/join/${encodeURIComponent(token)}`;
  const invitation = useInvitation(url);

  // The link itself is unusable (revoked, expired, organization not taking persons): no form.
  const failure = invitation.error ?? (problem?.statusCode === 410 ? problem : null);
  if (failure) {
    return (
      <PublicPage title={t('colleagueJoin.title')}>
        {/* Result's look without its illustrations: this page is sized for a phone's first load. */}
        <div style={{ textAlign: 'center', padding: '24px 0' }} data-testid="join-unusable">
          <WarningFilled style={{ fontSize: 56, color: '#faad14' }} />
          <Typography.Title level={4}>{t('colleagueJoin.unusableTitle')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {failure.message || t('colleagueJoin.unusableHint')}
          </Typography.Paragraph>
        </div>
      </PublicPage>
    );
  }

  const organization = invitation.data?.organization;
  const submit = async (values: JoinForm) => {
    setBusy(true);
    setProblem(null);
    try {
      const body = await request<Parameters<typeof jwtOf>[0]>(url, {
        method: 'POST',
        auth: false,
        body: { data: values },
      });
      keepSessionToken(jwtOf(body));
      navigate('/colleague', { replace: true });
    } catch (error) {
      const rest = applyFieldErrors(form, error, FIELDS);
      if (!(error as ApiError).errors || rest.length) setProblem(error as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicPage title={t('colleagueJoin.title')} subtitle={t('colleagueJoin.subtitle')}>
      {invitation.isLoading && <Skeleton active />}
      {organization && (
        <>
          <Descriptions bordered size="small" column={1} data-testid="join-organization">
            <Descriptions.Item label={t('colleagueJoin.organization')}>
              {lang === 'en' ? organization.nameEn || organization.name : organization.name}
            </Descriptions.Item>
          </Descriptions>
          <Form<JoinForm>
            form={form}
            layout="vertical"
            requiredMark
            onFinish={submit}
            initialValues={{ regionType: 'mainland', idType: 'residentId' }}
            onValuesChange={(changed) => {
              if ('regionType' in changed) {
                const allowed = idTypesByRegion[changed.regionType as JoinForm['regionType']];
                form.setFieldValue('idType', allowed?.[0]);
              }
            }}
            style={{ marginTop: 16 }}
          >
            <Divider orientation="left" plain>
              {t('colleagueJoin.person')}
            </Divider>
            <Form.Item
              name="name"
              label={t('persons.name')}
              rules={[{ required: true, message: t('persons.required') }]}
            >
              <Input autoComplete="name" data-testid="join-name" />
            </Form.Item>
            <Form.Item
              name="gender"
              label={t('persons.gender')}
              rules={[{ required: true, message: t('colleagueJoin.genderRequired') }]}
            >
              <Radio.Group options={vocabularyOptions(genders, lang)} data-testid="join-gender" />
            </Form.Item>
            <Form.Item
              name="regionType"
              label={t('persons.regionType')}
              rules={[{ required: true }]}
            >
              <Radio.Group
                options={vocabularyOptions(regionTypes, lang)}
                data-testid="join-region"
              />
            </Form.Item>
            <Form.Item name="idType" label={t('persons.idType')} rules={[{ required: true }]}>
              {/* A short fixed list: radios, one a line, instead of a Select (lighter on a phone). */}
              <Radio.Group
                options={vocabularyOptions(
                  idTypes,
                  lang,
                  regionType ? idTypesByRegion[regionType] : [],
                )}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                data-testid="join-id-type"
              />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label={t('persons.idNumber')}
              rules={[{ required: true, message: t('persons.required') }]}
            >
              <Input autoComplete="off" data-testid="join-id-number" />
            </Form.Item>
            <Form.Item name="position" label={t('persons.position')}>
              <Input autoComplete="organization-title" data-testid="join-position" />
            </Form.Item>
            <Form.Item
              name="mobile"
              label={t('persons.mobile')}
              rules={[{ required: true, message: t('colleagueJoin.mobileRequired') }]}
            >
              <Input type="tel" autoComplete="tel" inputMode="tel" data-testid="join-mobile" />
            </Form.Item>
            <Form.Item name="email" label={t('persons.email')}>
              <Input type="email" autoComplete="email" data-testid="join-email" />
            </Form.Item>
            <Divider orientation="left" plain>
              {t('colleagueJoin.account')}
            </Divider>
            <p style={{ color: 'rgba(0,0,0,0.45)', marginTop: 0 }}>
              {t('colleagueJoin.accountHint')}
            </p>
            <PasswordFields />
            <FormError message={problem?.message ?? null} testId="join-error" />
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={busy}
              data-testid="join-submit"
            >
              {t('colleagueJoin.submit')}
            </Button>
          </Form>
        </>
      )}
    </PublicPage>
  );
};
