import { organizationStatuses } from '@pvis/config';
import { useGetIdentity, useOne } from '@refinedev/core';
import { Col, DatePicker, Form, type FormInstance, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../providers/auth';
import { FilterButtons } from '../review/FilterButtons';
import { DelegationTreeSelect } from './DelegationTreeSelect';
import { categoryOptions } from './labels';
import { QUEUE_DEFAULT_STATUS, type QueueSearch } from './queue-filters';
import type { Delegation } from './types';

/**
 * The search form of the organization queues: status, category, delegation (a reviewer picks
 * among their own delegation's subtree), submission dates, name or credit code.
 */
export const OrganizationFilterForm = ({
  scope,
  form,
  onSearch,
}: {
  scope: 'delegation' | 'operations';
  form: FormInstance<QueueSearch>;
  onSearch: (values: QueueSearch) => void;
}) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data: identity } = useGetIdentity<Identity>();
  const ownDelegationId = scope === 'delegation' ? identity?.delegation?.documentId : undefined;
  const { result: ownDelegation } = useOne<Delegation>({
    resource: 'delegations',
    id: ownDelegationId ?? '',
    queryOptions: { enabled: Boolean(ownDelegationId) },
    meta: { fields: ['path', 'nameZh', 'nameEn', 'code'] },
    errorNotification: false,
  });
  const statusOptions = organizationStatuses.map((s) => ({
    value: s,
    label: t(`reviewStatus.${s}`),
  }));
  return (
    <Form<QueueSearch>
      form={form}
      onFinish={onSearch}
      layout="vertical"
      initialValues={{ status: QUEUE_DEFAULT_STATUS }}
      data-testid="queue-filters"
    >
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('review.filterStatus')} name="status">
            <Select
              mode="multiple"
              allowClear
              options={statusOptions}
              data-testid="filter-status"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('registration.category')} name="category">
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              options={categoryOptions(lang, {
                domestic: t('registration.domestic'),
                overseas: t('registration.overseas'),
              })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item
            label={
              scope === 'delegation'
                ? t('review.filterSubDelegation')
                : t('registration.delegation')
            }
            name="delegationPath"
          >
            {scope === 'delegation' ? (
              <DelegationTreeSelect
                valueField="path"
                pathPrefix={ownDelegation?.path ?? null}
                disabled={!ownDelegation?.path}
                placeholder={t('review.allSubDelegations')}
              />
            ) : (
              <DelegationTreeSelect valueField="path" placeholder={t('review.allDelegations')} />
            )}
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('review.filterSubmitted')} name="submitted">
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={12}>
          <Form.Item label={t('review.filterSearch')} name="q">
            <Input
              allowClear
              placeholder={t('review.searchPlaceholder')}
              data-testid="filter-search"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={12} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <FilterButtons form={form} />
        </Col>
      </Row>
    </Form>
  );
};
