import { useOne } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useTransitions } from '../../providers/actions';
import type { ApiError } from '../../providers/http';
import { REVIEW_ACTIONS } from '../review/reviewable';
import { historyKey } from './ReviewHistory';

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
  const { transition } = useTransitions(resource);
  const { query, result: record } = useOne<T>({
    resource,
    id,
    meta: { populate },
    errorNotification: false,
  });

  const act = async (action: string, reason?: string) => {
    setBusy(true);
    try {
      // The record and the lists it is in are read again by the transition itself.
      await transition(id, action, reason);
      message.success(t(`review.done.${action}`, { defaultValue: t('review.doneGeneric') }));
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
