// Stand-in for OffboardingChecklistController and OffboardingChecklistService (force-app/main/default/classes): the
// live state of the three steps of a Contact or Account, and for a firm the roll-up of its Contacts. The step states,
// the next safe step and the warnings are c/offboardingCore's (offboardingSteps), in the component, as in the org.
import { AuraHandledException, auraEnabled } from './apex.mjs';
import { normalizeId, objectOf } from './ids.mjs';
import {
  STATUS_COMPLETED,
  TRACKING_FIELD,
  countAppointmentsByStatus,
  countEnabledByAccount,
  countFirmMembers,
  findTracked,
  latestRequest,
  portalUserByContact
} from './selectors.mjs';

/** The portal user: enabled or disabled; a disabled one no longer linked is known from a completed request. */
function portalUserState(store, contactId) {
  const portalUser = portalUserByContact(store, contactId);
  if (portalUser) {
    return portalUser.IsPortalEnabled ? 'enabled' : 'disabled';
  }
  return latestRequest(store, contactId)?.Status__c === STATUS_COMPLETED ? 'disabled' : 'none';
}

/** OffboardingChecklistService.getChecklist. */
function checklist(org, { recordId }) {
  const id = normalizeId(recordId);
  const type = id ? objectOf(id) : null;
  if (type !== 'Contact' && type !== 'Account') {
    throw new AuraHandledException('The offboarding checklist is shown on Contacts and Accounts.');
  }
  const record = findTracked(org.store, id);
  if (!record) {
    throw new AuraHandledException('The producer was not found, or you do not have access to it.');
  }
  const counts = countAppointmentsByStatus(org.store, id);
  const info = {
    recordId: id,
    kind: type === 'Contact' ? 'individual' : 'firm',
    objectApiName: type,
    name: record.Name,
    tracking: record[TRACKING_FIELD],
    appointments: {
      active: counts.get('Active') ?? 0,
      pending: counts.get('Pending Termination') ?? 0,
      terminated: counts.get('Terminated') ?? 0
    }
  };
  if (type === 'Contact') {
    info.portalUser = portalUserState(org.store, id);
  } else {
    info.portalUser = 'none';
    info.firmMembers = {
      ...countFirmMembers(org.store, id),
      withPortalUserEnabled: countEnabledByAccount(org.store, id)
    };
  }
  return info;
}

/** `OffboardingChecklistController.getChecklist(Id recordId)` (cacheable: the component wires it). */
export const getChecklist = auraEnabled('The offboarding checklist could not be loaded: ', checklist);
