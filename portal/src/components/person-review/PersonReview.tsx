import { personStatusLabels } from '@pvis/config';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivateImage, personalFileUrl } from '../files/PrivateImage';
import { BackLink } from '../layout/BackLink';
import { labelOf } from '../organization/labels';
import { RejectReasonModal } from '../organization/RejectReasonModal';
import { ReviewHistory } from '../organization/ReviewHistory';
import { useReviewedRecord } from '../organization/useReviewedRecord';
import { PersonStatusTag } from '../person/PersonStatusTag';
import { PersonDescriptions } from './PersonDescriptions';
import { PERSON_POPULATE, type Person } from './types';

/** Review actions a button exists for; the server's `allowedActions` decides which show. */

/** 证件照: a personal file, read through the person's photo route with the JWT. */
const IdPhoto = ({ person }: { person: Person }) => {
  const { t } = useTranslation();
  const photo = person.idPhoto;
  const none = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('personReview.noPhoto')} />
  );
  if (!photo) return none;
  return (
    <PrivateImage
      fallback={none}
      testId="id-photo"
      url={personalFileUrl(`/api/persons/${person.documentId}/photo`, photo)}
      alt={t('personReview.photo')}
      style={{
        maxWidth: '100%',
        maxHeight: 260,
        objectFit: 'contain',
        border: '1px solid #f0f0f0',
      }}
    />
  );
};

/** 证件复用: the earlier badge this person's application reuses (checked by the server). */
const ReuseInfo = ({ person }: { person: Person }) => {
  const { t } = useTranslation();
  if (!person.badgeReuse) {
    return <Typography.Text type="secondary">{t('personReview.notReuse')}</Typography.Text>;
  }
  return (
    <Descriptions size="small" column={1} data-testid="reuse-info">
      <Descriptions.Item label={t('personReview.previousBadgeNumber')}>
        <Typography.Text strong data-testid="previous-badge-number">
          {person.previousBadgeNumber}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.reuseVerified')}>
        {t('personReview.reuseVerifiedText')}
      </Descriptions.Item>
    </Descriptions>
  );
};

/**
 * One person for operations (人员审核, real-name check) or a delegation reviewer (read-only): every
 * field, the ID photo, badge reuse, the review history, and exactly the actions the server allows.
 */
export const PersonReview = ({ backPath }: { backPath: string }) => {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const [rejectOpen, setRejectOpen] = useState(false);
  const {
    query,
    record: person,
    act,
    busy,
    allowed,
  } = useReviewedRecord<Person>('persons', PERSON_POPULATE);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to={backPath}>{t('personReview.backToList')}</BackLink>
      {query.isLoading && <Skeleton active />}
      {query.isError && (
        <Alert
          type="error"
          showIcon
          message={t('personReview.loadFailed')}
          description={query.error?.message}
        />
      )}
      {person && (
        <>
          <Card>
            <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
              <Space wrap align="center">
                <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
                  {person.name}
                </Typography.Title>
                <PersonStatusTag status={person.personStatus} />
                {person.organization?.name && (
                  <Typography.Text type="secondary">{person.organization.name}</Typography.Text>
                )}
              </Space>
              <Space wrap data-testid="review-actions">
                {allowed.includes('approve') && (
                  <Button
                    type="primary"
                    loading={busy}
                    data-testid="action-approve"
                    onClick={() =>
                      modal.confirm({
                        title: t('personReview.approveTitle', { name: person.name }),
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
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                <PersonDescriptions person={person} />
                <Card size="small" title={t('personReview.reuseTitle')}>
                  <ReuseInfo person={person} />
                </Card>
              </Space>
            </Col>
            <Col xs={24} xl={8}>
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                <Card size="small" title={t('personReview.photo')}>
                  <IdPhoto person={person} />
                </Card>
                <Card size="small" title={t('review.history')}>
                  <ReviewHistory
                    resource="persons"
                    recordId={person.documentId}
                    stateLabel={(state) => labelOf(personStatusLabels, state, i18n.language)}
                  />
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
