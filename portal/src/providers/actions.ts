import {
  type BaseKey,
  type BaseRecord,
  type HttpError,
  useCustomMutation,
  useInvalidate,
} from '@refinedev/core';
import { useCallback } from 'react';

export interface CmsActionOptions {
  method?: 'post' | 'put' | 'delete';
  /** The request's `data` (Strapi's envelope); none for a bare POST or DELETE. */
  data?: unknown;
  /** A body outside the envelope (users-permissions' own routes, e.g. `/auth/local`). */
  body?: object;
  /** false: send no JWT (a sign-in before the session exists). */
  auth?: boolean;
  /** The Refine resources read again after success (their lists and records). */
  invalidates?: string[];
}

/**
 * One write to a cms route that is not plain CRUD (a transition, a bulk decision, a reuse, a
 * match…) through Refine's data provider, so a 401 ends the session like any Refine call and the
 * resources it changed are read again. The page shows its own success and error messages; the
 * promise rejects with the `ApiError` (field errors included).
 */
export function useCmsAction() {
  const { mutateAsync, mutation } = useCustomMutation<BaseRecord, HttpError, object | undefined>();
  const invalidate = useInvalidate();
  const send = useCallback(
    async <T = unknown>(
      url: string,
      { method = 'post', data, body, auth, invalidates = [] }: CmsActionOptions = {},
    ): Promise<T> => {
      const answer = await mutateAsync({
        url,
        method,
        values: body ?? (data === undefined ? undefined : { data }),
        meta: auth === false ? { auth: false } : undefined,
        successNotification: false,
        errorNotification: false,
      });
      await Promise.all(
        invalidates.map((resource) => invalidate({ resource, invalidates: ['resourceAll'] })),
      );
      return answer.data as T;
    },
    [mutateAsync, invalidate],
  );
  return { send, busy: mutation.isPending };
}

/** What a bulk route answers: each row decided by the server on its own. */
export interface BulkResult {
  succeeded: string[];
  failed: { documentId: string; code?: string; zh?: string; en?: string; message?: string }[];
}

/**
 * A record type's lifecycle routes: `POST /<resource>/:id/transitions` and
 * `POST /<resource>/bulk-transitions`; the resource (and `alsoChanged`) is read again after.
 */
export function useTransitions(resource: string, alsoChanged: string[] = []) {
  const { send, busy } = useCmsAction();
  const invalidates = [resource, ...alsoChanged];
  const transition = <T = unknown>(id: BaseKey, action: string, reason?: string) =>
    send<{ data: T }>(`/api/${resource}/${encodeURIComponent(String(id))}/transitions`, {
      data: { action, reason: reason || undefined },
      invalidates,
    });
  const bulk = async (documentIds: string[], action: string, reason?: string) =>
    (
      await send<{ data: BulkResult }>(`/api/${resource}/bulk-transitions`, {
        data: { documentIds, action, reason: reason || undefined },
        invalidates,
      })
    ).data;
  return { transition, bulk, busy };
}
