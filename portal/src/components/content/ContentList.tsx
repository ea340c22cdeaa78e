import { type CrudFilter, type CrudSort, useList } from '@refinedev/core';
import { Alert, Button, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTENT_KINDS, type ContentBase, type ContentKind } from './types';

interface Props<T extends ContentBase> {
  kind: ContentKind;
  basePath: string;
  testId: string;
  filters?: CrudFilter[];
  sorters: CrudSort[];
  pageSize?: number;
  extra?: (item: T) => ReactNode;
}

/** A published, localized content list; each title opens the detail view. */
export const ContentList = <T extends ContentBase>({
  kind,
  basePath,
  testId,
  filters,
  sorters,
  pageSize = 5,
  extra,
}: Props<T>) => {
  const { t, i18n } = useTranslation();
  const { query, result } = useList<T>({
    resource: CONTENT_KINDS[kind],
    filters,
    sorters,
    pagination: { currentPage: 1, pageSize },
    meta: { locale: i18n.language, auth: false },
    errorNotification: false,
  });
  if (query.isError) {
    return (
      <Alert
        data-testid={testId}
        type="warning"
        showIcon
        message={t('services.loadFailed')}
        description={query.error?.message}
        action={
          <Button size="small" onClick={() => query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  return (
    <List<T>
      data-testid={testId}
      loading={query.isLoading}
      dataSource={result.data}
      locale={{ emptyText: t('services.empty') }}
      renderItem={(item) => (
        <List.Item key={item.documentId}>
          <List.Item.Meta
            title={<Link to={`${basePath}/${kind}/${item.documentId}`}>{item.title}</Link>}
            description={
              <>
                {item.summary && (
                  <Typography.Paragraph
                    type="secondary"
                    ellipsis={{ rows: 2 }}
                    style={{ marginBottom: 4 }}
                  >
                    {item.summary}
                  </Typography.Paragraph>
                )}
                {extra?.(item)}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
};
