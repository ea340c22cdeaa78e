import { UploadOutlined } from '@ant-design/icons';
import {
  licenceUpload,
  organizationFieldLimits as limits,
  organizationCategories,
  organizationWizardRules,
} from '@pvis/config';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  delegationName,
  isDomesticCategory,
  labelOf,
} from '../../../components/organization/labels';
import { LicenceImage } from '../../../components/organization/OrganizationDescriptions';
import type { Organization } from '../../../components/organization/types';
import { useSchemaField } from '../../../components/schema-rules';
import type { OrganizationWizardState } from './useOrganizationWizard';

/** 营业执照 + 请核对单位信息: the licence image, the name as on it, and what registration fixed. */
export const LicenceStep = ({
  organization,
  wizard,
}: {
  organization: Organization;
  wizard: OrganizationWizardState;
}) => {
  const { t, i18n } = useTranslation();
  const field = useSchemaField();
  const domestic = isDomesticCategory(organization.category);
  const rules = organizationWizardRules(domestic);
  const lang = i18n.language;
  return (
    <>
      <Card size="small" title={t('organizationForm.licence')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          {t('organizationForm.licenceHint')}
        </Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          <LicenceImage organization={organization} />
          <Upload
            accept={licenceUpload.accept}
            showUploadList={false}
            maxCount={1}
            beforeUpload={(file) => {
              if (file.size > licenceUpload.maxBytes) {
                wizard.setLicenceError(t('organizationForm.licenceTooLarge'));
                return Upload.LIST_IGNORE;
              }
              void wizard.upload(file);
              return false;
            }}
          >
            <Button
              icon={<UploadOutlined />}
              loading={wizard.uploading}
              data-testid="licence-upload"
            >
              {organization.businessLicence
                ? t('organizationForm.licenceReplace')
                : t('organizationForm.licenceUpload')}
            </Button>
          </Upload>
          {wizard.licenceError && (
            <Alert
              type="error"
              showIcon
              message={wizard.licenceError}
              data-testid="licence-error"
            />
          )}
        </Space>
      </Card>
      <Card size="small" title={t('organizationForm.verifyTitle')}>
        <Typography.Paragraph type="secondary">
          {t('organizationForm.verifyHint')}
        </Typography.Paragraph>
        <Form.Item label={t('organizationForm.name')} name="name" {...field(rules.name)}>
          <Input data-testid="org-name-input" maxLength={limits.name} />
        </Form.Item>
        <Form.Item label={t('organizationForm.nameEn')} name="nameEn" {...field(rules.nameEn)}>
          <Input maxLength={limits.nameEn} />
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
    </>
  );
};
