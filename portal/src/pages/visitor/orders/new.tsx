import {
  collectionMethods,
  fieldProblem,
  formatFen,
  ORDER_MAX_PERSONS,
  orderRequestRules,
  orderTerms,
} from '@pvis/config';
import { useList } from '@refinedev/core';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Radio,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type ExpressAddress, fullAddressOf } from '../../../components/express-address/types';
import { labelOf } from '../../../components/organization/labels';
import type { EntryDateOption, Person } from '../../../components/person/types';
import { type ApiError, request } from '../../../providers/http';

interface Edition {
  entryDateOptions?: EntryDateOption[];
  badgeTypes?: { code: string; labelZh: string; labelEn: string }[];
}

/**
 * 确认订单: the ticked persons with name, masked ID, badge type, entry dates and fee;
 * collection method (express to a saved address, or pick-up); the five notices to tick; head
 * count and amount due. The server recomputes everything and decides; this page only shows.
 */
export const OrderConfirmPage = () => {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ids = useMemo(() => (params.get('persons') ?? '').split(',').filter(Boolean), [params]);
  // One key per visit of this page: a double click or a retry cannot make a second order.
  const [idempotencyKey] = useState(() => crypto.randomUUID().replaceAll('-', ''));
  const [method, setMethod] = useState<'express' | 'pickup'>('express');
  const [addressId, setAddressId] = useState<string | undefined>();
  const [accepted, setAccepted] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const persons = useList<Person>({
    resource: 'persons',
    filters: [{ field: 'documentId', operator: 'in', value: ids }],
    pagination: { pageSize: ORDER_MAX_PERSONS },
    queryOptions: { enabled: ids.length > 0 },
  });
  const edition = useList<Edition>({
    resource: 'editions',
    filters: [{ field: 'current', operator: 'eq', value: true }],
    pagination: { mode: 'off' },
    meta: { fields: ['number'], populate: { entryDateOptions: true, badgeTypes: true } },
  });
  const addresses = useList<ExpressAddress>({
    resource: 'express-addresses',
    pagination: { mode: 'off' },
  });
  const rows = persons.result?.data ?? [];
  const options = edition.result?.data?.[0]?.entryDateOptions ?? [];
  const badgeTypes = edition.result?.data?.[0]?.badgeTypes ?? [];
  const saved = addresses.result?.data ?? [];
  const chosenAddress = addressId ?? saved.find((a) => a.isDefault)?.documentId;
  const feeOf = (person: Person) =>
    options.find((o) => o.code === person.entryDateOption)?.feeFen ?? 0;
  const amount = rows.reduce((sum, p) => sum + feeOf(p), 0);
  const notPending = rows.filter((p) => p.personStatus !== 'pendingPayment');
  // The order request's own rule: every notice ticked before the order can be sent.
  const termsMissing = fieldProblem(orderRequestRules(method).termsAccepted, accepted) !== null;

  const submit = async () => {
    setBusy(true);
    setErrors([]);
    try {
      const body = await request<{ data: { documentId: string } }>('/api/badge-orders', {
        method: 'POST',
        body: {
          data: {
            personIds: ids,
            collectionMethod: method,
            expressAddressId: method === 'express' ? chosenAddress : undefined,
            termsAccepted: accepted,
            idempotencyKey,
          },
        },
      });
      navigate(`/visitor/orders/${body.data.documentId}`);
    } catch (e) {
      const error = e as ApiError;
      setErrors(error.errors ? Object.values(error.errors) : [error.message]);
    } finally {
      setBusy(false);
    }
  };

  if (ids.length === 0) {
    return (
      <Empty description={t('orders.noneSelected')}>
        <Link to="/visitor/persons">
          <Button type="primary">{t('persons.backToList')}</Button>
        </Link>
      </Empty>
    );
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('orders.confirmTitle')}>
        <Table<Person>
          rowKey="documentId"
          size="small"
          pagination={false}
          scroll={{ x: 720 }}
          loading={persons.query.isLoading}
          dataSource={rows}
          data-testid="order-persons"
          columns={[
            { title: t('persons.name'), dataIndex: 'name' },
            { title: t('persons.idNumber'), dataIndex: 'idNumber' },
            {
              title: t('orders.badgeType'),
              dataIndex: 'badgeType',
              render: (code: string | null) => {
                const type = badgeTypes.find((b) => b.code === code) ?? badgeTypes[0];
                return type ? (en ? type.labelEn : type.labelZh) : '—';
              },
            },
            {
              title: t('persons.entryDate'),
              dataIndex: 'entryDateOption',
              render: (code: string) => {
                const option = options.find((o) => o.code === code);
                return option ? (en ? option.labelEn : option.labelZh) : code;
              },
            },
            {
              title: t('orders.fee'),
              key: 'fee',
              align: 'right',
              render: (_: unknown, person: Person) => formatFen(feeOf(person)),
            },
          ]}
        />
        {notPending.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            message={t('orders.notPending', { names: notPending.map((p) => p.name).join('、') })}
          />
        )}
      </Card>
      <Card size="small" title={t('orders.collection')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group
            value={method}
            onChange={(e) => setMethod(e.target.value)}
            options={collectionMethods.map((m) => ({
              value: m.code,
              label: labelOf(collectionMethods, m.code, i18n.language),
            }))}
            data-testid="order-collection"
          />
          {method === 'express' &&
            (saved.length > 0 ? (
              <Select
                style={{ width: '100%', maxWidth: 560 }}
                value={chosenAddress}
                onChange={setAddressId}
                options={saved.map((a) => ({
                  value: a.documentId,
                  label: `${a.recipient} ${a.mobile} · ${fullAddressOf(a)}`,
                }))}
                data-testid="order-address"
              />
            ) : (
              <Alert
                type="info"
                showIcon
                message={
                  <span>
                    {t('orders.noAddress')}{' '}
                    <Link to="/visitor/addresses">{t('menu.visitor.addresses')}</Link>
                  </span>
                }
              />
            ))}
        </Space>
      </Card>
      <Card size="small" title={t('orders.terms')}>
        <Checkbox.Group
          value={accepted}
          onChange={(values) => setAccepted(values.map(String))}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          data-testid="order-terms"
        >
          {orderTerms.map((term, i) => (
            <Checkbox key={term.code} value={term.code}>
              {i + 1}. {en ? term.en : term.zh}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Card>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('orders.headCount')}>{rows.length}</Descriptions.Item>
          <Descriptions.Item label={t('orders.amountDue')}>
            <Typography.Text strong style={{ fontSize: 18 }} data-testid="order-amount">
              {formatFen(amount)}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        {errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            message={errors.map((m) => <div key={m}>{m}</div>)}
          />
        )}
        <Space>
          <Button
            type="primary"
            loading={busy}
            disabled={termsMissing || notPending.length > 0}
            onClick={() => void submit()}
            data-testid="order-submit"
          >
            {t('orders.submit')}
          </Button>
          <Link to="/visitor/persons">
            <Button>{t('persons.backToList')}</Button>
          </Link>
        </Space>
      </Card>
    </Space>
  );
};
