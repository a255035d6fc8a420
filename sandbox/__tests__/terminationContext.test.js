/**
 * @jest-environment node
 */
// TerminationController.getTerminationContext's stand-in lists what cannot be terminated (issue 12): an appointment
// with an open transaction, or one already filed, is not silently left out but listed in `unavailable` with the
// transaction's name and status (as TerminationService.getContext does).
const { loadData, useOrgBundle } = require('../test/orgForJest');

const orgModule = useOrgBundle();

let org;
let specialist;

beforeEach(() => {
  org = orgModule().createOrg(loadData(), { today: '2026-06-15' });
  specialist = org.user('specialist');
});

function producer(name) {
  return org.store.contacts.find((record) => record.Name === name);
}

function context(producerId) {
  return org.callApex('TerminationController.getTerminationContext', { producerId }, specialist);
}

describe('getTerminationContext: unavailable', () => {
  it("lists James O'Connor's Ohio appointment (Pending Termination, Draft NTX-000002), not among the selectable", () => {
    const james = producer("James O'Connor");
    const ohio = org.store.appointments.find(
      (record) => record.Producer_Contact__c === james.Id && record.State__c === 'OH'
    );

    const result = context(james.Id);

    expect(result.unavailable).toEqual([
      expect.objectContaining({
        id: ohio.Id,
        state: 'OH',
        status: 'Pending Termination',
        openTransactionName: 'NTX-000002',
        openTransactionStatus: 'Draft'
      })
    ]);
    expect(result.unavailable[0].openTransactionId).toMatch(/^a0B/);
    expect(result.appointments.map((info) => info.id)).not.toContain(ohio.Id);
    expect(result.rules.map((rule) => rule.state)).toContain('OH');
  });

  it('lists an appointment terminated just now with its Draft, and keeps its sibling selectable', () => {
    const maria = producer('Maria Alvarez');
    const texas = org.store.appointments.filter(
      (record) => record.Producer_Contact__c === maria.Id && record.State__c === 'TX'
    );
    const { transactionIds } = org.callApex(
      'TerminationController.createTerminations',
      {
        request: {
          producerId: maria.Id,
          requestId: 'terminate-1',
          selections: [{ state: 'TX', reasonCode: 'Canc', appointmentIds: [texas[0].Id] }]
        }
      },
      specialist
    );
    const created = org.store.transactions.find((record) => record.Id === transactionIds[0]);

    const result = context(maria.Id);

    const listed = result.unavailable.find((info) => info.id === texas[0].Id);
    expect(listed).toEqual(
      expect.objectContaining({
        status: 'Pending Termination',
        openTransactionId: created.Id,
        openTransactionName: created.Name,
        openTransactionStatus: 'Draft'
      })
    );
    expect(result.appointments.map((info) => info.id)).toEqual(expect.arrayContaining([texas[1].Id]));
    expect(new Set(result.unavailable.map((info) => info.id)).size).toBe(result.unavailable.length);
  });

  it('is empty for a producer with nothing in progress, and without the permission', () => {
    const samuel = producer('Samuel Okafor');
    expect(context(samuel.Id).unavailable).toEqual([]);
    const viewer = org.user('viewer');
    expect(
      org.callApex('TerminationController.getTerminationContext', { producerId: samuel.Id }, viewer).unavailable
    ).toEqual([]);
  });
});
