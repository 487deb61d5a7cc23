// The per-page feeds (/centers/<slug>/events.ics, /regions/<slug>/events.ics): one route shape for both kinds.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../content/collections.ts';
import { calendarFile, calendarOwners, type EventOwner, type EventOwnerKind } from './events.ts';

export const calendarPaths = (kind: EventOwnerKind) =>
  (async () => {
    const owners = calendarOwners(await siteData()).filter((o) => o.kind === kind);
    return owners.map((owner) => ({ params: { slug: owner.slug }, props: { owner } }));
  }) satisfies GetStaticPaths;

export const calendarRoute: APIRoute<{ owner: EventOwner }> = async ({ props, site }) =>
  new Response(calendarFile(await siteData(), site!, props.owner), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
