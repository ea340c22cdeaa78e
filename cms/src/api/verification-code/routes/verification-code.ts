/** Verification codes have no REST records: the only route sends one (cms/API.md). */
export default {
  routes: [
    {
      method: 'POST',
      path: '/verification-codes',
      handler: 'api::verification-code.verification-code.send',
      config: { policies: [] },
    },
  ],
};
