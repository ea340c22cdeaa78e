import { useCustomMutation } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { applyFieldErrors } from '../form-errors';

/** What GET /api/account answers (the caller's own account). */
export interface Account {
  username: string;
  email: string | null;
  mobile: string | null;
  displayName?: string | null;
  role: string;
  canHandOver: boolean;
}

export const ACCOUNT_URL = '/api/account';
/** The query keys of the account page's reads (account, sign-ins), refreshed after each change. */
export const ACCOUNT_QUERY = ['account'];

interface RunOptions<T> {
  /** Takes the answer before the account is re-read (e.g. the new token after a password change). */
  keep?: (answer: T | null) => void;
  /** Re-read the account after success (default); not when the session ends with it. */
  refresh?: boolean;
}

/**
 * One 账户管理 request through Refine: the server's field errors land on the form's fields,
 * anything else in a message; the account is re-read after a success.
 */
export function useAccountAction<V extends object>(form: FormInstance<V> | null, fields: string[]) {
  const { mutateAsync, mutation } = useCustomMutation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const run = useCallback(
    async <T = unknown>(
      url: string,
      method: 'post' | 'put',
      values: object,
      options: RunOptions<T> = {},
    ): Promise<T | null> => {
      try {
        const answer = await mutateAsync({
          url,
          method,
          values,
          successNotification: false,
          errorNotification: false,
        });
        const body = (answer.data ?? null) as T | null;
        // Before the reads go again: a change that revoked this token gives the new one here.
        options.keep?.(body);
        if (options.refresh !== false)
          await queryClient.invalidateQueries({ queryKey: ACCOUNT_QUERY });
        return body;
      } catch (error) {
        const rest = form ? applyFieldErrors(form, error, fields) : [];
        const shown = form && rest.length === 0 && (error as { errors?: object }).errors;
        if (!shown)
          message.error(rest.map((p) => p.message).join('；') || (error as Error).message);
        return null;
      }
    },
    [mutateAsync, queryClient, form, fields, message],
  );
  return { run, busy: mutation.isPending };
}
