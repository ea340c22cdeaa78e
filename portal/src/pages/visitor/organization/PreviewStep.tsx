import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../components/form-errors';
import {
  LicenceImage,
  OrganizationDescriptions,
} from '../../../components/organization/OrganizationDescriptions';
import type { Organization } from '../../../components/organization/types';
import { stepOfField } from './wizard-steps';

/** 预登记信息预览: what will be submitted, and what the server said is still missing. */
export const PreviewStep = ({
  organization,
  problems,
  onFix,
}: {
  organization: Organization;
  problems: FieldProblem[];
  onFix: (step: number) => void;
}) => {
  const { t } = useTranslation();
  const fieldLabel = (field: string) =>
    field === 'businessLicence'
      ? t('organizationForm.licence')
      : t(`organizationForm.${field}`, {
          defaultValue: t(`registration.${field}`, { defaultValue: field }),
        });
  return (
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
                  <Button type="link" size="small" onClick={() => onFix(stepOfField(p.field))}>
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
  );
};
