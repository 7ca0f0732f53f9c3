import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { eventsCsv } from '../../lib/data/downloads.ts';

/** /data/events.csv: one row per event, for spreadsheets. */
export const GET: APIRoute = async () =>
  new Response(eventsCsv(await getCollection('events')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
