package cn.leavedesk.ui.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Stop;
import cn.leavedesk.ui.Countries;
import cn.leavedesk.ui.Countries.Country;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ItineraryViewModelTest {
    private final ItineraryViewModel itinerary = new ItineraryViewModel(Countries.forLocale(Locale.SIMPLIFIED_CHINESE));

    private List<String> codes() {
        return itinerary.stops().stream().map(s -> s.country() + (s.leavesAirport() ? "" : ":airside")).toList();
    }

    @Test
    void typingAChineseNameProposesTheCountryAndEnterAddsIt() {
        itinerary.queryProperty().set("德");
        assertThat(itinerary.matches()).extracting(Country::code).startsWith("DE");

        assertThat(itinerary.addBestMatch()).isTrue();
        assertThat(codes()).containsExactly("DE");
        assertThat(itinerary.queryProperty().get()).isEmpty();
        assertThat(itinerary.matches()).isEmpty();
    }

    @Test
    void hongKongMacaoAndTaiwanAreRegionsWithTheirShortNames() {
        itinerary.queryProperty().set("香港");
        Country hongKong = itinerary.matches().get(0);
        assertThat(hongKong).isEqualTo(new Country("HK", "香港", true));
        itinerary.add(hongKong);
        itinerary.queryProperty().set("澳门");
        itinerary.addBestMatch();
        itinerary.queryProperty().set("台湾");
        itinerary.addBestMatch();

        assertThat(codes()).containsExactly("HK", "MO", "TW");
        assertThat(itinerary.stops()).allMatch(itinerary::isRegion);
        assertThat(itinerary.name(new Stop("MO", true))).isEqualTo("澳门");
    }

    @Test
    void codesEnglishNamesAndEverydayShortNamesAlsoFind() {
        itinerary.queryProperty().set("ae");
        assertThat(itinerary.matches()).extracting(Country::code).first().isEqualTo("AE");
        itinerary.queryProperty().set("阿联酋");
        assertThat(itinerary.matches()).extracting(Country::code).containsExactly("AE");
        itinerary.queryProperty().set("germ");
        assertThat(itinerary.matches()).extracting(Country::code).containsExactly("DE");
        itinerary.queryProperty().set("中国");
        assertThat(itinerary.matches()).extracting(Country::code).doesNotContain("CN").contains("HK", "MO", "TW");
    }

    @Test
    void somethingNoCountryIsCalledMatchesNothingAndEnterAddsNothing() {
        itinerary.queryProperty().set("Atlantis");
        assertThat(itinerary.matches()).isEmpty();
        assertThat(itinerary.addBestMatch()).isFalse();
        assertThat(itinerary.stops()).isEmpty();
    }

    @Test
    void stopsAreTickedAirsideReorderedAndRemoved() {
        itinerary.setAll(List.of(new Stop("GB", true), new Stop("AE", true), new Stop("FR", true)));

        itinerary.setAirside(1, true);
        assertThat(codes()).containsExactly("GB", "AE:airside", "FR");
        itinerary.moveUp(1);
        assertThat(codes()).containsExactly("AE:airside", "GB", "FR");
        itinerary.moveUp(0);
        itinerary.moveDown(2);
        assertThat(codes()).containsExactly("AE:airside", "GB", "FR");
        itinerary.moveDown(1);
        assertThat(codes()).containsExactly("AE:airside", "FR", "GB");
        itinerary.setAirside(0, false);
        itinerary.remove(1);
        assertThat(codes()).containsExactly("AE", "GB");
    }

    @Test
    void everyIsoCodeButChinaItselfCanBeChosenAndNamesAreChinese() {
        Countries table = Countries.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(table.all()).hasSize(Locale.getISOCountries().length - 1);
        assertThat(table.find("CN")).isEmpty();
        assertThat(table.name("FR")).isEqualTo("法国");
        assertThat(table.name("ZZ")).isEqualTo("ZZ");
        assertThat(Countries.forLocale(Locale.ENGLISH).name("HK")).isEqualTo("Hong Kong");
    }
}
