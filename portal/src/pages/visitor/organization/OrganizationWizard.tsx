import { UploadOutlined } from '@ant-design/icons';
import {
  isValidEmail,
  isValidInternationalMobile,
  isValidMobile,
  organizationCategories,
  organizationDraftFields,
  visitPurposes,
} from '@pvis/config';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  Row,
  Space,
  Switch,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyFieldErrors,
  type FieldProblem,
  fieldProblemsOf,
} from '../../../components/form-errors';
import { InterestsTreeSelect } from '../../../components/organization/InterestsTreeSelect';
import {
  delegationName,
  isDomesticCategory,
  labelOf,
} from '../../../components/organization/labels';
import {
  LicenceImage,
  OrganizationDescriptions,
} from '../../../components/organization/OrganizationDescriptions';
import { RegistrationSteps } from '../../../components/organization/RegistrationSteps';
import { DRAFT_FIELDS, type Organization } from '../../../components/organization/types';
import { type ApiError, request } from '../../../providers/http';

export interface OrganizationFormValues {
  name?: string;
  nameEn?: string;
  countryOrRegion?: string;
  address?: string;
  contactName?: string;
  contactMobile?: string;
  contactEmail?: string;
  contactPhone?: string;
  visitPurposes?: string[];
  interests?: string[];
  intendedImports?: string;
  publishIntendedImports?: boolean;
  consent?: boolean;
}

/** Steps 4–6 of the wizard (indexes in REGISTRATION_STEPS). */
const LICENCE = 3;
const DETAILS = 4;
const PREVIEW = 5;

const STEP_FIELDS: Record<number, (keyof OrganizationFormValues)[]> = {
  [LICENCE]: ['name', 'nameEn'],
  // Everything a draft holds except the name step's fields, plus the consent checkbox.
  [DETAILS]: [...organizationDraftFields.filter((f) => f !== 'name' && f !== 'nameEn'), 'consent'],
};
const FORM_FIELDS = [...STEP_FIELDS[LICENCE]!, ...STEP_FIELDS[DETAILS]!];

/** Server field names that are shown on another form field. */
const FIELD_ALIASES: Record<string, string> = {
  privacyConsentAt: 'consent',
  privacyPolicyVersion: 'consent',
  privacyConsent: 'consent',
};
const stepOfField = (field: string) =>
  field === 'businessLicence' || STEP_FIELDS[LICENCE]!.includes(field as never) ? LICENCE : DETAILS;

const LICENCE_MAX_BYTES = 2 * 1024 * 1024;

export const initialValuesOf = (organization: Organization): OrganizationFormValues => ({
  name: organization.name ?? undefined,
  nameEn: organization.nameEn ?? undefined,
  countryOrRegion: organization.countryOrRegion ?? undefined,
  address: organization.address ?? undefined,
  contactName: organization.contactName ?? undefined,
  contactMobile: organization.contactMobile ?? undefined,
  contactEmail: organization.contactEmail ?? undefined,
  contactPhone: organization.contactPhone ?? undefined,
  visitPurposes: organization.visitPurposes ?? [],
  interests: (organization.interests ?? []).map((i) => i.documentId),
  intendedImports: organization.intendedImports ?? undefined,
  publishIntendedImports: organization.publishIntendedImports ?? false,
  consent: Boolean(organization.privacyConsentAt),
});

/** The body of 暂存 (`PUT /api/organizations/:id`): the draft fields, blanks as null. */
const draftPayload = (values: OrganizationFormValues) => {
  const data: Record<string, unknown> = {};
  for (const field of DRAFT_FIELDS) {
    const value = values[field];
    if (value === undefined) continue;
    data[field] = typeof value === 'string' ? value.trim() || null : value;
  }
  return data;
};

/** Where a resumed wizard starts: the first step with something missing. */
const firstOpenStep = (organization: Organization) => {
  if (!organization.businessLicence || !organization.name) return LICENCE;
  if (
    !organization.address ||
    !organization.contactName ||
    !organization.interests?.length ||
    !organization.privacyConsentAt
  ) {
    return DETAILS;
  }
  return PREVIEW;
};

/**
 * 营业执照 + 请核对单位信息, 单位信息, 预登记信息预览 + 确认提交 — for a draft or rejected
 * organization. 暂存 saves on every step; the server decides completeness and the outcome.
 */
export const OrganizationWizard = ({
  organization,
  refetch,
  onSubmitted,
}: {
  organization: Organization;
  refetch: () => Promise<unknown>;
  onSubmitted: (organization: Organization) => void;
}) => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OrganizationFormValues>();
  const [step, setStep] = useState(() => firstOpenStep(organization));
  const [busy, setBusy] = useState<'save' | 'next' | 'submit' | null>(null);
  const [licenceError, setLicenceError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [pageError, setPageError] = useState<string | null>(null);
  const id = organization.documentId;
  const domestic = isDomesticCategory(organization.category);
  const lang = i18n.language;

  const showErrors = (error: unknown) => {
    const aliased = fieldProblemsOf(error).map((p) => ({
      ...p,
      field: FIELD_ALIASES[p.field] ?? p.field,
    }));
    const licence = aliased.find((p) => p.field === 'businessLicence');
    if (licence) setLicenceError(licence.message);
    applyFieldErrors(
      form,
      { errors: Object.fromEntries(aliased.map((p) => [p.field, p.message])) },
      FORM_FIELDS,
    );
    if (!aliased.length) setPageError((error as ApiError).message);
    return aliased;
  };

  const save = async (values: OrganizationFormValues) =>
    request(`/api/organizations/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: { data: draftPayload(values) },
    });

  const saveDraft = async () => {
    setBusy('save');
    setPageError(null);
    try {
      await save(form.getFieldsValue(true));
      await refetch();
      message.success(t('organizationForm.draftSaved'));
    } catch (error) {
      const shown = showErrors(error);
      if (shown.length) message.error(t('organizationForm.fixFields'));
    } finally {
      setBusy(null);
    }
  };

  const next = async () => {
    setPageError(null);
    try {
      await form.validateFields(STEP_FIELDS[step]);
    } catch {
      return;
    }
    if (step === LICENCE && !organization.businessLicence) {
      setLicenceError(t('organizationForm.licenceRequired'));
      return;
    }
    setBusy('next');
    try {
      const values = form.getFieldsValue(true) as OrganizationFormValues;
      await save(values);
      if (step === DETAILS && values.consent && !organization.privacyConsentAt) {
        await request(`/api/organizations/${encodeURIComponent(id)}/consent`, {
          method: 'POST',
          body: { data: {} },
        });
      }
      await refetch();
      setProblems([]);
      setStep(step + 1);
      window.scrollTo?.({ top: 0 });
    } catch (error) {
      showErrors(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setBusy('submit');
    setPageError(null);
    try {
      const body = await request<{ data: Organization }>(
        `/api/organizations/${encodeURIComponent(id)}/transitions`,
        {
          method: 'POST',
          body: { data: { action: 'submit' } },
        },
      );
      setProblems([]);
      await queryClient.invalidateQueries();
      onSubmitted(body.data);
    } catch (error) {
      setProblems(showErrors(error));
    } finally {
      setBusy(null);
    }
  };

  const upload = async (file: File) => {
    setUploading(true);
    setLicenceError(null);
    const data = new FormData();
    data.append('file', file);
    try {
      await request(`/api/organizations/${encodeURIComponent(id)}/licence`, {
        method: 'POST',
        body: data,
      });
      await refetch();
      message.success(t('organizationForm.licenceUploaded'));
    } catch (error) {
      const e = error as ApiError;
      setLicenceError(e.errors ? Object.values(e.errors).join('；') : e.message);
    } finally {
      setUploading(false);
    }
  };

  const fieldLabel = (field: string) =>
    field === 'businessLicence'
      ? t('organizationForm.licence')
      : t(`organizationForm.${field}`, {
          defaultValue: t(`registration.${field}`, { defaultValue: field }),
        });

  const mobileRule = {
    validator: (_r: unknown, value?: string) =>
      !value ||
      isValidMobile(value.trim()) ||
      (!domestic && isValidInternationalMobile(value.trim()))
        ? Promise.resolve()
        : Promise.reject(new Error(t('registration.mobileInvalid'))),
  };
  const emailRule = {
    validator: (_r: unknown, value?: string) =>
      !value || isValidEmail(value.trim())
        ? Promise.resolve()
        : Promise.reject(new Error(t('registration.emailInvalid'))),
  };

  return (
    <div data-testid="organization-wizard">
      <RegistrationSteps current={step} firstJumpable={LICENCE} onJump={setStep} />
      {organization.reviewStatus === 'rejected' && (
        <Alert
          type="error"
          showIcon
          data-testid="rejection-reason"
          style={{ marginBottom: 16 }}
          message={t('organizationForm.rejectionReason')}
          description={
            <Space direction="vertical" size={4}>
              <Typography.Text strong>
                {organization.rejectionReason || t('organizationForm.noReason')}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('organizationForm.rejectedHint')}
              </Typography.Text>
            </Space>
          }
        />
      )}
      {pageError && (
        <Alert
          type="error"
          showIcon
          message={pageError}
          role="alert"
          style={{ marginBottom: 16 }}
          closable
          onClose={() => setPageError(null)}
        />
      )}
      <Form<OrganizationFormValues>
        form={form}
        layout="vertical"
        name="organization"
        initialValues={initialValuesOf(organization)}
        scrollToFirstError
      >
        <div hidden={step !== LICENCE} data-testid="step-licence">
          <Card size="small" title={t('organizationForm.licence')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">
              {t('organizationForm.licenceHint')}
            </Typography.Paragraph>
            <Space direction="vertical" style={{ width: '100%' }}>
              <LicenceImage organization={organization} />
              <Upload
                accept=".png,.jpg,.jpeg,image/png,image/jpeg"
                showUploadList={false}
                maxCount={1}
                beforeUpload={(file) => {
                  if (file.size > LICENCE_MAX_BYTES) {
                    setLicenceError(t('organizationForm.licenceTooLarge'));
                    return Upload.LIST_IGNORE;
                  }
                  void upload(file);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={uploading} data-testid="licence-upload">
                  {organization.businessLicence
                    ? t('organizationForm.licenceReplace')
                    : t('organizationForm.licenceUpload')}
                </Button>
              </Upload>
              {licenceError && (
                <Alert type="error" showIcon message={licenceError} data-testid="licence-error" />
              )}
            </Space>
          </Card>
          <Card size="small" title={t('organizationForm.verifyTitle')}>
            <Typography.Paragraph type="secondary">
              {t('organizationForm.verifyHint')}
            </Typography.Paragraph>
            <Form.Item
              label={t('organizationForm.name')}
              name="name"
              rules={[
                { required: true, whitespace: true, message: t('organizationForm.nameRequired') },
              ]}
            >
              <Input data-testid="org-name-input" maxLength={200} />
            </Form.Item>
            <Form.Item label={t('organizationForm.nameEn')} name="nameEn">
              <Input maxLength={300} />
            </Form.Item>
            <Descriptions size="small" column={1} bordered>
              {domestic ? (
                <Descriptions.Item label={t('registration.creditCode')}>
                  <Typography.Text strong data-testid="verify-credit-code">
                    {organization.creditCode}
                  </Typography.Text>
                </Descriptions.Item>
              ) : (
                <Descriptions.Item label={t('registration.accountEmail')}>
                  {organization.accountEmail}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('registration.category')}>
                {labelOf(organizationCategories, organization.category, lang)}
              </Descriptions.Item>
              <Descriptions.Item label={t('registration.delegation')}>
                {delegationName(organization.delegation, lang) || '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </div>

        <div hidden={step !== DETAILS} data-testid="step-details">
          <Row gutter={16}>
            {!domestic && (
              <Col xs={24} md={12}>
                <Form.Item
                  label={t('organizationForm.countryOrRegion')}
                  name="countryOrRegion"
                  rules={[
                    { required: true, whitespace: true, message: t('organizationForm.required') },
                  ]}
                >
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24}>
              <Form.Item
                label={t('organizationForm.address')}
                name="address"
                rules={[
                  { required: true, whitespace: true, message: t('organizationForm.required') },
                ]}
              >
                <Input data-testid="address-input" maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('organizationForm.contactName')}
                name="contactName"
                rules={[
                  { required: true, whitespace: true, message: t('organizationForm.required') },
                ]}
              >
                <Input data-testid="contact-name-input" maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('organizationForm.contactMobile')}
                name="contactMobile"
                rules={[{ required: true, message: t('organizationForm.required') }, mobileRule]}
              >
                <Input inputMode="tel" data-testid="contact-mobile-input" maxLength={16} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('organizationForm.contactEmail')}
                name="contactEmail"
                rules={[{ required: true, message: t('organizationForm.required') }, emailRule]}
              >
                <Input inputMode="email" data-testid="contact-email-input" maxLength={254} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('organizationForm.contactPhone')} name="contactPhone">
                <Input inputMode="tel" maxLength={30} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label={t('organizationForm.visitPurposes')}
            name="visitPurposes"
            rules={[
              {
                required: true,
                type: 'array',
                min: 1,
                message: t('organizationForm.visitPurposesRequired'),
              },
            ]}
          >
            <Checkbox.Group
              data-testid="visit-purposes"
              options={visitPurposes.map((p) => ({
                value: p.code,
                label: lang === 'en' ? p.en : p.zh,
              }))}
            />
          </Form.Item>
          <Form.Item
            label={t('organizationForm.interests')}
            name="interests"
            extra={t('organizationForm.interestsHint')}
            rules={[
              {
                required: true,
                type: 'array',
                min: 1,
                message: t('organizationForm.interestsRequired'),
              },
            ]}
          >
            <InterestsTreeSelect />
          </Form.Item>
          <Form.Item
            label={t('organizationForm.intendedImports')}
            name="intendedImports"
            extra={t('organizationForm.intendedImportsHint')}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount data-testid="intended-imports" />
          </Form.Item>
          <Form.Item
            label={t('organizationForm.publishIntendedImports')}
            name="publishIntendedImports"
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name="consent"
            valuePropName="checked"
            rules={[
              {
                validator: (_r, value) =>
                  value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('organizationForm.consentRequired'))),
              },
            ]}
          >
            <Checkbox data-testid="consent-checkbox">{t('organizationForm.consentLabel')}</Checkbox>
          </Form.Item>
        </div>
      </Form>

      {step === PREVIEW && (
        <div data-testid="step-preview">
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('organizationForm.previewTitle')}
          </Typography.Title>
          {problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="submit-problems"
              style={{ marginBottom: 16 }}
              message={t('organizationForm.submitProblems', { count: problems.length })}
              description={
                <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                  {problems.map((p) => (
                    <li key={`${p.field}-${p.message}`} data-testid={`problem-${p.field}`}>
                      <Typography.Text strong>{fieldLabel(p.field)}</Typography.Text>：{p.message}{' '}
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setStep(stepOfField(p.field))}
                      >
                        {t('organizationForm.goFix')}
                      </Button>
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <OrganizationDescriptions organization={organization} showStatus={false} />
          <Card size="small" title={t('organizationForm.licence')} style={{ marginTop: 16 }}>
            <LicenceImage organization={organization} />
          </Card>
        </div>
      )}

      <Space wrap style={{ width: '100%', justifyContent: 'flex-end', marginTop: 16 }}>
        {step > LICENCE && (
          <Button onClick={() => setStep(step - 1)} data-testid="wizard-back">
            {t('registration.back')}
          </Button>
        )}
        <Button onClick={saveDraft} loading={busy === 'save'} data-testid="save-draft">
          {t('organizationForm.saveDraft')}
        </Button>
        {step < PREVIEW ? (
          <Button type="primary" onClick={next} loading={busy === 'next'} data-testid="wizard-next">
            {step === DETAILS ? t('organizationForm.toPreview') : t('registration.next')}
          </Button>
        ) : (
          <Button
            type="primary"
            onClick={submit}
            loading={busy === 'submit'}
            data-testid="confirm-submit"
          >
            {t('organizationForm.confirmSubmit')}
          </Button>
        )}
      </Space>
    </div>
  );
};
