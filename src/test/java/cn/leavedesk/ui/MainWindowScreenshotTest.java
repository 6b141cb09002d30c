package cn.leavedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes what a clerk sees after loading the demo data to target/screenshots/main.png, for people to look
 * at; it asserts only that the picture is there and that Chinese text gets a font that has the glyphs.
 */
class MainWindowScreenshotTest extends FxRobot {
    private static final Path SHOT = Path.of("target", "screenshots", "main.png");
    private static final List<String> CJK_FAMILIES = Stylesheets.CHINESE_FAMILIES;

    @TempDir
    Path home;
    private RunningClient client;

    @BeforeEach
    void startClient() throws TimeoutException {
        client = RunningClient.start(home);
    }

    @AfterEach
    void stopClient() throws TimeoutException {
        client.close();
    }

    @Test
    void mainWindowWithDemoDataIsWrittenAsPng() throws Exception {
        clickOn("#register-load-demo");
        TableView<?> table = lookup("#register-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage image = WaitForAsyncUtils.asyncFx(() -> client.stage().getScene().snapshot(null)).get();
        writePng(image, SHOT);

        BufferedImage written = ImageIO.read(SHOT.toFile());
        assertThat(written.getWidth()).isEqualTo((int) image.getWidth());
        assertThat(written.getHeight()).isEqualTo((int) image.getHeight());
    }

    /**
     * Fails, rather than skips, on a machine with no Chinese font: the README and {@code .ci/run} install one,
     * and a client that shows empty boxes is broken.
     */
    @Test
    void chineseTextUsesAFontWithChineseGlyphs() throws TimeoutException {
        assertThat(Font.getFamilies()).as("installed font families").containsAnyElementsOf(CJK_FAMILIES);

        Label status = lookup("#status-clerk").queryAs(Label.class);
        // the stylesheet reaches a label on the pulse after it joins the scene
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> CJK_FAMILIES.contains(status.getFont().getFamily()));

        assertThat(CJK_FAMILIES).contains(status.getFont().getFamily());
    }

    /** javafx.swing is not on the class path, so the pixels are copied into a BufferedImage by hand. */
    static void writePng(WritableImage image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
