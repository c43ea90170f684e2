package dev.modelcatalog.runtime.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a refresh on a daemon thread at a fixed delay, until closed. */
final class Refresher implements AutoCloseable {

  private final ScheduledExecutorService scheduler;

  Refresher(String name, Duration interval, Runnable refresh) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval: is " + interval + "; use a positive duration");
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true); // a refresher never keeps the process alive
      return thread;
    });
    long millis = Math.max(1, interval.toMillis());
    // A task that throws is never run again, so nothing may escape it.
    Runnable guarded = () -> {
      try {
        refresh.run();
      } catch (RuntimeException e) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
      }
    };
    scheduler.scheduleWithFixedDelay(guarded, millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
