package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.store.Database;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoPlacesTest {
    private final DemoPlaces places = DemoPlaces.shipped();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} office, trip to {1}: {2}")
    @CsvSource({
            "wuhan, 北京, OUTSIDE_PROVINCE",
            "wuhan, 成都, OUTSIDE_PROVINCE",
            "wuhan, 省政府办公厅, WITHIN_CITY",
            "wuhan, 下辖县, WITHIN_CITY",
            "wuhan, 日本, ABROAD",
            "shaoxing, 省政府办公厅, WITHIN_PROVINCE",
            "shaoxing, 上海, OUTSIDE_PROVINCE",
            "hangzhou, 省发改委, WITHIN_CITY",
            "hegang, 省会, WITHIN_PROVINCE",
            "yueqing, 德国、法国, ABROAD"
    })
    void aTripsScopeFollowsFromItsDestinationForTheOfficesCity(String rulebook, String destination, Scope scope) {
        assertThat(places.scope(rulebook, destination)).contains(scope);
    }

    @Test
    void anUnknownCityOrPlaceLeavesTheScopeAlone() {
        assertThat(places.scope("office-made", "北京")).isEmpty();
        assertThat(places.scope("wuhan", "火星")).isEmpty();
        assertThat(places.scope("wuhan", "北京、火星")).isEmpty();
    }

    @Test
    void everyDestinationOfTheShippedDemoIsInTheTable() {
        List<String> unknown = DemoDataService.readShippedFiles().absences().stream()
                .flatMap(a -> a.destination().stream())
                .flatMap(d -> Arrays.stream(d.split("、")))
                .filter(part -> !places.knows(part)).distinct().toList();
        assertThat(unknown).isEmpty();
    }

    @Test
    void aWuhanOfficesDemoHasNoTripToBeijingWithinTheProvince() {
        try (Database db = ServiceFixtures.open(dir.resolve("demo.db"))) {
            ServiceFixtures.demo(db).load();

            Map<String, List<Scope>> byDestination = db.absences().findRegister(RegisterFilter.all(), 1000, 0).stream()
                    .map(cn.leavedesk.store.StoredAbsence::absence)
                    .filter(a -> a.destination().isPresent())
                    .collect(Collectors.groupingBy(a -> a.destination().get(),
                            Collectors.mapping(Absence::scope, Collectors.toList())));
            assertThat(byDestination.get("北京")).containsOnly(Scope.OUTSIDE_PROVINCE);
            assertThat(byDestination.get("成都")).containsOnly(Scope.OUTSIDE_PROVINCE);
            assertThat(byDestination.get("省政府办公厅")).containsOnly(Scope.WITHIN_CITY);
            assertThat(byDestination.get("西安")).containsOnly(Scope.OUTSIDE_PROVINCE);
            assertThat(byDestination.get("香港")).containsOnly(Scope.ABROAD);
        }
    }
}
