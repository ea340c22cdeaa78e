import { publishedOnlyController } from '../../../editorial/published-only';

export default publishedOnlyController('api::news.news');
