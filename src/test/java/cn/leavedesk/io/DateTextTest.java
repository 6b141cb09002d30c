package cn.leavedesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.domain.DayText;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An imported date cell reads text exactly as the product's one day reader does, and Excel's serial days too. */
class DateTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-04-03", "2026/4/3", "2026.4.3", "2026年4月3日", "2026 年 4 月 3 日",
            "2026-04-03 08:30", "2026-04-03T08:30:00"})
    void textIsReadAsDayTextReadsIt(String text) {
        assertThat(DateText.parse(Cell.text(text))).isEqualTo(LocalDate.of(2026, 4, 3))
                .isEqualTo(DayText.parse(text).orElseThrow());
    }

    @Test
    void anExcelSerialDayIsADay() {
        assertThat(DateText.parse(Cell.number(new BigDecimal("46115")))).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void eachOfDayTextsProblemsIsTheMatchingRowProblem() {
        assertThatThrownBy(() -> DateText.parse(Cell.text("下周三")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem()).isEqualTo(RowProblem.DATE_UNREADABLE));
        assertThatThrownBy(() -> DateText.parse(Cell.text("2026-02-30")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem()).isEqualTo(RowProblem.DATE_NONEXISTENT));
        assertThatThrownBy(() -> DateText.parse(Cell.text("0206-04-03")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem()).isEqualTo(RowProblem.DATE_OUT_OF_RANGE));
        assertThatThrownBy(() -> DateText.parse(Cell.number(new BigDecimal("1E+300"))))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem()).isEqualTo(RowProblem.DATE_OUT_OF_RANGE));
    }
}
