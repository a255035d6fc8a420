/**
 * Stores each unexpected error a user was shown an error id for as an Offboarding_Log__c (OffboardingLogs).
 */
trigger OffboardingErrorTrigger on Offboarding_Error__e(after insert) {
  OffboardingLogs.store(Trigger.new);
}
