import { ArrowLeftOutlined, SearchOutlined } from '@ant-design/icons';
import { personStatuses, personStatusLabels } from '@pvis/config';
import { useInvalidate } from '@refinedev/core';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BulkFailures } from '../../../components/BulkFailures';
import { labelOf } from '../../../components/organization/labels';
import { PersonStatusTag } from '../../../components/person/PersonStatusTag';
import type { Person } from '../../../components/person/types';
import { type ApiError, request } from '../../../providers/http';
import { stringifyQuery } from '../../../providers/query-string';

interface PreviousPerson extends Person {
  editionNumber: number;
  badgeNumber?: string | null;
  inThisEdition: boolean;
}
interface Search {
  edition?: number;
  idNumber?: string;
  status?: string[];
  name?: string;
}
interface Result {
  documentId: string;
  ok: boolean;
  errors?: { zh: string; en: string }[];
}

/**
 * 往届专业观众人员: the organization's persons of earlier editions, ticked and brought into this
 * edition as drafts to check and edit (往届人员带出).
 */
export const PreviousPersonsPage = () => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const lang = i18n.language;
  const [search, setSearch] = useState<Search>({});
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<PreviousPerson[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [failures, setFailures] = useState<string[]>([]);
  const invalidate = useInvalidate();

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const query = stringifyQuery({
        edition: search.edition,
        idNumber: search.idNumber?.trim() || undefined,
        status: search.status?.length ? search.status.join(',') : undefined,
        name: search.name?.trim() || undefined,
        page,
        pageSize: 20,
      });
      const body = await request<{
        data: PreviousPerson[];
        meta: { pagination: { total: number } };
      }>(`/api/persons/previous?${query}`);
      setRows(body.data);
      setTotal(body.meta.pagination.total);
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setLoading(false);
    }
  }, [search, page, message]);
  useEffect(() => {
    void load();
  }, [load]);

  const bringForward = async () => {
    try {
      const body = await request<{ data: Result[] }>('/api/persons/bring-forward', {
        method: 'POST',
        body: { data: { documentIds: selected } },
      });
      const done = body.data.filter((r) => r.ok).length;
      if (done) message.success(t('persons.broughtForward', { count: done }));
      const nameOf = (id: string) => rows.find((r) => r.documentId === id)?.name ?? id;
      setFailures(
        body.data
          .filter((r) => !r.ok)
          .map(
            (r) =>
              `${nameOf(r.documentId)}：${r.errors?.map((e) => (lang === 'en' ? e.en : e.zh)).join('；')}`,
          ),
      );
      setSelected([]);
      // The person list is cached by Refine: it must show the newcomers when the liaison goes back.
      await invalidate({ resource: 'persons', invalidates: ['list'] });
      await load();
    } catch (error) {
      message.error((error as ApiError).message);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/visitor/persons">
        <ArrowLeftOutlined /> {t('persons.backToList')}
      </Link>
      <Card size="small" title={t('persons.previous')}>
        <Form<Search>
          name="previous-search"
          layout="vertical"
          onFinish={(values) => {
            setSearch(values);
            setPage(1);
          }}
        >
          <Row gutter={[12, 0]}>
            <Col xs={12} lg={4}>
              <Form.Item name="edition" label={t('persons.edition')}>
                <InputNumber min={1} max={99} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="idNumber" label={t('persons.idNumber')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="status" label={t('persons.status')}>
                <Select
                  mode="multiple"
                  allowClear
                  maxTagCount="responsive"
                  options={personStatuses.map((s) => ({
                    value: s,
                    label: labelOf(personStatusLabels, s, lang),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={5}>
              <Form.Item name="name" label={t('persons.name')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} lg={3} style={{ display: 'flex', alignItems: 'flex-end' }}>
              <Form.Item>
                <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                  {t('review.search')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <Space style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            disabled={selected.length === 0}
            onClick={bringForward}
            data-testid="bring-forward"
          >
            {t('persons.bringForward', { count: selected.length })}
          </Button>
        </Space>
        {failures.length > 0 && (
          <BulkFailures title={t('persons.bringForwardFailed')} onClose={() => setFailures([])}>
            {failures.map((f) => (
              <div key={f}>{f}</div>
            ))}
          </BulkFailures>
        )}
        <Table<PreviousPerson>
          rowKey="documentId"
          size="small"
          scroll={{ x: 800 }}
          loading={loading}
          dataSource={rows}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (row) => ({ disabled: row.inThisEdition }),
          }}
          pagination={{
            current: page,
            pageSize: 20,
            total,
            onChange: setPage,
            showTotal: (n) => t('persons.total', { total: n }),
          }}
          columns={[
            {
              title: t('persons.edition'),
              dataIndex: 'editionNumber',
              render: (n: number) => t('persons.editionNumber', { n }),
            },
            { title: t('persons.name'), dataIndex: 'name' },
            { title: t('persons.idNumber'), dataIndex: 'idNumber' },
            { title: t('persons.position'), dataIndex: 'position' },
            { title: t('persons.badgeNumber'), dataIndex: 'badgeNumber' },
            {
              title: t('persons.status'),
              dataIndex: 'personStatus',
              render: (status: string, row) =>
                row.inThisEdition ? (
                  t('persons.inThisEdition')
                ) : (
                  <PersonStatusTag status={status} />
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
};
