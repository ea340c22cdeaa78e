import { Image, Skeleton } from 'antd';
import { type CSSProperties, type ReactNode, useEffect, useState } from 'react';
import { fetchBlob } from '../../providers/download';

/**
 * An object URL for a personal file (licence, ID photo, voucher): those are answered only to the
 * signed-in caller through their record's route, so an `<img src>` cannot load them — the file is
 * fetched with the JWT and shown from memory; the URL is released when it is no longer shown.
 */
export function usePrivateFile(url: string | null) {
  const [state, setState] = useState<{ url: string | null; href: string | null; failed: boolean }>({
    url: null,
    href: null,
    failed: false,
  });
  useEffect(() => {
    if (!url) return;
    let href: string | null = null;
    let live = true;
    fetchBlob(url)
      .then((blob) => {
        href = URL.createObjectURL(blob);
        if (live) setState({ url, href, failed: false });
        else URL.revokeObjectURL(href);
      })
      .catch(() => live && setState({ url, href: null, failed: true }));
    return () => {
      live = false;
      if (href) URL.revokeObjectURL(href);
    };
  }, [url]);
  // An answer for an earlier url is not this one's.
  return state.url === url ? state : { url, href: null, failed: false };
}

/** A personal image from its scoped route (e.g. `/api/persons/:id/photo`), with a preview. */
export const PrivateImage = ({
  url,
  alt,
  style,
  testId,
  fallback = null,
}: {
  url: string;
  alt: string;
  style?: CSSProperties;
  testId?: string;
  /** Shown when the file cannot be had (gone, or not for this caller's role). */
  fallback?: ReactNode;
}) => {
  const { href, failed } = usePrivateFile(url);
  if (failed) return <>{fallback}</>;
  if (!href) return <Skeleton.Image active />;
  return <Image data-testid={testId} src={href} alt={alt} style={style} />;
};

/**
 * The scoped route of a record's personal file; the file's id keeps a replaced file from being
 * taken for the old one.
 */
export const personalFileUrl = (
  route: string,
  file: { id?: number | string } | null | undefined,
) => (file?.id ? `${route}?v=${file.id}` : route);
