import { useGetIdentity, useInvalidateAuthStore, useOne } from '@refinedev/core';
import { Alert, App, Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  LicenceImage,
  OrganizationDescriptions,
} from '../../../components/organization/OrganizationDescriptions';
import { PersonalDataDownload } from '../../../components/organization/PersonalDataDownload';
import { ReviewHistory } from '../../../components/organization/ReviewHistory';
import { ORGANIZATION_POPULATE, type Organization } from '../../../components/organization/types';
import { useCmsAction } from '../../../providers/actions';
import type { Identity } from '../../../providers/auth';
import type { ApiError } from '../../../providers/http';
import { clearSession } from '../../../providers/session';
import { OrganizationWizard } from './OrganizationWizard';

/** The result of 确认提交: approved at once (无感审核) or waiting for the delegation. */
const SubmitResult = ({
  organization,
  onShow,
}: {
  organization: Organization;
  onShow: () => void;
}) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const approved = organization.reviewStatus === 'approved';
  return (
    <div data-testid="submit-result" data-status={organization.reviewStatus}>
      <Result
        status={approved ? 'success' : 'info'}
        title={
          approved ? t('organizationForm.resultApproved') : t('organizationForm.resultSubmitted')
        }
        subTitle={
          approved
            ? t('organizationForm.resultApprovedHint')
            : t('organizationForm.resultSubmittedHint')
        }
        extra={[
          <Button type="primary" key="home" onClick={() => navigate('/visitor')}>
            {t('later.backHome')}
          </Button>,
          <Button key="show" onClick={onShow} data-testid="show-organization">
            {t('organizationForm.viewRecord')}
          </Button>,
        ]}
      />
    </div>
  );
};

/** A liaison of a previous edition without this edition's organization: 往届信息带入. */
const NoOrganization = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidateAuthStore = useInvalidateAuthStore();
  const { send } = useCmsAction();
  const [busy, setBusy] = useState(false);
  const renew = async () => {
    setBusy(true);
    try {
      await send('/api/registration/renewal', { data: {} });
      // The session now names this edition's organization.
      clearSession();
      await invalidateAuthStore();
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Result
      status="info"
      title={t('organizationForm.noOrganization')}
      subTitle={t('organizationForm.noOrganizationHint')}
      extra={
        <Button type="primary" loading={busy} onClick={renew} data-testid="renewal">
          {t('returning.renew')}
        </Button>
      }
    />
  );
};

/**
 * `/visitor/organization` (单位信息登记): a draft or rejected organization continues the
 * wizard (steps 4–6), prefilled from the server; a submitted or approved one is shown
 * read-only with its status and review history.
 */
export const VisitorOrganizationPage = () => {
  const { t } = useTranslation();
  const { data: identity, isLoading: identityLoading } = useGetIdentity<Identity>();
  const organizationId = identity?.organization?.documentId;
  const [submitted, setSubmitted] = useState<Organization | null>(null);
  const { query, result } = useOne<Organization>({
    resource: 'organizations',
    id: organizationId ?? '',
    queryOptions: { enabled: Boolean(organizationId) },
    meta: { populate: ORGANIZATION_POPULATE },
    errorNotification: false,
  });
  const organization = result;

  let body: React.ReactNode;
  if (identityLoading || (organizationId && query.isLoading)) body = <Skeleton active />;
  else if (!organizationId) body = <NoOrganization />;
  else if (query.isError || !organization) {
    body = (
      <Alert
        type="error"
        showIcon
        message={t('organizationForm.loadFailed')}
        description={query.error?.message}
        action={<Button onClick={() => query.refetch()}>{t('common.retry')}</Button>}
      />
    );
  } else if (submitted) {
    body = (
      <SubmitResult
        organization={submitted}
        onShow={() => {
          setSubmitted(null);
          void query.refetch();
        }}
      />
    );
  } else if (organization.reviewStatus === 'draft' || organization.reviewStatus === 'rejected') {
    body = (
      <OrganizationWizard
        key={organization.documentId}
        organization={organization}
        onSubmitted={setSubmitted}
      />
    );
  } else {
    body = (
      <Space
        direction="vertical"
        size="large"
        style={{ width: '100%' }}
        data-testid="organization-record"
      >
        {organization.reviewStatus === 'submitted' && (
          <Alert
            type="info"
            showIcon
            message={t('organizationForm.resultSubmitted')}
            description={t('organizationForm.resultSubmittedHint')}
          />
        )}
        {organization.reviewStatus === 'approved' && (
          <Alert
            type="success"
            showIcon
            message={t('organizationForm.resultApproved')}
            description={t('organizationForm.resultApprovedHint')}
          />
        )}
        <OrganizationDescriptions organization={organization} />
        <Card size="small" title={t('organizationForm.licence')}>
          <LicenceImage organization={organization} />
        </Card>
        <Card size="small" title={t('review.history')}>
          <ReviewHistory recordId={organization.documentId} />
        </Card>
      </Space>
    );
  }

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('menu.visitor.organization')}
      </Typography.Title>
      {body}
      {organizationId && (
        <div style={{ marginTop: 24 }}>
          <PersonalDataDownload organizationId={organizationId} />
        </div>
      )}
    </Card>
  );
};
