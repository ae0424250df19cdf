package org.zhizao.twin.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.zhizao.twin.scene.PlantLayout;
import org.zhizao.twin.scene.Tier;
import org.zhizao.twin.scene.Vec3;

class LayoutParserTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void elementsTakeTheirWorldPositionSizeWaypointsAndNames() throws Exception {
        PlantLayout layout = LayoutParser.parse(json.readTree("""
                {"park": "P1", "units": "m", "elements": [
                  {"code": "P1", "kind": "PARK", "position": {"x": 0, "y": 0, "z": 0},
                   "world": {"x": 0, "y": 0, "z": 0}, "size": {"x": 600, "y": 400, "z": 30}},
                  {"code": "P1/F1", "kind": "FACTORY", "parentCode": "P1", "position": {"x": 40, "y": 60, "z": 0},
                   "world": {"x": 40, "y": 60, "z": 0}, "size": {"x": 240, "y": 160, "z": 14}},
                  {"code": "P1/F1/W1/LOOP", "kind": "AGV_PATH", "parentCode": "P1/F1/W1",
                   "waypoints": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]},
                  {"code": "P1/F1/W1/AGV1", "kind": "AGV", "parentCode": "P1/F1/W1", "homePath": "LOOP"}]}
                """), json.readTree("""
                {"code": "P1", "name": {"zh": "园区", "en": "Park"},
                 "children": [{"code": "P1/F1", "name": {"zh": "一厂", "en": "Factory 1"}}]}
                """));
        assertThat(layout.park()).isEqualTo("P1");
        assertThat(layout.get("P1/F1").world()).isEqualTo(new Vec3(40, 60, 0));
        assertThat(layout.get("P1/F1").tier()).isEqualTo(Tier.FACTORY);
        assertThat(layout.get("P1/F1").name(true)).isEqualTo("一厂");
        assertThat(layout.get("P1/F1").name(false)).isEqualTo("Factory 1");
        assertThat(layout.get("P1/F1/W1/LOOP").waypoints()).hasSize(2);
        assertThat(layout.get("P1/F1/W1/AGV1").homePath()).isEqualTo("LOOP");
        assertThat(layout.children("P1")).hasSize(1);
    }
}
