// The Apex DTOs of steps 2 and 3 (types/apex/*.d.ts, every field optional) mapped to the types of steps.ts.
// A field the server leaves out becomes the safe "not known" value: 0, false, null, '' (tracking: Inactive,
// the picklist default).
import { oneOf } from './apexRecords';
import type {
  Checklist,
  OffboardingRequest,
  OffboardingRequestStatus,
  OpenTransaction,
  PortalUser,
  PortalUserState,
  TrackingGuard,
  TrackingValue
} from './steps';

const PORTAL_USER_STATES: readonly PortalUserState[] = ['enabled', 'disabled', 'none'];
const REQUEST_STATUSES: readonly OffboardingRequestStatus[] = ['Queued', 'Completed', 'Failed'];

function count(value: number | null | undefined): number {
  return value ?? 0;
}

/** `Active` or `Inactive` (anything else, or nothing, reads as the picklist default `Inactive`). */
export function toTrackingValue(value: string | null | undefined): TrackingValue {
  return value === 'Active' ? 'Active' : 'Inactive';
}

export function fromApexChecklist(info: Apex.ChecklistInfo): Checklist {
  const kind = info.kind === 'firm' || info.objectApiName === 'Account' ? 'firm' : 'individual';
  const members = info.firmMembers;
  return {
    kind,
    name: info.name ?? '',
    appointments: {
      active: count(info.appointments?.active),
      pending: count(info.appointments?.pending),
      terminated: count(info.appointments?.terminated)
    },
    portalUser: oneOf(info.portalUser, PORTAL_USER_STATES) ?? 'none',
    tracking: toTrackingValue(info.tracking),
    firmMembers:
      kind === 'firm'
        ? {
            producers: count(members?.producers),
            withActiveAppointments: count(members?.withActiveAppointments),
            withPortalUserEnabled: count(members?.withPortalUserEnabled),
            trackingActive: count(members?.trackingActive)
          }
        : null,
    portalUserRequestStale: kind === 'individual' && info.portalUserRequestStale === true
  };
}

function fromApexOpenTransaction(transaction: Apex.OpenTransactionInfo): OpenTransaction {
  return {
    id: transaction.id ?? '',
    name: transaction.name ?? transaction.id ?? '',
    state: transaction.state ?? '',
    status: transaction.status ?? ''
  };
}

export function fromApexTrackingGuard(guard: Apex.TrackingGuard): TrackingGuard {
  return {
    objectApiName: guard.objectApiName ?? '',
    recordName: guard.recordName ?? '',
    tracking: toTrackingValue(guard.tracking),
    canManage: guard.canManage ?? false,
    openTransactions: (guard.openTransactions ?? []).map(fromApexOpenTransaction),
    activeAppointments: count(guard.activeAppointments),
    portalUserEnabled: guard.portalUserEnabled ?? false,
    portalContactId: guard.portalContactId ?? null
  };
}

/** One `Apex.OffboardingAuditInfo`; null when absent or its status is not Queued, Completed or Failed. */
export function fromApexRequest(request: Apex.OffboardingAuditInfo | null | undefined): OffboardingRequest | null {
  const status = oneOf(request?.status, REQUEST_STATUSES);
  if (!request || !status) {
    return null;
  }
  return {
    status,
    detail: request.detail ?? '',
    performedBy: request.performedBy ?? '',
    performedOn: request.performedOn ?? null
  };
}

export function fromApexPortalUser(info: Apex.PortalUserInfo): PortalUser {
  return {
    contactId: info.contactId ?? '',
    contactName: info.contactName ?? '',
    userId: info.userId ?? null,
    username: info.username ?? '',
    profileName: info.profileName ?? '',
    lastLogin: info.lastLogin ?? null,
    isPortalEnabled: info.isPortalEnabled ?? false,
    isActive: info.isActive ?? false,
    canDisable: info.canDisable ?? false,
    unavailableReason: info.unavailableReason ?? '',
    activeAppointments: count(info.activeAppointments),
    pendingTerminations: count(info.pendingTerminations),
    lastRequest: fromApexRequest(info.lastRequest),
    lastRequestStale: info.lastRequestStale === true,
    staleMessage: info.lastRequestStale === true ? info.staleMessage || null : null
  };
}
