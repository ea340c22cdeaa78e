import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::investment-project.investment-project');
