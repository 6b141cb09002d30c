package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The client's stylesheet parses without errors. A block left open swallows every rule after it silently (the
 * screens look almost right), which merges of the end of this shared file did twice.
 */
class AppStylesheetTest {
    @Test
    void theStylesheetParsesWithoutErrors() throws Exception {
        URL url = Objects.requireNonNull(Stylesheets.class.getResource(Stylesheets.APP));
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(url);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
        assertThat(sheet.getRules()).as("rules read").hasSizeGreaterThan(100);
        // the last rules of the file are read too, not swallowed by an open block before them
        assertThat(sheet.getRules()).anySatisfy(rule -> assertThat(rule.getSelectors().toString())
                .contains("ld-meetings-form"));
    }
}
