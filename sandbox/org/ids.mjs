// Salesforce-style record Ids: a 3-character key prefix, a counter, and the 3-character case-safe suffix, so the
// ids look like the platform's 18-character Ids (Contact 003…, Account 001…, User 005…, AsyncApexJob 707…).
const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export const KEY_PREFIXES = {
  Account: '001',
  Contact: '003',
  User: '005',
  Appointment__c: 'a0A',
  NIPR_Transaction__c: 'a0B',
  Offboarding_Audit__c: 'a0C',
  AsyncApexJob: '707'
};

/** The 18-character form of a 15-character Id. */
export function to18(id15) {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15[chunk * 5 + i];
      if (char >= 'A' && char <= 'Z') {
        bits |= 1 << i;
      }
    }
    suffix += SUFFIX_CHARS[bits];
  }
  return id15 + suffix;
}

/** The 18-character Id of any 15- or 18-character Id; null when `value` is not one. */
export function normalizeId(value) {
  if (typeof value !== 'string' || !/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value)) {
    return null;
  }
  return value.length === 15 ? to18(value) : value;
}

/** The sObject type of an Id, from its key prefix (null when unknown). */
export function objectOf(id) {
  const prefix = String(id ?? '').slice(0, 3);
  return Object.keys(KEY_PREFIXES).find((name) => KEY_PREFIXES[name] === prefix) ?? null;
}

/** Makes the Ids of one sObject type: `next()` returns 0038d000000S001AAA, 0038d000000S002AAA, … */
export function idFactory(objectName) {
  let count = 0;
  return () => {
    count += 1;
    return to18(`${KEY_PREFIXES[objectName]}8d000000S${String(count).padStart(3, '0')}`);
  };
}

/** Auto-number names (`APT-{000000}`). */
export function autoNumber(prefix) {
  let count = 0;
  return () => {
    count += 1;
    return `${prefix}-${String(count).padStart(6, '0')}`;
  };
}
