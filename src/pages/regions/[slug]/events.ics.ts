// The calendar feed of one region's events, for pages that have any (see src/lib/search/calendar-route.ts).
import { calendarPaths, calendarRoute } from '../../../lib/search/calendar-route.ts';

export const getStaticPaths = calendarPaths('regions');
export const GET = calendarRoute;
