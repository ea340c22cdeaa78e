import { EnvironmentOutlined, PhoneOutlined, PlusOutlined } from '@ant-design/icons';
import { EXPRESS_ADDRESS_LIMIT } from '@pvis/config';
import { useCreate, useDelete, useList, useUpdate } from '@refinedev/core';
import { Alert, App, Button, Card, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressDrawer } from '../../../components/express-address/AddressDrawer';
import {
  type ExpressAddress,
  type ExpressAddressInput,
  fullAddressOf,
  toRequestData,
} from '../../../components/express-address/types';
import { useCmsAction } from '../../../providers/actions';
import type { ApiError } from '../../../providers/http';

const RESOURCE = 'express-addresses';
/** The page says what happened itself (and the drawer puts field errors on its fields). */
const QUIET = { successNotification: false, errorNotification: false } as const;

/**
 * `/visitor/addresses` (证件快递常用地址): the organization's address book for badge
 * delivery. The default is marked and switched by the server's own action; the limit and the
 * one default are the server's rules, shown here before they refuse anything.
 */
export const VisitorAddressesPage = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { query, result } = useList<ExpressAddress>({
    resource: RESOURCE,
    sorters: [{ field: 'id', order: 'asc' }],
    pagination: { mode: 'off' },
    errorNotification: false,
  });
  const addresses = result.data ?? [];
  const full = addresses.length >= EXPRESS_ADDRESS_LIMIT;
  const [editing, setEditing] = useState<ExpressAddress | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const { mutateAsync: create } = useCreate();
  const { mutateAsync: update } = useUpdate();
  const { mutateAsync: remove } = useDelete();
  const { send } = useCmsAction();

  const openDrawer = (address: ExpressAddress | null) => {
    setEditing(address);
    setDrawerOpen(true);
  };

  const save = async (values: ExpressAddressInput) => {
    const data = toRequestData(values);
    if (editing)
      await update({ resource: RESOURCE, id: editing.documentId, values: data, ...QUIET });
    else await create({ resource: RESOURCE, values: data, ...QUIET });
    setDrawerOpen(false);
    message.success(t('addresses.saved'));
  };

  /** Set default or delete: one at a time per address, the list read again after. */
  const act = async (address: ExpressAddress, action: 'default' | 'delete') => {
    setBusy(`${action}:${address.documentId}`);
    try {
      if (action === 'default') {
        await send(`/api/${RESOURCE}/${address.documentId}/default`, { invalidates: [RESOURCE] });
        message.success(t('addresses.madeDefault'));
      } else {
        await remove({ resource: RESOURCE, id: address.documentId, ...QUIET });
        message.success(t('addresses.deleted'));
      }
    } catch (error) {
      message.error((error as ApiError).message);
      // Another tab may have changed the book: show it as the server has it.
      await query.refetch();
    } finally {
      setBusy(null);
    }
  };

  const actionsOf = (address: ExpressAddress) => [
    ...(address.isDefault
      ? []
      : [
          <Button
            key="default"
            type="link"
            size="small"
            loading={busy === `default:${address.documentId}`}
            onClick={() => act(address, 'default')}
            data-testid="address-make-default"
          >
            {t('addresses.makeDefault')}
          </Button>,
        ]),
    <Button
      key="edit"
      type="link"
      size="small"
      onClick={() => openDrawer(address)}
      data-testid="address-edit"
    >
      {t('addresses.editShort')}
    </Button>,
    <Popconfirm
      key="delete"
      title={t('addresses.deleteConfirm')}
      description={address.isDefault ? t('addresses.deleteDefaultHint') : undefined}
      okText={t('addresses.delete')}
      cancelText={t('addresses.cancel')}
      onConfirm={() => act(address, 'delete')}
    >
      <Button
        type="link"
        size="small"
        danger
        loading={busy === `delete:${address.documentId}`}
        data-testid="address-delete"
      >
        {t('addresses.delete')}
      </Button>
    </Popconfirm>,
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {t('menu.visitor.addresses')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="address-count">
            {t('addresses.count', { count: addresses.length, limit: EXPRESS_ADDRESS_LIMIT })}
          </Typography.Text>
        </div>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={full || query.isLoading}
          onClick={() => openDrawer(null)}
          data-testid="address-add"
        >
          {t('addresses.add')}
        </Button>
      </Flex>
      {full && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('addresses.limitReached', { limit: EXPRESS_ADDRESS_LIMIT })}
          data-testid="address-limit"
        />
      )}
      {query.isError ? (
        <Alert
          type="error"
          showIcon
          message={t('addresses.loadFailed')}
          description={query.error?.message}
          action={<Button onClick={() => query.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <List<ExpressAddress>
          data-testid="address-list"
          loading={query.isLoading}
          grid={{ gutter: 16, xs: 1, sm: 1, md: 2, xl: 3 }}
          dataSource={addresses}
          locale={{ emptyText: t('addresses.empty') }}
          renderItem={(address) => (
            <List.Item key={address.documentId}>
              <Card
                size="small"
                data-testid="address-card"
                data-default={address.isDefault}
                style={address.isDefault ? { borderColor: '#1456b8' } : undefined}
                title={
                  <Flex gap={8} align="center" wrap>
                    <span>{address.recipient}</span>
                    {address.isDefault && (
                      <Tag color="blue" data-testid="address-default-tag">
                        {t('addresses.default')}
                      </Tag>
                    )}
                  </Flex>
                }
                actions={actionsOf(address)}
              >
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  <EnvironmentOutlined /> {fullAddressOf(address)}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  <PhoneOutlined /> {address.mobile} · {t('addresses.postcode')} {address.postcode}
                </Typography.Text>
              </Card>
            </List.Item>
          )}
        />
      )}
      <AddressDrawer
        open={drawerOpen}
        address={editing}
        onClose={() => setDrawerOpen(false)}
        onSave={save}
      />
    </Card>
  );
};
