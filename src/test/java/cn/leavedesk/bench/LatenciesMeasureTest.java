package cn.leavedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesMeasureTest {

    @Test
    void warmUpRunsUseIndexesAfterTheSamplesAndOnlyTheSamplesAreTimed() {
        List<Integer> seen = new ArrayList<>();

        Latencies times = Latencies.measure(4, 2, i -> {
            seen.add(i);
            return i;
        });

        assertThat(seen).containsExactly(4, 5, 0, 1, 2, 3);
        assertThat(times.count()).isEqualTo(4);
        assertThat(times.max()).isGreaterThanOrEqualTo(0);
    }
}
