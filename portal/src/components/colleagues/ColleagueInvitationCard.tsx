import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Image, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { downloadFile, fetchBlob } from '../../providers/download';
import { type ApiError, request } from '../../providers/http';
import { formatDateTime } from '../beijing-time';

interface ColleagueLink {
  link: string;
  expiresAt: string;
}

const CURRENT = '/api/invitations/current';
const QR = '/api/invitations/current/qr.png';

/** The QR code of the current link, fetched with the JWT and shown from a blob URL. */
const useQrImage = (link: string | undefined) => {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!link) return undefined;
    let url: string | null = null;
    let cancelled = false;
    fetchBlob(QR)
      .then((blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setSrc(url);
      })
      .catch(() => setSrc(null));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [link]);
  return src;
};

/**
 * 快邀请 → 邀请单位同事: the organization's QR code and link for colleagues to register
 * themselves, with copy, PNG download and "issue a new link" (which voids the old one).
 */
export const ColleagueInvitationCard = () => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<'download' | 'renew' | null>(null);
  const current = useQuery({
    queryKey: ['colleague-invitation'],
    retry: false,
    queryFn: () => request<{ data: ColleagueLink }>(CURRENT).then((b) => b.data),
  });
  const link = current.data;
  const qr = useQrImage(link?.link);

  const renew = async () => {
    setBusy('renew');
    try {
      const body = await request<{ data: ColleagueLink }>(CURRENT, { method: 'POST' });
      queryClient.setQueryData(['colleague-invitation'], body.data);
      message.success(t('colleagueInvite.renewed'));
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    setBusy('download');
    try {
      await downloadFile(QR, `${t('colleagueInvite.fileName')}.png`);
    } catch (error) {
      message.error((error as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  const error = current.error as ApiError | null;
  return (
    <Card title={t('colleagueInvite.title')} data-testid="colleague-invitation-card">
      <Typography.Paragraph type="secondary">{t('colleagueInvite.intro')}</Typography.Paragraph>
      {current.isLoading && <Skeleton active />}
      {error && (
        <Alert
          type={error.statusCode === 409 ? 'info' : 'error'}
          showIcon
          message={error.statusCode === 409 ? t('colleagueInvite.notSubmitted') : error.message}
          action={
            error.statusCode === 409 ? (
              <Link to="/visitor/organization">{t('colleagueInvite.toOrganization')}</Link>
            ) : undefined
          }
          data-testid="invitation-unavailable"
        />
      )}
      {link && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ textAlign: 'center' }}>
            {qr ? (
              <Image
                src={qr}
                alt={t('colleagueInvite.qrAlt')}
                width={220}
                preview={false}
                data-testid="invitation-qr"
              />
            ) : (
              <Skeleton.Image active style={{ width: 220, height: 220 }} />
            )}
          </div>
          <div>
            <Typography.Text strong>{t('colleagueInvite.link')}</Typography.Text>
            <Typography.Paragraph
              copyable={{
                text: link.link,
                tooltips: [t('colleagueInvite.copy'), t('colleagueInvite.copied')],
              }}
              style={{ wordBreak: 'break-all', marginBottom: 4 }}
              data-testid="invitation-link"
            >
              {link.link}
            </Typography.Paragraph>
            <Typography.Text type="secondary" data-testid="invitation-expires">
              {t('colleagueInvite.expiresAt', {
                date: formatDateTime(link.expiresAt),
              })}
            </Typography.Text>
          </div>
          <Space wrap>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              loading={busy === 'download'}
              onClick={download}
              data-testid="invitation-download"
            >
              {t('colleagueInvite.download')}
            </Button>
            <Button
              icon={<ReloadOutlined />}
              loading={busy === 'renew'}
              data-testid="invitation-renew"
              onClick={() =>
                modal.confirm({
                  title: t('colleagueInvite.renewTitle'),
                  content: t('colleagueInvite.renewContent'),
                  okText: t('colleagueInvite.renew'),
                  cancelText: t('buttons.cancel'),
                  onOk: renew,
                })
              }
            >
              {t('colleagueInvite.renew')}
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  );
};
