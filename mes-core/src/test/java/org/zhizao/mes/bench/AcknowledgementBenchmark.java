package org.zhizao.mes.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.PackagedApplication;
import org.zhizao.mes.support.PostgresServer;

/**
 * Work-step acknowledgements over HTTP against the packaged server, as station terminals send them:
 * each client signs in as an operator and acknowledges the steps of its started operations in order.
 * Prints acknowledgements per second and latency percentiles. Run with {@code mes-core/bench/acknowledgements}.
 *
 * <p>Arguments: {@code h2|postgres [clients] [seconds]}.
 */
public final class AcknowledgementBenchmark {

    // a realistic work instruction has a handful to a few dozen steps
    private static final int STEPS = 20;

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int warmupSeconds = 5;
        Path work = Files.createTempDirectory("zhizao-bench-");
        PostgresServer postgres = null;
        Map<String, String> environment = Map.of();
        // the acknowledgement path alone: no in-process plant and no device connections competing for the cores
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo", "--logging.level.root=WARN",
                "--zhizao.simulator.enabled=false", "--zhizao.equipment.connect=false"));
        if (database.equals("postgres")) {
            postgres = PostgresServer.startDurable();
            environment = Map.of("ZHIZAO_DB_URL", postgres.createDatabase("bench"),
                    "ZHIZAO_DB_USER", PostgresServer.USER);
            arguments.set(0, "--spring.profiles.active=postgres,demo");
        }
        try (PackagedApplication app = new PackagedApplication(work, arguments, environment).start()) {
            // enough operations for a generous upper bound of 2,000 acknowledgements/s
            int operationsPerClient = Math.max(2, (warmupSeconds + seconds) * 2_000 / STEPS / clients + 1);
            System.out.printf("database=%s clients=%d seconds=%d steps/operation=%d operations=%d%n",
                    database, clients, seconds, STEPS, operationsPerClient * clients);
            List<List<Long>> work0 = prepare(app, clients, operationsPerClient);
            run(app, work0, warmupSeconds, seconds, database, clients);
        } finally {
            if (postgres != null) {
                postgres.stop();
            }
        }
    }

    private static List<List<Long>> prepare(PackagedApplication app, int clients, int operationsPerClient)
            throws InterruptedException {
        Api supervisor = app.api().as("supervisor");
        Api operator = app.api().as("operator");
        List<Map<String, Object>> steps = IntStream.rangeClosed(1, STEPS)
                .mapToObj(i -> Map.<String, Object>of("instruction", "Check item " + i)).toList();
        check(supervisor.post("/api/products", Map.of("code", "BENCH-PART", "nameZh", "基准件", "nameEn",
                "Benchmark part", "family", "BENCH", "routing", List.of(Map.of("operationType", "TURNING",
                        "stations", List.of(Map.of("stationCode", "P1/F1/W1/L1/S01", "setupMinutes", 1,
                                "minutesPerUnit", 1)), "steps", steps)))), 201);
        List<List<Long>> perClient = new ArrayList<>();
        List<Thread> preparing = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Long> operations = new ArrayList<>();
            perClient.add(operations);
            preparing.add(new Thread(() -> prepareOperations(supervisor, operator, operations, operationsPerClient)));
        }
        preparing.forEach(Thread::start);
        for (Thread thread : preparing) {
            thread.join();
        }
        return perClient;
    }

    private static void prepareOperations(Api supervisor, Api operator, List<Long> operations, int count) {
        for (int i = 0; i < count; i++) {
            long order = check(supervisor.post("/api/orders", Map.of("productCode", "BENCH-PART", "quantity", 1,
                    "dueDate", LocalDate.now().plusDays(3).toString(), "priority", 3)), 201).get("id").asLong();
            check(supervisor.post("/api/orders/" + order + "/release", Map.of()), 200);
            long operation = supervisor.get("/api/orders/" + order + "/operations").json().get(0).get("id").asLong();
            check(supervisor.post("/api/operations/" + operation + "/dispatch",
                    Map.of("stationCode", "P1/F1/W1/L1/S01")), 200);
            check(operator.post("/api/operations/" + operation + "/start", Map.of()), 200);
            operations.add(operation);
        }
    }

    private static void run(PackagedApplication app, List<List<Long>> perClient, int warmupSeconds, int seconds,
            String database, int clients) throws InterruptedException {
        long start = System.nanoTime();
        java.time.Duration[] cpu = new java.time.Duration[2];
        Thread cpuProbe = new Thread(() -> {
            sleepUntil(measureFromOf(start, warmupSeconds));
            cpu[0] = app.cpuTime();
            sleepUntil(measureFromOf(start, warmupSeconds) + seconds * 1_000_000_000L);
            cpu[1] = app.cpuTime();
        });
        cpuProbe.start();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicInteger exhausted = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(perClient.size());
        for (List<Long> operations : perClient) {
            Thread client = new Thread(() -> {
                Api operator = app.api().as("operator");
                long[] mine = new long[2_000_000];
                int n = 0;
                outer:
                for (long operation : operations) {
                    for (int step = 1; step <= STEPS; step++) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break outer;
                        }
                        Api.Response response = operator.post(
                                "/api/operations/" + operation + "/steps/" + step + "/acknowledgement", Map.of());
                        long after = System.nanoTime();
                        if (response.status() != 200) {
                            errors.incrementAndGet();
                        } else if (before >= measureFrom && after <= end) {
                            mine[n++] = after - before;
                        }
                    }
                }
                if (System.nanoTime() < end) {
                    exhausted.incrementAndGet();
                }
                latencies.add(Arrays.copyOf(mine, n));
                done.countDown();
            });
            client.start();
        }
        done.await();
        cpuProbe.join();
        double cpuMillisPerAck = (cpu[1].toNanos() - cpu[0].toNanos()) / 1e6
                / Math.max(1, latencies.stream().mapToInt(a -> a.length).sum());
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double rate = all.length / (double) seconds;
        System.out.printf("RESULT database=%s clients=%d acknowledgements=%d errors=%d rate=%.0f/s "
                        + "p50=%.1fms p99=%.1fms max=%.1fms server-cpu=%.2fms/ack%s%n", database, clients, all.length,
                errors.get(), rate,
                percentile(all, 0.50), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, cpuMillisPerAck,
                exhausted.get() > 0 ? " (some clients ran out of work early)" : "");
    }

    private static long measureFromOf(long start, int warmupSeconds) {
        return start + warmupSeconds * 1_000_000_000L;
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static JsonNode check(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response);
        }
        return response.json();
    }
}
