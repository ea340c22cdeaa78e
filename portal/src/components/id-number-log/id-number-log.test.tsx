import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { JWT_KEY } from '../../providers/http';
import { renderPortal } from '../../test/render';
import { server, sessionOf, strapiList } from '../../test/server';

let queries: string[] = [];

beforeEach(() => {
  queries = [];
  window.localStorage.setItem(JWT_KEY, 'jwt-operations');
  server.use(
    sessionOf('operations'),
    http.get('*/api/id-number-alerts', ({ request }) => {
      queries.push(decodeURIComponent(request.url));
      return strapiList([
        {
          documentId: 'a1',
          username: 'ops-night',
          role: 'operations',
          personsRead: 100,
          readLimit: 100,
          windowMinutes: 60,
          mailedTo: 'security@example.cn',
          raisedAt: '2026-12-02T02:00:00.000Z',
        },
      ]);
    }),
    http.get('*/api/id-number-reads', ({ request }) => {
      queries.push(decodeURIComponent(request.url));
      return strapiList([
        {
          documentId: 'r1',
          username: 'liaison-a',
          role: 'liaison',
          personNumber: 'P8-0000123',
          route: 'GET /api/persons/p1',
          readAt: '2026-12-02T01:00:00.000Z',
        },
      ]);
    }),
  );
});

describe('证件号码查看记录 (operations)', () => {
  it('lists the bulk-reading alerts and the whole-number reads, newest first', async () => {
    renderPortal('/operations/id-number-reads');
    const alerts = await screen.findByTestId('id-number-alerts', undefined, { timeout: 8000 });
    expect(await within(alerts).findByText('ops-night')).toBeInTheDocument();
    expect(within(alerts).getByText('60 分钟内超过 100 人')).toBeInTheDocument();
    const reads = screen.getByTestId('id-number-reads');
    expect(await within(reads).findByText('P8-0000123')).toBeInTheDocument();
    expect(within(reads).getByText('GET /api/persons/p1')).toBeInTheDocument();
    expect(
      queries.some((q) => q.includes('/id-number-alerts') && q.includes('sort[0]=raisedAt:desc')),
    ).toBe(true);
    expect(
      queries.some((q) => q.includes('/id-number-reads') && q.includes('sort[0]=readAt:desc')),
    ).toBe(true);
  });
});
