import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderPortal } from '../../test/render';
import { server, strapiList } from '../../test/server';

const requested: URL[] = [];

beforeEach(() => {
  requested.length = 0;
  server.use(
    http.get('*/api/:collection', ({ request, params }) => {
      const url = new URL(request.url);
      requested.push(url);
      const en = url.searchParams.get('locale') === 'en';
      if (params.collection === 'news-items') {
        const category = url.searchParams.get('filters[category][$eq]');
        return strapiList([
          {
            id: 1,
            documentId: `n-${category}`,
            title: en ? `News ${category}` : `资讯 ${category}`,
            summary: null,
            category,
            publishedAt: '2025-10-01T08:00:00.000Z',
          },
        ]);
      }
      if (params.collection === 'guides') {
        return strapiList([
          { id: 2, documentId: 'g1', title: en ? 'How to register' : '注册指南' },
        ]);
      }
      if (params.collection === 'activities') {
        return strapiList([
          {
            id: 3,
            documentId: 'a1',
            title: en ? 'Matchmaking' : '供需对接会',
            venue: 'Hall 4.1',
            startsAt: '2025-11-06T02:00:00.000Z',
            endsAt: '2025-11-06T04:00:00.000Z',
            capacity: 200,
            signUpDeadline: '2025-11-01T09:00:00.000Z',
          },
        ]);
      }
      return new HttpResponse(null, { status: 404 });
    }),
    http.get('*/api/activities/:id', ({ request }) =>
      HttpResponse.json({
        data: {
          id: 3,
          documentId: 'a1',
          title:
            new URL(request.url).searchParams.get('locale') === 'en' ? 'Matchmaking' : '供需对接会',
          body: '## 议程\n\n- 开场\n- **洽谈**\n\n<script>alert(1)</script>',
          venue: 'Hall 4.1',
          capacity: 200,
        },
      }),
    ),
  );
});

describe('exhibition services (public)', () => {
  it('lists news, pre-expo news, guides and activities and re-fetches in English', async () => {
    renderPortal('/services');
    const news = await screen.findByTestId('news-list');
    expect(await within(news).findByText('资讯 expoNews')).toBeInTheDocument();
    expect(
      await within(screen.getByTestId('pre-expo-news-list')).findByText('资讯 preExpoActivityNews'),
    ).toBeInTheDocument();
    expect(
      await within(screen.getByTestId('guide-list')).findByText('注册指南'),
    ).toBeInTheDocument();
    const activities = screen.getByTestId('activity-list');
    expect(await within(activities).findByText('供需对接会')).toBeInTheDocument();
    expect(activities).toHaveTextContent('Hall 4.1');
    expect(activities).toHaveTextContent('200 人');
    expect(screen.getByTestId('supply-demand')).toBeInTheDocument();
    expect(requested.every((url) => url.searchParams.get('locale') === 'zh-CN')).toBe(true);
    expect(requested.some((url) => url.searchParams.get('sort[0]') === 'sortOrder:asc')).toBe(true);

    await userEvent.setup().click(screen.getByTitle('English'));
    expect(await screen.findByText('News expoNews')).toBeInTheDocument();
    expect(await screen.findByText('Matchmaking')).toBeInTheDocument();
    expect(requested.some((url) => url.searchParams.get('locale') === 'en')).toBe(true);
  });

  it('opens an item and renders its markdown body as text, never as HTML', async () => {
    renderPortal('/services/activities/a1');
    expect(await screen.findByTestId('content-title')).toHaveTextContent('供需对接会');
    const body = screen.getByTestId('markdown');
    expect(within(body).getByRole('heading', { name: '议程' })).toBeInTheDocument();
    expect(within(body).getAllByRole('listitem')).toHaveLength(2);
    expect(body.querySelector('strong')).toHaveTextContent('洽谈');
    expect(body.querySelector('script')).toBeNull();
    expect(body).toHaveTextContent('<script>alert(1)</script>');
  });
});
