// The sample org's records, in memory, with the field API names of docs/design.md (the Apex stand-ins read them the
// way the selectors' SOQL does). Loaded from sandbox/data/sample-org.json and users.json; `reset` reloads them.
// Besides the producers, appointments and transactions: the producers' portal users (`portalUsers`, User records
// linked by ContactId), the Offboarding_Audit__c log (`audits`) and the background jobs (`jobs`, asyncJobs.mjs).
// The NIPR gateway's configuration (`gatewayConfig`, NIPR_Gateway_Config__c) and the simulated NIPR's log of filings
// (`gatewayLog`) are reset with the rest.
import { OPEN_STATUSES, addDays, feeFor } from 'c/offboardingCore';
import { autoNumber, idFactory } from './ids.mjs';
import { createGatewayLog } from './simulatedNiprGateway.mjs';

/** Statuses of a seeded transaction that was sent to NIPR. */
const SENT_STATUSES = ['Submitting', 'Submitted', 'Accepted', 'Rejected', 'Failed'];

function byName(records, name, what) {
  const found = records.find((record) => record.Name === name);
  if (!found) {
    throw new Error(`sample-org.json: no ${what} named "${name}"`);
  }
  return found;
}

/**
 * A fresh org from the seed.
 * @param {object} seed sandbox/data/sample-org.json
 * @param {object[]} users sandbox/data/users.json
 * @param {{ rules: object[], setting: object, today: string }} compliance rules (for the seeded fees) and today
 */
export function createStore(seed, users, { rules, setting, today, gatewayConfig = {} }) {
  const ids = {
    Account: idFactory('Account'),
    Contact: idFactory('Contact'),
    User: idFactory('User'),
    Appointment__c: idFactory('Appointment__c'),
    NIPR_Transaction__c: idFactory('NIPR_Transaction__c'),
    Offboarding_Audit__c: idFactory('Offboarding_Audit__c'),
    AsyncApexJob: idFactory('AsyncApexJob')
  };
  const names = {
    Appointment__c: autoNumber('APT'),
    NIPR_Transaction__c: autoNumber('NTX'),
    Offboarding_Audit__c: autoNumber('OBA')
  };
  const store = {
    users: users.map((user) => ({ ...user, Id: ids.User() })),
    accounts: [],
    contacts: [],
    portalUsers: [],
    appointments: [],
    transactions: [],
    audits: [],
    jobs: [],
    gatewayConfig: { ...gatewayConfig },
    gatewayLog: createGatewayLog(),
    newId: (objectName) => ids[objectName](),
    newName: (objectName) => names[objectName]()
  };
  const creator = store.users[0].Id;

  for (const producer of seed.producers.filter((p) => p.object === 'Account')) {
    store.accounts.push({
      Id: ids.Account(),
      Name: producer.name,
      NPN__c: producer.npn,
      NIPR_Tracking__c: producer.niprTracking,
      seed: producer
    });
  }
  for (const producer of seed.producers.filter((p) => p.object === 'Contact')) {
    store.contacts.push({
      Id: ids.Contact(),
      Name: producer.name,
      NPN__c: producer.npn,
      NIPR_Tracking__c: producer.niprTracking,
      Email: producer.email ?? null,
      AccountId: producer.account ? byName(store.accounts, producer.account, 'Account').Id : null,
      seed: producer
    });
    if (producer.portalUser) {
      addPortalUser(store, ids.User(), store.contacts.at(-1), producer.portalUser, { today, creator: store.users[0] });
    }
  }
  // Appointments in the order of the file (Contacts first, then Accounts, as their ids were made).
  for (const producer of [...store.contacts, ...store.accounts]) {
    const isContact = producer.Id.startsWith('003');
    for (const [state, companyKey, licenseClass, appointedOn, status] of producer.seed.appointments) {
      const company = seed.companies[companyKey];
      if (!company || !seed.licenseClasses[licenseClass]) {
        throw new Error(`sample-org.json: ${producer.Name}: unknown company or class in ${state}`);
      }
      store.appointments.push({
        Id: ids.Appointment__c(),
        Name: names.Appointment__c(),
        Producer_Contact__c: isContact ? producer.Id : null,
        Producer_Account__c: isContact ? null : producer.Id,
        State__c: state,
        Company_Name__c: company.name,
        Company_NAIC__c: company.naic,
        License_Class__c: licenseClass,
        Line_of_Authority__c: seed.licenseClasses[licenseClass],
        Status__c: status ?? 'Active',
        Appointed_On__c: appointedOn,
        Terminated_On__c: null,
        companyKey
      });
    }
  }
  for (const producer of [...store.contacts, ...store.accounts]) {
    delete producer.seed;
  }

  for (const seeded of seed.transactions) {
    const producer = [...store.contacts, ...store.accounts].find((record) => record.Name === seeded.producer);
    const appointment = store.appointments.find(
      (record) =>
        (record.Producer_Contact__c === producer?.Id || record.Producer_Account__c === producer?.Id) &&
        record.State__c === seeded.state &&
        record.companyKey === seeded.company
    );
    if (!producer || !appointment) {
      throw new Error(`sample-org.json: no appointment of ${seeded.producer} in ${seeded.state} (${seeded.company})`);
    }
    const effectiveDate = seeded.effectiveDaysAgo === null ? null : addDays(today, -seeded.effectiveDaysAgo);
    const created = addDays(today, -seeded.createdDaysAgo);
    const request = { state: seeded.state, reasonCode: null, effectiveDate: null, appointmentIds: [appointment.Id] };
    const [fee] = feeFor(rules, setting, [request], [toCoreAppointment(appointment)]).items;
    store.transactions.push({
      Id: ids.NIPR_Transaction__c(),
      Name: names.NIPR_Transaction__c(),
      Appointment__c: appointment.Id,
      Producer_Contact__c: appointment.Producer_Contact__c,
      Producer_Account__c: appointment.Producer_Account__c,
      Type__c: 'Appointment Termination',
      State__c: seeded.state,
      Reason_Code__c: seeded.reasonCode,
      Effective_Date__c: effectiveDate,
      Status__c: seeded.status,
      NIPR_Code__c: seeded.niprCode ?? null,
      Status_Detail__c: seeded.statusDetail,
      Fee__c: fee ? transactionFee(fee) : null,
      NIPR_Reference__c: seeded.niprReference,
      Idempotency_Key__c: `${appointment.Id}:seed`,
      Submission_Batch_Id__c: null,
      Submission_Started_On__c: null,
      Correction_Count__c: 0,
      // The sample org files with the simulator: its past filings were sent in Simulated mode, once.
      Gateway_Mode__c: seeded.niprReference || SENT_STATUSES.includes(seeded.status) ? 'Simulated' : null,
      Submission_Attempts__c: seeded.niprReference || SENT_STATUSES.includes(seeded.status) ? 1 : 0,
      Submitted_By__c: seeded.status === 'Draft' ? null : creator,
      Submitted_On__c: seeded.status === 'Draft' ? null : `${created}T17:00:00.000Z`,
      CreatedDate: `${created}T16:00:00.000Z`,
      CreatedById: creator
    });
    if (seeded.status === 'Accepted') {
      appointment.Status__c = 'Terminated';
      appointment.Terminated_On__c = effectiveDate ?? created;
    } else if (OPEN_STATUSES.includes(seeded.status)) {
      appointment.Status__c = 'Pending Termination';
    }
  }
  return store;
}

/**
 * A Contact's portal user from its seed; a user disabled `disabledDaysAgo` days ago is no longer linked to the Contact
 * and has the Completed Disable Portal User request that disabled it (PortalUserService, DisablePortalUserJob).
 */
function addPortalUser(store, id, contact, seeded, { today, creator }) {
  const disabled = typeof seeded.disabledDaysAgo === 'number';
  const user = {
    Id: id,
    Name: contact.Name,
    Username: seeded.username,
    ContactId: disabled ? null : contact.Id,
    ProfileName: seeded.profile ?? 'Customer Community Login User',
    LastLoginDate:
      typeof seeded.lastLoginDaysAgo === 'number' ? `${addDays(today, -seeded.lastLoginDaysAgo)}T16:20:00.000Z` : null,
    IsPortalEnabled: !disabled,
    IsActive: !disabled,
    NIPR_Tracking__c: null
  };
  store.portalUsers.push(user);
  if (disabled) {
    const performedOn = `${addDays(today, -seeded.disabledDaysAgo)}T17:30:00.000Z`;
    store.audits.push({
      Id: store.newId('Offboarding_Audit__c'),
      Name: store.newName('Offboarding_Audit__c'),
      Action__c: 'Disable Portal User',
      Contact__c: contact.Id,
      Account__c: contact.AccountId,
      Target_User_Id__c: user.Id,
      Status__c: 'Completed',
      Detail__c: `The portal user ${user.Username} was disabled.`,
      Performed_By__c: creator.Id,
      Performed_On__c: performedOn,
      Job_Id__c: null,
      CreatedDate: performedOn
    });
  }
}

/** `Fee__c` of one transaction: the NIPR fee plus the state fee share of the core's `feeFor` item, in dollars. */
export function transactionFee(item) {
  return Math.round((item.niprFee + (item.stateFee ?? 0)) * 100) / 100;
}

/** An Appointment__c record as the core's `Appointment`. */
export function toCoreAppointment(record) {
  return {
    id: record.Id,
    producerId: record.Producer_Contact__c ?? record.Producer_Account__c,
    state: record.State__c,
    companyName: record.Company_Name__c ?? '',
    companyNaic: record.Company_NAIC__c,
    licenseClass: record.License_Class__c ?? '',
    linesOfAuthority: record.Line_of_Authority__c ?? '',
    status: record.Status__c,
    appointedOn: record.Appointed_On__c,
    terminatedOn: record.Terminated_On__c
  };
}

/** The Contact or Account with this Id (null when none). */
export function findProducer(store, id) {
  return store.contacts.find((record) => record.Id === id) ?? store.accounts.find((record) => record.Id === id) ?? null;
}

/** The appointments of a producer (Contact or Account). */
export function appointmentsOf(store, producerId) {
  return store.appointments.filter(
    (record) => record.Producer_Contact__c === producerId || record.Producer_Account__c === producerId
  );
}

/** The transactions of a producer, or everyone's (`producerId` null), newest first (CreatedDate DESC, Name DESC). */
export function transactionsOf(store, producerId) {
  return store.transactions
    .filter(
      (record) =>
        producerId === null || record.Producer_Contact__c === producerId || record.Producer_Account__c === producerId
    )
    .sort((a, b) => b.CreatedDate.localeCompare(a.CreatedDate) || b.Name.localeCompare(a.Name));
}
