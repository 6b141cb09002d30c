package cn.leavedesk.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The countries and regions a trip abroad can go to, by name in the client's language, for choosing and showing
 * stops. Names come from Java's locale data (CLDR) so no list is typed by hand; 香港, 澳门 and 台湾 are named from the
 * bundle and marked as regions, and China itself is left out. Stops stay ISO 3166 codes underneath.
 */
public final class Countries {
    private static final String ALIASES = "/cn/leavedesk/ui/country-aliases.txt";
    private static final Set<String> REGIONS = Set.of("HK", "MO", "TW");
    private static final String HOME = "CN";
    private static final int MAX_MATCHES = 12;

    /** One choosable country or region. */
    public record Country(String code, String name, boolean region) {
        public Country {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    private static final Map<Locale, Countries> TABLES = new ConcurrentHashMap<>();

    private final Map<String, Country> byCode = new LinkedHashMap<>();
    private final Map<String, List<String>> searchable = new HashMap<>();

    private Countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Country> all = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            if (HOME.equals(code)) {
                continue;
            }
            Locale country = new Locale("", code);
            boolean region = REGIONS.contains(code);
            String name = region ? regionName(code, locale) : country.getDisplayCountry(locale);
            all.add(new Country(code, name, region));
            List<String> words = new ArrayList<>(List.of(name.toLowerCase(locale),
                    country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE),
                    country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ENGLISH)));
            searchable.put(code, words);
        }
        // In Chinese the collator orders by pinyin, as an office list would.
        all.sort(Comparator.comparing(Country::name, collator));
        all.forEach(c -> byCode.put(c.code(), c));
        readAliases();
    }

    private static String regionName(String code, Locale locale) {
        return I18n.forLocale(locale).get(switch (code) {
            case "HK" -> "country.region.hk";
            case "MO" -> "country.region.mo";
            case "TW" -> "country.region.tw";
            default -> throw new IllegalArgumentException(code);
        });
    }

    /** The table in the client's language. */
    public static Countries current() {
        return forLocale(I18n.current().locale());
    }

    public static Countries forLocale(Locale locale) {
        // The Chinese bundle is the base bundle, whose locale is ROOT; display names must still be Chinese.
        Locale names = locale.getLanguage().isEmpty() ? Locale.SIMPLIFIED_CHINESE : locale;
        return TABLES.computeIfAbsent(names, Countries::new);
    }

    private void readAliases() {
        InputStream in = Countries.class.getResourceAsStream(ALIASES);
        if (in == null) {
            return;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                int space = text.indexOf(' ');
                if (text.isEmpty() || text.startsWith("#") || space < 0) {
                    continue;
                }
                List<String> words = searchable.get(text.substring(0, space));
                if (words != null) {
                    words.add(text.substring(space + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every country and region, in name order. */
    public List<Country> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Country> find(String code) {
        return Optional.ofNullable(code).map(c -> byCode.get(c.strip().toUpperCase(Locale.ROOT)));
    }

    /** The name to show for a stop's code; the code itself when it is not a known country. */
    public String name(String code) {
        return find(code).map(Country::name).orElse(code);
    }

    /**
     * What matches a clerk's typing, best first: the code typed exactly, then names that begin with the text, then
     * names (Chinese, English or an everyday short form) that contain it. Empty text matches nothing.
     */
    public List<Country> search(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<Country> exact = new ArrayList<>();
        List<Country> starts = new ArrayList<>();
        List<Country> contains = new ArrayList<>();
        for (Country country : byCode.values()) {
            List<String> words = searchable.get(country.code());
            if (country.code().equalsIgnoreCase(needle)) {
                exact.add(country);
            } else if (words.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).startsWith(needle))) {
                starts.add(country);
            } else if (words.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains(needle))) {
                contains.add(country);
            }
        }
        List<Country> found = new ArrayList<>(exact);
        found.addAll(starts);
        found.addAll(contains);
        return List.copyOf(found.subList(0, Math.min(MAX_MATCHES, found.size())));
    }
}
