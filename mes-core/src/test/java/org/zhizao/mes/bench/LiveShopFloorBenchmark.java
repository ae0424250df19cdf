package org.zhizao.mes.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhizao.mes.ZhizaoMesApplication;
import org.zhizao.mes.equipment.internal.AdapterRuntime;
import org.zhizao.mes.equipment.internal.InProcessSimulator;
import org.zhizao.mes.equipment.internal.Ingestion;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.StreamClient;
import org.zhizao.plc.simulator.PlantSimulator;
import org.zhizao.plc.simulator.device.CncMachineTool;

/**
 * End to end: plant simulator → OPC UA adapters → MES (states, counts, history stored) → a live stream
 * client, in one JVM. Prints the adapters' delivered updates per second, the updates the MES ingested, the
 * items the stream client received and their device-to-client latency (source timestamp of the value to
 * arrival at the client), and checks that every part the machines made after the MES first saw their
 * counters is stored once. Run with {@code mes-core/bench/live-shop-floor}.
 *
 * <p>Arguments: {@code [--stations N] [--seconds S] [--time-factor F] [--sampling MS] [--publishing MS]}.
 */
public final class LiveShopFloorBenchmark {

    public static void main(String[] args) throws Exception {
        int stations = intArg(args, "--stations", 400);
        int seconds = intArg(args, "--seconds", 30);
        int timeFactor = intArg(args, "--time-factor", 10);
        int sampling = intArg(args, "--sampling", 100);
        int publishing = intArg(args, "--publishing", 50);
        Path work = Files.createTempDirectory("zhizao-live-bench-");
        Path plant = work.resolve("bench-plant.yaml");
        Files.writeString(plant, BenchPlant.yaml(stations), StandardCharsets.UTF_8);

        // command-line arguments, so they win over application.yml (a file database, port 8080)
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ZhizaoMesApplication.class).run(arguments(Map.ofEntries(
                Map.entry("spring.datasource.url", "jdbc:h2:mem:live-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"),
                Map.entry("server.port", "0"),
                Map.entry("logging.level.root", "WARN"),
                Map.entry("zhizao.security.admin.password", "bench-admin"),
                Map.entry("zhizao.simulator.enabled", "true"),
                Map.entry("zhizao.simulator.plant", plant.toUri().toString()),
                Map.entry("zhizao.simulator.port", "0"),
                Map.entry("zhizao.simulator.time-factor", String.valueOf(timeFactor)),
                Map.entry("zhizao.simulator.security-dir", work.resolve("simulator").toString()),
                Map.entry("zhizao.equipment.pki-dir", work.resolve("client-pki").toString()),
                Map.entry("zhizao.equipment.max-sampling-millis", String.valueOf(sampling)),
                Map.entry("zhizao.equipment.publishing-interval-millis", String.valueOf(publishing)))));
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Api admin = Api.local(port).as("admin", "bench-admin");
            long importStart = System.nanoTime();
            Api.Response imported = admin.postRaw("/api/plant/import?file=bench-plant.yaml",
                    Files.readString(plant), "application/yaml");
            if (imported.status() != 200) {
                throw new IllegalStateException("import failed: " + imported);
            }
            AdapterRuntime runtime = app.getBean(AdapterRuntime.class);
            Ingestion ingestion = app.getBean(Ingestion.class);
            PlantSimulator simulator = app.getBean(InProcessSimulator.class).simulator();
            waitForSteadyFlow(runtime);
            System.out.printf("stations=%d devices=%d time-factor=%d sampling=%d ms publishing=%d ms,"
                    + " connected and streaming after %.1f s%n", stations, simulator.deviceCodes().size(), timeFactor,
                    sampling, publishing, (System.nanoTime() - importStart) / 1e9);
            Thread.sleep(5000); // warm-up

            try (StreamClient client = new StreamClient(port, "admin", "bench-admin",
                    "state,count,alarm,agv,signal")) {
                if (client.status() != 200) {
                    throw new IllegalStateException("the stream answered " + client.status());
                }
                Thread.sleep(2000); // snapshot out of the way
                client.drain();
                long d0 = runtime.delivered();
                long p0 = ingestion.processed();
                long t0 = System.nanoTime();
                List<Long> latencies = new ArrayList<>();
                AtomicLong received = new AtomicLong();
                long end = t0 + seconds * 1_000_000_000L;
                while (System.nanoTime() < end) {
                    Thread.sleep(500);
                    for (StreamClient.Item item : client.drain()) {
                        received.incrementAndGet();
                        if (item.item().hasNonNull("t")) {
                            latencies.add(item.receivedMillis() - item.item().get("t").asLong());
                        }
                    }
                }
                double elapsed = (System.nanoTime() - t0) / 1e9;
                long delivered = runtime.delivered() - d0;
                long processed = ingestion.processed() - p0;
                long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("adapters delivered %,.0f updates/s; MES ingested %,.0f updates/s;"
                        + " stream client received %,.0f items/s (signals plus the states, counts, alarms and AGV"
                        + " positions derived from them, after coalescing)%n", delivered / elapsed,
                        processed / elapsed, received.get() / elapsed);
                System.out.printf("device-to-client latency ms: p50 %d, p90 %d, p99 %d, max %d (%,d items)%n",
                        pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                        sorted.length);
            }
            checkCounts(app, runtime, ingestion, simulator);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    /** Freezes the machines, stores what is pending, and compares the stored parts with the machines' own. */
    private static void checkCounts(ConfigurableApplicationContext app, AdapterRuntime runtime, Ingestion ingestion,
            PlantSimulator simulator) throws InterruptedException {
        List<String> machines = simulator.deviceCodes().stream().filter(c -> c.endsWith("/CNC")).toList();
        machines.forEach(m -> simulator.faults().freeze(m));
        Thread.sleep(3000);
        runtime.flushNow();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Map<String, Long> first = ingestion.firstReadings();
        long made = 0;
        long stored = 0;
        int mismatched = 0;
        for (String m : machines) {
            Long base = first.get(m + "/partsTotal");
            long now = simulator.inspect(m, d -> ((CncMachineTool) d).partsProduced());
            long expected = base == null ? 0 : now - base;
            Long sum = jdbc.queryForObject("SELECT COALESCE(SUM(good + scrap), 0) FROM equipment_count"
                    + " WHERE equipment_code = ?", Long.class, m);
            made += expected;
            stored += sum;
            if (sum != expected) {
                mismatched++;
            }
        }
        System.out.printf("counts: machines made %,d parts after the MES first read their counters, %,d stored;"
                + " %d of %d machines differ%n", made, stored, mismatched, machines.size());
    }

    private static void waitForSteadyFlow(AdapterRuntime runtime) throws InterruptedException {
        long last = runtime.delivered();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(2000);
            long now = runtime.delivered();
            if (now - last > 0 && now > 1000) {
                return;
            }
            last = now;
        }
        throw new IllegalStateException("no updates after 5 minutes");
    }

    private static String[] arguments(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static int intArg(String[] args, String name, int fallback) {
        int at = Arrays.asList(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? Integer.parseInt(args[at + 1]) : fallback;
    }
}
