package org.zhizao.mes.bench;

/**
 * A plant file of a given size for the benchmarks: one factory of workshops with five lines of ten CNC
 * stations each (a machine tool and an energy meter per station), one AGV per workshop.
 */
final class BenchPlant {

    private static final String ENDPOINT = "opc.tcp://localhost:4840/zhizao";
    private static final String NS = "nsu=urn:zhizao:plant-simulator;s=";

    private BenchPlant() {
    }

    static String yaml(int stations) {
        int perLine = 10;
        int linesPerWorkshop = 5;
        int lines = (stations + perLine - 1) / perLine;
        int workshops = (lines + linesPerWorkshop - 1) / linesPerWorkshop;
        StringBuilder y = new StringBuilder();
        y.append("format: zhizao-plant/1\ncalendars:\n  - code: ALL-DAY\n    name: {zh: 全天, en: All day}\n")
                .append("    workdays: [MON, TUE, WED, THU, FRI, SAT, SUN]\n")
                .append("    shifts:\n      - {code: A, start: '00:00', end: '08:00'}\n")
                .append("      - {code: B, start: '08:00', end: '16:00'}\n      - {code: C, start: '16:00', end: '24:00'}\n")
                .append("park:\n  code: P1\n  name: {zh: 基准园区, en: Benchmark park}\n")
                .append("  size: {x: 2000, y: ").append(workshops * 200 + 100).append(", z: 30}\n")
                .append("  factories:\n    - code: F1\n      name: {zh: 基准工厂, en: Benchmark factory}\n")
                .append("      position: {x: 10, y: 10, z: 0}\n      size: {x: 1900, y: ").append(workshops * 200 + 50)
                .append(", z: 14}\n      workshops:\n");
        int made = 0;
        for (int w = 1; w <= workshops; w++) {
            String wc = "W" + w;
            y.append("        - code: ").append(wc).append("\n          name: {zh: 车间").append(w)
                    .append(", en: Workshop ").append(w).append("}\n          type: MACHINING\n")
                    .append("          calendar: ALL-DAY\n          position: {x: 10, y: ").append((w - 1) * 200 + 10)
                    .append(", z: 0}\n          size: {x: 1800, y: 190, z: 12}\n          lines:\n");
            for (int l = 1; l <= linesPerWorkshop && made < stations; l++) {
                y.append("            - code: L").append(l).append("\n              name: {zh: 线").append(l)
                        .append(", en: Line ").append(l).append("}\n              position: {x: 10, y: ")
                        .append((l - 1) * 30 + 20).append(", z: 0}\n              size: {x: 1700, y: 25, z: 6}\n")
                        .append("              stations:\n");
                for (int s = 1; s <= perLine && made < stations; s++, made++) {
                    String sc = String.format("S%02d", s);
                    String base = "P1/F1/" + wc + "/L" + l + "/" + sc;
                    y.append("                - code: ").append(sc).append("\n                  name: {zh: 工位, en: Station}\n")
                            .append("                  type: CNC_CELL\n                  position: {x: ")
                            .append((s - 1) * 150 + 5).append(", y: 5, z: 0}\n")
                            .append("                  size: {x: 12, y: 10, z: 4}\n                  operations: [TURNING]\n")
                            .append("                  equipment:\n")
                            .append(equipment("CNC", "CNC_MACHINE_TOOL", "cnc-machine-tool", base))
                            .append(equipment("EM", "ENERGY_METER", "energy-meter", base));
                }
            }
            y.append("          paths:\n            - code: LOOP\n              name: {zh: 环线, en: Loop}\n")
                    .append("              waypoints: [{x: 5, y: 5}, {x: 1500, y: 5}, {x: 1500, y: 180}, {x: 5, y: 180}, {x: 5, y: 5}]\n")
                    .append("          agvs:\n            - code: AGV1\n              name: {zh: AGV, en: AGV}\n")
                    .append("              homePath: LOOP\n              size: {x: 1.2, y: 0.9, z: 0.4}\n")
                    .append("              maxSpeed: 1.5\n              binding: {endpoint: '").append(ENDPOINT)
                    .append("', template: agv, rootNode: '").append(NS).append("P1/F1/").append(wc).append("/AGV1'}\n");
        }
        return y.toString();
    }

    private static String equipment(String code, String type, String template, String station) {
        return "                    - code: " + code + "\n                      name: {zh: 设备, en: Device}\n"
                + "                      type: " + type + "\n"
                + (type.equals("CNC_MACHINE_TOOL") ? "                      ratedPowerKw: 18\n" : "")
                + "                      binding: {endpoint: '" + ENDPOINT + "', template: " + template
                + ", rootNode: '" + NS + station + "/" + code + "'}\n";
    }
}
