// The bulk page's data: the selection a list-view button passes in the page state, the server's preview (what the
// tracking policy will do to each producer) and its results as table rows. Pure functions; the policy itself runs on
// the server (NiprTrackingService, TrackingPolicy, NiprTrackingGuard).
import type { PageReference } from 'lightning/navigation';
import { labels } from './labels';

/** Page-state keys a list-view button sets: `c__ids` (comma-separated Ids) and `c__object` (Contact or Account). */
export const IDS_STATE_KEY = 'c__ids';
export const OBJECT_STATE_KEY = 'c__object';
/** deactivateTracking takes at most this many records. */
export const MAX_SELECTION = 200;

export type ProducerObject = 'Contact' | 'Account';
export type Outcome = 'done' | 'skipped' | 'failed';

export interface Selection {
  readonly ids: readonly string[];
  readonly objectApiName: ProducerObject;
}

export interface ResultRow {
  readonly id: string;
  readonly name: string;
  readonly outcome: string;
  readonly reason: string;
}

export interface Summary {
  readonly done: number;
  readonly skipped: number;
  readonly failed: number;
  readonly rows: readonly ResultRow[];
}

export function toProducerObject(value: string | null | undefined): ProducerObject {
  return value === 'Account' ? 'Account' : 'Contact';
}

/** The Ids of the page state (blank and repeated ones dropped) and their object. */
export function selectionOf(pageReference: PageReference | undefined): Selection {
  const state = pageReference?.state ?? {};
  const ids = (state[IDS_STATE_KEY] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return { ids: [...new Set(ids)], objectApiName: toProducerObject(state[OBJECT_STATE_KEY]) };
}

function outcomeOf(value: string | undefined, fallback: Outcome): Outcome {
  return value === 'done' || value === 'skipped' || value === 'failed' ? value : fallback;
}

function rowOf(item: Apex.BulkTrackingItem, fallback: Outcome): ResultRow {
  const id = item.id ?? '';
  return {
    id,
    name: item.name ?? id,
    outcome: labels.outcomes[outcomeOf(item.outcome, fallback)],
    reason: item.reason ?? ''
  };
}

/** One selected producer and what the tracking policy will do to it (the server's TrackingPreview). */
export interface PreviewRow {
  readonly id: string;
  readonly name: string;
  readonly decision: string;
  /** `Set Inactive`, `Needs confirmation: 2 active appointments (…)`, `Refused: …` or `Skipped: …`. */
  readonly summary: string;
  /** The row's tone: `allowed`, `confirm`, `refused` or `skipped` (its CSS class). */
  readonly tone: string;
}

export interface PreviewCounts {
  readonly allowed: number;
  readonly needsConfirmation: number;
  readonly refused: number;
  readonly skipped: number;
}

const TONES: Readonly<Record<string, string>> = {
  allowed: 'allowed',
  needsConfirmation: 'confirm',
  refused: 'refused'
};

/** The preview as rows, in the selection's order. */
export function previewRowsOf(previews: readonly Apex.TrackingPreview[]): PreviewRow[] {
  return previews.map((preview) => {
    const id = preview.id ?? '';
    const decision = preview.decision ?? 'skipped';
    return {
      id,
      name: preview.name ?? id,
      decision,
      summary: preview.summary ?? preview.message ?? '',
      tone: `decision decision_${TONES[decision] ?? 'skipped'}`
    };
  });
}

/** How many producers get each decision. */
export function previewCounts(previews: readonly Apex.TrackingPreview[]): PreviewCounts {
  const count = (decision: string) => previews.filter((preview) => preview.decision === decision).length;
  const allowed = count('allowed');
  const needsConfirmation = count('needsConfirmation');
  const refused = count('refused');
  return { allowed, needsConfirmation, refused, skipped: previews.length - allowed - needsConfirmation - refused };
}

/** A selection's result: counts and one row per producer (failed first, then skipped, then done). */
export function summaryOfResult(result: Apex.BulkTrackingResult): Summary {
  const done = result.done ?? [];
  const skipped = result.skipped ?? [];
  const failed = result.failed ?? [];
  return {
    done: done.length,
    skipped: skipped.length,
    failed: failed.length,
    rows: [
      ...failed.map((item) => rowOf(item, 'failed')),
      ...skipped.map((item) => rowOf(item, 'skipped')),
      ...done.map((item) => rowOf(item, 'done'))
    ]
  };
}

/** A job's counts so far and its skipped and failed producers. */
export function summaryOfJob(status: Apex.BulkJobStatus): Summary {
  return {
    done: status.done ?? 0,
    skipped: status.skipped ?? 0,
    failed: status.failed ?? 0,
    rows: (status.items ?? []).map((item) => rowOf(item, 'skipped'))
  };
}

const FINISHED = new Set(['Completed', 'Failed', 'Aborted']);

/** The batch job has ended (AsyncApexJob status Completed, Failed or Aborted). */
export function isFinished(status: Apex.BulkJobStatus): boolean {
  return FINISHED.has(status.status ?? '');
}

/** Percent of the job's chunks processed (0 until the job knows its size). */
export function percentDone(status: Apex.BulkJobStatus): number {
  const total = status.total ?? 0;
  return total > 0 ? Math.min(100, Math.round(((status.processed ?? 0) / total) * 100)) : 0;
}
