import { publishedOnlyController } from '../../../editorial/published-only';

export default publishedOnlyController('api::activity.activity');
