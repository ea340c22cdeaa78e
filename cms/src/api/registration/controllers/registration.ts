import {
  checkInput,
  organizationCategories,
  registrationRequest,
  registrationVerification,
} from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { resolveCaller } from '../../../access/caller';
import { accountProvedByCode } from '../../../accounts/by-code';
import type { FieldsOf } from '../../../db/document-fields';
import {
  conflict,
  type FieldError,
  fieldError,
  invalidFields,
  isConstraintViolation,
  notFound,
} from '../../../errors';
import { localeOf } from '../../../http/locale';
import { fieldErrorsOf } from '../../../http/request-schema';
import {
  createLiaison,
  duplicateAccount,
  findUser,
  linkOrganization,
  passwordProblems,
  session,
  setPassword,
} from '../../../registration/accounts';
import { carryForward } from '../../../registration/carry-forward';
import { currentEdition } from '../../../registration/edition';
import { type Channel, checkTarget, verifyCode } from '../../../verification/codes';

type Body = Record<string, unknown>;
const bodyOf = (ctx: Context) => ((ctx.request.body as { data?: Body })?.data ?? {}) as Body;
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

interface DelegationRow {
  documentId: string;
  path: string;
  referralCode: string;
}

/** The delegation a registration joins: chosen in the tree, or found by referral code, or both agreeing. */
async function resolveDelegation(
  strapi: Core.Strapi,
  delegationId: string,
  referralCode: string,
  problems: FieldError[],
) {
  const delegations = strapi.documents('api::delegation.delegation');
  const fields: FieldsOf<'api::delegation.delegation'> = ['documentId', 'path', 'referralCode'];
  const chosen = delegationId
    ? ((await delegations.findOne({
        documentId: delegationId,
        fields,
      })) as unknown as DelegationRow | null)
    : null;
  if (delegationId && !chosen) {
    problems.push(
      fieldError('delegation', 'unknownDelegation', '所选交易团不存在', 'Unknown delegation'),
    );
  }
  if (!referralCode) return chosen;
  const byCode = (await delegations.findFirst({
    filters: { referralCode: referralCode.toUpperCase(), depth: 0 },
    fields,
  })) as unknown as DelegationRow | null;
  if (!byCode) {
    problems.push(
      fieldError('referralCode', 'unknownReferralCode', '推荐码不存在', 'Unknown referral code'),
    );
    return chosen;
  }
  if (chosen && !chosen.path.startsWith(byCode.path)) {
    problems.push(
      fieldError(
        'delegation',
        'notInReferralDelegation',
        '所选交易团与推荐码不一致',
        'The delegation does not match the referral code',
      ),
    );
  }
  return chosen ?? byCode;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * POST /api/registration — the account steps of the wizard: verified mobile, account (credit
   * code or email) and password; creates the liaison and this edition's draft organization.
   */
  async register(ctx: Context) {
    const data = bodyOf(ctx);
    const checked = checkInput(registrationRequest(data.category), data);
    const problems: FieldError[] = checked.ok ? [] : fieldErrorsOf(checked.problems);
    const category = organizationCategories.find((c) => c.code === data.category);
    problems.push(...passwordProblems(data.password, data.passwordConfirmation ?? data.password));
    const delegation = await resolveDelegation(
      strapi,
      text(data.delegation),
      text(data.referralCode),
      problems,
    );
    if (category?.domestic && !delegation && !problems.some((p) => p.path[0] === 'referralCode')) {
      problems.push(
        fieldError(
          'delegation',
          'delegationRequired',
          '境内单位须选择所属交易团或填写推荐码',
          'A domestic organization must choose its delegation or enter a referral code',
        ),
      );
    }
    if (!checked.ok || problems.length > 0) throw invalidFields(problems);
    const { mobile, email, creditCode } = checked.value;
    // A number abroad gets no SMS from us: its liaison proves the account email instead.
    const verification = registrationVerification(mobile);
    await verifyCode(strapi, {
      channel: verification.channel,
      target: verification.channel === 'sms' ? mobile : email,
      purpose: 'register',
      code: data[verification.field],
      field: verification.field,
      ip: ctx.request.ip,
    });

    const edition = await currentEdition(strapi);
    const username = category!.domestic && creditCode ? creditCode : email;
    if (await findUser(strapi, { username: { $eqi: username } }))
      throw conflict([duplicateAccount(category!.domestic ? 'creditCode' : 'email')]);
    if (await findUser(strapi, { email: { $eqi: email } }))
      throw conflict([duplicateAccount('email')]);
    try {
      const { organization, userId } = await strapi.db.transaction(async () => {
        const organization = await strapi.documents('api::organization.organization').create({
          data: {
            editionNumber: edition.number,
            edition: edition.documentId,
            delegation: delegation?.documentId,
            delegationPath: delegation?.path,
            referralCode: delegation?.referralCode,
            category: category!.code,
            creditCode: category!.domestic ? creditCode : undefined,
            accountEmail: email,
            contactMobile: mobile,
            contactEmail: email,
            mobileVerifiedAt: verification.channel === 'sms' ? new Date().toISOString() : undefined,
            reviewStatus: 'draft',
          },
        });
        const user = await createLiaison(strapi, {
          username,
          email,
          password: String(data.password),
          mobile,
          organization: organization.documentId,
          locale: localeOf(ctx),
        });
        return { organization, userId: user.id };
      });
      ctx.status = 201;
      ctx.body = { data: { ...(await session(strapi, userId)), organization } };
    } catch (error) {
      if (isConstraintViolation(error))
        throw conflict([duplicateAccount(category!.domestic ? 'creditCode' : 'email')]);
      throw error;
    }
  },

  /** POST /api/registration/renewal — a returning liaison gets this edition's pre-filled draft. */
  async renew(ctx: Context) {
    const caller = await resolveCaller(strapi, ctx.state);
    if (!caller.organizationRef || !caller.userDocumentId) throw notFound();
    const edition = await currentEdition(strapi);
    if (caller.editionNumber === edition.number) {
      ctx.body = {
        data: await strapi
          .documents('api::organization.organization')
          .findOne({ documentId: caller.organizationRef }),
      };
      return;
    }
    const organization = await strapi.db.transaction(async () => {
      const created = await carryForward(strapi, caller.organizationRef!, edition);
      await linkOrganization(strapi, caller.userDocumentId!, created.documentId);
      return created;
    });
    ctx.status = 201;
    ctx.body = { data: organization };
  },

  /** POST /api/auth/reset-by-code — forgot password, or a returning organization without its password. */
  async resetByCode(ctx: Context) {
    const data = bodyOf(ctx);
    const targetProblem = checkTarget(data.channel, data.target);
    const problems = [
      ...(targetProblem ? [targetProblem] : []),
      ...passwordProblems(data.password, data.passwordConfirmation),
    ];
    if (problems.length > 0) throw invalidFields(problems);
    const user = await accountProvedByCode(strapi, {
      channel: data.channel as Channel,
      target: text(data.target),
      purpose: 'resetPassword',
      code: data.code,
      ip: ctx.request.ip,
    });
    await setPassword(strapi, user.id, String(data.password));
    ctx.body = { data: await session(strapi, user.id) };
  },
});
