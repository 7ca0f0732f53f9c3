import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { type DownloadName, jsonDownloads, toJson } from '../../lib/data/downloads.ts';

export const getStaticPaths = (() => Object.keys(jsonDownloads).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** /data/<collection>.json: the whole collection, id first, as a JSON array. */
export const GET: APIRoute = async ({ params }) => {
  const name = params.name as DownloadName;
  const records = await getCollection(name);
  return new Response(toJson(name, records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
