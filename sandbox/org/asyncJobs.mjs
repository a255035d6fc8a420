// Background Apex of the sandbox org (Queueable, Batch Apex) as AsyncApexJob records in `store.jobs`. A job is a
// series of steps (a Queueable: one; a batch: start, one per chunk, finish), taken in the background every `stepMs`
// of server time. Nothing runs on a timer: the org takes the steps that are due whenever it is asked something
// (`runDueJobs`), which is all anyone can observe. A job also advances when it is polled (`advanceOnPoll`), so the UI
// sees it progress from one poll to the next. Jobs run as the user who queued them.
const FINISHED = new Set(['Completed', 'Failed', 'Aborted']);

export function isFinished(job) {
  return FINISHED.has(job.Status);
}

/**
 * Queues a job; returns its AsyncApexJob Id.
 * @param {{ className: string, jobType: 'Queueable' | 'BatchApex', stepMs: number, step: (org, job) => void,
 *   fail?: (org, job, error) => void, about?: object }} definition `step` takes the next step (and sets the job's
 *   Status, JobItemsProcessed, TotalJobItems); `fail` records an unhandled error (a Queueable's finalizer)
 */
export function enqueueJob(org, user, definition) {
  const now = Date.now();
  const job = {
    Id: org.store.newId('AsyncApexJob'),
    ApexClassName: definition.className,
    JobType: definition.jobType,
    Status: 'Queued',
    JobItemsProcessed: 0,
    TotalJobItems: 0,
    NumberOfErrors: 0,
    ExtendedStatus: null,
    CreatedById: user.Id,
    CreatedDate: new Date(now).toISOString(),
    runAs: user,
    about: definition.about ?? {},
    definition,
    nextStepAt: now + definition.stepMs,
    stepsSincePoll: 0
  };
  org.store.jobs.push(job);
  return job.Id;
}

/** Takes the job's next step; an unhandled error ends it Failed (as the platform does). */
export function stepJob(org, job) {
  if (isFinished(job)) {
    return;
  }
  try {
    job.definition.step(org, job);
  } catch (error) {
    console.error(`sandbox: ${job.ApexClassName} failed:`, error);
    job.NumberOfErrors += 1;
    job.ExtendedStatus = `First error: ${error?.message ?? error}`;
    job.Status = 'Failed';
    job.definition.fail?.(org, job, error);
  }
  job.stepsSincePoll += 1;
  job.nextStepAt = Date.now() + job.definition.stepMs;
}

/** Takes every step that is due by now (server time). */
export function runDueJobs(org, now = Date.now()) {
  for (const job of org.store.jobs) {
    while (!isFinished(job) && job.nextStepAt <= now) {
      stepJob(org, job);
    }
  }
}

/** A poll of the job's progress: it takes a step if none was taken since the last poll. */
export function advanceOnPoll(org, job) {
  if (job.stepsSincePoll === 0) {
    stepJob(org, job);
  }
  job.stepsSincePoll = 0;
}

export function findJob(org, jobId) {
  return org.store.jobs.find((job) => job.Id === jobId) ?? null;
}
