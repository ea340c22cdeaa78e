/**
 * `POST /api/<plural>/:id/transitions` with `{ data: { action, reason? } }` for a record with a
 * lifecycle: scope-checked like every record route, then decided by the machine in config/.
 */
export const transitionRoutes = (uid: string, plural: string) => ({
  routes: [
    {
      method: 'POST',
      path: `/${plural}/:id/transitions`,
      handler: `${uid}.transition`,
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: `/${plural}/:id/history`,
      handler: `${uid}.history`,
      config: { policies: [] },
    },
  ],
});
