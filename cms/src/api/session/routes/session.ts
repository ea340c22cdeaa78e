/** Who am I (every portal role) and the liaison's progress flow. Permissions: access/custom-actions.ts. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/session',
      handler: 'api::session.session.show',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/visitor/progress',
      handler: 'api::session.progress.show',
      config: { policies: [] },
    },
  ],
};
