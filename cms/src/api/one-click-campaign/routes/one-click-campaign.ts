/** Operations start one-click registration for an earlier edition and watch its counts. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/one-click-campaigns',
      handler: 'api::one-click-campaign.one-click-campaign.start',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/one-click-campaigns/stats',
      handler: 'api::one-click-campaign.one-click-campaign.stats',
      config: { policies: [] },
    },
  ],
};
