import * as fs from 'node:fs';
import * as path from 'node:path';
import vectorsJson from '../../../../../../data/workflow/tracking-policy-vectors.json';
import {
  OPEN_STATUSES,
  WORKFLOW_STATUSES,
  isOpenStatus,
  mayDeactivate,
  openStatusAction,
  trackingPolicy,
  trackingPolicyMessages
} from '../offboardingCore';
import type { TrackingDecision, TrackingPolicyInput } from '../offboardingCore';

interface PolicyCase {
  readonly name: string;
  readonly input: TrackingPolicyInput;
  readonly expect: { readonly decision: TrackingDecision; readonly message: string };
}
interface PolicyVectors {
  readonly statusActions: Readonly<Record<string, string>>;
  readonly cases: readonly PolicyCase[];
}
const vectors = vectorsJson as unknown as PolicyVectors;
const ROOT = path.resolve(__dirname, '../../../../../..');

describe('tracking-policy-vectors.json (shared with the Apex TrackingPolicyTest)', () => {
  it.each(vectors.cases.map((c) => [c.name, c] as const))('%s', (_name, vector) => {
    expect(trackingPolicy(vector.input)).toEqual(vector.expect);
  });

  it.each(Object.entries(vectors.statusActions))('the action offered for %s', (status, action) => {
    expect(openStatusAction(status)).toBe(action);
  });

  it('names an action for every open status of the transition table, and only those', () => {
    expect(Object.keys(vectors.statusActions).sort()).toEqual([...OPEN_STATUSES].sort());
  });

  it('is copied byte for byte into the TrackingPolicyVectors static resource', () => {
    const source = fs.readFileSync(path.join(ROOT, 'data/workflow/tracking-policy-vectors.json'), 'utf8');
    const resource = fs.readFileSync(
      path.join(ROOT, 'force-app/main/default/staticresources/TrackingPolicyVectors.json'),
      'utf8'
    );
    expect(resource).toBe(source);
  });
});

describe('trackingPolicy', () => {
  const submitted = { name: 'NTX-000012', state: 'Florida', status: 'Submitted' };
  const appointment = { state: 'Texas', company: 'Acme Life Insurance Company' };

  it.each([
    ['refused while a transaction is open', [submitted], [appointment], 'refused'],
    ['needs a confirmation while appointments are active', [], [appointment], 'needsConfirmation'],
    ['allowed when nothing is open or active', [], [], 'allowed']
  ] as const)('%s', (_name, openTransactions, activeAppointments, decision) => {
    expect(trackingPolicy({ recordName: 'Pat Alvarez', openTransactions, activeAppointments }).decision).toBe(decision);
  });

  it('never offers Cancel for a Submitted transaction (it cannot be cancelled)', () => {
    expect(openStatusAction('Submitted')).not.toMatch(/cancel/i);
    expect(openStatusAction('Submitted')).toContain('Refresh status');
  });

  it('offers a fallback for a status with no action out of it', () => {
    expect(openStatusAction('Accepted')).toBe('open it on the NIPR Transactions page');
  });

  it('knows the open statuses from the transition table', () => {
    for (const status of WORKFLOW_STATUSES) {
      expect(isOpenStatus(status)).toBe(OPEN_STATUSES.includes(status));
    }
  });

  it.each([
    ['allowed', false, true],
    ['allowed', true, true],
    ['needsConfirmation', false, false],
    ['needsConfirmation', true, true],
    ['refused', true, false]
  ] as const)('mayDeactivate(%s, confirmed %s) is %s', (decision, confirmed, expected) => {
    expect(mayDeactivate(decision, confirmed)).toBe(expected);
  });

  it('summarizes a decision for the bulk page', () => {
    const confirm = trackingPolicy({ recordName: 'Pat', openTransactions: [], activeAppointments: [appointment] });
    expect(trackingPolicyMessages.summary(confirm, [appointment])).toBe(
      'Needs confirmation: 1 active appointment (Texas (Acme Life Insurance Company))'
    );
    const allowed = trackingPolicy({ recordName: 'Pat', openTransactions: [], activeAppointments: [] });
    expect(trackingPolicyMessages.summary(allowed, [])).toBe('Set Inactive');
    const refused = trackingPolicy({ recordName: 'Pat', openTransactions: [submitted], activeAppointments: [] });
    expect(trackingPolicyMessages.summary(refused, [])).toBe(`Refused: ${refused.message}`);
    expect(trackingPolicyMessages.confirmationNeeded('Pat', [appointment])).toBe(
      `Confirmation needed: ${confirm.message}`
    );
  });
});
