package cn.leavedesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableKindTest {
    @TempDir
    Path dir;

    @Test
    void aRosterHeaderInChineseOrEnglishIsARoster() {
        assertThat(TableKind.of(TestFiles.gbk(dir, "a.csv", "编号,姓名,职务", "m,王某,市长"))).isEqualTo(TableKind.ROSTER);
        assertThat(TableKind.of(TestFiles.utf8Bom(dir, "b.csv", "", "ID,Name,Role,Term_Start*"))).isEqualTo(TableKind.ROSTER);
    }

    @Test
    void anAbsencesHeaderIsAbsencesEvenWhenItNamesPeopleBy姓名() {
        assertThat(TableKind.of(TestFiles.utf8(dir, "a.csv", "编号,姓名,类型,出发日期,返回日期")))
                .isEqualTo(TableKind.ABSENCES);
    }

    @Test
    void aHeaderWithColumnsOfNeitherOrBothCannotBeTold() {
        assertThat(TableKind.of(TestFiles.utf8(dir, "a.csv", "编号,人员"))).isEqualTo(TableKind.UNKNOWN);
        assertThat(TableKind.of(TestFiles.utf8(dir, "b.csv", "id,term_start,kind"))).isEqualTo(TableKind.UNKNOWN);
    }

    @Test
    void anOfficeRegisterWith职务AndATitleRowIsAbsences() {
        assertThat(TableKind.of(TestFiles.utf8(dir, "a.csv", "2026年市政府领导外出登记表,,,,,,",
                "序号,姓名,职务,外出事由,目的地,出发日期,返回日期"))).isEqualTo(TableKind.ABSENCES);
    }

    @Test
    void anOldXlsOrAnEmptyFileIsUnreadable() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(TableKind.of(TestFiles.write(dir.resolve("old.xls"), ole2))).isEqualTo(TableKind.UNREADABLE);
        assertThat(TableKind.of(TestFiles.utf8(dir, "empty.csv"))).isEqualTo(TableKind.UNREADABLE);
    }
}
