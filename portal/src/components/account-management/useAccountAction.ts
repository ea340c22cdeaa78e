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

/**
 * One 账户管理 request through Refine: the server's field errors land on the form's fields,
 * anything else in a message; the account is re-read after a success.
 */
export function useAccountAction<V extends object>(form: FormInstance<V> | null, fields: string[]) {
  const { mutateAsync, mutation } = useCustomMutation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const run = useCallback(
    async <T = unknown>(url: string, method: 'post' | 'put', values: object): Promise<T | null> => {
      try {
        const answer = await mutateAsync({
          url,
          method,
          values,
          successNotification: false,
          errorNotification: false,
        });
        await queryClient.invalidateQueries({ queryKey: ACCOUNT_QUERY });
        return (answer.data ?? null) as T | null;
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
