import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load side of scripts/drain-test.sh (run with {@code java DrainLoad.java}): keeps CONNECTIONS
 * requests in flight on PATH over keep-alive connections, sends SIGTERM to PID, and goes on
 * sending for ROUTING_S, as a load balancer that has not yet heard that the replica is going
 * away (it must be shorter than the replica's shutdown delay); then sends nothing new, as one
 * that has, and waits for every request in flight to be answered. Meanwhile it polls readiness.
 * It reports what every request got and exits non-zero when any failed (a 5xx, a reset, a
 * connection closed before the answer), when a readiness poll sent later than 1 s after SIGTERM
 * was answered UP, or when the service did not exit between the delay and delay + timeout.
 *
 * <pre>java DrainLoad.java BASE PATH PID CONNECTIONS WARMUP_S ROUTING_S DELAY_S TIMEOUT_S</pre>
 */
public class DrainLoad {

    static final long START = System.nanoTime();
    static final Map<String, AtomicInteger> OUTCOMES = new ConcurrentHashMap<>();
    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger AFTER_SIGTERM = new AtomicInteger();
    static final AtomicInteger ANSWERED_WHILE_DOWN = new AtomicInteger();
    static volatile Readiness readiness;
    static final AtomicLong SIGTERM_AT = new AtomicLong(-1);
    static volatile boolean issuing = true;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        URI target = URI.create(base + args[1]);
        ProcessHandle service = ProcessHandle.of(Long.parseLong(args[2])).orElseThrow();
        int connections = Integer.parseInt(args[3]);
        double warmup = Double.parseDouble(args[4]);
        double routing = Double.parseDouble(args[5]);
        double delay = Double.parseDouble(args[6]);
        double timeout = Double.parseDouble(args[7]);

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60)).GET().build();
        CountDownLatch loopsDone = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            loop(client, request, loopsDone);
        }
        readiness = new Readiness(URI.create(base + "/q/health/ready"));
        readiness.start();

        sleep(warmup);
        int inFlightAtSigterm = IN_FLIGHT.get();
        SIGTERM_AT.set(now());
        service.destroy();
        System.out.printf("SIGTERM at %.2f s with %d requests in flight%n", SIGTERM_AT.get() / 1e3, inFlightAtSigterm);

        sleep(routing);
        issuing = false;
        long stoppedAt = now();
        int inFlightAtStop = IN_FLIGHT.get();
        boolean drained = loopsDone.await((long) ((timeout + 5) * 1000), TimeUnit.MILLISECONDS);
        long drainedAt = now();
        readiness.stopPolling();
        boolean exited = service.onExit().toCompletableFuture()
                .completeOnTimeout(null, (long) ((delay + timeout + 10) * 1000), TimeUnit.MILLISECONDS).get() != null;
        long exitAt = now();

        long t0 = SIGTERM_AT.get();
        System.out.printf("stopped sending at +%.2f s with %d in flight; all answered by +%.2f s%n",
                (stoppedAt - t0) / 1e3, inFlightAtStop, (drainedAt - t0) / 1e3);
        System.out.printf("readiness: last UP for a poll sent at %+.2f s, first DOWN (503) at %+.2f s%n",
                (readiness.lastUpSent - t0) / 1e3, (readiness.firstDown - t0) / 1e3);
        System.out.printf("service exited at +%.2f s%n", (exitAt - t0) / 1e3);
        int total = OUTCOMES.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("requests: %d answered or failed, %d of them sent after SIGTERM, %d answered 200 after"
                + " readiness reported DOWN%n", total, AFTER_SIGTERM.get(), ANSWERED_WHILE_DOWN.get());
        new TreeMap<>(OUTCOMES).forEach((k, v) -> System.out.printf("  %6d × %s%n", v.get(), k));

        StringBuilder failures = new StringBuilder();
        OUTCOMES.forEach((k, v) -> {
            if (!k.startsWith("200 ")) {
                failures.append("\n  ").append(v.get()).append(" × ").append(k);
            }
        });
        if (!drained) {
            failures.append("\n  requests still unanswered ").append(timeout + 5).append(" s after the last was sent");
        }
        // The JVM needs a moment to run its shutdown hook; "at once" is within a second, well
        // inside the kubelet's probe period.
        if (readiness.firstDown < 0 || readiness.lastUpSent - t0 > 1000) {
            failures.append("\n  readiness was not DOWN for every poll sent from 1 s after SIGTERM");
        }
        if (ANSWERED_WHILE_DOWN.get() == 0) {
            failures.append("\n  no request was answered after readiness reported DOWN");
        }
        if (!exited || exitAt - t0 < (delay - 0.5) * 1000 || exitAt - t0 > (delay + timeout + 5) * 1000) {
            failures.append("\n  the service did not exit between the delay and delay + timeout");
        }
        if (failures.length() > 0) {
            System.out.println("FAILED:" + failures);
            System.exit(1);
        }
        System.out.println("PASSED: readiness DOWN at once, every request answered 200 while the replica drained");
        System.exit(0);
    }

    /** One connection's worth of load: the next request as soon as the last is answered, while issuing. */
    static void loop(HttpClient client, HttpRequest request, CountDownLatch done) {
        if (!issuing) {
            done.countDown();
            return;
        }
        boolean afterSigterm = SIGTERM_AT.get() >= 0;
        IN_FLIGHT.incrementAndGet();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
            IN_FLIGHT.decrementAndGet();
            String outcome = error != null ? "failed: " + describe(error) + " (at +" + sinceSigterm() + " s)"
                    : response.statusCode() + " " + (response.statusCode() == 200 ? "OK" : "(" + response.body().length + " bytes)");
            OUTCOMES.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
            if (afterSigterm && error == null) {
                AFTER_SIGTERM.incrementAndGet();
            }
            if (error == null && response.statusCode() == 200 && readiness != null && readiness.firstDown >= 0) {
                ANSWERED_WHILE_DOWN.incrementAndGet();
            }
            loop(client, request, done);
        });
    }

    static String describe(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return cause.getClass().getSimpleName() + " " + cause.getMessage();
    }

    static String sinceSigterm() {
        return SIGTERM_AT.get() < 0 ? "warm-up" : String.format("%.2f", (now() - SIGTERM_AT.get()) / 1e3);
    }

    static long now() {
        return (System.nanoTime() - START) / 1_000_000;
    }

    static void sleep(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }

    /** Polls readiness every 100 ms on its own connections, as the kubelet does. */
    static final class Readiness extends Thread {
        private final URI uri;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        volatile long lastUpSent = -1;
        volatile long firstDown = -1;
        private volatile boolean polling = true;

        Readiness(URI uri) {
            this.uri = uri;
            setDaemon(true);
        }

        void stopPolling() {
            polling = false;
        }

        @Override
        public void run() {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            while (polling) {
                long sent = now();
                try {
                    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        lastUpSent = sent;
                    } else if (r.statusCode() == 503 && r.body().contains("DOWN") && firstDown < 0) {
                        firstDown = now();
                    }
                } catch (IOException e) {
                    // A slow or refused probe says nothing either way; only answers count.
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
