/**
 * An appointment's termination status is changed only by the Producer Offboarding actions (AppointmentStateGuard).
 */
trigger AppointmentTrigger on Appointment__c(before insert, before update) {
  AppointmentStateGuard.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
