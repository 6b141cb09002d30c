package cn.leavedesk.print;

import cn.leavedesk.domain.Wording;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a Chinese TrueType font installed on the machine and embeds a subset of it in a PDF, so the printed form
 * reads the same on any computer that opens it. Fonts are not shipped: every office PC has one (Windows: SimSun and
 * Microsoft YaHei; macOS: STHeiti; Debian: WenQuanYi Micro Hei, which the package depends on).
 * {@code -Dleavedesk.pdf.font=FILE} names another .ttf or .ttc, tried first. OpenType fonts with CFF outlines
 * (Noto CJK, PingFang) are skipped: PDFBox embeds only TrueType outlines.
 */
public final class CjkFonts {
    public static final String FONT_PROPERTY = "leavedesk.pdf.font";
    private static final Logger LOG = LoggerFactory.getLogger(CjkFonts.class);
    /** Characters every form prints; a font without them is no use. */
    private static final String PROBE = Wording.chinese().text("print.fontProbe");

    /** A font file and, for a collection, the faces to prefer in it (PostScript names). */
    record Candidate(Path file, List<String> faces) {
        Candidate {
            Objects.requireNonNull(file, "file");
            faces = List.copyOf(faces);
        }
    }

    private final List<Candidate> candidates;

    CjkFonts(List<Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** Only these files, in this order (a font the office chose, or none at all in a test). */
    public static CjkFonts at(List<Path> files) {
        return new CjkFonts(files.stream().map(file -> new Candidate(file, List.of())).toList());
    }

    /** The places of this operating system, after the file named by {@value #FONT_PROPERTY}. */
    public static CjkFonts standard() {
        return new CjkFonts(candidates(System.getProperty("os.name", ""), System.getenv(),
                Optional.ofNullable(System.getProperty(FONT_PROPERTY)).filter(s -> !s.isBlank())));
    }

    static List<Candidate> candidates(String osName, Map<String, String> env, Optional<String> override) {
        List<Candidate> list = new ArrayList<>();
        override.ifPresent(file -> list.add(new Candidate(Path.of(file), List.of())));
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path fonts = Path.of(env.getOrDefault("WINDIR", "C:\\Windows"), "Fonts");
            // 宋体 is what official paper uses; YaHei and HeiTi where an edition lacks it
            list.add(new Candidate(fonts.resolve("simsun.ttc"), List.of("SimSun")));
            list.add(new Candidate(fonts.resolve("msyh.ttc"), List.of("MicrosoftYaHei")));
            list.add(new Candidate(fonts.resolve("simhei.ttf"), List.of()));
            list.add(new Candidate(fonts.resolve("simkai.ttf"), List.of()));
        } else if (os.startsWith("mac")) {
            list.add(new Candidate(Path.of("/System/Library/Fonts/STHeiti Light.ttc"), List.of("STHeitiSC-Light")));
            list.add(new Candidate(Path.of("/System/Library/Fonts/STHeiti Medium.ttc"), List.of("STHeitiSC-Medium")));
            list.add(new Candidate(Path.of("/System/Library/Fonts/Supplemental/Songti.ttc"), List.of("STSongti-SC-Regular")));
            list.add(new Candidate(Path.of("/System/Library/Fonts/PingFang.ttc"), List.of("PingFangSC-Regular")));
            list.add(new Candidate(Path.of("/Library/Fonts/Arial Unicode.ttf"), List.of()));
        } else {
            list.add(new Candidate(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), List.of("WenQuanYiMicroHei")));
            list.add(new Candidate(Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"), List.of("WenQuanYiMicroHei")));
            list.add(new Candidate(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), List.of("WenQuanYiZenHei")));
            list.add(new Candidate(Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"), List.of("WenQuanYiZenHei")));
            list.add(new Candidate(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), List.of("AR-PLUMingCN-Light")));
            list.add(new Candidate(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), List.of()));
        }
        return List.copyOf(list);
    }

    /** The places looked at, in order, for the message when none serves. */
    public List<Path> places() {
        return candidates.stream().map(Candidate::file).toList();
    }

    /**
     * Loads the first usable font into the document for subset embedding. The returned handle must stay open
     * until the document is saved (the subset is cut from the file then) and be closed afterwards.
     */
    public LoadedFont load(PDDocument document) throws NoCjkFontException {
        for (Candidate candidate : candidates) {
            if (!Files.isRegularFile(candidate.file())) {
                continue;
            }
            try {
                Optional<LoadedFont> font = load(document, candidate);
                if (font.isPresent()) {
                    return font.get();
                }
            } catch (IOException | RuntimeException e) {
                // a damaged file or CFF outlines: say which, and go on to the next place
                LOG.info("Font {} cannot be embedded: {}", candidate.file(), e.toString());
            }
        }
        throw new NoCjkFontException(places());
    }

    private static Optional<LoadedFont> load(PDDocument document, Candidate candidate) throws IOException {
        String name = candidate.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(candidate.file().toFile());
            try {
                Optional<TrueTypeFont> face = face(collection, candidate.faces());
                if (face.isPresent()) {
                    PDType0Font font = PDType0Font.load(document, face.get(), true);
                    if (writesChinese(font)) {
                        return Optional.of(new LoadedFont(font, candidate.file(), collection));
                    }
                }
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
            collection.close();
            return Optional.empty();
        }
        PDType0Font font = PDType0Font.load(document, candidate.file().toFile());
        return writesChinese(font) ? Optional.of(new LoadedFont(font, candidate.file(), () -> { })) : Optional.empty();
    }

    /** The preferred face of a collection, else its first face with TrueType outlines. */
    private static Optional<TrueTypeFont> face(TrueTypeCollection collection, List<String> preferred) throws IOException {
        for (String name : preferred) {
            TrueTypeFont font = collection.getFontByName(name);
            if (font != null) {
                return Optional.of(font);
            }
        }
        List<TrueTypeFont> faces = new ArrayList<>();
        collection.processAllFonts(faces::add);
        return faces.stream().filter(CjkFonts::hasTrueTypeOutlines).findFirst();
    }

    private static boolean hasTrueTypeOutlines(TrueTypeFont font) {
        try {
            return font.getGlyph() != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean writesChinese(PDType0Font font) {
        try {
            font.encode(PROBE);
            return font.getStringWidth(PROBE) > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A font ready to write with, and the file behind it, kept open until the document is saved. */
    public record LoadedFont(PDType0Font font, Path file, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
