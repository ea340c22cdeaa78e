/** A content-API route of ours; permissions come from access/ (the policies list stays empty). */
export const customRoute = (method: string, path: string, handler: string) => ({
  method,
  path,
  handler,
  config: { policies: [] as string[] },
});
