import {
  isValidMobileFor,
  normaliseMobile,
  registrationRules,
  registrationVerification,
} from '@pvis/config';
import { Button, Divider, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CodeField } from '../../components/account/CodeField';
import { FormError } from '../../components/account/FormError';
import { PasswordFields } from '../../components/account/PasswordFields';
import { jwtOf } from '../../components/account/session-token';
import { useSignIn } from '../../components/account/useSignIn';
import { applyFieldErrors } from '../../components/form-errors';
import { PublicPage } from '../../components/layout/PublicPage';
import { DelegationTreeSelect } from '../../components/organization/DelegationTreeSelect';
import { categoryOptions, isDomesticCategory } from '../../components/organization/labels';
import { RegistrationSteps } from '../../components/organization/RegistrationSteps';
import { useDelegations } from '../../components/organization/reference-data';
import { useSchemaField } from '../../components/schema-rules';
import { type ApiError, request } from '../../providers/http';
import { currentLanguage } from '../../providers/i18n';

interface RegistrationValues {
  category?: string;
  delegation?: string;
  referralCode?: string;
  mobile?: string;
  smsCode?: string;
  emailCode?: string;
  creditCode?: string;
  email?: string;
  password?: string;
  passwordConfirmation?: string;
}

type Field = keyof RegistrationValues;

/**
 * The fields of each of the first three steps (before the account exists). A liaison whose
 * mobile is abroad proves the account email instead (no SMS reaches it): the email and its code
 * move to the mobile step.
 */
const stepFields = (byEmail: boolean): Field[][] => [
  ['category', 'delegation', 'referralCode'],
  byEmail ? ['mobile', 'email', 'emailCode'] : ['mobile', 'smsCode'],
  byEmail
    ? ['creditCode', 'password', 'passwordConfirmation']
    : ['creditCode', 'email', 'password', 'passwordConfirmation'],
];
const ALL_FIELDS: Field[] = [...new Set(stepFields(true).concat(stepFields(false)).flat())];

/** The code field of each way to verify (`label` is a translation key). */
const CODE_FIELDS = {
  sms: {
    name: 'smsCode',
    label: 'registration.smsCode',
    targetField: 'mobile',
    testId: 'sms-code-input',
  },
  email: {
    name: 'emailCode',
    label: 'registration.emailCode',
    targetField: 'email',
    testId: 'email-code-input',
  },
} as const;

/** How the typed mobile is verified: by SMS unless it is a good number abroad. */
const channelOf = (mobile: unknown, domestic: boolean) => {
  const normalised = normaliseMobile(String(mobile ?? ''));
  return isValidMobileFor(normalised, !domestic)
    ? registrationVerification(normalised).channel
    : 'sms';
};

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
  const field = useSchemaField();
  const category = Form.useWatch('category', form);
  const domestic = isDomesticCategory(category);
  const rules = registrationRules(category);
  const channel = channelOf(Form.useWatch('mobile', form), domestic);
  const byEmail = channel === 'email';
  const steps = stepFields(byEmail);
  /** Where a field the server complains about lives. */
  const stepOfField = (name: string) => steps.findIndex((fields) => fields.includes(name as never));

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
      await form.validateFields(steps[step]);
      setError(null);
      setStep((s) => s + 1);
    } catch {
      // the fields show what is missing
    }
  };

  const register = async () => {
    try {
      await form.validateFields(steps[2]);
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as RegistrationValues;
    const isDomestic = isDomesticCategory(values.category);
    const emailVerified = channelOf(values.mobile, isDomestic) === 'email';
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
            smsCode: emailVerified ? undefined : values.smsCode?.trim(),
            emailCode: emailVerified ? values.emailCode?.trim() : undefined,
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

  const emailItem = (
    <Form.Item
      label={domestic ? t('registration.contactEmail') : t('registration.accountEmail')}
      name="email"
      extra={domestic ? t('registration.contactEmailHint') : t('registration.accountEmailHint')}
      {...field(rules.email)}
    >
      <Input
        inputMode="email"
        autoComplete={domestic ? 'email' : 'username'}
        data-testid="email-input"
      />
    </Form.Item>
  );

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
          <Form.Item label={t('registration.category')} name="category" {...field(rules.category)}>
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
            {t(domestic ? 'registration.mobileHint' : 'registration.mobileOverseasHint')}
          </Typography.Paragraph>
          <Form.Item label={t('registration.mobile')} name="mobile" {...field(rules.mobile)}>
            <Input inputMode="tel" autoComplete="tel" data-testid="mobile-input" maxLength={24} />
          </Form.Item>
          {byEmail && (
            <>
              <Typography.Paragraph type="secondary" data-testid="email-verification-hint">
                {t('registration.emailVerificationHint')}
              </Typography.Paragraph>
              {emailItem}
            </>
          )}
          <CodeField
            key={channel}
            form={form}
            purpose="register"
            channel={channel}
            {...CODE_FIELDS[channel]}
            label={t(CODE_FIELDS[channel].label)}
          />
        </div>

        <div hidden={step !== 2} data-testid="step-account">
          {domestic && (
            <Form.Item
              label={t('registration.creditCode')}
              name="creditCode"
              normalize={(v: string) => v?.toUpperCase()}
              extra={t('registration.creditCodeHint')}
              {...field(rules.creditCode)}
            >
              <Input maxLength={18} autoComplete="username" data-testid="credit-code-input" />
            </Form.Item>
          )}
          {!byEmail && emailItem}
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
