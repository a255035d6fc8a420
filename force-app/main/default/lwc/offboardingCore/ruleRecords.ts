// Reading rule records (data/compliance/state-termination-rules.json, or records mapped from Compliance_Rule__mdt).
import { EFFECTIVE_DATE_USAGES, FEE_BASES, FILING_ROUTES, isReasonCode } from './codes';
import type { ComplianceRule } from './types';

const RULE_FIELDS: Readonly<Record<keyof ComplianceRule, true>> = {
  state: true,
  name: true,
  filing: true,
  acceptedReasons: true,
  reasonRequired: true,
  effectiveDate: true,
  maxBackdateDays: true,
  futureDateAllowed: true,
  stateFee: true,
  feeBasis: true,
  forCauseOffline: true,
  renewalBlackout: true,
  notes: true,
  sources: true,
  verified: true
};

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function isNullableBoolean(value: unknown): boolean {
  return value === null || typeof value === 'boolean';
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isAmount(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isReasonList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((code: unknown) => typeof code === 'string' && isReasonCode(code))
  );
}

/** What is wrong with one rule record (empty when it has exactly the `ComplianceRule` shape). */
export function complianceRuleProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return ['not a record'];
  }
  const record = value as Readonly<Record<string, unknown>>;
  const checks: readonly [keyof ComplianceRule, boolean, string][] = [
    ['state', typeof record.state === 'string' && /^[A-Z]{2}$/.test(record.state), 'a two-letter USPS code'],
    ['name', typeof record.name === 'string' && record.name.trim() !== '', 'a name'],
    ['filing', isOneOf(record.filing, FILING_ROUTES), FILING_ROUTES.join(', ')],
    [
      'acceptedReasons',
      record.acceptedReasons === null || isReasonList(record.acceptedReasons),
      'null or reason codes'
    ],
    ['reasonRequired', isNullableBoolean(record.reasonRequired), 'true, false or null'],
    ['effectiveDate', isOneOf(record.effectiveDate, EFFECTIVE_DATE_USAGES), EFFECTIVE_DATE_USAGES.join(', ')],
    ['maxBackdateDays', record.maxBackdateDays === null || isCount(record.maxBackdateDays), 'null or whole days'],
    ['futureDateAllowed', isNullableBoolean(record.futureDateAllowed), 'true, false or null'],
    ['stateFee', record.stateFee === null || isAmount(record.stateFee), 'null or an amount'],
    ['feeBasis', record.feeBasis === null || isOneOf(record.feeBasis, FEE_BASES), `null, ${FEE_BASES.join(', ')}`],
    ['forCauseOffline', typeof record.forCauseOffline === 'boolean', 'true or false'],
    ['renewalBlackout', record.renewalBlackout === null || typeof record.renewalBlackout === 'string', 'null or text'],
    ['notes', typeof record.notes === 'string', 'text'],
    [
      'sources',
      Array.isArray(record.sources) && record.sources.every((url: unknown) => typeof url === 'string'),
      'a list of URLs'
    ],
    ['verified', typeof record.verified === 'boolean', 'true or false']
  ];
  const wrong = checks
    .filter(([, ok]) => !ok)
    .map(([field, , expected]) => `${field}: expected ${expected}, got ${JSON.stringify(record[field])}`);
  const extra = Object.keys(record)
    .filter((key) => !Object.prototype.hasOwnProperty.call(RULE_FIELDS, key))
    .map((key) => `${key}: unexpected field`);
  return [...wrong, ...extra];
}

export function isComplianceRule(value: unknown): value is ComplianceRule {
  return complianceRuleProblems(value).length === 0;
}

/** Checks a list of rule records; throws a TypeError naming every bad field of every bad record. */
export function parseComplianceRules(data: unknown): ComplianceRule[] {
  if (!Array.isArray(data)) {
    throw new TypeError('Compliance rules: expected a list of records.');
  }
  const records: readonly unknown[] = data;
  const problems = records.flatMap((record, index) =>
    complianceRuleProblems(record).map((text) => `record ${index + 1}: ${text}`)
  );
  if (problems.length > 0) {
    throw new TypeError(`Compliance rules are not valid:\n${problems.join('\n')}`);
  }
  return records.filter(isComplianceRule);
}
