export { isCalendarDay } from '@pvis/config';
