import { Alert, Button, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegistrationSteps } from '../../../components/organization/RegistrationSteps';
import type { Organization } from '../../../components/organization/types';
import { DetailsStep } from './DetailsStep';
import { LicenceStep } from './LicenceStep';
import { PreviewStep } from './PreviewStep';
import { useOrganizationWizard } from './useOrganizationWizard';
import {
  DETAILS,
  initialValuesOf,
  LICENCE,
  type OrganizationFormValues,
  PREVIEW,
} from './wizard-steps';

/**
 * 营业执照 + 请核对单位信息, 单位信息, 预登记信息预览 + 确认提交 — for a draft or rejected
 * organization. 暂存 saves on every step; the server decides completeness and the outcome.
 * The form and its requests live in useOrganizationWizard, each step in its own component.
 */
export const OrganizationWizard = ({
  organization,
  onSubmitted,
}: {
  organization: Organization;
  onSubmitted: (organization: Organization) => void;
}) => {
  const { t } = useTranslation();
  const wizard = useOrganizationWizard(organization, onSubmitted);
  const { step, setStep, busy } = wizard;

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
      {wizard.pageError && (
        <Alert
          type="error"
          showIcon
          message={wizard.pageError}
          role="alert"
          style={{ marginBottom: 16 }}
          closable
          onClose={() => wizard.setPageError(null)}
        />
      )}
      <Form<OrganizationFormValues>
        form={wizard.form}
        layout="vertical"
        name="organization"
        initialValues={initialValuesOf(organization)}
        scrollToFirstError
      >
        <div hidden={step !== LICENCE} data-testid="step-licence">
          <LicenceStep organization={organization} wizard={wizard} />
        </div>
        <div hidden={step !== DETAILS} data-testid="step-details">
          <DetailsStep organization={organization} />
        </div>
      </Form>

      {step === PREVIEW && (
        <PreviewStep organization={organization} problems={wizard.problems} onFix={setStep} />
      )}

      <Space wrap style={{ width: '100%', justifyContent: 'flex-end', marginTop: 16 }}>
        {step > LICENCE && (
          <Button onClick={() => setStep(step - 1)} data-testid="wizard-back">
            {t('registration.back')}
          </Button>
        )}
        <Button onClick={wizard.saveDraft} loading={busy === 'save'} data-testid="save-draft">
          {t('organizationForm.saveDraft')}
        </Button>
        {step < PREVIEW ? (
          <Button
            type="primary"
            onClick={wizard.next}
            loading={busy === 'next'}
            data-testid="wizard-next"
          >
            {step === DETAILS ? t('organizationForm.toPreview') : t('registration.next')}
          </Button>
        ) : (
          <Button
            type="primary"
            onClick={wizard.submit}
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
