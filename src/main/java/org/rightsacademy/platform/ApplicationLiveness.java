package org.rightsacademy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live means the JVM still has heap to serve with, measured after garbage collection so that
 * uncollected garbage never triggers a restart. The database is deliberately not part of it: a
 * database outage is not cured by restarting the app.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  private static final double MAX_RETAINED_SHARE = 0.95;

  @Override
  public HealthCheckResponse call() {
    long retained = 0;
    long max = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (afterGc != null && afterGc.getMax() > 0) {
        retained += afterGc.getUsed();
        max += afterGc.getMax();
      }
    }
    boolean live = max == 0 || (double) retained / max < MAX_RETAINED_SHARE;
    return HealthCheckResponse.named("application")
        .status(live)
        .withData("heapRetainedAfterGcMiB", retained >> 20)
        .withData("heapMaxMiB", Runtime.getRuntime().maxMemory() >> 20)
        .build();
  }
}
