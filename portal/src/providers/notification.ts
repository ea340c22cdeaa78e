import type { NotificationProvider } from '@refinedev/core';
import { App } from 'antd';

/**
 * Refine's notices through antd's `App` notification (what `@refinedev/antd`'s provider does,
 * without importing that package's whole bundle on the login page). The portal's mutations are
 * pessimistic, so Refine never sends the undoable `progress` notice; it would show as plain info.
 */
export const useNotificationProvider = (): NotificationProvider => {
  const { notification } = App.useApp();
  return {
    open: ({ key, message, description, type }) =>
      notification.open({
        key,
        description: message,
        message: description ?? null,
        type: type === 'progress' ? 'info' : type,
      }),
    close: (key) => notification.destroy(key),
  };
};
