package org.zhizao.plc.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.zhizao.plc.simulator.device.DeviceBehaviour;
import org.zhizao.plc.simulator.security.UserRegistry;

/**
 * Runs the plant simulator on its own until the process is stopped.
 *
 * <pre>
 * --plant FILE          plant file (zhizao-plant/1), required
 * --port N              TCP port, default 4840 (0 = a free port)
 * --path /P             endpoint path, default /zhizao
 * --hostname H          host name to advertise (repeatable); default localhost and this machine's name
 * --bind ADDRESS        address to bind, default 0.0.0.0
 * --seed N              random seed, default 42
 * --time-factor F       simulated seconds per real second, default 1
 * --security-dir DIR    key store and PKI folders, default data/plant-simulator/security
 * --key-store-password P  password of the server's key store (or env ZHIZAO_SIM_KEYSTORE_PASSWORD)
 * --users FILE          users as name=password lines
 * --demo-users          the documented demo users (operator, integrator)
 * --no-anonymous        refuse anonymous sessions
 * --steady              no random breakdowns and micro-stops
 * --scrap-rate R        share of bad parts, 0..1, default 0.02
 * --mtbf S --mttr S     mean time between failures and to repair, simulated seconds (default 14400, 900)
 * --no-auto-jobs        idle machines and AGVs wait for jobs and missions from clients
 * </pre>
 */
public final class PlantSimulatorMain {

  private static final String USAGE = """
      usage: PlantSimulatorMain --plant FILE [--port N] [--path /P] [--hostname H]... [--bind ADDRESS]
             [--seed N] [--time-factor F] [--security-dir DIR] [--key-store-password P]
             [--users FILE | --demo-users] [--no-anonymous] [--steady] [--scrap-rate R]
             [--mtbf S] [--mttr S] [--no-auto-jobs]
      see docs/opcua-mapping.md, section Simulator address space""";

  private PlantSimulatorMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    PlantSimulator.Builder builder = PlantSimulator.builder();
    DeviceBehaviour behaviour = DeviceBehaviour.defaults();
    String envPassword = System.getenv("ZHIZAO_SIM_KEYSTORE_PASSWORD");
    if (envPassword != null && !envPassword.isEmpty()) {
      builder.keyStorePassword(envPassword.toCharArray());
    }
    boolean plantGiven = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--plant" -> {
          builder.plant(Path.of(args[++i]));
          plantGiven = true;
        }
        case "--port" -> builder.port(Integer.parseInt(args[++i]));
        case "--path" -> builder.path(args[++i]);
        case "--hostname" -> builder.hostname(args[++i]);
        case "--bind" -> builder.bindAddress(args[++i]);
        case "--seed" -> builder.seed(Long.parseLong(args[++i]));
        case "--time-factor" -> builder.timeFactor(Double.parseDouble(args[++i]));
        case "--security-dir" -> builder.securityDir(Path.of(args[++i]));
        case "--key-store-password" -> builder.keyStorePassword(args[++i].toCharArray());
        case "--users" -> builder.users(UserRegistry.load(Path.of(args[++i])));
        case "--demo-users" -> builder.demoUsers();
        case "--no-anonymous" -> builder.allowAnonymous(false);
        case "--steady" -> behaviour = behaviour.steady();
        case "--scrap-rate" -> behaviour = behaviour.withScrapRate(Double.parseDouble(args[++i]));
        case "--mtbf" -> behaviour =
            behaviour.withBreakdowns(Double.parseDouble(args[++i]), behaviour.mttrSeconds());
        case "--mttr" -> behaviour =
            behaviour.withBreakdowns(behaviour.mtbfSeconds(), Double.parseDouble(args[++i]));
        case "--no-auto-jobs" -> behaviour = behaviour.withAutoJobs(false);
        case "--help", "-h" -> {
          System.out.println(USAGE);
          return;
        }
        default -> {
          System.err.println("unknown option " + arg + "\n" + USAGE);
          System.exit(2);
        }
      }
    }
    if (!plantGiven) {
      System.err.println(USAGE);
      System.exit(2);
    }
    PlantSimulator simulator = builder.behaviour(behaviour).build().start();
    System.out.println("Plant simulator running at " + simulator.endpointUrl()
        + " with " + simulator.deviceCodes().size() + " devices; Ctrl+C stops it.");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      simulator.stop();
      stopped.countDown();
    }));
    stopped.await();
  }
}
