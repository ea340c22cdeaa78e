import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { JWT_KEY } from '../../providers/http';
import { renderPortal } from '../../test/render';
import { server, strapiList } from '../../test/server';

const delegations = [
  {
    id: 1,
    documentId: 'd-sh',
    code: 'shanghai',
    nameZh: '上海交易团',
    nameEn: 'Shanghai Delegation',
    referralCode: 'Q2021537',
    path: '/shanghai/',
    depth: 0,
    parent: null,
  },
  {
    id: 2,
    documentId: 'd-sh-pd',
    code: 'pudong',
    nameZh: '浦东新区分团',
    nameEn: 'Pudong Sub-delegation',
    referralCode: 'Q2021537',
    path: '/shanghai/pudong/',
    depth: 1,
    parent: { documentId: 'd-sh' },
  },
];

beforeEach(() => {
  server.use(
    http.get('*/api/delegations', () => strapiList(delegations)),
    http.get('*/api/editions', () => strapiList([])),
  );
});

const chooseCategory = async (label: string) => {
  await userEvent.click(screen.getByLabelText('单位类别'));
  await userEvent.click(await screen.findByTitle(label));
};

/**
 * The cms of these tests: codes are sent (and what was asked is kept), registration is refused
 * with the given field errors (and its body is kept).
 */
function serveRegistration(errors: object[]) {
  const seen = {
    codes: [] as unknown[],
    registration: undefined as Record<string, unknown> | undefined,
  };
  server.use(
    http.post('*/api/verification-codes', async ({ request }) => {
      seen.codes.push(((await request.json()) as { data: unknown }).data);
      return HttpResponse.json(
        { data: { expiresAt: new Date(Date.now() + 300_000).toISOString(), resendAfter: 60 } },
        { status: 202 },
      );
    }),
    http.post('*/api/registration', async ({ request }) => {
      seen.registration = ((await request.json()) as { data: Record<string, unknown> }).data;
      const error = {
        status: 400,
        name: 'ValidationError',
        message: 'Invalid',
        details: { errors },
      };
      return HttpResponse.json({ data: null, error }, { status: 400 });
    }),
  );
  return seen;
}

const stepShown = (testId: string) => expect(screen.getByTestId(testId)).toBeVisible();

describe('registration wizard, steps 1–3', () => {
  it('does not let a domestic organization continue without a delegation', async () => {
    renderPortal('/register');
    await screen.findByTestId('step-delegation', undefined, { timeout: 8000 });
    await chooseCategory('境内企业');
    await userEvent.click(screen.getByTestId('wizard-next'));
    expect(await screen.findByText('境内单位须选择交易团或分团')).toBeInTheDocument();
    stepShown('step-delegation');
    expect(screen.getByTestId('step-mobile')).not.toBeVisible();
  });

  it('lets an overseas organization continue without a delegation', async () => {
    renderPortal('/register');
    await screen.findByTestId('step-delegation', undefined, { timeout: 8000 });
    await chooseCategory('境外企业');
    await userEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => stepShown('step-mobile'));
  });

  it('selects the delegation of a referral code and then continues', async () => {
    renderPortal('/register');
    await screen.findByTestId('step-delegation', undefined, { timeout: 8000 });
    await chooseCategory('境内政府机构');
    await userEvent.type(screen.getByLabelText('推荐码'), 'q2021537');
    await userEvent.click(screen.getByRole('button', { name: '使用' }));
    expect(await screen.findByText(/已按推荐码选择：上海交易团/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => stepShown('step-mobile'));
  });

  it("shows the server's field errors on their fields and returns to that step", async () => {
    const seen = serveRegistration([
      { path: ['smsCode'], code: 'wrongCode', zh: '验证码错误', en: 'Wrong code' },
      {
        path: ['creditCode'],
        code: 'alreadyRegistered',
        zh: '该统一社会信用代码已登记',
        en: 'Already registered',
      },
    ]);
    renderPortal('/register');
    await screen.findByTestId('step-delegation', undefined, { timeout: 8000 });
    await chooseCategory('境内企业');
    await userEvent.type(screen.getByLabelText('推荐码'), 'Q2021537');
    await userEvent.click(screen.getByRole('button', { name: '使用' }));
    await screen.findByText(/已按推荐码选择/);
    await userEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => stepShown('step-mobile'));

    await userEvent.type(screen.getByLabelText('手机号码'), '13800138000');
    await userEvent.click(screen.getByTestId('send-code'));
    expect(await screen.findByText(/秒后重发/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('短信验证码'), '123456');
    await userEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => stepShown('step-account'));

    await userEvent.type(screen.getByLabelText('统一社会信用代码'), '91310115MA1FL8K22H');
    await userEvent.type(screen.getByLabelText('联系邮箱'), 'liaison@example.cn');
    await userEvent.type(screen.getByTestId('password-input'), 'Secret2025');
    await userEvent.type(screen.getByTestId('password-confirm-input'), 'Secret2025');
    await userEvent.click(screen.getByTestId('register-submit'));

    // Back on the mobile step, with the code's message under the code field.
    await waitFor(() => stepShown('step-mobile'));
    const mobileStep = screen.getByTestId('step-mobile');
    expect(await within(mobileStep).findByText('验证码错误')).toBeInTheDocument();
    expect(await screen.findByText('该统一社会信用代码已登记')).toBeInTheDocument();
    expect(seen.registration).toMatchObject({
      category: 'domesticEnterprise',
      delegation: 'd-sh',
      referralCode: 'Q2021537',
      mobile: '13800138000',
      smsCode: '123456',
      creditCode: '91310115MA1FL8K22H',
      email: 'liaison@example.cn',
      password: 'Secret2025',
    });
    expect(window.localStorage.getItem(JWT_KEY)).toBeNull();
  });

  it('verifies an overseas liaison with a number abroad by an email code and sends it', async () => {
    const seen = serveRegistration([
      { path: ['emailCode'], code: 'wrongCode', zh: '验证码错误', en: 'Wrong' },
    ]);
    renderPortal('/register');
    await screen.findByTestId('step-delegation', undefined, { timeout: 8000 });
    await chooseCategory('境外企业');
    await userEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => stepShown('step-mobile'));

    await userEvent.type(screen.getByLabelText('手机号码'), '+44 791112345');
    await userEvent.click(screen.getByTestId('wizard-next'));
    expect(
      await screen.findByText('手机号码格式不正确（境外号码请以 + 和国家或地区代码开头）'),
    ).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('手机号码'));
    await userEvent.type(screen.getByLabelText('手机号码'), '+44 7911 123456');
    await screen.findByTestId('email-verification-hint');
    expect(screen.queryByLabelText('短信验证码')).toBeNull();
    await userEvent.type(screen.getByLabelText('账号邮箱'), 'liaison@example.co.uk');
    await userEvent.click(screen.getByTestId('send-code'));
    await waitFor(() =>
      expect(seen.codes).toEqual([
        { channel: 'email', target: 'liaison@example.co.uk', purpose: 'register' },
      ]),
    );
    await userEvent.type(screen.getByLabelText('邮箱验证码'), '654321');
    await userEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => stepShown('step-account'));
    expect(screen.queryByTestId('credit-code-input')).toBeNull();
    await userEvent.type(screen.getByTestId('password-input'), 'Secret2025');
    await userEvent.type(screen.getByTestId('password-confirm-input'), 'Secret2025');
    await userEvent.click(screen.getByTestId('register-submit'));

    await waitFor(() => stepShown('step-mobile'));
    expect(
      await within(screen.getByTestId('step-mobile')).findByText('验证码错误'),
    ).toBeInTheDocument();
    expect(seen.registration).toMatchObject({
      category: 'overseasEnterprise',
      mobile: '+44 7911 123456',
      email: 'liaison@example.co.uk',
      emailCode: '654321',
    });
    expect(seen.registration?.smsCode).toBeUndefined();
  }, 60_000);
});
