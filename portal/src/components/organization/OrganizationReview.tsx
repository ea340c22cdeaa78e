import { Alert, App, Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../layout/BackLink';
import { ReviewStatusTag } from '../progress/ReviewStatusTag';
import { LicenceImage, OrganizationDescriptions } from './OrganizationDescriptions';
import { RejectReasonModal } from './RejectReasonModal';
import { ReviewHistory } from './ReviewHistory';
import { ORGANIZATION_POPULATE, type Organization } from './types';
import { useReviewedRecord } from './useReviewedRecord';

/** Reviewer actions a button exists for; the server's `allowedActions` decides which show. */

/**
 * One organization for a reviewer (delegation or operations): every field, the licence
 * image, the review history, and exactly the actions the server allows.
 */
export const OrganizationReview = ({ backPath }: { backPath: string }) => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [rejectOpen, setRejectOpen] = useState(false);
  const {
    query,
    record: organization,
    act,
    busy,
    allowed,
  } = useReviewedRecord<Organization>('organizations', ORGANIZATION_POPULATE);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to={backPath}>{t('review.backToQueue')}</BackLink>
      {query.isLoading && <Skeleton active />}
      {query.isError && (
        <Alert
          type="error"
          showIcon
          message={t('organizationForm.loadFailed')}
          description={query.error?.message}
        />
      )}
      {organization && (
        <>
          <Card>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
                <Space wrap align="center">
                  <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
                    {organization.name || t('organizationForm.unnamed')}
                  </Typography.Title>
                  <ReviewStatusTag status={organization.reviewStatus} />
                </Space>
                <Space wrap data-testid="review-actions">
                  {allowed.includes('approve') && (
                    <Button
                      type="primary"
                      loading={busy}
                      data-testid="action-approve"
                      onClick={() =>
                        modal.confirm({
                          title: t('review.approveTitle', { name: organization.name ?? '' }),
                          okText: t('review.approve'),
                          cancelText: t('buttons.cancel'),
                          onOk: () => act('approve'),
                        })
                      }
                    >
                      {t('review.approve')}
                    </Button>
                  )}
                  {allowed.includes('reject') && (
                    <Button
                      danger
                      loading={busy}
                      data-testid="action-reject"
                      onClick={() => setRejectOpen(true)}
                    >
                      {t('review.reject')}
                    </Button>
                  )}
                </Space>
              </Space>
            </Space>
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <OrganizationDescriptions organization={organization} />
            </Col>
            <Col xs={24} xl={8}>
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                <Card size="small" title={t('organizationForm.licence')}>
                  <LicenceImage organization={organization} />
                </Card>
                <Card size="small" title={t('review.history')}>
                  <ReviewHistory recordId={organization.documentId} />
                </Card>
              </Space>
            </Col>
          </Row>
          <RejectReasonModal
            open={rejectOpen}
            onCancel={() => setRejectOpen(false)}
            onConfirm={async (reason) => {
              await act('reject', reason);
              setRejectOpen(false);
            }}
          />
        </>
      )}
    </Space>
  );
};
