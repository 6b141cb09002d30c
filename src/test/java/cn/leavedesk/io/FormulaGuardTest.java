package cn.leavedesk.io;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTest {
    /** Any text, built mostly from the characters that matter here, comes back from the guard unchanged. */
    @Property
    void restoreUndoesNeutralise(@ForAll @StringLength(max = 6) @Chars({'\'', '=', '+', '-', '@', '\t', 'a', '孙'})
                                 String text) {
        String written = FormulaGuard.neutralise(text);

        assertThat(FormulaGuard.isRisky(written)).isFalse();
        assertThat(FormulaGuard.restore(written)).isEqualTo(text);
    }

    @Property
    void listCellJoinThenSplitKeepsNames(@ForAll @StringLength(min = 1, max = 5)
                                         @Chars({';', '；', '\\', 'a', '批'}) @CharRange(from = 'x', to = 'z')
                                         String first,
                                         @ForAll @StringLength(min = 1, max = 5) @Chars({';', '\\', 'b'}) String second) {
        List<String> names = List.of(first.strip(), second.strip()).stream().filter(s -> !s.isEmpty()).toList();

        assertThat(ListCell.split(ListCell.join(names))).isEqualTo(names);
    }
}
