/**
 * Offboarding_Audit__c rows are written only by the package (OffboardingAuditGuard).
 */
trigger OffboardingAuditTrigger on Offboarding_Audit__c(before insert, before update, before delete) {
  OffboardingAuditGuard.handle(Trigger.isDelete ? Trigger.old : Trigger.new);
}
