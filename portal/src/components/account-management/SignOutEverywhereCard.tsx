import { useLogout } from '@refinedev/core';
import { Button, Card, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAccountAction } from './useAccountAction';

/** 退出所有设备: every token of the account is revoked, this one too. */
export const SignOutEverywhereCard = () => {
  const { t } = useTranslation();
  const { mutate: logout } = useLogout();
  const { run, busy } = useAccountAction(null, []);
  return (
    <Card title={t('account.signOutEverywhere')} data-testid="sign-out-everywhere">
      <Typography.Paragraph type="secondary">
        {t('account.signOutEverywhereHint')}
      </Typography.Paragraph>
      <Popconfirm
        title={t('account.signOutEverywhereConfirm')}
        okText={t('account.signOutEverywhere')}
        cancelText={t('buttons.cancel')}
        onConfirm={async () => {
          const done = await run(
            '/api/account/sign-out-everywhere',
            'post',
            {},
            { refresh: false },
          );
          if (done !== null) logout();
        }}
      >
        <Button danger loading={busy} data-testid="sign-out-everywhere-button">
          {t('account.signOutEverywhere')}
        </Button>
      </Popconfirm>
    </Card>
  );
};
