// What the sandbox shell shows besides the components: the producer list and the record pages (on the platform,
// list views, the highlights panel and related lists). Not part of the Apex contract.
import { objectOf } from './ids.mjs';
import { portalUserOf } from './selectors.mjs';
import { appointmentsOf, findProducer, toCoreAppointment, transactionsOf } from './store.mjs';

function kindOf(record) {
  return record.Id.startsWith('003') ? 'individual' : 'firm';
}

/** A Contact's portal user (also once disabled, when no longer linked to it); null for none or an Account. */
function portalUserOfProducer(org, record) {
  const user = objectOf(record.Id) === 'Contact' ? portalUserOf(org.store, record.Id) : null;
  return user ? { username: user.Username, enabled: user.IsPortalEnabled } : null;
}

/** One row per producer: Contacts and Accounts, by name. */
export function listProducers(org) {
  return [...org.store.contacts, ...org.store.accounts]
    .map((record) => {
      const appointments = appointmentsOf(org.store, record.Id);
      const active = appointments.filter((appointment) => appointment.Status__c === 'Active');
      return {
        id: record.Id,
        objectApiName: objectOf(record.Id),
        name: record.Name,
        kind: kindOf(record),
        npn: record.NPN__c,
        niprTracking: record.NIPR_Tracking__c,
        portalUser: portalUserOfProducer(org, record),
        activeAppointments: active.length,
        states: [...new Set(active.map((appointment) => appointment.State__c))].sort()
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function transactionRow(org, record) {
  const appointment = org.store.appointments.find((item) => item.Id === record.Appointment__c);
  const producer = findProducer(org.store, record.Producer_Contact__c ?? record.Producer_Account__c);
  return {
    id: record.Id,
    objectApiName: 'NIPR_Transaction__c',
    name: record.Name,
    type: record.Type__c,
    state: record.State__c,
    status: record.Status__c,
    niprCode: record.NIPR_Code__c ?? null,
    statusDetail: record.Status_Detail__c,
    reasonCode: record.Reason_Code__c,
    effectiveDate: record.Effective_Date__c,
    fee: record.Fee__c,
    niprReference: record.NIPR_Reference__c,
    createdDate: record.CreatedDate,
    appointmentName: appointment?.Name ?? null,
    companyName: appointment?.Company_Name__c ?? null,
    producerId: producer?.Id ?? null,
    producerName: producer?.Name ?? null,
    producerObjectApiName: producer ? objectOf(producer.Id) : null
  };
}

/** A record page's data (Contact, Account or NIPR_Transaction__c); null when there is no such record. */
export function getRecordPage(org, id) {
  const transaction = org.store.transactions.find((record) => record.Id === id);
  if (transaction) {
    return { record: transactionRow(org, transaction) };
  }
  const producer = findProducer(org.store, id);
  if (!producer) {
    return null;
  }
  const account = producer.AccountId ? findProducer(org.store, producer.AccountId) : null;
  const transactions = transactionsOf(org.store, producer.Id);
  return {
    record: {
      id: producer.Id,
      objectApiName: objectOf(producer.Id),
      name: producer.Name,
      kind: kindOf(producer),
      npn: producer.NPN__c,
      niprTracking: producer.NIPR_Tracking__c,
      email: producer.Email ?? null,
      accountId: account?.Id ?? null,
      accountName: account?.Name ?? null,
      portalUser: portalUserOfProducer(org, producer),
      agents: org.store.contacts
        .filter((contact) => contact.AccountId === producer.Id)
        .map((contact) => ({ id: contact.Id, name: contact.Name }))
    },
    appointments: appointmentsOf(org.store, producer.Id)
      .map((record) => ({ ...toCoreAppointment(record), name: record.Name }))
      .sort((a, b) => a.state.localeCompare(b.state) || a.companyName.localeCompare(b.companyName)),
    transactions: transactions.slice(0, 5).map((record) => transactionRow(org, record)),
    transactionCount: transactions.length
  };
}
