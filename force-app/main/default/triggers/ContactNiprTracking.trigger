/**
 * NIPR tracking cannot be set Inactive while the producer has open NIPR transactions (NiprTrackingGuard).
 */
trigger ContactNiprTracking on Contact(before update) {
  NiprTrackingGuard.handle(Trigger.new, Trigger.oldMap);
}
