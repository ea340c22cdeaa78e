import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ExpressAddress } from '../../../components/express-address/types';
import { renderPortal } from '../../../test/render';
import { approvedOrganization, server, sessionOf, signedIn } from '../../../test/server';

const address = (n: number, isDefault = false): ExpressAddress => ({
  documentId: `a${n}`,
  provinceCode: '310000',
  province: '上海市',
  cityCode: '310100',
  city: '上海市',
  districtCode: '310115',
  district: '浦东新区',
  street: `世纪大道 ${n} 号`,
  recipient: `收件人${n}`,
  mobile: '13800138000',
  postcode: '200120',
  isDefault,
});

/** A small stand-in for the cms: keeps the list and answers the page's requests. */
const useAddressBook = (initial: ExpressAddress[]) => {
  let book = [...initial];
  const requests: { method: string; url: string; body?: unknown }[] = [];
  server.use(
    sessionOf('liaison', { organization: approvedOrganization }),
    http.get('*/api/express-addresses', () =>
      HttpResponse.json({
        data: book,
        meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total: book.length } },
      }),
    ),
    http.post('*/api/express-addresses/:id/default', ({ params, request }) => {
      requests.push({ method: 'POST', url: new URL(request.url).pathname });
      book = book.map((a) => ({ ...a, isDefault: a.documentId === params.id }));
      return HttpResponse.json({ data: book.find((a) => a.isDefault) });
    }),
    http.post('*/api/express-addresses', async ({ request }) => {
      const body = (await request.json()) as { data: Record<string, string> };
      requests.push({ method: 'POST', url: new URL(request.url).pathname, body });
      return HttpResponse.json(
        {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: '2 fields are invalid',
            details: {
              errors: [
                {
                  path: ['districtCode'],
                  code: 'divisionMismatch',
                  zh: '所选区县不属于上一级行政区',
                  en: 'The district is not in the chosen city',
                },
                {
                  path: ['mobile'],
                  code: 'invalidMobile',
                  zh: '手机号码格式不正确',
                  en: 'Invalid mobile number',
                },
              ],
            },
          },
        },
        { status: 400 },
      );
    }),
  );
  return { requests };
};

signedIn('jwt-1');

const cards = () => screen.findAllByTestId('address-card', {}, { timeout: 5000 });

describe('/visitor/addresses (证件快递常用地址)', () => {
  it('marks the default and makes another the default through the server’s action', async () => {
    const { requests } = useAddressBook([address(1, true), address(2)]);
    renderPortal('/visitor/addresses');
    const [first, second] = await cards();
    expect(first).toHaveAttribute('data-default', 'true');
    expect(within(first).getByTestId('address-default-tag')).toHaveTextContent('默认地址');
    expect(within(first).queryByTestId('address-make-default')).toBeNull();
    expect(within(second).queryByTestId('address-default-tag')).toBeNull();
    expect(first).toHaveTextContent('上海市浦东新区 世纪大道 1 号');
    expect(screen.getByTestId('address-count')).toHaveTextContent('已保存 2 / 5 个地址');

    await userEvent.click(within(second).getByTestId('address-make-default'));
    await waitFor(() =>
      expect(screen.getAllByTestId('address-card')[1]).toHaveAttribute('data-default', 'true'),
    );
    expect(requests).toEqual([{ method: 'POST', url: '/api/express-addresses/a2/default' }]);
    expect((await cards())[0]).toHaveAttribute('data-default', 'false');
  });

  it('with five addresses, shows the limit and offers no add', async () => {
    useAddressBook([1, 2, 3, 4, 5].map((n) => address(n, n === 1)));
    renderPortal('/visitor/addresses');
    expect(await cards()).toHaveLength(5);
    expect(screen.getByTestId('address-add')).toBeDisabled();
    expect(screen.getByTestId('address-limit')).toHaveTextContent('每个单位最多保存 5 个常用地址');
  });

  it('sends the three division codes and shows the server’s errors on the picker and the field', async () => {
    const { requests } = useAddressBook([]);
    renderPortal('/visitor/addresses');
    expect(
      await screen.findByText('还没有常用地址，新增的第一个地址将作为默认地址。'),
    ).toBeVisible();
    await userEvent.click(screen.getByTestId('address-add'));
    const drawer = await screen.findByTestId('address-drawer');

    // The Cascader's search: the division data set loads on demand.
    const picker = within(drawer).getByRole('combobox');
    await userEvent.click(picker);
    await userEvent.type(picker, '浦东');
    const match = await waitFor(() => {
      const items = [...document.querySelectorAll('.ant-cascader-menu-item')];
      const found = items.find((item) => item.textContent === '上海市 / 上海市 / 浦东新区');
      if (!found) throw new Error(`no match among ${items.length} options`);
      return found;
    });
    await userEvent.click(match);
    await userEvent.type(within(drawer).getByTestId('address-street'), '世纪大道 100 号');
    await userEvent.type(within(drawer).getByTestId('address-recipient'), '王敏');
    await userEvent.type(within(drawer).getByTestId('address-mobile'), '13800138000');
    await userEvent.type(within(drawer).getByTestId('address-postcode'), '200120');
    await userEvent.click(screen.getByTestId('address-save'));

    expect(await within(drawer).findByText('所选区县不属于上一级行政区')).toBeInTheDocument();
    expect(within(drawer).getByText('手机号码格式不正确')).toBeInTheDocument();
    expect(requests[0].body).toEqual({
      data: {
        provinceCode: '310000',
        cityCode: '310100',
        districtCode: '310115',
        street: '世纪大道 100 号',
        recipient: '王敏',
        mobile: '13800138000',
        postcode: '200120',
      },
    });
  }, 30_000);
});
