package cn.leavedesk.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecodingTest {
    private static final String CHINESE = "编号,姓名\r\nm,王某某\r\nd1,欧阳局长";

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBomIsUtf8() {
        DecodedText decoded = TextDecoding.decode(CHINESE.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(decoded.text()).isEqualTo(CHINESE);
    }

    @Test
    void bomMeansUtf8AndIsDroppedFromTheText() throws IOException {
        Path file = TestFiles.utf8Bom(dir, "bom.csv", CHINESE);

        DecodedText decoded = TextDecoding.decode(Files.readAllBytes(file));

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UTF_8_BOM);
        assertThat(decoded.text()).isEqualTo(CHINESE);
    }

    @Test
    void gbkBytesAreReadAsGb18030() {
        DecodedText decoded = TextDecoding.decode(CHINESE.getBytes(TestFiles.GBK));

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.GB18030);
        assertThat(decoded.text()).isEqualTo(CHINESE);
    }

    @Test
    void plainAsciiAndEmptyInputAreUtf8() {
        assertThat(TextDecoding.detect("id,name\r\nm,Wang".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(TextEncoding.UTF_8);
        assertThat(TextDecoding.detect(new byte[0])).isEqualTo(TextEncoding.UTF_8);
    }

    @Test
    void gbkOnlyFarIntoAFileStillMakesItGb18030() throws IOException {
        String text = "id,name\r\n".repeat(20_000) + "d9,张三";
        Path file = TestFiles.write(dir.resolve("late.csv"), text.getBytes(TestFiles.GBK));

        assertThat(TextDecoding.detect(file)).isEqualTo(TextEncoding.GB18030);
        assertThat(readAll(file)).isEqualTo(text);
    }

    @Test
    void utf8CharactersSplitAcrossReadChunksAreStillValid() throws IOException {
        // 3-byte characters after one ASCII byte cannot line up with a 64 KiB chunk boundary
        String text = "a" + "领导外出报备".repeat(30_000);
        Path file = TestFiles.write(dir.resolve("long.csv"), text.getBytes(StandardCharsets.UTF_8));

        assertThat(TextDecoding.detect(file)).isEqualTo(TextEncoding.UTF_8);
        assertThat(readAll(file)).isEqualTo(text);
    }

    @Test
    void openSkipsTheBomAndReportsTheEncoding() throws IOException {
        Path file = TestFiles.utf8Bom(dir, "bom.csv", CHINESE);

        try (DecodedReader reader = TextDecoding.open(file)) {
            assertThat(reader.encoding()).isEqualTo(TextEncoding.UTF_8_BOM);
            assertThat((char) reader.reader().read()).isEqualTo('编');
        }
    }

    private static String readAll(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (DecodedReader decoded = TextDecoding.open(file)) {
            Reader reader = decoded.reader();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
        }
        return text.toString();
    }
}
