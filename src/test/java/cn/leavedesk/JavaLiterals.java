package cn.leavedesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The string, text-block and character literals of Java sources, comments left out: a small lexer, enough for the
 * message tests to ask "which keys does the code name" and "is there Chinese in a literal" without being fooled by
 * a comment or a {@code //} inside a string.
 */
final class JavaLiterals {
    /** One literal: its file, the line it starts on, and its text as written between the quotes (escapes kept). */
    record Literal(Path file, int line, String raw) {
        /** The text with {@code \}{@code uXXXX} escapes decoded, whether Java's own or a regex's ({@code \\}{@code u…}). */
        String decoded() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\') {
                    int j = i + 1;
                    while (j < raw.length() && raw.charAt(j) == '\\') {
                        j++;
                    }
                    int u = j;
                    while (u < raw.length() && raw.charAt(u) == 'u') {
                        u++;
                    }
                    if (u > j && u + 4 <= raw.length() && raw.substring(u, u + 4).matches("[0-9a-fA-F]{4}")) {
                        out.append((char) Integer.parseInt(raw.substring(u, u + 4), 16));
                        i = u + 3;
                        continue;
                    }
                }
                out.append(c);
            }
            return out.toString();
        }

        @Override
        public String toString() {
            return file + ":" + line + ": \"" + raw + "\"";
        }
    }

    private JavaLiterals() {
    }

    static List<Literal> under(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Literal> all = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> all.addAll(in(f, read(f))));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Literal> in(Path file, String source) {
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = i + 3;
                int j = start;
                while (j < n && !(source.startsWith("\"\"\"", j) && !escaped(source, j))) {
                    j++;
                }
                found.add(new Literal(file, line, source.substring(start, Math.min(j, n))));
                line += count(source, i, Math.min(j, n));
                i = Math.min(j + 3, n);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                found.add(new Literal(file, line, source.substring(i + 1, Math.min(j, n))));
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean escaped(String source, int at) {
        int backslashes = 0;
        for (int k = at - 1; k >= 0 && source.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
