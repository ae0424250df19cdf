package org.zhizao.scheduler.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.zhizao.scheduler.model.ShopSchedule;

class InstanceReadersTest {

    static final Path BENCHMARKS = Path.of("benchmarks");

    @Test
    void brandimarteMk06DeclaresFifteenMachinesButUsesTen() {
        ShopSchedule mk06 = FjsReader.read(BENCHMARKS.resolve("fjsp/brandimarte/Mk06.fjs"));
        assertThat(mk06.getStations()).hasSize(15);
        assertThat(mk06.getOperations()).hasSize(150);
        assertThat(mk06.getOperations().stream().flatMap(o -> o.getOptions().stream())
                .map(option -> option.station().getId()).distinct()).hasSize(10);
    }

    @Test
    void kacem1HasFourJobsInARoutingChain() {
        ShopSchedule kacem = FjsReader.read(BENCHMARKS.resolve("fjsp/kacem/Kacem1.fjs"));
        assertThat(kacem.getOrders()).hasSize(4);
        assertThat(kacem.operation("J1-2").getPredecessors()).extracting(o -> o.getId()).containsExactly("J1-1");
    }

    @Test
    void ft06IsReadWithMachinesNumberedFromZero() {
        ShopSchedule ft06 = JspReader.read(BENCHMARKS.resolve("jsp/ft06.txt"));
        assertThat(ft06.getOperations()).hasSize(36);
        assertThat(ft06.operation("J1-1").getOptions().get(0).station().getId()).isEqualTo("M2");
        assertThat(ft06.operation("J1-1").getOptions().get(0).duration()).isEqualTo(1);
    }

    @Test
    void aFjsLineWithTooFewPairsIsRejectedWithItsLineNumber() {
        String text = "2 2\n1 2 1 5 2 6\n\n1 2 1 4 2\n";
        assertThatThrownBy(() -> FjsReader.parse(text, "broken.fjs")).isInstanceOf(InstanceFormatException.class)
                .hasMessageStartingWith("broken.fjs, line 4:")
                .satisfies(e -> assertThat(((InstanceFormatException) e).lineNumber()).isEqualTo(4));
    }

    @Test
    void aFjsLineWithTextIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> FjsReader.parse("1 2\n1 1 x 5\n", "text.fjs"))
                .hasMessage("text.fjs, line 2: 'x' (value 3) is not a number");
    }

    @Test
    void aMachineOutsideTheHeaderIsRejected() {
        assertThatThrownBy(() -> FjsReader.parse("1 2\n1 1 3 5\n", "m.fjs"))
                .hasMessage("m.fjs, line 2: machine 3 is outside 1..2");
    }

    @Test
    void aJspLineWithAnOddNumberOfValuesIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> JspReader.parse("2 2\n0 3 1 4\n0 3 1\n", "odd.txt"))
                .hasMessageStartingWith("odd.txt, line 3:");
    }

    @Test
    void aMissingJobLineIsReported() {
        assertThatThrownBy(() -> JspReader.parse("3 2\n0 3 1 4\n0 3 1 2\n", "short.txt"))
                .hasMessageContaining("header declares 3 jobs but the file has 2 job lines");
    }
}
