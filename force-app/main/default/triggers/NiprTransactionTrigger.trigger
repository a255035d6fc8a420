/**
 * The NIPR transaction lifecycle, enforced for every change whoever makes it (NiprTransactionStateMachine).
 */
trigger NiprTransactionTrigger on NIPR_Transaction__c(before insert, before update, before delete) {
  NiprTransactionStateMachine.handle(Trigger.operationType, Trigger.new, Trigger.oldMap, Trigger.old);
}
