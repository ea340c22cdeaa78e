import { organizationCategories, visitPurposes } from '@pvis/config';
import { Descriptions, Empty, Grid, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../beijing-time';
import { PrivateImage, personalFileUrl } from '../files/PrivateImage';
import { ReviewStatusTag } from '../progress/ReviewStatusTag';
import { delegationName, isDomesticCategory, labelOf } from './labels';
import type { Organization } from './types';

/** The review screens' name for the portal's one time formatter (Beijing time). */
export const formatTime = formatDateTime;

/** 营业执照: a personal file, read through the organization's licence route with the JWT. */
export const LicenceImage = ({ organization }: { organization: Organization }) => {
  const { t } = useTranslation();
  const licence = organization.businessLicence;
  if (!licence) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('organizationForm.noLicence')} />
    );
  }
  return (
    <PrivateImage
      testId="licence-image"
      url={personalFileUrl(`/api/organizations/${organization.documentId}/licence`, licence)}
      alt={t('organizationForm.licence')}
      style={{
        maxWidth: '100%',
        maxHeight: 240,
        objectFit: 'contain',
        border: '1px solid #f0f0f0',
      }}
    />
  );
};

/** Every field of an organization, read-only (预登记信息预览, the liaison's record, review detail). */
export const OrganizationDescriptions = ({
  organization,
  showStatus = true,
}: {
  organization: Organization;
  showStatus?: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const lang = i18n.language;
  const domestic = isDomesticCategory(organization.category);
  const none = (
    <Typography.Text type="secondary">{t('organizationForm.notFilled')}</Typography.Text>
  );
  const text = (value: string | null | undefined) => (value ? value : none);
  const interests = organization.interests ?? [];
  const purposes = organization.visitPurposes ?? [];
  return (
    <Descriptions
      data-testid="organization-descriptions"
      bordered
      size="small"
      column={screens.md ? 2 : 1}
      layout={screens.sm ? 'horizontal' : 'vertical'}
      labelStyle={{ width: screens.md ? 160 : undefined }}
    >
      {showStatus && (
        <Descriptions.Item label={t('organizationForm.reviewStatus')} span={screens.md ? 2 : 1}>
          <ReviewStatusTag status={organization.reviewStatus} />
        </Descriptions.Item>
      )}
      {showStatus && organization.reviewStatus === 'rejected' && organization.rejectionReason && (
        <Descriptions.Item label={t('organizationForm.rejectionReason')} span={screens.md ? 2 : 1}>
          <Typography.Text type="danger" data-testid="rejection-reason-text">
            {organization.rejectionReason}
          </Typography.Text>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('organizationForm.name')}>
        <span data-testid="preview-name">{text(organization.name)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('organizationForm.nameEn')}>
        {text(organization.nameEn)}
      </Descriptions.Item>
      <Descriptions.Item label={t('registration.category')}>
        {labelOf(organizationCategories, organization.category, lang)}
      </Descriptions.Item>
      <Descriptions.Item label={t('registration.delegation')}>
        {text(delegationName(organization.delegation, lang))}
      </Descriptions.Item>
      {domestic ? (
        <Descriptions.Item label={t('registration.creditCode')}>
          <span data-testid="preview-credit-code">{text(organization.creditCode)}</span>
        </Descriptions.Item>
      ) : (
        <Descriptions.Item label={t('registration.accountEmail')}>
          {text(organization.accountEmail)}
        </Descriptions.Item>
      )}
      {!domestic && (
        <Descriptions.Item label={t('organizationForm.countryOrRegion')}>
          {text(organization.countryOrRegion)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('organizationForm.address')} span={screens.md ? 2 : 1}>
        {text(organization.address)}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizationForm.contactName')}>
        {text(organization.contactName)}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizationForm.contactMobile')}>
        {text(organization.contactMobile)}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizationForm.contactEmail')}>
        {text(organization.contactEmail)}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizationForm.contactPhone')}>
        {text(organization.contactPhone)}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizationForm.visitPurposes')} span={screens.md ? 2 : 1}>
        {purposes.length ? (
          <Space size={[4, 4]} wrap>
            {purposes.map((p) => (
              <Tag key={p}>{labelOf(visitPurposes, p, lang)}</Tag>
            ))}
          </Space>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizationForm.interests')} span={screens.md ? 2 : 1}>
        {interests.length ? (
          <Space size={[4, 4]} wrap data-testid="preview-interests">
            {interests.map((item) => (
              <Tag key={item.documentId} color="blue">
                {lang === 'en' ? item.nameEn : item.nameZh}
              </Tag>
            ))}
          </Space>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizationForm.intendedImports')} span={screens.md ? 2 : 1}>
        {organization.intendedImports ? (
          <Space direction="vertical" size={2}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
              {organization.intendedImports}
            </Typography.Text>
            <Typography.Text type="secondary">
              {organization.publishIntendedImports
                ? t('organizationForm.published')
                : t('organizationForm.notPublished')}
            </Typography.Text>
          </Space>
        ) : (
          none
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizationForm.consent')} span={screens.md ? 2 : 1}>
        {organization.privacyConsentAt
          ? t('organizationForm.consentGiven', {
              version: organization.privacyPolicyVersion ?? '',
              at: formatTime(organization.privacyConsentAt),
            })
          : none}
      </Descriptions.Item>
      {showStatus && organization.submittedAt && (
        <Descriptions.Item label={t('organizationForm.submittedAt')}>
          {formatTime(organization.submittedAt)}
        </Descriptions.Item>
      )}
      {showStatus && organization.reviewedAt && (
        <Descriptions.Item label={t('organizationForm.reviewedAt')}>
          {formatTime(organization.reviewedAt)}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
};
