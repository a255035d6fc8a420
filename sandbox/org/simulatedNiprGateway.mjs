// Stand-in for SimulatedNiprGateway (force-app/main/default/classes): the deterministic NIPR gateway of
// Gateway_Mode__c = 'Simulated', with the same rules, codes and messages (its header, and docs/design.md). The same
// input always gives the same answer; every filing is answered.
//   checkEligibility: NPN blank → Needs Attention NPN_MISSING; NAIC blank or '99…' → Not Eligible
//     APPOINTMENT_NOT_FOUND; renewal-blackout cut-off naming this month → Needs Attention RENEWAL_BLACKOUT; a reason
//     the state does not list → Needs Attention REASON_NOT_ACCEPTED; else Ready to Submit ELIGIBLE.
//   submit, by the NAIC's last digit: '7' Rejected APPOINTMENT_NOT_ACTIVE, '9' Failed PAYMENT_FAILED, else Submitted
//     with reference 'SIM-' + 12 hex digits of SHA-256(key) + '-' + A (accepted later), R (rejected later, NAIC '8')
//     or P (pending, NAIC '6').
//   Idempotency: NIPR files each key once. The gateway's log (`createGatewayLog`, kept in the org's store) records
//   every filing it receives by key; a key it has already filed is answered with the first answer (same reference)
//   and files nothing new, so tests count filings with `filings.length` (one per key) and `received` (every call).
//   fetchStatus, by the reference's letter: A Accepted TERMINATED, R Rejected BACKDATE_LIMIT, P still Submitted
//     AWAITING_VALIDATION, else Failed REFERENCE_UNKNOWN.
//   Every Rejected and Failed message starts with "Simulated: " and names the simulator's rule (as the Apex class).
import { createHash } from 'node:crypto';
import { formatDate } from 'c/offboardingCore';

export const REFERENCE_PREFIX = 'SIM-';
const CUTOFF = /\b(cannot be (terminated|altered|removed)|no terminations after)\b/i;

/** The month of a YYYY-MM-DD date, in English ('March'). */
function monthOf(today) {
  return formatDate(today).split(' ')[0];
}

/** The blackout text has a cut-off phrase and names the month of `today` (full name or 3-letter abbreviation). */
function inBlackout(blackout, today) {
  if (!blackout || blackout.trim() === '' || !CUTOFF.test(blackout)) {
    return false;
  }
  const month = monthOf(today);
  return new RegExp(`\\b(${month}|${month.slice(0, 3)})\\b`).test(blackout);
}

function eligibility(filing, rule, today) {
  const stateName = rule?.name ?? filing.state;
  const naic = (filing.companyNaic ?? '').trim();
  const result = (status, code, message) => ({ transactionId: filing.transactionId, status, code, message });
  if (!filing.npn || filing.npn.trim() === '') {
    return result(
      'Needs Attention',
      'NPN_MISSING',
      'NIPR identifies the producer by National Producer Number (NPN), and this producer has none.'
    );
  }
  if (naic === '' || naic.startsWith('99')) {
    return result(
      'Not Eligible',
      'APPOINTMENT_NOT_FOUND',
      `${stateName} has no active appointment on file at NIPR for ${filing.companyName ?? 'this company'}` +
        `${naic === '' ? ' (no NAIC code)' : ` (NAIC ${naic})`} and this producer.`
    );
  }
  if (rule && inBlackout(rule.renewalBlackout, today)) {
    return result(
      'Needs Attention',
      'RENEWAL_BLACKOUT',
      `${stateName} is in its renewal blackout (${monthOf(today)}): NIPR may hold or decline ` +
        `the termination. Compliance Library: ${rule.renewalBlackout}`
    );
  }
  if (rule?.acceptedReasons && filing.reasonCode && !rule.acceptedReasons.includes(filing.reasonCode)) {
    return result(
      'Needs Attention',
      'REASON_NOT_ACCEPTED',
      `${stateName} does not accept the reason code "${filing.reasonCode}".`
    );
  }
  return result(
    'Ready to Submit',
    'ELIGIBLE',
    `NIPR has the ${stateName} appointment on file; the termination can be submitted.`
  );
}

function referenceFor(idempotencyKey, outcome) {
  const digest = createHash('sha256')
    .update(idempotencyKey ?? '', 'utf8')
    .digest('hex');
  return `${REFERENCE_PREFIX}${digest.slice(0, 12).toUpperCase()}-${outcome}`;
}

function outcomeLetter(naic) {
  if (naic.endsWith('8')) {
    return 'R';
  }
  return naic.endsWith('6') ? 'P' : 'A';
}

/** @param rules the rules by USPS code; `today` YYYY-MM-DD */
export function checkEligibility(filings, rules, today) {
  return filings.map((filing) => eligibility(filing, rules.get(filing.state?.toUpperCase()), today));
}

/**
 * The simulated NIPR's memory: `filings` (one per key filed, in order), `received` (every filing it was sent) and
 * `loseAnswers` (sandbox-only fault: how many of the next filings are filed but their answer is lost on the way back,
 * as a callout timeout after NIPR received it).
 */
export function createGatewayLog() {
  return { filings: [], received: [], loseAnswers: 0 };
}

/**
 * Files each filing once per idempotency key: a key seen before gets its first answer back (nothing filed again).
 * Each result has `answered` (false: NIPR's answer did not arrive; `deliveryUncertain` then says it may be filed).
 * @param log the org's gateway log (createGatewayLog)
 */
export function submit(log, filings) {
  return filings.map((filing) => {
    const known = log.filings.find((entry) => entry.idempotencyKey === filing.idempotencyKey);
    log.received.push({
      idempotencyKey: filing.idempotencyKey,
      transactionId: filing.transactionId,
      duplicate: !!known
    });
    let result;
    if (known) {
      result = known.result;
    } else {
      result = answer(filing);
      log.filings.push({ idempotencyKey: filing.idempotencyKey, transactionId: filing.transactionId, result });
    }
    if (log.loseAnswers > 0) {
      log.loseAnswers -= 1;
      return {
        transactionId: filing.transactionId,
        idempotencyKey: filing.idempotencyKey,
        answered: false,
        deliveryUncertain: true,
        status: null,
        code: null,
        message: 'Read timed out',
        reference: null
      };
    }
    return { ...result, transactionId: filing.transactionId, answered: true, deliveryUncertain: false };
  });
}

/** The simulated NIPR's answer to a new filing (by the NAIC's last digit). */
function answer(filing) {
  const naic = (filing.companyNaic ?? '').trim();
  const result = (status, code, message, reference = null) => ({
    transactionId: filing.transactionId,
    idempotencyKey: filing.idempotencyKey,
    status,
    code,
    message,
    reference
  });
  if (naic.endsWith('7')) {
    return result(
      'Rejected',
      'APPOINTMENT_NOT_ACTIVE',
      'Simulated: NIPR rejected the termination: the appointment is not active on the Producer Database. (The simulator rejects every filing whose company NAIC code ends in 7; nothing was filed with NIPR.)'
    );
  }
  if (naic.endsWith('9')) {
    return result(
      'Failed',
      'PAYMENT_FAILED',
      'Simulated: NIPR could not collect the state fee (payment failure), so the termination was not filed. (The simulator fails every filing whose company NAIC code ends in 9.)'
    );
  }
  return result(
    'Submitted',
    'RECEIVED',
    'NIPR received the termination and is processing it.',
    referenceFor(filing.idempotencyKey, outcomeLetter(naic))
  );
}

export function fetchStatus(references) {
  return references.map((reference) => {
    const letter = reference?.startsWith(REFERENCE_PREFIX) ? reference.slice(-2) : '';
    const result = (status, code, message) => ({ reference, status, code, message });
    switch (letter) {
      case '-A':
        return result('Accepted', 'TERMINATED', 'The state accepted the termination.');
      case '-R':
        return result(
          'Rejected',
          'BACKDATE_LIMIT',
          'Simulated: The state rejected the termination: the effective date is backdated further than the state allows. (The simulator rejects every filing whose company NAIC code ends in 8, whatever its effective date; nothing was filed with NIPR.)'
        );
      case '-P':
        return result(
          'Submitted',
          'AWAITING_VALIDATION',
          'Awaiting Validation: the state releases this termination by hand; it can take a few days.'
        );
      default:
        return result(
          'Failed',
          'REFERENCE_UNKNOWN',
          `Simulated: NIPR has no transaction with the reference ${reference}.`
        );
    }
  });
}
