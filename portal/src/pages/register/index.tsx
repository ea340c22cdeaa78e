import {
  isValidCreditCode,
  isValidEmail,
  isValidInternationalMobile,
  isValidMobile,
} from '@pvis/config';
import { Button, Divider, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CodeField } from '../../components/account/CodeField';
import { FormError } from '../../components/account/FormError';
import { PasswordFields } from '../../components/account/PasswordFields';
import { jwtOf, useSignIn } from '../../components/account/useSignIn';
import { applyFieldErrors } from '../../components/form-errors';
import { PublicPage } from '../../components/layout/PublicPage';
import { DelegationTreeSelect } from '../../components/organization/DelegationTreeSelect';
import { categoryOptions, isDomesticCategory } from '../../components/organization/labels';
import { RegistrationSteps } from '../../components/organization/RegistrationSteps';
import { useDelegations } from '../../components/organization/reference-data';
import { type ApiError, request } from '../../providers/http';
import { currentLanguage } from '../../providers/i18n';

interface RegistrationValues {
  category?: string;
  delegation?: string;
  referralCode?: string;
  mobile?: string;
  smsCode?: string;
  creditCode?: string;
  email?: string;
  password?: string;
  passwordConfirmation?: string;
}

/** The fields of each of the first three steps (before the account exists). */
const STEP_FIELDS: (keyof RegistrationValues)[][] = [
  ['category', 'delegation', 'referralCode'],
  ['mobile', 'smsCode'],
  ['creditCode', 'email', 'password', 'passwordConfirmation'],
];
const ALL_FIELDS = STEP_FIELDS.flat();

/** Where a field the server complains about lives. */
const stepOfField = (field: string) =>
  STEP_FIELDS.findIndex((fields) => fields.includes(field as never));

/**
 * `/register`: steps 1–3 of 单位信息登记 — delegation (or 推荐码), mobile verification, account.
 * The account is created with `POST /api/registration`; steps 4–6 continue at
 * `/visitor/organization` signed in.
 */
export const RegisterPage = () => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [form] = Form.useForm<RegistrationValues>();
  const [step, setStep] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [referralHint, setReferralHint] = useState<{ ok: boolean; text: string } | null>(null);
  const { data: delegations } = useDelegations();
  const category = Form.useWatch('category', form);
  const domestic = isDomesticCategory(category);

  const [pendingReferral, setPendingReferral] = useState<string | null>(null);
  const applyReferralCode = (raw: string) => {
    const code = raw.trim().toUpperCase();
    if (!code) {
      setReferralHint(null);
      return;
    }
    if (!delegations) {
      // The tree is still loading: match once it is there.
      setPendingReferral(code);
      return;
    }
    const matches = (delegations ?? []).filter(
      (d) => (d.referralCode ?? '').toUpperCase() === code,
    );
    // A delegation and its sub-delegations share one code: preselect the delegation itself.
    const top = matches.find((d) => !d.parent?.documentId) ?? matches[0];
    if (top) {
      form.setFieldValue('delegation', top.documentId);
      form.validateFields(['delegation']).catch(() => {});
      const name = i18n.language === 'en' ? top.nameEn : top.nameZh;
      setReferralHint({ ok: true, text: t('registration.referralMatched', { name }) });
    } else {
      setReferralHint({ ok: false, text: t('registration.referralUnknown') });
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the delegations arrive
  useEffect(() => {
    if (delegations && pendingReferral) {
      setPendingReferral(null);
      applyReferralCode(pendingReferral);
    }
  }, [delegations, pendingReferral]);

  const next = async () => {
    try {
      await form.validateFields(STEP_FIELDS[step]);
      setError(null);
      setStep((s) => s + 1);
    } catch {
      // the fields show what is missing
    }
  };

  const register = async () => {
    try {
      await form.validateFields(STEP_FIELDS[2]);
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as RegistrationValues;
    const isDomestic = isDomesticCategory(values.category);
    setSubmitting(true);
    setError(null);
    try {
      const body = await request<Parameters<typeof jwtOf>[0]>('/api/registration', {
        method: 'POST',
        auth: false,
        body: {
          data: {
            category: values.category,
            delegation: values.delegation || undefined,
            referralCode: values.referralCode?.trim().toUpperCase() || undefined,
            mobile: values.mobile?.trim(),
            smsCode: values.smsCode?.trim(),
            creditCode: isDomestic ? values.creditCode?.trim().toUpperCase() : undefined,
            email: values.email?.trim(),
            password: values.password,
            locale: currentLanguage(),
          },
        },
      });
      await signIn(jwtOf(body));
      navigate('/visitor/organization', { replace: true });
    } catch (e) {
      const rest = applyFieldErrors(form, e, ALL_FIELDS);
      const fields = Object.keys((e as ApiError).errors ?? {});
      const steps = fields.map(stepOfField).filter((s) => s >= 0);
      if (steps.length) setStep(Math.min(...steps));
      if (!steps.length || rest.length) {
        setError(rest.map((p) => p.message).join('；') || (e as ApiError).message);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const mobileValid = (value: string) =>
    isValidMobile(value) || (!domestic && isValidInternationalMobile(value));

  return (
    <PublicPage title={t('registration.title')} subtitle={t('registration.subtitle')} width={640}>
      <RegistrationSteps current={step} />
      <FormError message={error} testId="registration-error" />
      <Form<RegistrationValues>
        form={form}
        layout="vertical"
        name="registration"
        requiredMark
        scrollToFirstError
        onValuesChange={() => setError(null)}
      >
        <div hidden={step !== 0} data-testid="step-delegation">
          <Form.Item
            label={t('registration.category')}
            name="category"
            rules={[{ required: true, message: t('registration.categoryRequired') }]}
          >
            <Select
              data-testid="category-select"
              placeholder={t('registration.categoryPlaceholder')}
              options={categoryOptions(i18n.language, {
                domestic: t('registration.domestic'),
                overseas: t('registration.overseas'),
              })}
            />
          </Form.Item>
          <Form.Item
            label={t('registration.delegation')}
            name="delegation"
            dependencies={['category']}
            extra={
              domestic
                ? t('registration.delegationDomesticHint')
                : t('registration.delegationOverseasHint')
            }
            rules={[
              ({ getFieldValue }) => ({
                validator: (_rule, value) =>
                  !value && isDomesticCategory(getFieldValue('category'))
                    ? Promise.reject(new Error(t('registration.delegationRequired')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <DelegationTreeSelect data-testid="delegation-select" />
          </Form.Item>
          <Form.Item
            label={t('registration.referralCode')}
            name="referralCode"
            extra={referralHint?.ok ? referralHint.text : t('registration.referralHint')}
            validateStatus={referralHint && !referralHint.ok ? 'warning' : undefined}
            help={referralHint && !referralHint.ok ? referralHint.text : undefined}
          >
            <Input.Search
              data-testid="referral-code"
              placeholder="Q2021537"
              enterButton={t('registration.referralApply')}
              onSearch={applyReferralCode}
              onBlur={(e) => applyReferralCode(e.target.value)}
              autoComplete="off"
            />
          </Form.Item>
        </div>

        <div hidden={step !== 1} data-testid="step-mobile">
          <Typography.Paragraph type="secondary">
            {t('registration.mobileHint')}
          </Typography.Paragraph>
          <Form.Item
            label={t('registration.mobile')}
            name="mobile"
            rules={[
              { required: true, message: t('registration.mobileRequired') },
              {
                validator: (_r, value) =>
                  !value || mobileValid(String(value).trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('registration.mobileInvalid'))),
              },
            ]}
          >
            <Input inputMode="tel" autoComplete="tel" data-testid="mobile-input" maxLength={16} />
          </Form.Item>
          <CodeField
            form={form}
            name="smsCode"
            label={t('registration.smsCode')}
            targetField="mobile"
            channel="sms"
            purpose="register"
            testId="sms-code-input"
          />
        </div>

        <div hidden={step !== 2} data-testid="step-account">
          {domestic && (
            <Form.Item
              label={t('registration.creditCode')}
              name="creditCode"
              normalize={(v: string) => v?.toUpperCase()}
              extra={t('registration.creditCodeHint')}
              rules={[
                { required: true, message: t('registration.creditCodeRequired') },
                {
                  validator: (_r, value) =>
                    !value || isValidCreditCode(String(value).trim())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('registration.creditCodeInvalid'))),
                },
              ]}
            >
              <Input maxLength={18} autoComplete="username" data-testid="credit-code-input" />
            </Form.Item>
          )}
          <Form.Item
            label={domestic ? t('registration.contactEmail') : t('registration.accountEmail')}
            name="email"
            extra={
              domestic ? t('registration.contactEmailHint') : t('registration.accountEmailHint')
            }
            rules={[
              { required: true, message: t('registration.emailRequired') },
              {
                validator: (_r, value) =>
                  !value || isValidEmail(String(value).trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('registration.emailInvalid'))),
              },
            ]}
          >
            <Input
              inputMode="email"
              autoComplete={domestic ? 'email' : 'username'}
              data-testid="email-input"
            />
          </Form.Item>
          <PasswordFields />
        </div>
      </Form>

      <Space wrap style={{ width: '100%', justifyContent: 'flex-end' }}>
        {step > 0 && (
          <Button onClick={() => setStep((s) => s - 1)} data-testid="wizard-back">
            {t('registration.back')}
          </Button>
        )}
        {step < 2 && (
          <Button type="primary" onClick={next} data-testid="wizard-next">
            {t('registration.next')}
          </Button>
        )}
        {step === 2 && (
          <Button
            type="primary"
            onClick={register}
            loading={submitting}
            data-testid="register-submit"
          >
            {t('registration.createAccount')}
          </Button>
        )}
      </Space>
      <Divider style={{ margin: '16px 0 12px' }} />
      <Space wrap style={{ width: '100%', justifyContent: 'center' }}>
        <Link to="/register/returning" data-testid="returning-link">
          {t('registration.returningLink')}
        </Link>
        <Typography.Text type="secondary">·</Typography.Text>
        <Link to="/login">{t('registration.haveAccount')}</Link>
      </Space>
    </PublicPage>
  );
};
