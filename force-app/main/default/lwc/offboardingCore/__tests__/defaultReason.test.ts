// defaultReason: which reason the Terminate modal preselects for a state (issue 12: NC, TX, OH and MN showed
// "Choose a reason" although they accept exactly one, then failed on Submit).
import rulesJson from '../../../../../../data/compliance/state-termination-rules.json';
import { TERMINATION_REASONS, defaultReason, parseComplianceRules, type ComplianceRule } from 'c/offboardingCore';

const RULES = parseComplianceRules(rulesJson);

function rule(state: string): ComplianceRule {
  const found = RULES.find((candidate) => candidate.state === state);
  if (!found) {
    throw new Error(`No rule for ${state}`);
  }
  return found;
}

describe('defaultReason', () => {
  it.each([
    ['NC', 'Vol'],
    ['TX', 'Canc'],
    ['OH', 'Canc'],
    ['MN', 'GA'],
    ['FL', null],
    ['DC', null],
    ['MA', null],
    ['NY', null]
  ])('%s preselects %s', (state, expected) => {
    expect(defaultReason(rule(state), TERMINATION_REASONS)).toBe(expected);
  });

  it('every NIPR state with exactly one listed reason preselects it, and no other state does', () => {
    for (const candidate of RULES) {
      const only = candidate.filing === 'nipr' && candidate.acceptedReasons?.length === 1;
      expect([candidate.state, defaultReason(candidate)]).toEqual([
        candidate.state,
        only ? candidate.acceptedReasons?.[0] : null
      ]);
    }
  });

  it('preselects nothing for a state not filed through NIPR, even with one listed reason', () => {
    expect(defaultReason({ ...rule('NC'), filing: 'state-portal' })).toBeNull();
  });
});
