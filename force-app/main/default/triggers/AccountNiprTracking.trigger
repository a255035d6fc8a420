/**
 * NIPR tracking cannot be set Inactive while the producer has open NIPR transactions (NiprTrackingGuard).
 */
trigger AccountNiprTracking on Account(before update) {
  NiprTrackingGuard.handle(Trigger.new, Trigger.oldMap);
}
