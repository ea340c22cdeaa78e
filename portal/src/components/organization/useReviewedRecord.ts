import { useOne } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type ApiError, request } from '../../providers/http';
import { historyKey } from './ReviewHistory';

const REVIEW_ACTIONS: readonly string[] = ['approve', 'reject'];

/**
 * The record a review page shows (`:id` of the route), its review actions as the server allows
 * them, and `act` — one transition, then the record and its history read again.
 */
export function useReviewedRecord<T extends { allowedActions?: string[] }>(
  resource: string,
  populate: Record<string, unknown>,
) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const { query, result: record } = useOne<T>({
    resource,
    id,
    meta: { populate },
    errorNotification: false,
  });

  const act = async (action: string, reason?: string) => {
    setBusy(true);
    try {
      await request(`/api/${resource}/${encodeURIComponent(id)}/transitions`, {
        method: 'POST',
        body: { data: { action, reason } },
      });
      message.success(t(`review.done.${action}`, { defaultValue: t('review.doneGeneric') }));
      await query.refetch();
      await queryClient.invalidateQueries({ queryKey: historyKey(resource, id) });
    } catch (error) {
      const e = error as ApiError;
      message.error(e.errors ? Object.values(e.errors).join('；') : e.message);
    } finally {
      setBusy(false);
    }
  };

  const allowed = (record?.allowedActions ?? []).filter((a) => REVIEW_ACTIONS.includes(a));
  return { id, query, record, act, busy, allowed };
}
